#include "app/linking/PairingQueue.h"

#include "app/actions/ActionRunner.h"
#include "app/gateway/GatewayClient.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/ingest/GatewaySession.h"

namespace sb::linking {

namespace {

const QString kApprove = QStringLiteral("pairing.approve");
const QString kDismiss = QStringLiteral("pairing.dismiss");

qint64 msOf(const std::optional<QDateTime> &at)
{
    return at ? at->toMSecsSinceEpoch() : 0;
}

} // namespace

PairingQueue::PairingQueue(actions::ActionRunner &runner, Options options, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_options(options)
{
    m_poll.setInterval(m_options.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &PairingQueue::refresh);
    // After a (re)connect the list may have changed while nobody could ask.
    connect(&m_runner.session().monitor(), &gateway::GatewayMonitor::helloReceived, this, [this] {
        if (m_poll.isActive())
            refresh();
    });
    connect(&m_runner.session().monitor(), &gateway::GatewayMonitor::stateChanged, this,
            [this](gateway::ConnectionState state) {
                if (state != gateway::ConnectionState::Connected)
                    onConnectionLost();
            });
    if (m_options.pollOnHealthEvents) {
        connect(&m_runner.session().monitor(), &gateway::GatewayMonitor::eventReceived, this,
                [this](const gateway::Event &event) {
                    if (event.kind == gateway::EventKind::Health && m_poll.isActive())
                        refresh();
                });
    }
}

PairingQueue::PairingQueue(actions::ActionRunner &runner, QObject *parent)
    : PairingQueue(runner, Options{}, parent)
{}

PairingQueue::~PairingQueue() = default;

QString PairingQueue::gatewayId() const
{
    return m_runner.session().gatewayId();
}

QString PairingQueue::cliApproveLine(const QString &channel, const QString &accountId, const QString &code)
{
    return QStringLiteral("openclaw pairing approve %1 %2 --account %3")
        .arg(channel, code, accountId.isEmpty() ? QStringLiteral("default") : accountId);
}

std::optional<PairingEntry> PairingQueue::entry(const QString &requestId) const
{
    for (const PairingEntry &candidate : m_entries) {
        if (candidate.requestId == requestId)
            return candidate;
    }
    return std::nullopt;
}

void PairingQueue::setState(State state, const QString &message)
{
    m_message = message;
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PairingQueue::onConnectionLost()
{
    // Before the first list there is nothing to mark; Unsupported stays (the CLI line holds).
    if (!m_loadedOnce || m_state == State::Unsupported)
        return;
    setState(State::Disconnected,
             tr("Not connected: the requests shown are as last seen; they are read again once the gateway "
                "is back."));
}

void PairingQueue::start()
{
    m_poll.start();
    if (m_runner.session().monitor().isConnected())
        refresh();
}

void PairingQueue::refresh()
{
    if (m_loading)
        return;
    if (m_state == State::Disconnected && !m_runner.session().monitor().isConnected())
        return; // the reconnect's hello asks again
    gateway::GatewayClient &client = m_runner.session().monitor().client();
    if (client.protocolVersion() > 0 && client.protocolVersion() < 4) {
        m_poll.stop();
        setState(State::Unsupported,
                 tr("This gateway speaks protocol 3, which has no DM pairing calls. On the gateway host run "
                    "\"openclaw pairing list <channel>\", then: %1")
                     .arg(cliApproveLine(QStringLiteral("<channel>"), QStringLiteral("<account>"))));
        return;
    }
    m_loading = true;
    if (!m_loadedOnce)
        setState(State::Loading, tr("Reading the DM access requests…"));
    client.pairingList({}, {}, this, [this](const gateway::Result<gateway::PairingList> &result) {
        m_loading = false;
        if (!result) {
            if (result.error().kind() == gateway::GatewayError::Kind::Unsupported) {
                m_poll.stop();
                setState(State::Unsupported,
                         tr("This gateway has no DM pairing calls (protocol 3). On the gateway host: %1")
                             .arg(cliApproveLine(QStringLiteral("<channel>"), QStringLiteral("<account>"))));
                return;
            }
            if (m_loadedOnce && !m_runner.session().monitor().isConnected()) {
                onConnectionLost();
                return;
            }
            setState(State::Failed,
                     tr("The DM access requests could not be read: %1").arg(result.error().userMessage()));
            return;
        }
        onList(result.value());
    });
}

void PairingQueue::onList(const gateway::PairingList &list)
{
    const QString gatewayId = m_runner.session().gatewayId();
    QList<PairingEntry> entries;
    QList<PairingEntry> fresh;
    for (const gateway::PairingRequest &request : list.requests) {
        PairingEntry entry;
        entry.lane = LaneKey{gatewayId, request.channel, request.accountId};
        entry.requestId = request.requestId;
        entry.channelLabel = request.channelLabel.isEmpty() ? request.channel : request.channelLabel;
        entry.accountLabel = request.accountLabel.isEmpty() ? request.accountId : request.accountLabel;
        entry.senderId = request.senderId;
        entry.senderLabel = request.senderLabel.isEmpty() ? request.senderId : request.senderLabel;
        entry.createdAt = msOf(request.createdAt);
        entry.expiresAt = msOf(request.expiresAt);
        entry.notifySupported = request.notifySupported;
        entries.append(entry);
        if (!m_seen.contains(entry.requestId)) {
            m_seen.insert(entry.requestId);
            if (m_loadedOnce)
                fresh.append(entry);
        }
    }
    m_accounts = list.accounts;
    m_commandOwnerConfigured = list.commandOwnerConfigured;
    const bool changed = [&] {
        if (entries.size() != m_entries.size())
            return true;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries.at(i).requestId != m_entries.at(i).requestId ||
                entries.at(i).expiresAt != m_entries.at(i).expiresAt)
                return true;
        }
        return false;
    }();
    m_entries = entries;
    m_loadedOnce = true;
    setState(State::Ready, entries.isEmpty()
                               ? tr("No DM access request is waiting.")
                               : tr("%n DM access request(s) waiting.", nullptr, int(entries.size())));
    if (changed)
        Q_EMIT entriesChanged();
    for (const PairingEntry &entry : std::as_const(fresh))
        Q_EMIT newRequest(entry);
}

void PairingQueue::removeEntry(const QString &requestId)
{
    const auto removed = m_entries.removeIf([&](const PairingEntry &e) { return e.requestId == requestId; });
    if (removed > 0)
        Q_EMIT entriesChanged();
}

void PairingQueue::finishResolve(const PairingEntry &entry, const QString &verb,
                                 const std::optional<gateway::GatewayError> &error, const QString &answer,
                                 const QString &doneMessage)
{
    actions::ActionOutcome outcome;
    if (error) {
        const bool gone = error->message().contains(QLatin1String("no longer exists"));
        outcome.message =
            gone ? tr("The request from %1 no longer exists: it was handled elsewhere or it expired.")
                       .arg(entry.senderLabel)
                 : tr("The gateway refused: %1").arg(error->userMessage());
        outcome.answer =
            QStringLiteral("%1 %2 failed %3: %4").arg(verb, entry.requestId, error->code(), error->message());
        m_runner.finish(entry.lane, outcome);
        if (gone)
            removeEntry(entry.requestId);
        Q_EMIT resolved(entry.requestId, false, outcome.message);
        refresh();
        return;
    }
    outcome.ok = true;
    outcome.message = doneMessage;
    outcome.answer = answer;
    m_runner.finish(entry.lane, outcome);
    removeEntry(entry.requestId);
    Q_EMIT resolved(entry.requestId, true, doneMessage);
}

PairingEntry PairingQueue::target(const LaneKey &lane, const QString &requestId) const
{
    if (std::optional<PairingEntry> found = entry(requestId); found && found->lane == lane)
        return *found;
    PairingEntry unlisted;
    unlisted.lane = lane;
    unlisted.requestId = requestId;
    unlisted.senderLabel = requestId;
    unlisted.channelLabel = lane.channel;
    unlisted.accountLabel = lane.accountId;
    unlisted.notifySupported = true; // unknown: ask, the gateway answers "unsupported"
    for (const gateway::PairingAccount &account : m_accounts) {
        if (account.channel == lane.channel && account.accountId == lane.accountId)
            unlisted.notifySupported = account.notifySupported;
    }
    return unlisted;
}

void PairingQueue::approve(const LaneKey &lane, const QString &requestId, bool notify, bool makeCommandOwner)
{
    const PairingEntry target = this->target(lane, requestId);
    if (!m_runner.begin(target.lane,
                        actions::ActionStart{kApprove, tr("approving %1").arg(target.senderLabel),
                                             tr("DM access approved for %1").arg(target.senderLabel),
                                             std::nullopt})) {
        Q_EMIT resolved(requestId, false, tr("Another action is still running on this lane."));
        return;
    }
    gateway::GatewayClient::PairingApproveOptions options;
    options.notify = notify && target.notifySupported;
    options.bootstrapCommandOwner = makeCommandOwner && !m_commandOwnerConfigured;
    m_runner.session().monitor().client().pairingApprove(
        target.lane.channel, target.lane.accountId, requestId, options, this,
        [this, target](const gateway::Result<gateway::PairingApproval> &result) {
            if (!result) {
                finishResolve(target, QStringLiteral("approve"), result.error(), {}, {});
                return;
            }
            const gateway::PairingApproval &approval = result.value();
            QString message = tr("%1 may now message %2 (%3).")
                                  .arg(target.senderLabel, target.channelLabel, target.accountLabel);
            if (approval.notification == QLatin1String("sent"))
                message += u' ' + tr("They were told.");
            else if (approval.notification == QLatin1String("failed"))
                message += u' ' + tr("Telling them failed; let them know yourself.");
            if (approval.commandOwnerBootstrap == QLatin1String("configured"))
                message += u' ' + tr("They are now the command owner.");
            else if (approval.commandOwnerBootstrap == QLatin1String("unavailable"))
                message += u' ' + tr("They could not be made command owner.");
            finishResolve(target, QStringLiteral("approve"), std::nullopt,
                          QStringLiteral("approve %1 sender=%2 notification=%3 commandOwner=%4")
                              .arg(target.requestId, approval.senderId, approval.notification,
                                   approval.commandOwnerBootstrap),
                          message);
        });
}

void PairingQueue::dismiss(const LaneKey &lane, const QString &requestId)
{
    const PairingEntry target = this->target(lane, requestId);
    if (!m_runner.begin(target.lane,
                        actions::ActionStart{kDismiss, tr("dismissing %1").arg(target.senderLabel),
                                             tr("DM access dismissed for %1").arg(target.senderLabel),
                                             std::nullopt})) {
        Q_EMIT resolved(requestId, false, tr("Another action is still running on this lane."));
        return;
    }
    m_runner.session().monitor().client().pairingDismiss(
        target.lane.channel, target.lane.accountId, requestId, this,
        [this, target](const gateway::Result<gateway::PairingDismissal> &result) {
            if (!result) {
                finishResolve(target, QStringLiteral("dismiss"), result.error(), {}, {});
                return;
            }
            finishResolve(target, QStringLiteral("dismiss"), std::nullopt,
                          QStringLiteral("dismiss %1 sender=%2").arg(target.requestId, target.senderId),
                          tr("The request from %1 was dismissed.").arg(target.senderLabel));
        });
}

} // namespace sb::linking

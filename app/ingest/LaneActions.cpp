#include "app/ingest/LaneActions.h"

#include "app/gateway/GatewayMonitor.h"
#include "app/health/ChannelEvent.h"
#include "app/health/LaneState.h"
#include "app/health/ManualSteps.h"
#include "app/ingest/GatewaySession.h"
#include "app/ingest/Ingestor.h"
#include "app/platform/Clock.h"
#include "app/platform/Logging.h"
#include "app/store/History.h"

#include <QTimer>

namespace sb::ingest {

namespace {

// channels.start answered "retry": ask again after 1, 2, 4 and 8 s (15 s in all).
constexpr int kStartAttempts = 5;
constexpr int kFirstRetryMs = 1000;

} // namespace

LaneActions::LaneActions(GatewaySession &session, store::History *history, QString actor, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_history(history)
    , m_actor(std::move(actor))
{}

LaneActions::~LaneActions() = default;

QString LaneActions::defaultTestMessage()
{
    return tr("Switchboard test message: checking that this channel delivers. No reply needed.");
}

void LaneActions::begin(const LaneKey &lane, const QString &description)
{
    m_busy.insert(lane);
    log::ingest()->info("operator action on {}: {}", lane.toString().toStdString(),
                        description.toStdString());
    Q_EMIT started(lane, description);
}

void LaneActions::finish(const LaneKey &lane, const QString &logAction, bool ok, const QString &message,
                         const QString &logDetail)
{
    m_busy.remove(lane);
    if (m_history && m_history->isOpen()) {
        store::ActionRecord record;
        record.at = m_session.clock().nowMs();
        record.actor = m_actor;
        record.action = logAction;
        record.lane = lane.toString();
        record.detail = logDetail;
        m_history->appendAction(record);
    }
    log::ingest()->info("operator action on {} {}: {}", lane.toString().toStdString(), ok ? "done" : "failed",
                        message.toStdString());
    Q_EMIT finished(lane, ok, message);
}

void LaneActions::sendTestMessage(const LaneKey &lane, const QString &to, const QString &message)
{
    if (isBusy(lane)) {
        Q_EMIT finished(lane, false, tr("Another action is still running on this lane."));
        return;
    }
    begin(lane, tr("sending a test message to %1").arg(to));
    const qint64 sentAt = m_session.clock().nowMs();
    m_session.ingestor().submit(ChannelEvent{lane, sentAt, EventKind::OperatorAction, std::nullopt,
                                             tr("test message sent to %1").arg(to), EventSource::Operator,
                                             std::nullopt});
    gateway::SendRequest request;
    request.to = to;
    request.message = message;
    request.channel = lane.channel;
    request.accountId = lane.accountId;
    m_session.monitor().client().send(
        request, this, [this, lane, to](const gateway::Result<gateway::SendResult> &result) {
            ChannelEvent outcome{lane, m_session.clock().nowMs(), EventKind::DeliveryOk, std::nullopt,
                                 {},   EventSource::ConsoleSend,  std::nullopt};
            if (result) {
                outcome.detail = tr("test message to %1 accepted").arg(to);
                m_session.ingestor().submit(outcome);
                const QString id = result.value().messageId;
                finish(lane, QStringLiteral("send.test"), true,
                       id.isEmpty()
                           ? tr("The gateway delivered the test message to %1.").arg(to)
                           : tr("The gateway delivered the test message to %1 (message id %2).").arg(to, id),
                       QStringLiteral("to=%1 ok messageId=%2").arg(to, id));
                return;
            }
            const gateway::GatewayError &error = result.error();
            outcome.kind = EventKind::DeliveryFailed;
            outcome.detail = error.message();
            outcome.retryAfterMs = error.retryAfterMs();
            m_session.ingestor().submit(outcome);
            // OpenClaw answers a send it could not make with OUTBOUND_DELIVERY_QUEUED: it keeps the
            // message and may deliver it later, which the operator must know before sending again.
            QString text = tr("The test message to %1 was not delivered. %2").arg(to, error.userMessage());
            if (error.detailCode() == QLatin1String("OUTBOUND_DELIVERY_QUEUED"))
                text += u' ' + tr("The gateway queued it and may still deliver it later.");
            finish(lane, QStringLiteral("send.test"), false, text,
                   QStringLiteral("to=%1 failed %2: %3").arg(to, error.code(), error.message()));
        });
}

bool LaneActions::accountRunning(const LaneKey &lane) const
{
    const auto &status = m_session.monitor().lastStatus();
    if (!status)
        return true; // not known: stop first, a stop of a stopped account is harmless
    if (const gateway::ChannelStatus *channel = status->channel(lane.channel)) {
        for (const gateway::AccountSnapshot &account : channel->accounts) {
            if (account.accountId == lane.accountId)
                return account.running.value_or(true);
        }
    }
    return true;
}

void LaneActions::restartChannel(const LaneKey &lane)
{
    if (isBusy(lane)) {
        Q_EMIT finished(lane, false, tr("Another action is still running on this lane."));
        return;
    }
    if (m_session.monitor().client().protocolVersion() < 4) {
        Q_EMIT finished(lane, false,
                        tr("This gateway speaks protocol 3, which cannot restart one channel.") + u' ' +
                            health::manualStepFor(OperatorAction::RestartChannel, lane));
        return;
    }
    begin(lane, tr("restarting the channel"));
    m_session.ingestor().submit(ChannelEvent{
        lane, m_session.clock().nowMs(), EventKind::OperatorAction, int(OperatorAction::RestartChannel),
        tr("channel restart requested by the operator"), EventSource::Operator, std::nullopt});
    if (!accountRunning(lane)) {
        startChannel(lane, QStringLiteral("was not running; "), 1);
        return;
    }
    m_session.monitor().client().channelsStop(
        lane.channel, lane.accountId, this,
        [this, lane](const gateway::Result<gateway::GatewayClient::RawObject> &result) {
            if (!result) {
                finish(lane, QStringLiteral("channels.restart"), false,
                       tr("The gateway did not stop the channel. %1").arg(result.error().userMessage()),
                       QStringLiteral("stop failed %1: %2")
                           .arg(result.error().code(), result.error().message()));
                return;
            }
            startChannel(lane, QStringLiteral("stop ok; "), 1);
        });
}

void LaneActions::startChannel(const LaneKey &lane, const QString &logSoFar, int attempt)
{
    m_session.monitor().client().channelsStart(
        lane.channel, lane.accountId, this,
        [this, lane, logSoFar, attempt](const gateway::Result<gateway::ChannelStartResult> &result) {
            if (!result) {
                finish(lane, QStringLiteral("channels.restart"), false,
                       tr("The gateway did not start the channel. %1").arg(result.error().userMessage()),
                       logSoFar + QStringLiteral("start failed %1: %2")
                                      .arg(result.error().code(), result.error().message()));
                return;
            }
            const gateway::ChannelStartResult &start = result.value();
            const QString detail =
                logSoFar + QStringLiteral("start %1 %2").arg(start.outcome, start.reason).trimmed();
            if (start.outcome == QLatin1String("retry")) {
                // OpenClaw answers "retry" (reason "task-owned") while the stopped run still
                // holds the account: asked again a moment later, it starts it.
                if (attempt < kStartAttempts) {
                    QTimer::singleShot(kFirstRetryMs << (attempt - 1), this, [this, lane, detail, attempt] {
                        startChannel(lane, detail + QStringLiteral("; "), attempt + 1);
                    });
                    return;
                }
                finish(
                    lane, QStringLiteral("channels.restart"), false,
                    tr("The gateway has not started the channel (%1: %2): its previous run still holds the "
                       "account, which happens when the channel's stop timed out. If it stays so, restart "
                       "the "
                       "gateway on its host: openclaw gateway restart")
                        .arg(start.outcome, start.reason),
                    detail);
                return;
            }
            if (!start.started || start.outcome == QLatin1String("skipped")) {
                finish(lane, QStringLiteral("channels.restart"), false,
                       start.reason.isEmpty()
                           ? tr("The gateway did not start the channel (%1).").arg(start.outcome)
                           : tr("The gateway did not start the channel (%1: %2).")
                                 .arg(start.outcome, start.reason),
                       detail);
                return;
            }
            finish(lane, QStringLiteral("channels.restart"), true,
                   tr("The gateway is starting the channel; it is on probation until it proves itself."),
                   detail);
        });
}

} // namespace sb::ingest

#include "app/failover/FailoverFlow.h"

#include "app/actions/ActionRunner.h"
#include "app/gateway/GatewayClient.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/Clock.h"
#include "app/policy/PatchBuilder.h"
#include "app/policy/PolicyReader.h"

#include <algorithm>

#include <QMetaEnum>
#include <QSet>

namespace sb::failover {

namespace {

const QString kOverride = QStringLiteral("failover.override");
const QString kApply = QStringLiteral("failover.apply");
const QString kVerify = QStringLiteral("failover.verify");
const QString kRollback = QStringLiteral("failover.rollback");
// The end of a failover that wrote something, on the source lane where the incident is: the
// incident report's receipt. Its detail is language-neutral (stable state name, lane keys,
// counts) and worded by the reader (app/incidents/Receipts.cpp).
const QString kResult = QStringLiteral("failover.result");

// The gateway stamps its own bookkeeping (meta.lastTouchedAt...) on every write: not part of
// what a failover changes or restores.
QJsonObject withoutMeta(QJsonObject config)
{
    config.remove(QStringLiteral("meta"));
    return config;
}

} // namespace

FailoverFlow::FailoverFlow(actions::ActionRunner &runner, Options options, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_options(std::move(options))
{
    if (m_options.testMessage.isEmpty())
        m_options.testMessage = defaultTestMessage();
}

FailoverFlow::~FailoverFlow() = default;

QString FailoverFlow::defaultTestMessage()
{
    return tr("Switchboard failover check: this channel now carries your alerts. No reply needed.");
}

QString FailoverFlow::stateName(State state)
{
    // "RollbackIncomplete" → "rollback-incomplete"
    const QString key = QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
    QString out;
    for (const QChar c : key) {
        if (c.isUpper() && !out.isEmpty())
            out += u'-';
        out += c.toLower();
    }
    return out;
}

bool FailoverFlow::isFinal(State state)
{
    switch (state) {
    case State::Refused:
    case State::Cancelled:
    case State::PreflightFailed:
    case State::Conflict:
    case State::WriteFailed:
    case State::Verified:
    case State::RolledBack:
    case State::RollbackConflict:
    case State::RollbackIncomplete:
        return true;
    default:
        return false;
    }
}

void FailoverFlow::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    logResult(state);
    Q_EMIT stateChanged(state);
    if (isFinal(state))
        Q_EMIT finished(state);
}

void FailoverFlow::logResult(State state)
{
    if (state != State::Verified && state != State::RolledBack && state != State::RollbackConflict &&
        state != State::RollbackIncomplete)
        return; // nothing was written, or the step is not over
    const LaneKey &lane = m_request.from;
    const QString target = m_request.to.toString();
    const auto confirmed =
        std::count_if(m_reports.cbegin(), m_reports.cend(), [](const OperatorReport &report) {
            return report.outcome == OperatorReport::Outcome::Confirmed;
        });
    const QString flag =
        state == State::Verified
            ? tr("%1 to %2 verified: %3 of %4 operators confirmed")
                  .arg(m_failback ? tr("failback") : tr("failover"), target)
                  .arg(confirmed)
                  .arg(m_reports.size())
            : tr("%1 to %2 undone: %3")
                  .arg(m_failback ? tr("failback") : tr("failover"), target, stateName(state));
    // A lane still busy (the rollback could not start for that reason) gets no row: the
    // action that holds it is on the record.
    if (!m_runner.begin(
            lane, actions::ActionStart{kResult, tr("recording the failover's result"), flag, std::nullopt}))
        return;
    actions::ActionOutcome outcome;
    outcome.ok = state == State::Verified || state == State::RolledBack;
    outcome.message = flag;
    outcome.answer =
        QStringLiteral("state=%1 kind=%2 from=%3 to=%4 confirmed=%5 operators=%6")
            .arg(stateName(state), m_failback ? QStringLiteral("failback") : QStringLiteral("failover"),
                 lane.toString(), target)
            .arg(confirmed)
            .arg(m_reports.size());
    m_runner.finish(lane, outcome);
}

void FailoverFlow::refuse(State state, const QString &problem)
{
    m_problem = problem;
    setState(state);
}

void FailoverFlow::start(const FailoverRequest &request)
{
    if (m_state != State::Idle)
        return;
    m_phase.start();
    QString problem;
    const std::optional<FailoverRequest> checked = checkRequest(request, &problem);
    if (!checked) {
        refuse(State::Refused, problem);
        if (!laneProblem(request))
            offerCandidates(request); // the operators were the problem: who could they be?
        return;
    }
    m_request = *checked;
    setState(State::Reading);
    m_runner.session().monitor().client().configGet(
        this, [this](const gateway::Result<gateway::ConfigSnapshot> &result) {
            if (!result) {
                refuse(State::Refused,
                       tr("The gateway's config could not be read: %1").arg(result.error().userMessage()));
                return;
            }
            planOn(result.value());
        });
}

void FailoverFlow::startFailback(const FailoverRequest &original)
{
    if (m_state != State::Idle)
        return;
    m_failback = true;
    const FailoverRequest back = reverseRequest(original);
    const health::HealthEngine &engine = m_runner.session().engine();
    const health::LaneStatus status = engine.status(back.to);
    if (!engine.hasLane(back.to) || status.state != LaneState::Healthy) {
        refuse(State::Refused,
               tr("Failback refused: %1 has not proven itself again (%2). It needs %3 connected minutes "
                  "and %4 deliveries without a drop.")
                   .arg(back.to.toString(), stateDisplayName(status.state))
                   .arg(status.connectedNeededMs / 60000)
                   .arg(status.deliveriesNeeded));
        return;
    }
    start(back);
}

void FailoverFlow::offerCandidates(const FailoverRequest &request)
{
    const QString channel = request.to.channel;
    QSet<QString> known;
    for (const Operator &person : request.operators)
        known.insert(person.identityOn(channel));
    m_runner.session().monitor().client().configGet(
        this, [this, channel, known](const gateway::Result<gateway::ConfigSnapshot> &result) {
            if (!result)
                return; // only an offer: the refusal already says what to do
            for (const Operator &person :
                 suggestedOperators(policy::readPolicyConfig(result.value().parsed))) {
                const QString id = person.identityOn(channel);
                if (!id.isEmpty() && !known.contains(id))
                    m_candidates.append(person);
            }
            if (!m_candidates.isEmpty())
                Q_EMIT candidatesChanged();
        });
}

void FailoverFlow::planOn(const gateway::ConfigSnapshot &snapshot)
{
    QString problem;
    std::optional<FailoverPlan> plan = buildPlan(m_request, snapshot.parsed, snapshot.hash, &problem);
    if (!plan) {
        refuse(State::Refused, problem);
        return;
    }
    m_plan = std::move(plan);
    m_fileBefore = withoutMeta(snapshot.parsed);
    ingest::GatewaySession &session = m_runner.session();
    PreflightFacts facts;
    if (session.engine().hasLane(m_request.to))
        facts.target = session.engine().status(m_request.to);
    facts.protocolVersion = session.monitor().client().protocolVersion();
    facts.configValid = snapshot.valid.value_or(true);
    facts.restartPending = !snapshot.configRevisionHash.isEmpty() && !snapshot.appliedConfigHash.isEmpty() &&
                           snapshot.configRevisionHash != snapshot.appliedConfigHash;
    m_checks = runPreflight(*m_plan, facts);
    for (const Operator &person : m_request.operators)
        m_reports.append({person.name, person.identityOn(m_request.to.channel),
                          OperatorReport::Outcome::Pending, tr("waiting"), 0});
    m_timings.planMs = m_phase.elapsed();
    setState(State::Ready);
}

void FailoverFlow::cancel()
{
    if (m_state == State::Ready)
        setState(State::Cancelled);
}

void FailoverFlow::logOverride(const PreflightCheck &check)
{
    const LaneKey &lane = m_request.from;
    if (!m_runner.begin(
            lane, actions::ActionStart{kOverride, tr("overriding the pre-flight check %1").arg(check.id),
                                       tr("failover pre-flight %1 overridden").arg(check.id), std::nullopt}))
        return;
    actions::ActionOutcome outcome;
    outcome.ok = true;
    outcome.message = tr("Pre-flight check %1 overridden by the operator: %2").arg(check.id, check.words);
    outcome.answer = QStringLiteral("check=%1 overridden: %2").arg(check.id, check.words);
    m_runner.finish(lane, outcome);
}

void FailoverFlow::apply(const QStringList &overrides)
{
    if (m_state != State::Ready || !m_plan)
        return;
    QString problem;
    const std::optional<QList<PreflightCheck>> checks = withOverrides(m_checks, overrides, &problem);
    if (!checks) {
        refuse(State::PreflightFailed, problem);
        return;
    }
    m_checks = *checks;
    if (!preflightPasses(m_checks)) {
        QStringList failed;
        for (const PreflightCheck &check : std::as_const(m_checks)) {
            if (check.blocks())
                failed.append(QStringLiteral("%1: %2").arg(check.id, check.words));
        }
        refuse(State::PreflightFailed,
               tr("Refused by the pre-flight; nothing was written.\n%1").arg(failed.join(u'\n')));
        return;
    }
    for (const PreflightCheck &check : std::as_const(m_checks)) {
        if (check.overridden)
            logOverride(check);
    }
    const LaneKey &lane = m_request.from;
    const QString target = m_request.to.toString();
    if (!m_runner.begin(lane,
                        actions::ActionStart{kApply, tr("failing over to %1").arg(target),
                                             m_failback ? tr("failback to %1: config written").arg(target)
                                                        : tr("failover to %1: config written").arg(target),
                                             OperatorAction::FailOver})) {
        refuse(State::WriteFailed, tr("Another action is still running on %1.").arg(lane.toString()));
        return;
    }
    setState(State::Writing);
    m_phase.start();
    m_runner.session().monitor().client().configPatch(
        m_plan->patch, m_plan->baseHash, this,
        [this, lane](const gateway::Result<gateway::ConfigWriteResult> &result) {
            m_timings.writeMs = m_phase.elapsed();
            actions::ActionOutcome outcome;
            outcome.configHashBefore = m_plan->baseHash;
            if (!result) {
                const gateway::GatewayError &error = result.error();
                const bool conflict = error.kind() == gateway::GatewayError::Kind::ConfigConflict;
                outcome.message = conflict
                                      ? tr("Another writer changed the config first: nothing was written.")
                                      : tr("The gateway refused the failover: %1").arg(error.userMessage());
                outcome.answer = QStringLiteral("to=%1 config.patch failed %2: %3")
                                     .arg(m_request.to.toString(), error.code(), error.message());
                m_runner.finish(lane, outcome);
                refuse(conflict ? State::Conflict : State::WriteFailed,
                       conflict ? outcome.message + u' ' +
                                      tr("Read the config again and review the plan before failing over.")
                                : outcome.message);
                return;
            }
            const gateway::ConfigWriteResult &written = result.value();
            m_writtenHash = written.noop ? m_plan->baseHash : written.hash;
            outcome.ok = true;
            outcome.configHashAfter = m_writtenHash;
            outcome.message =
                tr("Failover written: %1.").arg(written.changedPaths.join(QStringLiteral(", ")));
            outcome.answer = QStringLiteral("kind=%1 to=%2 changedPaths=[%3]")
                                 .arg(m_failback ? QStringLiteral("failback") : QStringLiteral("failover"),
                                      m_request.to.toString(), written.changedPaths.join(u','));
            m_runner.finish(lane, outcome);
            setState(State::Verifying);
            m_verifyStarted.start();
            verifyNext(0);
        });
}

qint64 FailoverFlow::remainingMs() const
{
    return std::max<qint64>(0, m_options.verifyDeadlineMs - m_verifyStarted.elapsed());
}

std::optional<QDateTime> FailoverFlow::lastOutbound(const gateway::ChannelsStatus &status) const
{
    if (const gateway::ChannelStatus *channel = status.channel(m_request.to.channel)) {
        for (const gateway::AccountSnapshot &account : channel->accounts) {
            if (account.accountId == m_request.to.accountId)
                return account.lastOutboundAt;
        }
    }
    return std::nullopt;
}

void FailoverFlow::verifyNext(int index)
{
    if (index >= m_reports.size()) {
        setState(State::Verified);
        return;
    }
    // The outbound mark before this send: the confirmation is that it moves.
    m_phase.start();
    gateway::GatewayClient::ChannelsStatusOptions options;
    options.channel = m_request.to.channel;
    m_runner.session().monitor().client().channelsStatus(
        options, this, [this, index](const gateway::Result<gateway::ChannelsStatus> &result) {
            m_timings.confirmMs += m_phase.elapsed();
            if (!result) {
                // Without the mark before the send, an old outbound would pass for this one.
                OperatorReport &report = m_reports[index];
                report.outcome = OperatorReport::Outcome::NotConfirmed;
                report.words = tr("Not sent: the gateway's channel status could not be read to confirm "
                                  "delivery (%1).")
                                   .arg(result.error().userMessage());
                report.at = m_runner.session().clock().nowMs();
                Q_EMIT operatorChanged(index);
                rollBack(report.words);
                return;
            }
            sendTo(index, lastOutbound(result.value()));
        });
}

void FailoverFlow::sendTo(int index, const std::optional<QDateTime> &baseline)
{
    OperatorReport &report = m_reports[index];
    const LaneKey &lane = m_request.to;
    if (!m_runner.begin(
            lane, actions::ActionStart{kVerify, tr("sending the failover check to %1").arg(report.name),
                                       tr("failover check sent to %1").arg(report.identity), std::nullopt})) {
        report.outcome = OperatorReport::Outcome::SendFailed;
        report.words = tr("Not sent: another action is still running on %1.").arg(lane.toString());
        report.at = m_runner.session().clock().nowMs();
        Q_EMIT operatorChanged(index);
        rollBack(report.words);
        return;
    }
    gateway::SendRequest request;
    request.to = report.identity;
    request.message = m_options.testMessage;
    request.channel = lane.channel;
    request.accountId = lane.accountId;
    m_phase.start();
    m_runner.session().monitor().client().send(
        request, this, [this, index, baseline](const gateway::Result<gateway::SendResult> &result) {
            m_timings.sendsMs += m_phase.elapsed();
            if (!result) {
                const gateway::GatewayError &error = result.error();
                QString words = tr("The gateway did not deliver the check: %1").arg(error.userMessage());
                if (error.detailCode() == QLatin1String("OUTBOUND_DELIVERY_QUEUED"))
                    words += u' ' + tr("It queued the message and may still deliver it later.");
                confirm(index, false, OperatorReport::Outcome::SendFailed, words,
                        QStringLiteral("send failed %1: %2").arg(error.code(), error.message()));
                return;
            }
            m_phase.start();
            awaitOutbound(index, baseline);
        });
}

void FailoverFlow::awaitOutbound(int index, const std::optional<QDateTime> &baseline)
{
    gateway::GatewayClient::ChannelsStatusOptions options;
    options.channel = m_request.to.channel;
    m_runner.session().monitor().client().channelsStatus(
        options, this, [this, index, baseline](const gateway::Result<gateway::ChannelsStatus> &result) {
            const std::optional<QDateTime> now = result ? lastOutbound(result.value()) : std::nullopt;
            if (now && (!baseline || *now > *baseline)) {
                m_timings.confirmMs += m_phase.elapsed();
                confirm(index, true, OperatorReport::Outcome::Confirmed,
                        tr("Delivered: the gateway answered ok and shows the outbound message."),
                        QStringLiteral("send ok; lastOutboundAt %1").arg(now->toString(Qt::ISODateWithMs)));
                return;
            }
            if (remainingMs() <= 0) {
                m_timings.confirmMs += m_phase.elapsed();
                confirm(index, false, OperatorReport::Outcome::NotConfirmed,
                        tr("The gateway accepted the check but showed no outbound message within %1 s.")
                            .arg(m_options.verifyDeadlineMs / 1000),
                        QStringLiteral("send ok; no outbound within %1 ms").arg(m_options.verifyDeadlineMs));
                return;
            }
            QTimer::singleShot(std::min<qint64>(m_options.pollMs, remainingMs()), this,
                               [this, index, baseline] { awaitOutbound(index, baseline); });
        });
}

void FailoverFlow::confirm(int index, bool ok, OperatorReport::Outcome outcome, const QString &words,
                           const QString &answer)
{
    OperatorReport &report = m_reports[index];
    const LaneKey &lane = m_request.to;
    report.outcome = outcome;
    report.words = words;
    report.at = m_runner.session().clock().nowMs();
    actions::ActionOutcome logged;
    logged.ok = ok;
    logged.message = QStringLiteral("%1 (%2): %3").arg(report.name, report.identity, words);
    logged.answer = QStringLiteral("to=%1 %2").arg(report.identity, answer);
    ChannelEvent delivery{lane,
                          report.at,
                          ok ? EventKind::DeliveryOk : EventKind::DeliveryFailed,
                          std::nullopt,
                          tr("failover check to %1").arg(report.identity),
                          EventSource::ConsoleSend,
                          std::nullopt};
    logged.feedback << delivery;
    m_runner.finish(lane, logged);
    Q_EMIT operatorChanged(index);
    if (ok) {
        verifyNext(index + 1);
        return;
    }
    rollBack(tr("%1 was not reached: %2").arg(report.name, words));
}

void FailoverFlow::rollBack(const QString &why)
{
    for (int i = 0; i < m_reports.size(); ++i) {
        if (m_reports[i].outcome == OperatorReport::Outcome::Pending) {
            m_reports[i].outcome = OperatorReport::Outcome::NotTried;
            m_reports[i].words = tr("Not tried: the failover was rolled back first.");
            Q_EMIT operatorChanged(i);
        }
    }
    m_problem = why;
    setState(State::RollingBack);
    const LaneKey &lane = m_request.from;
    if (!m_runner.begin(lane, actions::ActionStart{kRollback, tr("rolling the failover back"),
                                                   tr("failover rolled back: %1").arg(why), std::nullopt})) {
        refuse(State::RollbackIncomplete,
               why + u'\n' +
                   tr("The rollback could not start: another action is running on %1; the failover's "
                      "change is still in the config.")
                       .arg(lane.toString()));
        return;
    }
    m_runner.session().monitor().client().configPatch(
        rollbackPatch(*m_plan, m_fileBefore), m_writtenHash, this,
        [this, lane, why](const gateway::Result<gateway::ConfigWriteResult> &result) {
            actions::ActionOutcome outcome;
            outcome.configHashBefore = m_writtenHash;
            if (!result) {
                const gateway::GatewayError &error = result.error();
                const bool conflict = error.kind() == gateway::GatewayError::Kind::ConfigConflict;
                outcome.message =
                    conflict ? tr("Another writer changed the config after the failover: the rollback wrote "
                                  "nothing, so their change is kept and so is the failover's.")
                             : tr("The gateway refused the rollback: %1").arg(error.userMessage());
                outcome.answer =
                    QStringLiteral("config.patch failed %1: %2").arg(error.code(), error.message());
                m_runner.finish(lane, outcome);
                refuse(conflict ? State::RollbackConflict : State::RollbackIncomplete,
                       why + u'\n' + outcome.message);
                return;
            }
            outcome.ok = true;
            outcome.configHashAfter = result.value().hash;
            outcome.message =
                tr("Rolled back: %1.").arg(result.value().changedPaths.join(QStringLiteral(", ")));
            outcome.answer = QStringLiteral("changedPaths=[%1]").arg(result.value().changedPaths.join(u','));
            m_runner.finish(lane, outcome);
            compareAfterRollback();
        });
}

void FailoverFlow::compareAfterRollback()
{
    m_runner.session().monitor().client().configGet(
        this, [this](const gateway::Result<gateway::ConfigSnapshot> &result) {
            if (!result) {
                refuse(State::RollbackIncomplete,
                       m_problem + u'\n' +
                           tr("The config could not be read back after the rollback: %1")
                               .arg(result.error().userMessage()));
                return;
            }
            m_differences = policy::changedLeaves(m_fileBefore, withoutMeta(result.value().parsed));
            if (!m_differences.isEmpty()) {
                QStringList lines;
                for (const policy::ChangeLine &line : std::as_const(m_differences))
                    lines.append(line.inWords());
                refuse(State::RollbackIncomplete,
                       m_problem + u'\n' +
                           tr("After the rollback the config still differs from before:\n%1")
                               .arg(lines.join(u'\n')));
                return;
            }
            setState(State::RolledBack);
        });
}

} // namespace sb::failover

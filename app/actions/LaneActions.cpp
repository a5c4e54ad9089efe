#include "app/actions/LaneActions.h"

#include "app/actions/ActionRunner.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/health/ChannelEvent.h"
#include "app/health/LaneState.h"
#include "app/health/ManualSteps.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/Clock.h"

#include <QTimer>

namespace sb::actions {

namespace {

// channels.start answered "retry": ask again after 1, 2, 4 and 8 s (15 s in all).
constexpr int kStartAttempts = 5;
constexpr int kFirstRetryMs = 1000;

const QString kSendTest = QStringLiteral("send.test");
const QString kRestart = QStringLiteral("channels.restart");

} // namespace

LaneActions::LaneActions(ActionRunner &runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{}

LaneActions::~LaneActions() = default;

QString LaneActions::defaultTestMessage()
{
    return tr("Switchboard test message: checking that this channel delivers. No reply needed.");
}

void LaneActions::sendTestMessage(const LaneKey &lane, const QString &to, const QString &message)
{
    if (!m_runner.begin(lane, ActionStart{kSendTest, tr("sending a test message to %1").arg(to),
                                          tr("test message sent to %1").arg(to), std::nullopt}))
        return;
    ingest::GatewaySession &session = m_runner.session();
    gateway::SendRequest request;
    request.to = to;
    request.message = message;
    request.channel = lane.channel;
    request.accountId = lane.accountId;
    session.monitor().client().send(
        request, this, [this, lane, to](const gateway::Result<gateway::SendResult> &result) {
            ChannelEvent delivery{
                lane, m_runner.session().clock().nowMs(), EventKind::DeliveryOk, std::nullopt,
                {},   EventSource::ConsoleSend,           std::nullopt};
            ActionOutcome outcome;
            if (result) {
                delivery.detail = tr("test message to %1 accepted").arg(to);
                const QString id = result.value().messageId;
                outcome.ok = true;
                outcome.message =
                    id.isEmpty()
                        ? tr("The gateway delivered the test message to %1.").arg(to)
                        : tr("The gateway delivered the test message to %1 (message id %2).").arg(to, id);
                outcome.answer = QStringLiteral("to=%1 ok messageId=%2").arg(to, id);
            } else {
                const gateway::GatewayError &error = result.error();
                delivery.kind = EventKind::DeliveryFailed;
                delivery.detail = error.message();
                delivery.retryAfterMs = error.retryAfterMs();
                // OpenClaw answers a send it could not make with OUTBOUND_DELIVERY_QUEUED: it keeps
                // the message and may deliver it later, which the operator must know before sending
                // again.
                outcome.message =
                    tr("The test message to %1 was not delivered. %2").arg(to, error.userMessage());
                if (error.detailCode() == QLatin1String("OUTBOUND_DELIVERY_QUEUED"))
                    outcome.message += u' ' + tr("The gateway queued it and may still deliver it later.");
                outcome.answer = QStringLiteral("to=%1 failed %2: %3").arg(to, error.code(), error.message());
            }
            outcome.feedback << delivery;
            m_runner.finish(lane, outcome);
        });
}

bool LaneActions::accountRunning(const LaneKey &lane) const
{
    const auto &status = m_runner.session().monitor().lastStatus();
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
    ingest::GatewaySession &session = m_runner.session();
    // A busy lane hears that first (from begin); a v3 gateway is refused before anything begins.
    if (!m_runner.isBusy(lane) && session.monitor().client().protocolVersion() < 4) {
        m_runner.refuse(lane, tr("This gateway speaks protocol 3, which cannot restart one channel.") + u' ' +
                                  health::manualStepFor(OperatorAction::RestartChannel, lane));
        return;
    }
    if (!m_runner.begin(lane, ActionStart{kRestart, tr("restarting the channel"),
                                          tr("channel restart requested by the operator"),
                                          OperatorAction::RestartChannel}))
        return;
    if (!accountRunning(lane)) {
        startChannel(lane, QStringLiteral("was not running; "), 1);
        return;
    }
    session.monitor().client().channelsStop(
        lane.channel, lane.accountId, this,
        [this, lane](const gateway::Result<gateway::ChannelStopResult> &result) {
            if (!result) {
                ActionOutcome outcome;
                outcome.message =
                    tr("The gateway did not stop the channel. %1").arg(result.error().userMessage());
                outcome.answer =
                    QStringLiteral("stop failed %1: %2").arg(result.error().code(), result.error().message());
                m_runner.finish(lane, outcome);
                return;
            }
            startChannel(lane, QStringLiteral("stop ok; "), 1);
        });
}

void LaneActions::startChannel(const LaneKey &lane, const QString &logSoFar, int attempt)
{
    m_runner.session().monitor().client().channelsStart(
        lane.channel, lane.accountId, this,
        [this, lane, logSoFar, attempt](const gateway::Result<gateway::ChannelStartResult> &result) {
            ActionOutcome outcome;
            if (!result) {
                outcome.message =
                    tr("The gateway did not start the channel. %1").arg(result.error().userMessage());
                outcome.answer = logSoFar + QStringLiteral("start failed %1: %2")
                                                .arg(result.error().code(), result.error().message());
                m_runner.finish(lane, outcome);
                return;
            }
            const gateway::ChannelStartResult &start = result.value();
            outcome.answer =
                logSoFar + QStringLiteral("start %1 %2").arg(start.outcome, start.reason).trimmed();
            if (start.outcome == QLatin1String("retry")) {
                // OpenClaw answers "retry" (reason "task-owned") while the stopped run still
                // holds the account: asked again a moment later, it starts it.
                if (attempt < kStartAttempts) {
                    QTimer::singleShot(kFirstRetryMs << (attempt - 1), this,
                                       [this, lane, detail = outcome.answer, attempt] {
                                           startChannel(lane, detail + QStringLiteral("; "), attempt + 1);
                                       });
                    return;
                }
                outcome.message =
                    tr("The gateway has not started the channel (%1: %2): its previous run still holds the "
                       "account, which happens when the channel's stop timed out. If it stays so, restart "
                       "the "
                       "gateway on its host: openclaw gateway restart")
                        .arg(start.outcome, start.reason);
            } else if (!start.started || start.outcome == QLatin1String("skipped")) {
                outcome.message = start.reason.isEmpty()
                                      ? tr("The gateway did not start the channel (%1).").arg(start.outcome)
                                      : tr("The gateway did not start the channel (%1: %2).")
                                            .arg(start.outcome, start.reason);
            } else {
                outcome.ok = true;
                outcome.message =
                    tr("The gateway is starting the channel; it is on probation until it proves itself.");
            }
            m_runner.finish(lane, outcome);
        });
}

} // namespace sb::actions

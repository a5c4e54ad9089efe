#include "app/health/LaneHealth.h"

#include <algorithm>

namespace sb::health {

namespace {

QString codeSuffix(const std::optional<int> &code)
{
    return code ? QStringLiteral(" (") + QString::number(*code) + QLatin1Char(')') : QString();
}

// How the loss of the channel reads in a possible-ban reason (a sentence id, see Reason.cpp).
QString lossId(const ChannelEvent &event)
{
    switch (event.kind) {
    case EventKind::Disabled:
        return QStringLiteral("loss.disabled");
    case EventKind::Stopped:
        return QStringLiteral("loss.stopped");
    case EventKind::LoggedOut:
        return QStringLiteral("loss.logged-out");
    case EventKind::Conflict:
        return QStringLiteral("loss.conflict");
    case EventKind::AuthFailed:
        return QStringLiteral("loss.auth-failed");
    case EventKind::RetryBudgetExhausted:
        return QStringLiteral("loss.gave-up");
    default:
        return QStringLiteral("loss.dropped");
    }
}

QString number(qint64 value)
{
    return QString::number(value);
}

} // namespace

LaneHealth::LaneHealth(LaneKey lane, const HealthPolicy *policy)
    : m_lane(std::move(lane))
    , m_policy(policy)
{}

LaneHealth::Outcome LaneHealth::apply(const ChannelEvent &event)
{
    // The gateway's own error ("connect ECONNREFUSED 127.0.0.1:9") says more than the
    // retry line after it ("connection lost, reconnecting in 2s").
    if (!event.detail.isEmpty() && (event.kind == EventKind::StatusIssue ||
                                    (event.kind == EventKind::Disconnected && m_lastFailure.isEmpty())))
        m_lastFailure = event.detail;
    m_seenUntil = std::max(m_seenUntil, event.at);
    switch (event.kind) {
    case EventKind::Connected:
        return onConnected(event, m_linking);
    case EventKind::Linked:
        return onConnected(event, true);
    case EventKind::LinkStarted:
        m_linking = true;
        return annotate(Reason::of(QStringLiteral("link-started")), OperatorAction::Relink, 0,
                        QStringLiteral("engine.link-started"));
    case EventKind::Disconnected: {
        // A drop counts even when the lane is already reconnecting (the SSE flurry): the lane
        // reads "12 drops in a row" instead of a bare "reconnecting".
        ++m_dropsInARow;
        Outcome outcome = onLoss(event);
        if (m_verdict.state == LaneState::Reconnecting)
            outcome.changed = true;
        return outcome;
    }
    case EventKind::RetryBudgetExhausted:
    case EventKind::LoggedOut:
    case EventKind::Conflict:
    case EventKind::AuthFailed:
    case EventKind::Stopped:
    case EventKind::Disabled:
        return onLoss(event);
    case EventKind::ReconnectScheduled:
        return onReconnectScheduled(event);
    case EventKind::RegistrationProblem:
    case EventKind::StatusIssue:
        return onVerdictOnly(event);
    case EventKind::DeliveryOk:
        return onDelivery(event);
    case EventKind::DeliveryFailed:
        return onDeliveryFailed(event);
    case EventKind::Started:
        // A fresh start after a re-registration or relink is a new attempt: "logged out" no
        // longer describes the lane until the channel says so again. Blocked stays until the
        // lane actually connects (a restart does not lift a possible ban).
        if (m_verdict.state == LaneState::Stopped || m_verdict.state == LaneState::Disabled ||
            m_verdict.state == LaneState::LoggedOut || m_verdict.state == LaneState::Conflict) {
            m_connected = false;
            return enter({LaneState::Reconnecting, Reason::of(QStringLiteral("starting")),
                          OperatorAction::None, true, QStringLiteral("engine.started"), std::nullopt},
                         event.at);
        }
        return {};
    case EventKind::Enabled:
        if (m_verdict.state == LaneState::Disabled) {
            return enter({LaneState::Reconnecting, Reason::of(QStringLiteral("enabled")),
                          OperatorAction::None, true, QStringLiteral("engine.enabled"), std::nullopt},
                         event.at);
        }
        return {};
    case EventKind::OperatorAction:
        return onOperatorAction(event);
    case EventKind::Unreadable:
        // What the console cannot read must not leave the lane looking as it did (or better).
        m_connected = false;
        return enter({LaneState::Unknown, Reason::of(QStringLiteral("unreadable"), {event.detail}),
                      OperatorAction::None, true, QStringLiteral("engine.unreadable"), std::nullopt},
                     event.at);
    case EventKind::InboundSeen:
    case EventKind::ProbeResult:
        // Recorded by the store; they neither prove nor disprove an outbound recovery.
        return {};
    }
    return {};
}

LaneHealth::Outcome LaneHealth::tick(qint64 now)
{
    // A tick older than an event already applied would judge the lane at a time it has left
    // (at 02:12 the flaps of 01:55-02:12 still count, after a delivery at 02:45 has ended
    // them): a GatewayClock lags a gateway whose time runs faster between two of its
    // timestamps (a drill at 3000x), and the ingestor's watermark holds ticks back. Nothing to
    // do until time catches up.
    if (now < m_seenUntil)
        return {};
    m_seenUntil = now;
    if (m_sendFailedAt && now - *m_sendFailedAt > m_policy->sendFailureToLossMs)
        m_sendFailedAt.reset();
    const Outcome expired = expireRestartRequest(now);
    if (!m_connected && m_verdict.state == LaneState::Reconnecting)
        return expireReconnecting(now);
    if (m_connected && (m_verdict.state == LaneState::Probation || m_verdict.state == LaneState::Degraded)) {
        Outcome settled = settleConnected(now);
        settled.changed = settled.changed || expired.changed;
        return settled;
    }
    return expired;
}

LaneHealth::Outcome LaneHealth::expireRestartRequest(qint64 now)
{
    if (!m_restartRequestedAt || now - *m_restartRequestedAt <= m_policy->restartWindowMs)
        return {};
    m_restartRequestedAt.reset();
    const std::optional<LaneVerdict> before = std::exchange(m_adviceBeforeRestart, std::nullopt);
    if (m_verdict.ruleId != QLatin1String("engine.restart-requested"))
        return {}; // something newer said what the lane is
    // The window passed without the channel coming back. Where nothing was even stopped, the
    // gateway did not carry the restart out and the lane reads as it did before.
    if (before && before->state == m_verdict.state)
        return annotate(before->reason, before->action, before->waitMs, before->ruleId);
    return annotate(Reason::of(QStringLiteral("restart-not-back")), OperatorAction::RestartChannel, 0,
                    QStringLiteral("engine.restart-not-back"));
}

LaneHealth::Outcome LaneHealth::expireReconnecting(qint64 now)
{
    // The gateway keeps retrying for ever (Signal's SSE loop) or for minutes; past the limit
    // without one connection to an endpoint that does not even answer, "no action needed" would
    // be the optimistic reading. A stream that opens and drops (the story's SSE flurry) is left
    // to the gateway's own retry budget.
    if (now - m_since < m_policy->reconnectLimitMs || !saysUnreachable(m_lastFailure))
        return {};
    const int minutes = int((now - m_since) / 60000);
    const QString failure =
        m_lastFailure.isEmpty() ? QString() : QStringLiteral(" (") + m_lastFailure + QLatin1Char(')');
    const Reason reason =
        m_endpoint.isEmpty()
            ? Reason::of(QStringLiteral("no-connection"), {number(minutes)}, failure)
            : Reason::of(QStringLiteral("no-connection-endpoint"), {number(minutes), m_endpoint}, failure);
    return enter({LaneState::Blocked, reason, OperatorAction::CheckTransport, true,
                  QStringLiteral("engine.no-connection"), m_lastCode},
                 m_since + m_policy->reconnectLimitMs);
}

void LaneHealth::restore(const RestoredLane &restored)
{
    m_verdict.state = restored.state;
    m_since = restored.since;
    m_sinceAtLeast = false;
    m_seenUntil = std::max(m_seenUntil, restored.since);
    m_verdict.reason = restored.reason;
    m_verdict.action = restored.action;
    // What happened while the console was closed is unknown; a connected lane resumes its
    // proof from the segment start but with no deliveries counted (the safe side).
    m_connected = isUp();
    m_connectedSince = restored.since;
    m_deliveries = 0;
    m_recovery = Recovery::Reconnected;
}

LaneStatus LaneHealth::status(qint64 now) const
{
    LaneStatus s;
    s.lane = m_lane;
    s.state = m_verdict.state;
    s.since = m_since;
    s.sinceAtLeast = m_sinceAtLeast;
    s.reason = reason(now);
    s.action = m_verdict.action;
    s.waitMs = m_verdict.waitMs;
    s.retryable = m_verdict.retryable;
    s.ruleId = m_verdict.ruleId;
    s.connected = m_connected;
    s.connectedSince = m_connectedSince;
    s.deliveriesProven = m_deliveries;
    s.deliveriesNeeded = proof().deliveries;
    s.connectedNeededMs = proof().connectedMs;
    s.flapping = isFlapping(now);
    s.lastDisconnectAt = m_lastDisconnectAt;
    s.lastCode = m_lastCode;
    s.dropsInARow = m_dropsInARow;
    return s;
}

Reason LaneHealth::reason(qint64 now) const
{
    if (m_verdict.state == LaneState::Reconnecting && m_dropsInARow >= 2)
        return Reason(m_verdict.reason)
            .append(Reason::of(QStringLiteral("drops-in-a-row"), {QString::number(m_dropsInARow)}));
    // Probation and degraded reasons count minutes, so they are worded for "now".
    if (m_verdict.state == LaneState::Probation && m_connected)
        return probationReason(now);
    if (m_verdict.state == LaneState::Degraded && m_connected)
        return degradedReason(now);
    return m_verdict.reason;
}

LaneHealth::Outcome LaneHealth::enter(const Decision &d, qint64 at)
{
    if (d.state == m_verdict.state)
        return annotate(d.reason, d.action, d.waitMs, d.ruleId);
    // A lane's segments follow one another: a transition never predates the state it ends
    // (a late event, a restored lane's first snapshot, a proof met before a later tick).
    at = std::max(at, m_since);
    Transition t;
    t.lane = m_lane;
    t.at = at;
    t.from = m_verdict.state;
    t.to = d.state;
    t.reason = d.reason;
    t.action = d.action;
    t.waitMs = d.waitMs;
    t.retryable = d.retryable;
    t.ruleId = d.ruleId;
    t.code = d.code;
    m_sinceAtLeast = m_verdict.state == LaneState::Unknown;
    if (d.state == LaneState::Healthy || d.state == LaneState::Disabled)
        m_dropsInARow = 0; // proven again (or off on purpose): the next drop starts a new run
    m_verdict = LaneVerdict{d.state, d.reason, d.action, d.waitMs, d.retryable, d.ruleId};
    m_since = at;
    return {t, true};
}

LaneHealth::Outcome LaneHealth::annotate(const Reason &reason, OperatorAction action, qint64 waitMs,
                                         const QString &ruleId)
{
    const bool changed =
        reason != m_verdict.reason || action != m_verdict.action || waitMs != m_verdict.waitMs;
    m_verdict.reason = reason;
    m_verdict.action = action;
    m_verdict.waitMs = waitMs;
    m_verdict.ruleId = ruleId;
    return {std::nullopt, changed};
}

LaneHealth::Outcome LaneHealth::settleConnected(qint64 now)
{
    if (!m_connected || m_verdict.state == LaneState::Healthy)
        return {};
    if (proven(now)) {
        // Fifteen quiet minutes with real deliveries outweigh the older flaps: start clean.
        m_flaps.clear();
        m_sendFailedAt.reset();
        return enter({LaneState::Healthy, healthyReason(), OperatorAction::None, true,
                      QStringLiteral("engine.proof-met"), std::nullopt},
                     std::min(now, provenAt()));
    }
    const bool flapping = isFlapping(now);
    const LaneState next = flapping ? LaneState::Degraded : LaneState::Probation;
    if (next == m_verdict.state) {
        // Still on probation (or still flapping): reason() words it for "now", so only say
        // whether what it counts has moved. Building the words for every lane on every tick is
        // what kept a window with 10,000 lanes busy.
        const std::array<qint64, 5> progress{std::max<qint64>(0, now - m_connectedSince) / 60000,
                                             m_deliveries, m_sendFailedAt.has_value(), flapCount(now),
                                             qint64(m_recovery)};
        const bool moved = progress != m_progress;
        m_progress = progress;
        m_verdict.action = OperatorAction::None;
        m_verdict.waitMs = 0;
        m_verdict.ruleId = flapping ? QStringLiteral("engine.flapping") : QStringLiteral("engine.probation");
        return {std::nullopt, moved};
    }
    if (flapping) {
        return enter({LaneState::Degraded, degradedReason(now), OperatorAction::None, true,
                      QStringLiteral("engine.flapping"), m_lastCode},
                     now);
    }
    return enter({LaneState::Probation, probationReason(now), OperatorAction::None, true,
                  QStringLiteral("engine.probation"), std::nullopt},
                 now);
}

LaneHealth::Outcome LaneHealth::onConnected(const ChannelEvent &event, bool linked)
{
    if (linked) {
        m_linking = false;
        if (m_connected && isUp() && m_recovery == Recovery::Relinked)
            return {};
    } else if (m_connected && isUp()) {
        return {}; // the same connection reported again (snapshot and log line)
    }
    m_recovery = linked
                     ? Recovery::Relinked
                     : (m_verdict.state == LaneState::Unknown ? Recovery::FirstSeen : Recovery::Reconnected);
    m_connected = true;
    m_lastFailure.clear();
    m_restartRequestedAt.reset();
    m_adviceBeforeRestart.reset();
    m_connectedSince = event.at;
    m_deliveries = 0;
    m_proofDeliveryAt = 0;
    m_sendFailedAt.reset();
    return settleConnected(event.at);
}

LaneHealth::Outcome LaneHealth::onLoss(const ChannelEvent &event)
{
    if ((event.kind == EventKind::Stopped || event.kind == EventKind::Disconnected) && m_restartRequestedAt &&
        event.at - *m_restartRequestedAt <= m_policy->restartWindowMs)
        return onRestartStop(event);
    const bool wasConnected = m_connected;
    // Decide the context while the lane still is in the state the loss interrupts.
    const ClassContext context = contextFor(event);
    const bool suspectBan = banSuspected(event.at);
    m_connected = false;
    if (event.kind == EventKind::Disconnected) {
        m_lastDisconnectAt = event.at;
        m_lastCode = event.code;
        if (wasConnected) {
            // Only a lane that came up and fell again flaps; retries of one outage do not.
            m_flaps.push_back(event.at);
            while (!m_flaps.empty() && event.at - m_flaps.front() > m_policy->flapWindowMs)
                m_flaps.pop_front();
        }
    } else if (event.code) {
        m_lastCode = event.code;
    }
    if (suspectBan)
        return enterPossibleBan(event);

    if (event.kind == EventKind::Stopped) {
        if (needsPerson() || m_verdict.state == LaneState::Disabled)
            return {}; // the gateway stops a logged-out or conflicted channel itself
        return enter({LaneState::Stopped,
                      event.detail.isEmpty() ? Reason::of(QStringLiteral("stopped"))
                                             : Reason::of(QStringLiteral("stopped-detail"), {event.detail}),
                      OperatorAction::RestartChannel, false, QStringLiteral("engine.stopped"), event.code},
                     event.at);
    }
    if (event.kind == EventKind::Disabled) {
        if (m_verdict.state == LaneState::Blocked)
            return {}; // disabling a blocked channel does not make it less blocked
        return enter({LaneState::Disabled, Reason::of(QStringLiteral("disabled")), OperatorAction::None, true,
                      QStringLiteral("engine.disabled"), std::nullopt},
                     event.at);
    }

    const std::optional<Verdict> verdict = classify(event, context);
    if (!verdict)
        return {};
    if (verdict->state) {
        // A transient verdict does not talk a lane out of a state that needs a person, nor a
        // stopped one back into "reconnecting".
        if (*verdict->state == LaneState::Reconnecting && holdsAgainstTransient())
            return {};
        return enter({*verdict->state, verdict->reason, verdict->action, verdict->retryable,
                      verdict->ruleId(), event.code, verdict->waitMs},
                     event.at);
    }
    // Rows without a state (rate limits, the 515 during pairing) only change the advice; a drop
    // still takes a live lane down.
    if (event.kind == EventKind::Disconnected && !needsPerson() &&
        m_verdict.state != LaneState::Reconnecting && m_verdict.state != LaneState::Stopped) {
        return enter({LaneState::Reconnecting, verdict->reason, verdict->action, verdict->retryable,
                      verdict->ruleId(), event.code, verdict->waitMs},
                     event.at);
    }
    return annotate(verdict->reason, verdict->action, verdict->waitMs, verdict->ruleId());
}

LaneHealth::Outcome LaneHealth::onOperatorAction(const ChannelEvent &event)
{
    // Other actions are recorded by the store and flagged on the timeline; they neither
    // prove nor disprove a recovery.
    if (event.code != int(OperatorAction::RestartChannel))
        return {};
    m_restartRequestedAt = event.at;
    m_adviceBeforeRestart = m_verdict;
    return annotate(Reason::of(QStringLiteral("restart-requested")), OperatorAction::None, 0,
                    QStringLiteral("engine.restart-requested"));
}

LaneHealth::Outcome LaneHealth::onRestartStop(const ChannelEvent &event)
{
    // The stop the operator asked for: not a flap, not "stopped, not by operator choice". A
    // live lane reconnects; a lane that was down keeps its state until the channel is back.
    const bool wasUp = m_connected && isUp();
    m_connected = false;
    const Reason reason = Reason::of(QStringLiteral("restarting"));
    if (!wasUp)
        return annotate(reason, OperatorAction::None, 0, QStringLiteral("engine.restart-requested"));
    return enter({LaneState::Reconnecting, reason, OperatorAction::None, true,
                  QStringLiteral("engine.restart-requested"), event.code},
                 event.at);
}

LaneHealth::Outcome LaneHealth::onVerdictOnly(const ChannelEvent &event)
{
    const std::optional<Verdict> verdict = classify(event, contextFor(event));
    if (!verdict)
        return {};
    if (verdict->state) {
        if (*verdict->state == LaneState::Reconnecting && holdsAgainstTransient())
            return {};
        if (severity(*verdict->state) == Severity::Critical)
            m_connected = false;
        return enter({*verdict->state, verdict->reason, verdict->action, verdict->retryable,
                      verdict->ruleId(), event.code, verdict->waitMs},
                     event.at);
    }
    return annotate(verdict->reason, verdict->action, verdict->waitMs, verdict->ruleId());
}

LaneHealth::Outcome LaneHealth::onReconnectScheduled(const ChannelEvent &event)
{
    if (holdsAgainstTransient() || m_verdict.state == LaneState::Disabled)
        return {};
    if (m_connected) {
        m_flaps.push_back(event.at);
        m_connected = false;
    }
    const Reason reason = event.detail.isEmpty()
                              ? Reason::of(QStringLiteral("reconnecting"))
                              : Reason::of(QStringLiteral("reconnecting-detail"), {event.detail});
    return enter({LaneState::Reconnecting, reason, OperatorAction::None, true,
                  QStringLiteral("engine.retrying"), event.code, event.retryAfterMs.value_or(0)},
                 event.at);
}

LaneHealth::Outcome LaneHealth::onDelivery(const ChannelEvent &event)
{
    m_lastSendAt = event.at;
    if (!m_connected || !(m_verdict.state == LaneState::Probation || m_verdict.state == LaneState::Degraded))
        return {};
    ++m_deliveries;
    if (m_deliveries == proof().deliveries)
        m_proofDeliveryAt = event.at;
    Outcome outcome = settleConnected(event.at);
    outcome.changed = true; // "2 of 3 deliveries proven" moved even without a transition
    return outcome;
}

LaneHealth::Outcome LaneHealth::onDeliveryFailed(const ChannelEvent &event)
{
    const ClassContext context = contextFor(event);
    m_lastSendAt = event.at;
    const std::optional<Verdict> verdict = classify(event, context);
    // A send refused because the account itself is gone (WhatsApp 401, Signal 403). A send
    // that failed for a transient reason (the delivery queue retrying while Telegram is
    // unreachable) says nothing about the transport: the status and the connection events do.
    if (verdict && verdict->state && severity(*verdict->state) == Severity::Critical) {
        if (banSuspected(event.at)) {
            m_connected = false;
            return enterPossibleBan(event);
        }
        m_connected = false;
        return enter({*verdict->state, verdict->reason, verdict->action, verdict->retryable,
                      verdict->ruleId(), event.code, verdict->waitMs},
                     event.at);
    }
    if (m_verdict.state == LaneState::Probation || m_verdict.state == LaneState::Degraded) {
        m_sendFailedAt = event.at;
        m_sendFailedCode = event.code;
        return annotate(Reason::of(QStringLiteral("send-failed-on-probation"), {codeSuffix(event.code)}),
                        verdict ? verdict->action : OperatorAction::None, verdict ? verdict->waitMs : 0,
                        QStringLiteral("engine.send-failed-on-probation"));
    }
    // On a lane that already needs a person, a failed send is the expected consequence; the
    // reason keeps saying what the person has to do.
    if (verdict && !holdsAgainstTransient() && m_verdict.state != LaneState::Reconnecting)
        return annotate(verdict->reason.withTail(codeSuffix(event.code)), verdict->action, verdict->waitMs,
                        verdict->ruleId());
    return {};
}

LaneHealth::Outcome LaneHealth::enterPossibleBan(const ChannelEvent &event)
{
    // The drop's code follows the loss it belongs to, at the end of the sentence.
    const QString lossTail =
        lossId(event) == QLatin1String("loss.dropped") ? codeSuffix(event.code) : QString();
    const Reason reason =
        Reason::of(QStringLiteral("possible-ban"),
                   {codeSuffix(m_sendFailedCode ? m_sendFailedCode : event.code), lossId(event)}, lossTail);
    m_sendFailedAt.reset();
    return enter({LaneState::Blocked, reason, OperatorAction::FailOver, false,
                  QStringLiteral("engine.possible-ban-after-send-failure"), event.code},
                 event.at);
}

bool LaneHealth::proven(qint64 now) const
{
    const ProofPolicy p = proof();
    return m_connected && now - m_connectedSince >= p.connectedMs && m_deliveries >= p.deliveries;
}

qint64 LaneHealth::provenAt() const
{
    return std::max(m_connectedSince + proof().connectedMs, m_proofDeliveryAt);
}

int LaneHealth::flapCount(qint64 now) const
{
    return int(std::count_if(m_flaps.begin(), m_flaps.end(),
                             [&](qint64 at) { return now - at <= m_policy->flapWindowMs; }));
}

ClassContext LaneHealth::contextFor(const ChannelEvent &event) const
{
    if (m_linking)
        return ClassContext::Login;
    if ((m_verdict.state == LaneState::Probation || m_verdict.state == LaneState::Degraded) && m_lastSendAt &&
        event.at - *m_lastSendAt <= m_policy->sendToDropMs) {
        return ClassContext::ProbationAfterSend;
    }
    return ClassContext::Any;
}

bool LaneHealth::banSuspected(qint64 at) const
{
    return m_sendFailedAt && at - *m_sendFailedAt <= m_policy->sendFailureToLossMs &&
           (m_verdict.state == LaneState::Probation || m_verdict.state == LaneState::Degraded);
}

bool LaneHealth::needsPerson() const
{
    return m_verdict.state == LaneState::Conflict || m_verdict.state == LaneState::LoggedOut ||
           m_verdict.state == LaneState::Blocked;
}

bool LaneHealth::holdsAgainstTransient() const
{
    // "Stopped" comes from channels.status (running:false): when the log says the gateway is
    // retrying, the status wins until the channel starts again.
    return needsPerson() || m_verdict.state == LaneState::Stopped;
}

bool LaneHealth::isUp() const
{
    return m_verdict.state == LaneState::Healthy || m_verdict.state == LaneState::Probation ||
           m_verdict.state == LaneState::Degraded;
}

Reason LaneHealth::progressReason(qint64 now) const
{
    const ProofPolicy p = proof();
    const int minutes = int(std::max<qint64>(0, now - m_connectedSince) / 60000);
    QString since;
    switch (m_recovery) {
    case Recovery::Relinked:
        since = QStringLiteral("relinked");
        break;
    case Recovery::Reconnected:
        since = QStringLiteral("reconnected");
        break;
    case Recovery::FirstSeen:
        since = QStringLiteral("connected");
        break;
    }
    Reason reason =
        minutes == 0 ? Reason::of(since + QStringLiteral("-now")) : Reason::of(since, {number(minutes)});
    return reason.append(Reason::of(QStringLiteral("deliveries-proven"),
                                    {number(std::min(m_deliveries, p.deliveries)), number(p.deliveries)}));
}

Reason LaneHealth::probationReason(qint64 now) const
{
    Reason reason = progressReason(now);
    const ProofPolicy p = proof();
    if (now - m_connectedSince < p.connectedMs) {
        const int left = int((p.connectedMs - (now - m_connectedSince) + 59999) / 60000);
        reason.append(Reason::of(QStringLiteral("more-minutes-needed"), {number(left)}));
    }
    if (m_sendFailedAt)
        reason.append(Reason::of(QStringLiteral("send-failed-ban-risk")));
    return reason;
}

Reason LaneHealth::degradedReason(qint64 now) const
{
    const int windowMin = int(m_policy->flapWindowMs / 60000);
    return Reason::of(QStringLiteral("flapping"), {number(flapCount(now)), number(windowMin)})
        .append(progressReason(now));
}

Reason LaneHealth::healthyReason() const
{
    const ProofPolicy p = proof();
    return Reason::of(QStringLiteral("proven"), {number(p.connectedMs / 60000), number(m_deliveries)});
}

} // namespace sb::health

#pragma once

#include "app/health/ChannelEvent.h"
#include "app/health/Classification.h"
#include "app/health/HealthTypes.h"

#include <array>
#include <deque>
#include <optional>

namespace sb::health {

// The state machine of one lane (DESIGN §4). Plain object, no signals, no clock: it is told
// the time by each event's `at` and by tick(now), which keeps it exact on virtual time.
// HealthEngine owns one per lane and adds incidents on top.
class LaneHealth
{
public:
    LaneHealth(LaneKey lane, const HealthPolicy *policy);

    struct Outcome
    {
        std::optional<Transition> transition; // set when the state changed
        bool changed = false;                 // reason, action or proof progress changed
    };

    Outcome apply(const ChannelEvent &event);
    // Time passing alone can complete a proof or end flapping.
    Outcome tick(qint64 now);
    void restore(const RestoredLane &restored);
    // Where the channel connects to, as the gateway reports it (Signal's daemon URL): named
    // when the lane has reconnected too long without one connection.
    void setEndpoint(const QString &endpoint) { m_endpoint = endpoint; }

    LaneStatus status(qint64 now) const;
    const LaneKey &lane() const { return m_lane; }
    LaneState state() const { return m_verdict.state; }
    qint64 since() const { return m_since; }
    Reason reason(qint64 now) const;
    bool isFlapping(qint64 now) const { return flapCount(now) >= m_policy->flapDisconnects; }

private:
    enum class Recovery
    {
        FirstSeen,
        Reconnected,
        Relinked,
    };

    // A verdict and the event's code, in the order the call sites read best.
    struct Decision
    {
        LaneState state;
        Reason reason;
        OperatorAction action = OperatorAction::None;
        bool retryable = true;
        QString ruleId;
        std::optional<int> code;
        qint64 waitMs = 0;
    };

    Outcome enter(const Decision &decision, qint64 at);
    Outcome annotate(const Reason &reason, OperatorAction action, qint64 waitMs, const QString &ruleId);
    Outcome settleConnected(qint64 now);
    Outcome onConnected(const ChannelEvent &event, bool linked);
    Outcome onLoss(const ChannelEvent &event);
    Outcome onVerdictOnly(const ChannelEvent &event);
    Outcome onDelivery(const ChannelEvent &event);
    Outcome onDeliveryFailed(const ChannelEvent &event);
    Outcome onReconnectScheduled(const ChannelEvent &event);
    Outcome onOperatorAction(const ChannelEvent &event);
    Outcome onRestartStop(const ChannelEvent &event);
    Outcome expireRestartRequest(qint64 now);
    Outcome enterPossibleBan(const ChannelEvent &event);
    Outcome expireReconnecting(qint64 now);

    ProofPolicy proof() const { return m_policy->proofFor(m_lane.channel); }
    bool proven(qint64 now) const;
    qint64 provenAt() const;
    int flapCount(qint64 now) const;
    ClassContext contextFor(const ChannelEvent &event) const;
    bool banSuspected(qint64 at) const;
    bool needsPerson() const;
    bool holdsAgainstTransient() const;
    bool isUp() const;

    Reason progressReason(qint64 now) const;
    Reason probationReason(qint64 now) const;
    Reason degradedReason(qint64 now) const;
    Reason healthyReason() const;

    LaneKey m_lane;
    const HealthPolicy *m_policy;

    LaneVerdict m_verdict; // state, reason, advice and the rule behind them
    qint64 m_since = 0;
    bool m_sinceAtLeast = false;
    qint64 m_seenUntil = 0; // the newest time an event or a tick has told the lane

    bool m_connected = false;
    qint64 m_connectedSince = 0;
    int m_deliveries = 0;
    qint64 m_proofDeliveryAt = 0; // when the delivery that met the count arrived
    Recovery m_recovery = Recovery::FirstSeen;
    bool m_linking = false;
    std::optional<qint64> m_restartRequestedAt;       // the operator asked for channels.stop/start
    std::optional<LaneVerdict> m_adviceBeforeRestart; // what the lane read before the request
    int m_dropsInARow = 0;                            // disconnects since the lane was last healthy
    std::deque<qint64> m_flaps;                       // losses of a connected lane, oldest first

    std::optional<qint64> m_lastSendAt;
    std::optional<qint64> m_sendFailedAt; // a failed send while on probation arms the ban rule
    std::optional<int> m_sendFailedCode;
    std::optional<qint64> m_lastDisconnectAt;
    std::optional<int> m_lastCode;
    QString m_lastFailure;              // the gateway's words for the latest failure, quoted after the limit
    std::array<qint64, 5> m_progress{}; // what a probation/degraded reason counts, last told
    QString m_endpoint;
};

} // namespace sb::health

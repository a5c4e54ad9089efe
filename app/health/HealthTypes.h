#pragma once

#include "app/health/LaneKey.h"
#include "app/health/LaneState.h"
#include "app/health/Reason.h"
#include "app/platform/MonitoringPreferences.h"

#include <optional>

#include <QHash>
#include <QMetaType>
#include <QString>

namespace sb::health {

// Proof of recovery (DESIGN §4): continuously connected for `connectedMs` and at least
// `deliveries` successful outbound deliveries, with no disconnect in between.
struct ProofPolicy
{
    qint64 connectedMs = 15 * 60 * 1000;
    int deliveries = 3;
};

struct HealthPolicy
{
    ProofPolicy proof;                           // default for every channel
    QHash<QString, ProofPolicy> proofByChannel;  // overrides, keyed by channel id ("signal")
    int flapDisconnects = 3;                     // this many losses of a *connected* lane...
    qint64 flapWindowMs = 30 * 60 * 1000;        // ...within this window is flapping
    qint64 incidentGraceMs = 60 * 1000;          // out of healthy this long opens an incident
    qint64 groupWindowMs = 2 * 60 * 1000;        // incidents on one gateway opened this close share a group
    qint64 sendFailureToLossMs = 10 * 60 * 1000; // a failed send on probation, then loss within: possible ban
    qint64 sendToDropMs = 2 * 60 * 1000;         // "right after a send"
    qint64 restartWindowMs = 60 * 1000; // a stop this soon after an operator's restart is that restart
    // Reconnecting this long without one connection: the gateway's retries are not going to fix
    // it (a dead signal-cli daemon, no route to Telegram), a person has to look.
    qint64 reconnectLimitMs = 5 * 60 * 1000;

    ProofPolicy proofFor(const QString &channel) const { return proofByChannel.value(channel, proof); }

    // The defaults above with the operator's preferences applied (File → Preferences); the
    // window and switchboardctl both judge lanes by this.
    static HealthPolicy from(const MonitoringPreferences &preferences);
};

// What the engine concluded about a lane; a decision, the lane's current advice and the advice
// saved across a restart request are each one of these.
struct LaneVerdict
{
    LaneState state = LaneState::Unknown;
    Reason reason;
    OperatorAction action = OperatorAction::None;
    qint64 waitMs = 0;
    bool retryable = true;
    QString ruleId; // classification row or engine rule that decided it
};

// One state change of one lane, with the reason the operator reads.
struct Transition
{
    LaneKey lane;
    qint64 at = 0;
    LaneState from = LaneState::Unknown;
    LaneState to = LaneState::Unknown;
    Reason reason; // ids and arguments; text() words it ("re-linked 4 min ago; 1 of 3 deliveries proven")
    OperatorAction action = OperatorAction::None;
    qint64 waitMs = 0;
    bool retryable = true;
    QString ruleId; // classification row or engine rule that decided it
    std::optional<int> code;

    QString actionText() const { return sb::actionText(action, waitMs); }
};

// A lane as the side panel and `switchboardctl status` show it, with the reason recomputed
// for "now" (the probation countdown moves without new events).
struct LaneStatus
{
    LaneKey lane;
    LaneState state = LaneState::Unknown;
    qint64 since = 0;
    bool sinceAtLeast = false; // first seen in this state: it began at `since` or earlier
    Reason reason;
    OperatorAction action = OperatorAction::None;
    qint64 waitMs = 0;
    bool retryable = true;
    QString ruleId;
    bool connected = false;
    qint64 connectedSince = 0;
    int deliveriesProven = 0;
    int deliveriesNeeded = 0;
    int dropsInARow = 0; // disconnects since the lane was last healthy (the SSE flurry's count)
    qint64 connectedNeededMs = 0;
    bool flapping = false;
    std::optional<qint64> lastDisconnectAt;
    std::optional<int> lastCode;
    std::optional<qint64> openIncidentId;

    QString actionText() const { return sb::actionText(action, waitMs); }
};

// An incident: one lane's episode out of healthy, opened by the engine, never by hand.
struct Incident
{
    qint64 id = 0;
    qint64 groupId = 0; // shared by incidents that started together on one gateway
    LaneKey lane;
    qint64 openedAt = 0; // when the lane left healthy, not when the grace ran out
    std::optional<qint64> closedAt;
    LaneState worstState = LaneState::Unknown;
    LaneState lastState = LaneState::Unknown;
    Reason openReason;
    Reason lastReason;
    Reason closeReason;

    bool isOpen() const { return !closedAt.has_value(); }
};

// What the store hands back at start-up so the engine continues where it left off.
struct RestoredLane
{
    LaneKey lane;
    LaneState state = LaneState::Unknown;
    qint64 since = 0;
    Reason reason;
    OperatorAction action = OperatorAction::None;
};

} // namespace sb::health

Q_DECLARE_METATYPE(sb::health::Transition)
Q_DECLARE_METATYPE(sb::health::Incident)

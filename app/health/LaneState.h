#pragma once

#include <optional>

#include <QMetaType>
#include <QString>

namespace sb {

// The lane states of DESIGN §4. The stable names (stateName) are what the store and
// `switchboardctl --json` write, so a state is never persisted by its numeric value.
enum class LaneState
{
    Unknown,
    Healthy,
    Probation,
    Degraded,
    Reconnecting,
    Conflict,
    LoggedOut,
    Blocked,
    Stopped,
    Disabled,
};

// What the operator should look at first; drives the tray colour and switchboardctl's exit code.
enum class Severity
{
    Neutral,   // unknown, disabled on purpose
    Ok,        // healthy
    Attention, // probation, degraded, reconnecting: connected or retrying by itself
    Critical,  // conflict, logged-out, blocked, stopped: needs a person
};

// What the operator should do about a lane. The stable names are persisted with segments.
enum class OperatorAction
{
    None,
    Relink,
    RestartChannel,
    ResolveConflict,
    Wait,
    FailOver,
    ReRegister,
    SolveCaptcha,
    CheckToken,
    UpgradeSignalCli,
    Link,           // never linked: link it for the first time (not a re-link)
    CheckTransport, // the gateway retries and reaches nothing: check what it connects to
};

QString stateName(LaneState state);
std::optional<LaneState> stateFromName(const QString &name);
// Translated, for labels and reasons.
QString stateDisplayName(LaneState state);
Severity severity(LaneState state);
// Orders states by how bad they are, so an incident can remember its worst moment.
int badness(LaneState state);

QString actionName(OperatorAction action);
std::optional<OperatorAction> actionFromName(const QString &name);
// Translated words for the side panel and switchboardctl; waitMs > 0 fills in "wait N s".
QString actionText(OperatorAction action, qint64 waitMs = 0);

} // namespace sb

Q_DECLARE_METATYPE(sb::LaneState)

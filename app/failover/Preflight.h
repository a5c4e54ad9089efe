#pragma once

#include "app/failover/FailoverPlan.h"
#include "app/health/HealthTypes.h"

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace sb::failover {

// One pre-flight check, passed or failed in words, under a stable id.
struct PreflightCheck
{
    QString id; // target-proven, operators-reachable, no-critical-finding, config-fresh, protocol
    bool passed = false;
    QString words;
    bool overridden = false; // failed, and the operator chose to go ahead anyway

    bool blocks() const { return !passed && !overridden; }
};

// What the checks are judged on besides the plan.
struct PreflightFacts
{
    std::optional<health::LaneStatus> target; // the health engine's view of the target lane
    int protocolVersion = 0;
    bool configValid = true;     // config.get's `valid` (an invalid file cannot be patched safely)
    bool restartPending = false; // configRevisionHash ≠ appliedConfigHash: an earlier write waits
};

// The stable ids, in the order the checks are shown.
QStringList preflightCheckIds();

// Every check over the plan, in preflightCheckIds() order.
QList<PreflightCheck> runPreflight(const FailoverPlan &plan, const PreflightFacts &facts);

// Marks the named failed checks overridden. Unknown ids are refused (nothing with `problem`),
// so a typo never silently overrides nothing.
std::optional<QList<PreflightCheck>> withOverrides(QList<PreflightCheck> checks, const QStringList &overrides,
                                                   QString *problem);

bool preflightPasses(const QList<PreflightCheck> &checks);

} // namespace sb::failover

#include "app/failover/Preflight.h"

#include "app/policy/PolicyAudit.h"
#include "app/policy/PolicyReader.h"

#include <QCoreApplication>

namespace sb::failover {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::failover::Preflight", text);
}

const QString kTargetProven = QStringLiteral("target-proven");
const QString kOperatorsReachable = QStringLiteral("operators-reachable");
const QString kNoCriticalFinding = QStringLiteral("no-critical-finding");
const QString kConfigFresh = QStringLiteral("config-fresh");
const QString kProtocol = QStringLiteral("protocol");

PreflightCheck targetProven(const FailoverPlan &plan, const PreflightFacts &facts)
{
    const QString lane = plan.request.to.toString();
    if (!facts.target)
        return {kTargetProven, false, tr("%1 is not known to the health engine yet.").arg(lane)};
    const health::LaneStatus &status = *facts.target;
    if (status.state == LaneState::Healthy)
        return {kTargetProven, true, tr("%1 is proven healthy.").arg(lane)};
    if (status.state == LaneState::Probation)
        return {kTargetProven, false,
                tr("%1 is on probation (%2 of %3 deliveries proven): it has not proven itself yet.")
                    .arg(lane)
                    .arg(status.deliveriesProven)
                    .arg(status.deliveriesNeeded)};
    return {kTargetProven, false,
            tr("%1 is %2: %3").arg(lane, stateDisplayName(status.state), status.reason.text())};
}

PreflightCheck operatorsReachable(const FailoverPlan &plan)
{
    QStringList who;
    for (const Operator &person : plan.request.operators) {
        const QString id = person.identityOn(plan.request.to.channel);
        if (id.isEmpty())
            return {kOperatorsReachable, false,
                    tr("%1 has no %2 identity.").arg(person.name, plan.request.to.channel)};
        who.append(QStringLiteral("%1 (%2)").arg(person.name, id));
    }
    if (who.isEmpty())
        return {kOperatorsReachable, false, tr("No operators are named.")};
    return {kOperatorsReachable, true,
            tr("Reachable on %1 and allowed by the plan: %2.")
                .arg(plan.request.to.channel, who.join(QStringLiteral(", ")))};
}

PreflightCheck noCriticalFinding(const FailoverPlan &plan)
{
    QStringList critical;
    const QList<policy::Finding> findings = policy::runBuiltInAudit(policy::readPolicyConfig(plan.after));
    for (const policy::Finding &finding : findings) {
        if (finding.severity == policy::Severity::Critical && finding.channel == plan.request.to.channel)
            critical.append(QStringLiteral("%1 (%2)").arg(finding.title, finding.checkId));
    }
    if (critical.isEmpty())
        return {kNoCriticalFinding, true,
                tr("After the change the audit finds nothing critical on %1.").arg(plan.request.to.channel)};
    return {kNoCriticalFinding, false,
            tr("After the change %1 would still have a critical finding: %2.")
                .arg(plan.request.to.channel, critical.join(QStringLiteral("; ")))};
}

PreflightCheck configFresh(const FailoverPlan &plan, const PreflightFacts &facts)
{
    if (plan.baseHash.isEmpty())
        return {kConfigFresh, false, tr("The gateway gave no config hash to guard the write with.")};
    if (!facts.configValid)
        return {kConfigFresh, false, tr("The gateway reports its config file as invalid.")};
    if (facts.restartPending)
        return {kConfigFresh, false,
                tr("An earlier config change waits for a gateway restart: the running gateway is not "
                   "on the config the plan was built on.")};
    return {kConfigFresh, true, tr("Read just now; the write is guarded by its hash (baseHash).")};
}

PreflightCheck protocol(const FailoverPlan &plan, const PreflightFacts &facts)
{
    Q_UNUSED(plan)
    if (facts.protocolVersion >= 4)
        return {kProtocol, true,
                tr("Protocol %1: config.patch with replacePaths, send and channels.status.")
                    .arg(facts.protocolVersion)};
    return {kProtocol, false,
            tr("Protocol %1 cannot send replacePaths, which the rollback needs to restore the lists.")
                .arg(facts.protocolVersion)};
}

} // namespace

QStringList preflightCheckIds()
{
    return {kTargetProven, kOperatorsReachable, kNoCriticalFinding, kConfigFresh, kProtocol};
}

QList<PreflightCheck> runPreflight(const FailoverPlan &plan, const PreflightFacts &facts)
{
    return {targetProven(plan, facts), operatorsReachable(plan), noCriticalFinding(plan),
            configFresh(plan, facts), protocol(plan, facts)};
}

std::optional<QList<PreflightCheck>> withOverrides(QList<PreflightCheck> checks, const QStringList &overrides,
                                                   QString *problem)
{
    const QStringList known = preflightCheckIds();
    for (const QString &id : overrides) {
        if (!known.contains(id)) {
            *problem = tr("There is no pre-flight check \"%1\"; the checks are: %2.")
                           .arg(id, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    for (PreflightCheck &check : checks) {
        if (!check.passed && overrides.contains(check.id))
            check.overridden = true;
    }
    return checks;
}

bool preflightPasses(const QList<PreflightCheck> &checks)
{
    for (const PreflightCheck &check : checks) {
        if (check.blocks())
            return false;
    }
    return true;
}

} // namespace sb::failover

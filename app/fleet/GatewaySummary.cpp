#include "app/fleet/GatewaySummary.h"

#include <algorithm>

#include <QCoreApplication>
#include <QStringList>

namespace sb::fleet {

QString linkStateText(LinkState state)
{
    switch (state) {
    case LinkState::NotStarted:
        return QCoreApplication::translate("sb::fleet", "Not connected");
    case LinkState::Connecting:
        return QCoreApplication::translate("sb::fleet", "Connecting");
    case LinkState::CatchingUp:
        return QCoreApplication::translate("sb::fleet", "Connected, catching up");
    case LinkState::Live:
        return QCoreApplication::translate("sb::fleet", "Live");
    case LinkState::Reconnecting:
        return QCoreApplication::translate("sb::fleet", "Reconnecting");
    case LinkState::Failed:
        return QCoreApplication::translate("sb::fleet", "Failed");
    }
    return {};
}

Severity linkSeverity(LinkState state)
{
    switch (state) {
    case LinkState::NotStarted:
        return Severity::Neutral;
    case LinkState::Live:
        return Severity::Ok;
    case LinkState::Failed:
        return Severity::Critical;
    case LinkState::Connecting:
    case LinkState::CatchingUp:
    case LinkState::Reconnecting:
        break;
    }
    return Severity::Attention;
}

Severity GatewaySummary::severity() const
{
    const Severity lanes = worstLane ? sb::severity(worstState) : Severity::Neutral;
    // A gateway that cannot be seen is at least a matter of attention, whatever its lanes
    // looked like when it was last seen.
    const Severity seen = link == LinkState::Live ? Severity::Neutral : linkSeverity(link);
    return std::max(lanes, seen);
}

QString GatewaySummary::countsText() const
{
    QList<LaneState> states = lanesByState.keys();
    std::sort(states.begin(), states.end(), [](LaneState a, LaneState b) { return badness(a) > badness(b); });
    QStringList parts;
    for (const LaneState state : states)
        parts << QCoreApplication::translate("sb::fleet", "%1 %2")
                     .arg(lanesByState.value(state))
                     .arg(stateDisplayName(state));
    return parts.join(QStringLiteral(", "));
}

bool worseGateway(const GatewaySummary &a, const GatewaySummary &b)
{
    if (a.severity() != b.severity())
        return a.severity() > b.severity();
    return a.gatewayId < b.gatewayId;
}

} // namespace sb::fleet

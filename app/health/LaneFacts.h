#pragma once

#include "app/gateway/ChannelStatus.h"
#include "app/health/HealthTypes.h"

#include <optional>

#include <QList>

namespace sb::health {

// Everything the side panel shows about one lane, gathered by its owner from the engine
// (status, open incident) and the last channels.status (account snapshot, status issues).
// Plain values: the panel never reaches back into the engine or the connection.
struct LaneFacts
{
    LaneStatus status;
    std::optional<gateway::AccountSnapshot> account; // the lane's account in the last snapshot
    QList<gateway::StatusIssue> issues;              // the gateway's statusIssues for this lane
    std::optional<Incident> openIncident;
};

} // namespace sb::health

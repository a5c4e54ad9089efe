#pragma once

#include "app/gateway/ChannelStatus.h"
#include "app/gateway/Hello.h"
#include "app/health/ChannelEvent.h"

#include <optional>

#include <QList>
#include <QString>

namespace sb::ingest {

// Turns two consecutive channels.status answers into the events that happened in between:
// connected flips, a new lastDisconnect (code, error, loggedOut), reconnectAttempts rising,
// healthState verdicts, lastInboundAt/lastOutboundAt advancing, a new lastError, new
// statusIssues. Each event carries the gateway's own timestamp for it when there is one
// (lastDisconnect.at, lastConnectedAt...), else the snapshot's time. The result is in time
// order. With no previous snapshot, every account reports what it is now.
QList<ChannelEvent> diffChannelsStatus(const std::optional<gateway::ChannelsStatus> &previous,
                                       const gateway::ChannelsStatus &current, const QString &gatewayId);

// A heartbeat event (or the last-heartbeat answer) as a delivery proof or a failed delivery;
// nothing for a skipped heartbeat or one that names no channel.
std::optional<ChannelEvent> eventFromHeartbeat(const gateway::HeartbeatRecord &heartbeat,
                                               const QString &gatewayId, const QString &defaultAccount);

} // namespace sb::ingest

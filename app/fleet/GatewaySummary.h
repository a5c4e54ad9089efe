#pragma once

#include "app/health/LaneKey.h"
#include "app/health/LaneState.h"

#include <optional>

#include <QList>
#include <QMap>
#include <QString>

namespace sb::fleet {

// The link of one watched gateway, from the operator's side: is what the window shows about
// it the present (Live) or the last known past?
enum class LinkState
{
    NotStarted, // not connected and not trying (stopped, or the token could not be read)
    Connecting, // opening the socket or handshaking
    CatchingUp, // connected, reading the log tail: the lanes are not yet the present
    Live,
    Reconnecting, // lost, waiting before the next attempt
    Failed,       // given up until the operator acts (auth refused, incompatible protocol)
};

QString linkStateText(LinkState state);
// Live is Ok, NotStarted Neutral, Failed Critical, everything in between Attention.
Severity linkSeverity(LinkState state);

// One gateway as the fleet overview shows it: plain values, copied out of its session.
struct GatewaySummary
{
    QString gatewayId;
    QString title; // the profile's name
    LinkState link = LinkState::NotStarted;
    QString serverVersion;            // hello-ok's; empty before the first
    int protocol = 0;                 // 0 before the first hello-ok
    std::optional<LaneKey> worstLane; // worst state, then by name; none before the first lane
    LaneState worstState = LaneState::Unknown;
    QMap<LaneState, int> lanesByState;
    int laneCount = 0;
    QString lastError; // in words, redacted; empty when nothing went wrong

    // The fleet's tray colour comes from the worst of these: the worst lane, or the link when
    // the gateway cannot be seen at all.
    Severity severity() const;
    // "2 healthy, 1 reconnecting", worst state first.
    QString countsText() const;

    bool operator==(const GatewaySummary &) const = default;
};

// Worst first, then by gateway id: the order the overview starts in.
bool worseGateway(const GatewaySummary &a, const GatewaySummary &b);

} // namespace sb::fleet

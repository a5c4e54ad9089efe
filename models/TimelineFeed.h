#pragma once

#include "app/health/LaneKey.h"

#include <QObject>

namespace sb::ingest {
class GatewaySession;
}
namespace sb::store {
class History;
}

namespace sb::timeline {

class TimelineIndex;

// Keeps a TimelineIndex current: the stored history first (so the window shows the past at
// once while the gateway reconnects), then the live engine's transitions and incidents and
// the ingested events (disconnect markers, operator actions, deliveries).
class TimelineFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineFeed)

public:
    explicit TimelineFeed(TimelineIndex &index, QObject *parent = nullptr);

    // Every stored segment and incident, and the loss events of the last `markerDays` days
    // before `now` (older markers are detail nobody zooms into at a year's width).
    void loadHistory(const store::History &history, qint64 now, int markerDays = 30);
    void follow(ingest::GatewaySession &session);

Q_SIGNALS:
    void laneChanged(const sb::LaneKey &lane); // a known lane got a segment, marker or incident
    void lanesChanged();                       // a lane appeared

private:
    void touch(const LaneKey &lane);

    TimelineIndex &m_index;
};

} // namespace sb::timeline

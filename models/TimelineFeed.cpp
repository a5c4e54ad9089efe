#include "models/TimelineFeed.h"

#include "app/ingest/GatewaySession.h"
#include "app/store/History.h"
#include "models/timeline/TimelineIndex.h"

namespace sb::timeline {

TimelineFeed::TimelineFeed(TimelineIndex &index, QObject *parent)
    : QObject(parent)
    , m_index(index)
{}

void TimelineFeed::loadHistory(const store::History &history, qint64 now, int markerDays)
{
    const qint64 everything = std::numeric_limits<qint64>::max();
    m_index.load(history.segments(std::nullopt, 0, everything));
    m_index.loadIncidents(history.incidents(0, everything));
    const qint64 markersFrom = now - qint64(markerDays) * 24 * 3600 * 1000;
    for (const LaneKey &lane : history.lanes()) {
        for (const ChannelEvent &event : history.events(lane, markersFrom, everything))
            m_index.addEvent(event);
    }
    Q_EMIT lanesChanged();
}

void TimelineFeed::follow(ingest::GatewaySession &session)
{
    connect(&session, &ingest::GatewaySession::laneStateChanged, this,
            [this](const LaneKey &lane, const health::Transition &transition) {
                const bool known = m_index.laneId(lane) >= 0;
                m_index.appendSegment(store::segmentStartedBy(transition));
                if (known)
                    Q_EMIT laneChanged(lane);
                else
                    Q_EMIT lanesChanged();
            });
    connect(&session, &ingest::GatewaySession::incidentChanged, this,
            [this](const health::Incident &incident) {
                m_index.upsertIncident(incident);
                touch(incident.lane);
            });
    connect(&session, &ingest::GatewaySession::eventIngested, this, [this](const ChannelEvent &event) {
        m_index.addEvent(event);
        touch(event.lane);
    });
}

void TimelineFeed::touch(const LaneKey &lane)
{
    if (m_index.laneId(lane) >= 0)
        Q_EMIT laneChanged(lane);
}

} // namespace sb::timeline

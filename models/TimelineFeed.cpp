#include "models/TimelineFeed.h"

#include "app/health/HealthEngine.h"
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
    health::HealthEngine &engine = session.engine();
    connect(&engine, &health::HealthEngine::laneStateChanged, this,
            [this](const LaneKey &lane, const health::Transition &t) {
                const bool known = m_index.laneId(lane) >= 0;
                m_index.appendSegment(
                    store::Segment{lane, t.at, std::nullopt, t.to, t.reason, t.action, t.ruleId});
                if (known)
                    Q_EMIT laneChanged(lane);
                else
                    Q_EMIT lanesChanged();
            });
    const auto incident = [this](const health::Incident &i) {
        m_index.upsertIncident(i);
        touch(i.lane);
    };
    connect(&engine, &health::HealthEngine::incidentOpened, this, incident);
    connect(&engine, &health::HealthEngine::incidentUpdated, this, incident);
    connect(&engine, &health::HealthEngine::incidentClosed, this, incident);
    connect(&session.ingestor(), &ingest::Ingestor::eventIngested, this, [this](const ChannelEvent &event) {
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

#pragma once

#include "app/health/ChannelEvent.h"
#include "app/health/HealthTypes.h"
#include "app/health/LaneHealth.h"

#include <map>
#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>

namespace sb {
class Clock;
}

namespace sb::health {

// Classifies events, runs one LaneHealth per lane and turns their episodes out of healthy
// into incidents (DESIGN §2 data flow: ingest → engine → store and models).
//
// Time: events carry their own `at`; the owner calls tick() from a timer (a second is plenty)
// so a proof can complete and a grace period can run out without new events. status() and
// tick() without arguments read the injected Clock, never the wall clock directly.
class HealthEngine : public QObject
{
    Q_OBJECT

public:
    // `clock` must outlive the engine.
    explicit HealthEngine(const Clock &clock, QObject *parent = nullptr);
    ~HealthEngine() override;

    // Set before the first event; lanes created earlier keep reading the new values.
    void setPolicy(const HealthPolicy &policy) { m_policy = policy; }
    const HealthPolicy &policy() const { return m_policy; }

    void process(const ChannelEvent &event);
    // What the lane's channel connects to, as the gateway reports it (see LaneHealth).
    void setEndpoint(const LaneKey &lane, const QString &endpoint);
    void tick(qint64 nowMs);
    void tick();

    // Continue where the store left off: last state per lane and the incidents still open.
    void restore(const QList<RestoredLane> &lanes, const QList<Incident> &openIncidents,
                 qint64 lastIncidentId);

    QList<LaneKey> lanes() const;
    bool hasLane(const LaneKey &lane) const { return m_lanes.count(lane) != 0; }
    LaneStatus status(const LaneKey &lane) const;
    LaneStatus status(const LaneKey &lane, qint64 nowMs) const;
    QList<Incident> openIncidents() const { return m_open.values(); }
    std::optional<Incident> openIncidentFor(const LaneKey &lane) const;

Q_SIGNALS:
    void laneStateChanged(const sb::LaneKey &lane, const sb::health::Transition &transition);
    // Reason, advice or proof progress changed without a state change ("2 of 3 deliveries").
    void laneUpdated(const sb::LaneKey &lane);
    void incidentOpened(const sb::health::Incident &incident);
    void incidentUpdated(const sb::health::Incident &incident);
    void incidentClosed(const sb::health::Incident &incident);

private:
    struct Lane
    {
        std::unique_ptr<LaneHealth> health;
        std::optional<qint64> troubleSince; // left healthy (or fell into trouble) at
        std::optional<qint64> incidentId;
    };

    Lane &laneFor(const LaneKey &key);
    void handle(Lane &lane, const LaneHealth::Outcome &outcome, qint64 now);
    void trackTrouble(Lane &lane, const Transition &transition);
    void openIncident(Lane &lane, qint64 now);
    qint64 groupFor(const LaneKey &lane, qint64 openedAt) const;

    const Clock &m_clock;
    HealthPolicy m_policy;
    std::map<LaneKey, Lane> m_lanes;
    QHash<LaneKey, QString> m_endpoints; // also for lanes whose first event is still on its way
    QMap<qint64, Incident> m_open;
    qint64 m_lastIncidentId = 0;
};

} // namespace sb::health

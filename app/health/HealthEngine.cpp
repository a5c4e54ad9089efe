#include "app/health/HealthEngine.h"

#include "app/platform/Clock.h"
#include "app/platform/Logging.h"

#include <cstdlib>

#include <QCoreApplication>

namespace sb::health {

namespace {

// States that, entered from anything but healthy, start the incident clock. Probation and
// unknown do not (a lane first seen connected is not in trouble), disabled is on purpose.
bool isTrouble(LaneState state)
{
    switch (state) {
    case LaneState::Degraded:
    case LaneState::Reconnecting:
    case LaneState::Conflict:
    case LaneState::LoggedOut:
    case LaneState::Blocked:
    case LaneState::Stopped:
        return true;
    default:
        return false;
    }
}

} // namespace

HealthEngine::HealthEngine(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

HealthEngine::~HealthEngine() = default;

void HealthEngine::process(const ChannelEvent &event)
{
    if (!event.lane.isValid())
        return;
    Lane &lane = laneFor(event.lane);
    const LaneHealth::Outcome outcome = lane.health->apply(event);
    handle(lane, outcome, event.at);
}

void HealthEngine::setEndpoint(const LaneKey &key, const QString &endpoint)
{
    if (m_endpoints.value(key) == endpoint)
        return;
    m_endpoints.insert(key, endpoint);
    if (const auto it = m_lanes.find(key); it != m_lanes.end())
        it->second.health->setEndpoint(endpoint);
}

void HealthEngine::tick(qint64 nowMs)
{
    for (auto &[key, lane] : m_lanes) {
        const LaneHealth::Outcome outcome = lane.health->tick(nowMs);
        handle(lane, outcome, nowMs);
    }
}

void HealthEngine::tick()
{
    tick(m_clock.nowMs());
}

void HealthEngine::restore(const QList<RestoredLane> &lanes, const QList<Incident> &openIncidents,
                           qint64 lastIncidentId)
{
    m_lastIncidentId = std::max(m_lastIncidentId, lastIncidentId);
    for (const RestoredLane &restored : lanes) {
        Lane &lane = laneFor(restored.lane);
        lane.health->restore(restored);
        if (restored.state != LaneState::Healthy && isTrouble(restored.state))
            lane.troubleSince = restored.since;
    }
    for (const Incident &incident : openIncidents) {
        if (!incident.isOpen())
            continue;
        Lane &lane = laneFor(incident.lane);
        lane.incidentId = incident.id;
        lane.troubleSince = incident.openedAt;
        m_open.insert(incident.id, incident);
        m_lastIncidentId = std::max(m_lastIncidentId, incident.id);
    }
}

QList<LaneKey> HealthEngine::lanes() const
{
    QList<LaneKey> keys;
    keys.reserve(qsizetype(m_lanes.size()));
    for (const auto &entry : m_lanes)
        keys.append(entry.first);
    return keys;
}

LaneStatus HealthEngine::status(const LaneKey &lane) const
{
    return status(lane, m_clock.nowMs());
}

LaneStatus HealthEngine::status(const LaneKey &key, qint64 nowMs) const
{
    const auto it = m_lanes.find(key);
    if (it == m_lanes.end()) {
        LaneStatus unknown;
        unknown.lane = key;
        return unknown;
    }
    LaneStatus s = it->second.health->status(nowMs);
    s.openIncidentId = it->second.incidentId;
    return s;
}

std::optional<Incident> HealthEngine::openIncidentFor(const LaneKey &key) const
{
    const auto it = m_lanes.find(key);
    if (it == m_lanes.end() || !it->second.incidentId)
        return std::nullopt;
    return m_open.value(*it->second.incidentId);
}

HealthEngine::Lane &HealthEngine::laneFor(const LaneKey &key)
{
    auto it = m_lanes.find(key);
    if (it == m_lanes.end()) {
        Lane lane;
        lane.health = std::make_unique<LaneHealth>(key, &m_policy);
        lane.health->setEndpoint(m_endpoints.value(key));
        it = m_lanes.emplace(key, std::move(lane)).first;
    }
    return it->second;
}

void HealthEngine::handle(Lane &lane, const LaneHealth::Outcome &outcome, qint64 now)
{
    const LaneKey &key = lane.health->lane();
    if (outcome.transition) {
        const Transition &t = *outcome.transition;
        sb::log::health()->debug("{} {} -> {} ({}): {}", key.toString().toStdString(),
                                 stateName(t.from).toStdString(), stateName(t.to).toStdString(),
                                 t.ruleId.toStdString(), t.reason.text().toStdString());
        trackTrouble(lane, t);
        Q_EMIT laneStateChanged(key, t);
        if (lane.incidentId) {
            auto it = m_open.find(*lane.incidentId);
            if (it != m_open.end()) {
                if (t.to == LaneState::Healthy) {
                    it->closedAt = t.at;
                    it->lastState = t.to;
                    it->closeReason = t.reason;
                    const Incident closed = *it;
                    m_open.erase(it);
                    lane.incidentId.reset();
                    Q_EMIT incidentClosed(closed);
                } else {
                    it->lastState = t.to;
                    it->lastReason = t.reason;
                    if (badness(t.to) > badness(it->worstState))
                        it->worstState = t.to;
                    Q_EMIT incidentUpdated(*it);
                }
            }
        }
    } else if (outcome.changed) {
        Q_EMIT laneUpdated(key);
    }

    if (!lane.incidentId && lane.troubleSince) {
        const bool graceOver = now - *lane.troubleSince >= m_policy.incidentGraceMs;
        if (graceOver || lane.health->isFlapping(now))
            openIncident(lane, now);
    }
}

void HealthEngine::trackTrouble(Lane &lane, const Transition &t)
{
    if (t.to == LaneState::Healthy) {
        lane.troubleSince.reset();
        return;
    }
    if (t.to == LaneState::Disabled && !lane.incidentId) {
        lane.troubleSince.reset(); // switched off on purpose before it became an incident
        return;
    }
    // A channel coming up for the first time (or after being switched off on purpose) is
    // starting, not failing: only a real problem on the way opens an incident.
    const bool startingUp =
        (t.from == LaneState::Unknown || t.from == LaneState::Disabled) && t.to == LaneState::Reconnecting;
    if (!lane.troubleSince && !startingUp && (t.from == LaneState::Healthy || isTrouble(t.to)))
        lane.troubleSince = t.at;
}

void HealthEngine::openIncident(Lane &lane, qint64 now)
{
    Incident incident;
    incident.id = ++m_lastIncidentId;
    incident.lane = lane.health->lane();
    incident.openedAt = *lane.troubleSince;
    incident.groupId = groupFor(incident.lane, incident.openedAt);
    if (incident.groupId == 0)
        incident.groupId = incident.id;
    incident.worstState = lane.health->state();
    incident.lastState = lane.health->state();
    incident.openReason = lane.health->reason(now);
    incident.lastReason = incident.openReason;
    lane.incidentId = incident.id;
    m_open.insert(incident.id, incident);
    sb::log::health()->info("incident {} opened on {} (group {}): {}", incident.id,
                            incident.lane.toString().toStdString(), incident.groupId,
                            incident.openReason.text().toStdString());
    Q_EMIT incidentOpened(incident);
}

qint64 HealthEngine::groupFor(const LaneKey &lane, qint64 openedAt) const
{
    // Several channels of one gateway going down together are one story for the operator
    // (often the host or its network): chain incidents that started within the window.
    for (const Incident &other : m_open) {
        if (other.lane.gatewayId == lane.gatewayId && other.lane != lane &&
            std::llabs(other.openedAt - openedAt) <= m_policy.groupWindowMs) {
            return other.groupId;
        }
    }
    return 0;
}

} // namespace sb::health

#include "app/failover/Recommendation.h"

#include "app/health/HealthEngine.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>

namespace sb::failover {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::failover::Recommendation", text);
}

bool isConnectedState(LaneState state)
{
    return state == LaneState::Healthy || state == LaneState::Probation || state == LaneState::Degraded;
}

bool needsFailover(const health::LaneStatus &lane, const DropTally &tally, int repeatedDrops)
{
    // Disabled on purpose (a failover's source, for one): nothing to move away from.
    if (lane.state == LaneState::Disabled)
        return false;
    return lane.flapping || (tally.drops >= repeatedDrops && lane.state != LaneState::Healthy) ||
           lane.state == LaneState::Blocked || lane.state == LaneState::LoggedOut ||
           lane.state == LaneState::Conflict;
}

QString troubleInWords(const health::LaneStatus &lane, const DropTally &tally, const QTimeZone &zone)
{
    const QString name = channelDisplayName(lane.lane.channel);
    if (tally.drops > 0 && lane.state != LaneState::LoggedOut && lane.state != LaneState::Blocked &&
        lane.state != LaneState::Conflict) {
        const QString since =
            QDateTime::fromMSecsSinceEpoch(tally.since, zone).toString(QStringLiteral("HH:mm"));
        return tally.drops == 1 ? tr("%1: 1 drop since %2.").arg(name, since)
                                : tr("%1: %2 drops since %3.").arg(name).arg(tally.drops).arg(since);
    }
    if (lane.flapping)
        return tr("%1 is flapping.").arg(name);
    return tr("%1 is %2.").arg(name, stateDisplayName(lane.state).toLower());
}

} // namespace

QList<FailoverAdvice> recommendFailovers(const QList<health::LaneStatus> &lanes,
                                         const QHash<LaneKey, DropTally> &tallies, const QTimeZone &zone,
                                         int repeatedDrops)
{
    QList<FailoverAdvice> out;
    for (const health::LaneStatus &lane : lanes) {
        if (!needsFailover(lane, tallies.value(lane.lane), repeatedDrops))
            continue;
        const auto proven =
            std::find_if(lanes.begin(), lanes.end(), [&lane](const health::LaneStatus &other) {
                return other.lane.gatewayId == lane.lane.gatewayId &&
                       other.lane.channel != lane.lane.channel && other.state == LaneState::Healthy;
            });
        if (proven == lanes.end())
            continue;
        FailoverAdvice advice;
        advice.from = lane.lane;
        advice.to = proven->lane;
        advice.fromState = lane.state;
        advice.tally = tallies.value(lane.lane);
        advice.text =
            tr("%1 %2 is proven. Fail over now")
                .arg(troubleInWords(lane, advice.tally, zone), channelDisplayName(proven->lane.channel));
        out.append(advice);
    }
    std::stable_sort(out.begin(), out.end(), [](const FailoverAdvice &a, const FailoverAdvice &b) {
        return badness(a.fromState) > badness(b.fromState);
    });
    return out;
}

FailoverAdvisor::FailoverAdvisor(health::HealthEngine &engine, const QTimeZone &zone, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_zone(zone)
{
    connect(&engine, &health::HealthEngine::laneStateChanged, this, &FailoverAdvisor::onTransition);
    reevaluate();
}

FailoverAdvisor::~FailoverAdvisor() = default;

std::optional<FailoverAdvice> FailoverAdvisor::adviceFor(const LaneKey &lane) const
{
    for (const FailoverAdvice &advice : m_advice) {
        if (advice.from == lane)
            return advice;
    }
    return std::nullopt;
}

void FailoverAdvisor::acknowledgeMovedAway(const LaneKey &lane)
{
    m_movedAway.insert(lane);
    reevaluate();
}

void FailoverAdvisor::onTransition(const LaneKey &lane, const health::Transition &transition)
{
    if (transition.to == LaneState::Healthy) {
        m_tallies.remove(lane);
        m_movedAway.remove(lane);
    } else if (isConnectedState(transition.from) && !isConnectedState(transition.to)) {
        DropTally &tally = m_tallies[lane];
        if (tally.drops == 0)
            tally.since = transition.at;
        ++tally.drops;
    }
    reevaluate();
}

void FailoverAdvisor::reevaluate()
{
    QList<health::LaneStatus> lanes;
    for (const LaneKey &lane : m_engine.lanes())
        lanes.append(m_engine.status(lane));
    QList<FailoverAdvice> advice =
        recommendFailovers(lanes, m_tallies, m_zone, m_engine.policy().flapDisconnects);
    advice.removeIf([this](const FailoverAdvice &a) { return m_movedAway.contains(a.from); });
    if (advice == m_advice)
        return;
    m_advice = std::move(advice);
    Q_EMIT adviceChanged();
}

} // namespace sb::failover

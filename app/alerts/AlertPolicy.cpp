#include "app/alerts/AlertPolicy.h"

#include "app/platform/Clock.h"

#include <algorithm>

#include <QStringList>

namespace sb::alerts {

namespace {

bool isTroubleState(LaneState state)
{
    return state == LaneState::Degraded || state == LaneState::Reconnecting ||
           severity(state) == Severity::Critical;
}

} // namespace

AlertPolicy::Options AlertPolicy::Options::from(const MonitoringPreferences &preferences)
{
    const MonitoringPreferences p = preferences.clamped();
    Options options;
    options.strikes = p.alertStrikes;
    options.dampeningWindowMs = qint64(p.alertWindowMinutes) * 60 * 1000;
    return options;
}

AlertPolicy::AlertPolicy(const Clock &clock, QObject *parent)
    : AlertPolicy(clock, Options{}, parent)
{}

AlertPolicy::AlertPolicy(const Clock &clock, const Options &options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    setOptions(options);
}

AlertPolicy::~AlertPolicy() = default;

void AlertPolicy::setOptions(const Options &options)
{
    m_options = options;
    m_options.strikes = std::max(1, m_options.strikes);
    m_options.dampeningWindowMs = std::max<qint64>(0, m_options.dampeningWindowMs);
    m_options.repeatWindowMs = std::max<qint64>(0, m_options.repeatWindowMs);
}

void AlertPolicy::onTransition(const health::Transition &transition)
{
    refreshMute();
    const qint64 now = m_clock.nowMs();
    const LaneKey &lane = transition.lane;
    const LaneState from = transition.from;
    const LaneState to = transition.to;

    setLaneSeverity(lane, severity(to));
    if (from == to)
        return;

    LaneMemory &memory = m_lanes[lane];
    // Forget strikes that fell out of the window (the window ends at, and includes, now).
    const qint64 oldest = now - m_options.dampeningWindowMs;
    memory.strikes.removeIf([oldest](qint64 at) { return at <= oldest; });

    const Severity toSeverity = severity(to);
    if (toSeverity == Severity::Neutral) {
        memory = LaneMemory{};
        return;
    }

    bool candidate = false;
    if (isTroubleState(to) && badness(to) > badness(from)) {
        memory.strikes.append(now);
        candidate = toSeverity == Severity::Critical || memory.strikes.size() >= m_options.strikes;
    } else if (toSeverity == Severity::Critical) {
        candidate = true; // one critical state to another of the same badness: still news
    } else if (to == LaneState::Healthy) {
        candidate = memory.alerted;
        memory.alerted = false; // the episode is over, announced or not
    }

    if (!candidate || isMuted())
        return;
    const RepeatKey key{lane, from, to};
    const auto last = m_lastSent.constFind(key);
    if (last != m_lastSent.constEnd() && now - *last < m_options.repeatWindowMs)
        return;

    m_lastSent.insert(key, now);
    if (to != LaneState::Healthy)
        memory.alerted = true;
    Q_EMIT notify(lane, transition, titleFor(transition), bodyFor(transition));
}

void AlertPolicy::onLaneUpdated(const health::LaneStatus &status)
{
    refreshMute();
    LaneMemory &memory = m_lanes[status.lane];
    const int seen = std::exchange(memory.drops, status.dropsInARow);
    // The engine's count starts again after a recovery; any other change up is a new drop.
    const bool newDrop = status.dropsInARow > seen || (status.dropsInARow > 0 && status.dropsInARow < seen);
    if (!newDrop || status.state != LaneState::Reconnecting)
        return;
    const qint64 now = m_clock.nowMs();
    const qint64 oldest = now - m_options.dampeningWindowMs;
    memory.strikes.removeIf([oldest](qint64 at) { return at <= oldest; });
    memory.strikes.append(now);
    // One alert per episode: drops inside one reconnecting stretch (the SSE flurry) strike like
    // transitions, and the first alert of the episode is the last until the lane is healthy.
    if (memory.alerted || memory.strikes.size() < m_options.strikes || isMuted())
        return;
    health::Transition transition;
    transition.lane = status.lane;
    transition.at = now;
    transition.from = status.state;
    transition.to = status.state;
    transition.reason = status.reason;
    transition.action = status.action;
    transition.waitMs = status.waitMs;
    transition.code = status.lastCode;
    memory.alerted = true;
    Q_EMIT notify(status.lane, transition, titleFor(transition), bodyFor(transition));
}

void AlertPolicy::muteFor(qint64 ms)
{
    if (ms <= 0) {
        unmute();
        return;
    }
    muteUntil(m_clock.nowMs() + ms);
}

void AlertPolicy::muteUntil(qint64 untilMs)
{
    if (untilMs <= m_clock.nowMs()) {
        unmute();
        return;
    }
    m_mutedUntilMs = untilMs;
    if (!m_mutedReported) {
        m_mutedReported = true;
        Q_EMIT muteChanged(true);
    }
}

void AlertPolicy::unmute()
{
    m_mutedUntilMs = 0;
    if (m_mutedReported) {
        m_mutedReported = false;
        Q_EMIT muteChanged(false);
    }
}

bool AlertPolicy::isMuted() const
{
    return m_mutedUntilMs > 0 && m_clock.nowMs() < m_mutedUntilMs;
}

void AlertPolicy::refreshMute()
{
    if (m_mutedReported && !isMuted()) {
        m_mutedReported = false;
        Q_EMIT muteChanged(false);
    }
}

void AlertPolicy::setLaneSeverity(const LaneKey &lane, Severity value)
{
    const auto it = m_severity.constFind(lane);
    if (it != m_severity.constEnd() && *it == value)
        return;
    m_severity.insert(lane, value);
    updateWorst();
    Q_EMIT severitiesChanged();
}

void AlertPolicy::removeLane(const LaneKey &lane)
{
    m_lanes.remove(lane);
    if (m_severity.remove(lane) == 0)
        return;
    updateWorst();
    Q_EMIT severitiesChanged();
}

int AlertPolicy::lanesNeedingAttention() const
{
    return int(std::count_if(m_severity.cbegin(), m_severity.cend(),
                             [](Severity s) { return s == Severity::Attention || s == Severity::Critical; }));
}

void AlertPolicy::updateWorst()
{
    Severity worst = Severity::Neutral;
    for (const Severity s : std::as_const(m_severity))
        worst = std::max(worst, s);
    if (worst == m_worst)
        return;
    m_worst = worst;
    Q_EMIT worstChanged(worst);
}

QString AlertPolicy::titleFor(const health::Transition &transition)
{
    const QString lane = transition.lane.toString();
    if (transition.to == LaneState::Healthy)
        return tr("%1 recovered").arg(lane);
    return tr("%1: %2").arg(lane, stateDisplayName(transition.to));
}

QString AlertPolicy::bodyFor(const health::Transition &transition)
{
    QStringList lines;
    if (transition.from != transition.to)
        lines << tr("%1 → %2").arg(stateDisplayName(transition.from), stateDisplayName(transition.to));
    if (!transition.reason.isEmpty())
        lines << transition.reason.text();
    if (transition.code)
        lines << tr("Code %1").arg(*transition.code);
    if (transition.action != OperatorAction::None)
        lines << tr("Next step: %1").arg(transition.actionText());
    return lines.join(u'\n');
}

} // namespace sb::alerts

#include "app/drill/ScenarioClock.h"

#include <cmath>

namespace sb::drill {

namespace {
const sb::SystemClock s_wallClock;
}

ScenarioClock::ScenarioClock(QDateTime start, double speed, const sb::Clock *base)
    : m_start(start.toUTC())
    , m_anchorScenario(m_start)
    , m_speed(speed > 0 ? speed : 1.0)
    , m_base(base)
{
    m_anchorBase = this->base().now();
}

const sb::Clock &ScenarioClock::base() const
{
    // Never the process-wide Clock::instance(): the drill may install this very clock there.
    return m_base ? *m_base : s_wallClock;
}

QDateTime ScenarioClock::now() const
{
    const qint64 wallElapsed = m_anchorBase.msecsTo(base().now());
    return m_anchorScenario.addMSecs(
        static_cast<qint64>(std::llround(static_cast<double>(wallElapsed) * m_speed)));
}

void ScenarioClock::setSpeed(double speed)
{
    const QDateTime here = now();
    m_anchorScenario = here;
    m_anchorBase = base().now();
    m_speed = speed > 0 ? speed : 1.0;
}

void ScenarioClock::jumpTo(const QDateTime &at)
{
    m_anchorScenario = at.toUTC();
    m_anchorBase = base().now();
}

qint64 ScenarioClock::wallMsUntil(const QDateTime &at) const
{
    const qint64 scenarioMs = now().msecsTo(at);
    if (scenarioMs <= 0)
        return 0;
    return static_cast<qint64>(std::ceil(static_cast<double>(scenarioMs) / m_speed));
}

} // namespace sb::drill

#pragma once

#include "app/platform/Clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace sb::drill {

// Scenario time: a start instant plus the elapsed time of a base clock multiplied by a speed
// factor. The base clock is injectable (a ManualClock in tests), so a test can play a whole
// night in milliseconds, or step it by hand, while everything the drill reports (tick and
// health `ts`, log timestamps, lastDisconnect.at) stays in the scenario's own time.
class ScenarioClock final : public sb::Clock
{
public:
    explicit ScenarioClock(QDateTime start = QDateTime::currentDateTimeUtc(), double speed = 1.0,
                           const sb::Clock *base = nullptr);

    QDateTime now() const override;

    QDateTime start() const { return m_start; }
    double speed() const { return m_speed; }
    // Keeps the current scenario instant and continues from there at the new speed.
    void setSpeed(double speed);
    // Jumps scenario time (by rebasing) without touching the speed.
    void jumpTo(const QDateTime &at);
    qint64 elapsedMs() const { return now().toMSecsSinceEpoch() - m_start.toMSecsSinceEpoch(); }

    // Wall milliseconds until scenario time reaches `at` (0 if already there).
    qint64 wallMsUntil(const QDateTime &at) const;

    QTimeZone timeZone() const { return m_zone; }
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

private:
    const sb::Clock &base() const;

    QDateTime m_start;
    QDateTime m_anchorScenario; // scenario instant at m_anchorBase
    QDateTime m_anchorBase;
    double m_speed;
    const sb::Clock *m_base;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace sb::drill

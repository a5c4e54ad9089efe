#pragma once

#include "app/health/HealthEngine.h"
#include "app/platform/Clock.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace sb::test {

// A HealthEngine on a ManualClock that records everything it emits. Time only moves through
// at()/advanceTo(), so a test never sleeps and every boundary is exact.
class EngineHarness
{
public:
    EngineHarness()
    {
        QObject::connect(&engine, &health::HealthEngine::laneStateChanged, &engine,
                         [this](const LaneKey &, const health::Transition &t) { transitions.append(t); });
        QObject::connect(&engine, &health::HealthEngine::incidentOpened, &engine,
                         [this](const health::Incident &i) { opened.append(i); });
        QObject::connect(&engine, &health::HealthEngine::incidentUpdated, &engine,
                         [this](const health::Incident &i) { updated.append(i); });
        QObject::connect(&engine, &health::HealthEngine::incidentClosed, &engine,
                         [this](const health::Incident &i) { closed.append(i); });
    }

    // 2026-02-12 in JST, the story's day; dayOffset -1 is the evening before.
    static qint64 jst(int h, int m, int s = 0, int dayOffset = 0)
    {
        const QDateTime t(QDate(2026, 2, 12).addDays(dayOffset), QTime(h, m, s), QTimeZone(9 * 3600));
        return t.toMSecsSinceEpoch();
    }

    void event(const LaneKey &lane, qint64 at, EventKind kind, std::optional<int> code = std::nullopt,
               const QString &detail = {}, EventSource source = EventSource::StatusSnapshot)
    {
        advanceTo(at);
        ChannelEvent e;
        e.lane = lane;
        e.at = at;
        e.kind = kind;
        e.code = code;
        e.detail = detail;
        e.source = source;
        engine.process(e);
    }

    // Moves the clock forward in steps, ticking the engine like the owner's timer would.
    void advanceTo(qint64 until, qint64 stepMs = 10 * 1000)
    {
        while (clock.nowMs() < until) {
            clock.set(
                QDateTime::fromMSecsSinceEpoch(std::min(until, clock.nowMs() + stepMs), QTimeZone::utc()));
            engine.tick(clock.nowMs());
        }
    }

    void start(qint64 at) { clock.set(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc())); }

    // Connected, three deliveries, fifteen quiet minutes: proven healthy.
    void seedHealthy(const LaneKey &lane, qint64 at)
    {
        event(lane, at, EventKind::Connected);
        for (int i = 1; i <= 3; ++i)
            event(lane, at + i * 60 * 1000, EventKind::DeliveryOk, std::nullopt, {},
                  EventSource::HeartbeatEvent);
        advanceTo(at + 16 * 60 * 1000);
    }

    QList<health::Transition> transitionsOf(const LaneKey &lane, qint64 from = 0) const
    {
        QList<health::Transition> out;
        for (const auto &t : transitions) {
            if (t.lane == lane && t.at >= from)
                out.append(t);
        }
        return out;
    }

    bool wasEver(const LaneKey &lane, LaneState state, qint64 from = 0) const
    {
        for (const auto &t : transitionsOf(lane, from)) {
            if (t.to == state)
                return true;
        }
        return false;
    }

    LaneState state(const LaneKey &lane) const { return engine.status(lane).state; }
    health::LaneStatus status(const LaneKey &lane) const { return engine.status(lane); }

    ManualClock clock;
    health::HealthEngine engine{clock};
    QList<health::Transition> transitions;
    QList<health::Incident> opened;
    QList<health::Incident> updated;
    QList<health::Incident> closed;
};

} // namespace sb::test

#pragma once

#include "app/health/HealthTypes.h"

#include <optional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimeZone>

namespace sb::health {
class HealthEngine;
}

namespace sb::failover {

// Connections a lane lost since it was last proven, and when the first of them was.
struct DropTally
{
    int drops = 0;
    qint64 since = 0; // UTC ms of the first counted drop
};

// "Fail over now": a lane that needs it and a proven lane of the same gateway to move to.
struct FailoverAdvice
{
    LaneKey from;
    LaneKey to;
    LaneState fromState = LaneState::Unknown;
    DropTally tally;
    QString text; // "WhatsApp: 9 drops since 01:55. Signal is proven. Fail over now"

    friend bool operator==(const FailoverAdvice &a, const FailoverAdvice &b)
    {
        return a.from == b.from && a.to == b.to && a.text == b.text;
    }
};

// A lane needs a failover when it flaps, is blocked, logged out or in conflict, or has lost its
// connection `repeatedDrops` times without proving itself in between (the story's morning:
// a drop every hour or so, each too far from the last to count as flapping, never proven
// again). The advice for each such lane that has a proven (healthy) lane of another channel
// on its gateway, worst first; `tallies` words the drops. Times are shown in `zone`, the
// gateway profile's (the story's operators read "since 01:55" on Tokyo's clock wherever the
// console runs), as the incident reports do.
QList<FailoverAdvice> recommendFailovers(const QList<health::LaneStatus> &lanes,
                                         const QHash<LaneKey, DropTally> &tallies, const QTimeZone &zone,
                                         int repeatedDrops = 3);

// Keeps the advice current from a health engine's transitions: it counts each lane's lost
// connections since it was last proven and re-evaluates on every transition (a lane starting
// or stopping to flap, being proven, dropping), so the advice moves with the status poll that
// moved the lane. Not on every progress update: with thousands of lanes that is every tick.
class FailoverAdvisor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailoverAdvisor)

public:
    // `zone`: the gateway profile's, for the times in the advice.
    FailoverAdvisor(health::HealthEngine &engine, const QTimeZone &zone, QObject *parent = nullptr);
    ~FailoverAdvisor() override;

    const QList<FailoverAdvice> &advice() const { return m_advice; }
    std::optional<FailoverAdvice> adviceFor(const LaneKey &lane) const;
    // The operators were moved off `lane` (a verified failover or failback): no advice to leave
    // it until it is proven again, whatever the gateway's status says of it meanwhile.
    void acknowledgeMovedAway(const LaneKey &lane);

Q_SIGNALS:
    void adviceChanged();

private:
    void onTransition(const LaneKey &lane, const health::Transition &transition);
    void reevaluate();

    health::HealthEngine &m_engine;
    QTimeZone m_zone;
    QHash<LaneKey, DropTally> m_tallies;
    QSet<LaneKey> m_movedAway;
    QList<FailoverAdvice> m_advice;
};

} // namespace sb::failover

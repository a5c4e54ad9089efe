#pragma once

#include "app/gateway/Connection.h"
#include "app/health/HealthTypes.h"
#include "app/health/LaneFacts.h"
#include "app/ingest/Ingestor.h"

#include <functional>
#include <memory>

#include <QList>
#include <QObject>

namespace sb {
class Clock;
}
namespace sb::gateway {
class GatewayMonitor;
}
namespace sb::health {
class HealthEngine;
}
namespace sb::store {
class History;
struct HistorySnapshot;
} // namespace sb::store

namespace sb::ingest {

class GatewayClock;

// One watched gateway: monitor → ingest → health engine (→ history when one is given). The
// window and switchboardctl both run this; switchboardctl passes no history (it is a reader:
// the window owns the file).
//
// Time: the engine runs on `clock` when given (the drill's scenario clock), else on the
// gateway's own clock as seen in its timestamps.
//
// Watchers (the timeline feed, the fleet, the window) use the signals and the read-only API
// below; monitor(), engine() and ingestor() remain for the flows and tests that drive them.
class GatewaySession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        gateway::ConnectionOptions connection;
        QString gatewayId;
        const Clock *clock = nullptr;
        store::History *history = nullptr; // writes to it; restores the engine from it unless `record`
        // The record to continue from, read once for a whole fleet (or a reader's copy, for
        // switchboardctl); without it the session reads `history` itself.
        const store::HistorySnapshot *record = nullptr;
        Ingestor::Options ingest;
        health::HealthPolicy policy; // the operator's preferences (HealthPolicy::from)
    };

    explicit GatewaySession(Options options, QObject *parent = nullptr);
    ~GatewaySession() override;

    void start();
    void stop();
    // Calls `ready` once the first channels.status and the log tail have gone through the
    // engine (the picture is complete), then keeps following. caughtUp() says the same.
    void whenCaughtUp(std::function<void()> ready);
    bool isCaughtUp() const { return m_pictureComplete; }

    QString gatewayId() const { return m_gatewayId; }
    const Clock &clock() const { return *m_clockInUse; }

    // The link, in the words the window shows ("Connected to ws://…", "Reconnecting in 3 s").
    gateway::ConnectionState linkState() const;
    bool isConnected() const;
    QString describeLink() const;
    // Connected and caught up: what the engine says is the gateway's present, not its past.
    bool isLive() const { return isConnected() && isCaughtUp(); }
    // hello-ok's facts: 0 / empty until the first one.
    int protocolVersion() const;
    QString serverVersion() const;
    // The last thing that went wrong on the link or a poll, in words; empty when nothing has.
    QString lastError() const;

    // Every lane of this gateway, worst first, then by name.
    QList<health::LaneStatus> lanes() const;
    health::LaneStatus laneStatus(const LaneKey &lane) const;
    // What the lane panel shows: the engine's status and open incident, the account as the
    // last channels.status reported it and the gateway's issues for the lane.
    health::LaneFacts laneFacts(const LaneKey &lane) const;
    void setPolicy(const health::HealthPolicy &policy);

    gateway::GatewayMonitor &monitor() { return *m_monitor; }
    health::HealthEngine &engine() { return *m_engine; }
    Ingestor &ingestor() { return *m_ingestor; }

Q_SIGNALS:
    void linkStateChanged(sb::gateway::ConnectionState state);
    void laneStateChanged(const sb::LaneKey &lane, const sb::health::Transition &transition);
    // Reason, advice, proof progress or the gateway's snapshot of the lane changed.
    void laneUpdated(const sb::LaneKey &lane);
    // Opened, updated or closed.
    void incidentChanged(const sb::health::Incident &incident);
    void eventIngested(const sb::ChannelEvent &event);
    void caughtUp();

private:
    void restoreFrom(const store::HistorySnapshot &snapshot);

    QString m_gatewayId;
    std::unique_ptr<GatewayClock> m_gatewayClock;
    const Clock *m_clockInUse;
    std::unique_ptr<gateway::GatewayMonitor> m_monitor;
    std::unique_ptr<health::HealthEngine> m_engine;
    std::unique_ptr<Ingestor> m_ingestor;
    std::function<void()> m_ready;
    bool m_caughtUp = false;        // the catch-up has begun
    bool m_pictureComplete = false; // ...and finished
};

} // namespace sb::ingest

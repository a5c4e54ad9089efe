#pragma once

#include "app/gateway/Connection.h"
#include "app/health/HealthTypes.h"

#include <functional>
#include <memory>

#include <QList>
#include <QObject>

namespace sb::gateway {
class GatewayMonitor;
}
namespace sb::health {
class HealthEngine;
}

namespace sb::ingest {
class GatewayClock;
class Ingestor;
} // namespace sb::ingest

namespace sb::ctl {

// The console's pipeline without a window: monitor → ingest → health engine, on the gateway's
// clock. `status` reads it once, `watch` follows it. Nothing is stored: switchboardctl is a
// reader; the GUI owns the history file.
class LaneWatch : public QObject
{
    Q_OBJECT

public:
    LaneWatch(const gateway::ConnectionOptions &options, QString gatewayId, QObject *parent = nullptr);
    ~LaneWatch() override;

    void start();
    // Calls `ready` once the first channels.status and the log tail have gone through the
    // engine (the picture is complete), then keeps following.
    void whenCaughtUp(std::function<void()> ready);

    gateway::GatewayMonitor &monitor() { return *m_monitor; }
    health::HealthEngine &engine() { return *m_engine; }
    const ingest::GatewayClock &clock() const { return *m_clock; }
    // Every lane the gateway reported, worst first, then by name.
    QList<health::LaneStatus> lanes() const;

private:
    std::unique_ptr<ingest::GatewayClock> m_clock;
    std::unique_ptr<gateway::GatewayMonitor> m_monitor;
    std::unique_ptr<health::HealthEngine> m_engine;
    std::unique_ptr<ingest::Ingestor> m_ingestor;
    std::function<void()> m_ready;
    bool m_caughtUp = false;
};

// The exit code for a set of lanes: 0 all healthy (or off on purpose), 1 any lane on
// probation, degraded or reconnecting, 2 any lane that needs a person.
int exitCodeForLanes(const QList<health::LaneStatus> &lanes);

} // namespace sb::ctl

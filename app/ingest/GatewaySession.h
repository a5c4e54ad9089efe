#pragma once

#include "app/gateway/Connection.h"
#include "app/health/HealthTypes.h"
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
class GatewaySession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        gateway::ConnectionOptions connection;
        QString gatewayId;
        const Clock *clock = nullptr;
        store::History *history = nullptr; // restores the engine from it and writes to it
        // A reader's copy of the record (switchboardctl): restores the engine, writes nothing.
        const store::HistorySnapshot *record = nullptr;
        Ingestor::Options ingest;
        health::HealthPolicy policy; // the operator's preferences (HealthPolicy::from)
    };

    explicit GatewaySession(Options options, QObject *parent = nullptr);
    ~GatewaySession() override;

    void start();
    void stop();
    // Calls `ready` once the first channels.status and the log tail have gone through the
    // engine (the picture is complete), then keeps following.
    void whenCaughtUp(std::function<void()> ready);
    bool isCaughtUp() const { return m_pictureComplete; }

    QString gatewayId() const { return m_gatewayId; }
    gateway::GatewayMonitor &monitor() { return *m_monitor; }
    health::HealthEngine &engine() { return *m_engine; }
    Ingestor &ingestor() { return *m_ingestor; }
    const Clock &clock() const { return *m_clockInUse; }
    // Every lane of this gateway, worst first, then by name.
    QList<health::LaneStatus> lanes() const;

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

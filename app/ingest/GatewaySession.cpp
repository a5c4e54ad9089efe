#include "app/ingest/GatewaySession.h"

#include "app/gateway/GatewayMonitor.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/GatewayClock.h"
#include "app/store/History.h"

#include <algorithm>

namespace sb::ingest {

GatewaySession::GatewaySession(Options options, QObject *parent)
    : QObject(parent)
    , m_gatewayId(options.gatewayId)
    , m_gatewayClock(std::make_unique<GatewayClock>())
    , m_clockInUse(options.clock ? options.clock : m_gatewayClock.get())
    , m_monitor(std::make_unique<gateway::GatewayMonitor>(options.connection))
    , m_engine(std::make_unique<health::HealthEngine>(*m_clockInUse))
{
    m_engine->setPolicy(options.policy);
    if (!options.clock)
        options.ingest.gatewayClock = m_gatewayClock.get();
    if (options.history && options.history->isOpen()) {
        restoreFrom(options.history->load());
        options.history->attach(m_engine.get());
    } else if (options.record) {
        restoreFrom(*options.record);
    }
    m_ingestor = std::make_unique<Ingestor>(m_monitor.get(), m_gatewayId, m_engine.get(), options.history,
                                            *m_clockInUse, options.ingest);
    // The ingestor saw the first snapshot already (it connected first); read the log to its end.
    connect(m_monitor.get(), &gateway::GatewayMonitor::channelsUpdated, this, [this] {
        if (m_caughtUp)
            return;
        m_caughtUp = true;
        m_ingestor->catchUp([this] {
            m_pictureComplete = true;
            if (m_ready)
                std::exchange(m_ready, {})();
        });
    });
}

// Continue where the record left off: this gateway's lanes and open incidents, so since-times
// and proofs come from what was watched, not from the moment of this run.
void GatewaySession::restoreFrom(const store::HistorySnapshot &snapshot)
{
    QList<health::RestoredLane> lanes;
    for (const health::RestoredLane &lane : snapshot.lanes) {
        if (lane.lane.gatewayId == m_gatewayId)
            lanes << lane;
    }
    QList<health::Incident> incidents;
    for (const health::Incident &incident : snapshot.openIncidents) {
        if (incident.lane.gatewayId == m_gatewayId)
            incidents << incident;
    }
    m_engine->restore(lanes, incidents, snapshot.lastIncidentId);
}

GatewaySession::~GatewaySession()
{
    stop();
}

void GatewaySession::start()
{
    m_ingestor->start();
    m_monitor->start();
}

void GatewaySession::stop()
{
    m_ingestor->stop();
    m_monitor->stop();
}

void GatewaySession::whenCaughtUp(std::function<void()> ready)
{
    m_ready = std::move(ready);
}

QList<health::LaneStatus> GatewaySession::lanes() const
{
    QList<health::LaneStatus> out;
    const qint64 now = m_clockInUse->nowMs();
    for (const LaneKey &lane : m_engine->lanes())
        out << m_engine->status(lane, now);
    std::stable_sort(out.begin(), out.end(), [](const health::LaneStatus &a, const health::LaneStatus &b) {
        if (severity(a.state) != severity(b.state))
            return severity(a.state) > severity(b.state);
        return a.lane < b.lane;
    });
    return out;
}

} // namespace sb::ingest

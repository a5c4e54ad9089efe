#include "app/ctl/LaneWatch.h"

#include "app/ctl/StatusCommand.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/GatewayClock.h"
#include "app/ingest/Ingestor.h"

#include <algorithm>

namespace sb::ctl {

LaneWatch::LaneWatch(const gateway::ConnectionOptions &options, QString gatewayId, QObject *parent)
    : QObject(parent)
    , m_clock(std::make_unique<ingest::GatewayClock>())
    , m_monitor(std::make_unique<gateway::GatewayMonitor>(options))
    , m_engine(std::make_unique<health::HealthEngine>(*m_clock))
{
    ingest::Ingestor::Options ingestOptions;
    ingestOptions.gatewayClock = m_clock.get();
    m_ingestor = std::make_unique<ingest::Ingestor>(m_monitor.get(), std::move(gatewayId), m_engine.get(),
                                                    nullptr, *m_clock, ingestOptions);
    // The ingestor saw the snapshot first (it connected first); now read the log to its end.
    connect(m_monitor.get(), &gateway::GatewayMonitor::channelsUpdated, this, [this] {
        if (m_caughtUp)
            return;
        m_caughtUp = true;
        m_ingestor->catchUp([this] {
            if (m_ready)
                std::exchange(m_ready, {})();
        });
    });
}

LaneWatch::~LaneWatch()
{
    m_ingestor->stop();
}

void LaneWatch::start()
{
    m_ingestor->start();
    m_monitor->start();
}

void LaneWatch::whenCaughtUp(std::function<void()> ready)
{
    m_ready = std::move(ready);
}

QList<health::LaneStatus> LaneWatch::lanes() const
{
    QList<health::LaneStatus> out;
    const qint64 now = m_clock->nowMs();
    for (const LaneKey &lane : m_engine->lanes())
        out << m_engine->status(lane, now);
    std::stable_sort(out.begin(), out.end(), [](const health::LaneStatus &a, const health::LaneStatus &b) {
        if (severity(a.state) != severity(b.state))
            return severity(a.state) > severity(b.state);
        return a.lane < b.lane;
    });
    return out;
}

int exitCodeForLanes(const QList<health::LaneStatus> &lanes)
{
    int code = ExitHealthy;
    for (const health::LaneStatus &lane : lanes) {
        switch (severity(lane.state)) {
        case Severity::Critical:
            return ExitCritical;
        case Severity::Attention:
            code = ExitAttention;
            break;
        case Severity::Neutral:
        case Severity::Ok:
            break;
        }
    }
    return code;
}

} // namespace sb::ctl

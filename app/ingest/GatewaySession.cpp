#include "app/ingest/GatewaySession.h"

#include "app/gateway/GatewayMonitor.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/GatewayClock.h"
#include "app/platform/Redactor.h"
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
    const bool writes = options.history && options.history->isOpen();
    if (options.record)
        restoreFrom(*options.record);
    else if (writes)
        restoreFrom(options.history->load());
    if (writes)
        options.history->attach(m_engine.get());
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
            Q_EMIT caughtUp();
        });
    });
    connect(m_monitor.get(), &gateway::GatewayMonitor::stateChanged, this, &GatewaySession::linkStateChanged);
    connect(m_engine.get(), &health::HealthEngine::laneStateChanged, this, &GatewaySession::laneStateChanged);
    connect(m_engine.get(), &health::HealthEngine::laneUpdated, this, &GatewaySession::laneUpdated);
    for (const auto signal : {&health::HealthEngine::incidentOpened, &health::HealthEngine::incidentUpdated,
                              &health::HealthEngine::incidentClosed})
        connect(m_engine.get(), signal, this, &GatewaySession::incidentChanged);
    connect(m_ingestor.get(), &Ingestor::eventIngested, this, &GatewaySession::eventIngested);
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

gateway::ConnectionState GatewaySession::linkState() const
{
    return m_monitor->connection().state();
}

bool GatewaySession::isConnected() const
{
    return m_monitor->isConnected();
}

QString GatewaySession::describeLink() const
{
    return m_monitor->describeState();
}

int GatewaySession::protocolVersion() const
{
    const auto &hello = m_monitor->connection().hello();
    return hello ? hello->protocol : 0;
}

QString GatewaySession::serverVersion() const
{
    const auto &hello = m_monitor->connection().hello();
    return hello ? hello->serverVersion : QString();
}

QString GatewaySession::lastError() const
{
    gateway::Connection &connection = m_monitor->connection();
    if (connection.state() == gateway::ConnectionState::Failed)
        return Redactor::redact(connection.failureReason());
    if (const auto error = connection.lastError())
        return Redactor::redact(error->userMessage());
    if (const auto &error = m_monitor->lastPollError())
        return Redactor::redact(error->userMessage());
    return {};
}

health::LaneStatus GatewaySession::laneStatus(const LaneKey &lane) const
{
    return m_engine->status(lane);
}

health::LaneFacts GatewaySession::laneFacts(const LaneKey &lane) const
{
    health::LaneFacts facts;
    facts.status = m_engine->status(lane);
    facts.openIncident = m_engine->openIncidentFor(lane);
    if (const auto &status = m_monitor->lastStatus()) {
        if (const gateway::ChannelStatus *channel = status->channel(lane.channel)) {
            for (const gateway::AccountSnapshot &account : channel->accounts) {
                if (account.accountId == lane.accountId)
                    facts.account = account;
            }
        }
        for (const gateway::StatusIssue &issue : status->issues) {
            if (issue.channel == lane.channel &&
                (issue.accountId.isEmpty() || issue.accountId == lane.accountId))
                facts.issues << issue;
        }
    }
    return facts;
}

void GatewaySession::setPolicy(const health::HealthPolicy &policy)
{
    m_engine->setPolicy(policy);
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

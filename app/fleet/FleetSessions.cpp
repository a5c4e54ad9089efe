#include "app/fleet/FleetSessions.h"

#include "app/ingest/GatewaySession.h"
#include "app/store/History.h"

#include <algorithm>

#include <QCoreApplication>

namespace sb::fleet {

struct FleetSessions::Gateway
{
    QString title;
    std::unique_ptr<ingest::GatewaySession> session;
};

FleetSessions::FleetSessions(store::History *history, health::HealthPolicy policy, QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_policy(policy)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &FleetSessions::flushChanged);
}

FleetSessions::~FleetSessions()
{
    stopAll();
}

ingest::GatewaySession &FleetSessions::watch(const Watch &watch)
{
    if (Gateway *known = find(watch.gatewayId))
        return *known->session;
    // One read of the record for the whole fleet: 50 gateways reading (and filtering) the
    // whole history each made the start wait on the disk fifty times.
    if (!m_record && m_history && m_history->isOpen())
        m_record = std::make_unique<store::HistorySnapshot>(m_history->load());

    ingest::GatewaySession::Options options;
    options.connection = watch.connection;
    options.gatewayId = watch.gatewayId;
    options.clock = watch.clock;
    options.history = m_history;
    options.record = m_record.get();
    options.policy = m_policy;
    auto gateway = std::make_unique<Gateway>();
    gateway->title = watch.title.isEmpty() ? watch.gatewayId : watch.title;
    gateway->session = std::make_unique<ingest::GatewaySession>(std::move(options));
    ingest::GatewaySession *session = gateway->session.get();
    const QString id = watch.gatewayId;
    connect(session, &ingest::GatewaySession::linkStateChanged, this, [this, id] {
        Q_EMIT linkStateChanged(id);
        markChanged(id);
    });
    connect(session, &ingest::GatewaySession::caughtUp, this, [this, id] {
        Q_EMIT linkStateChanged(id);
        markChanged(id);
    });
    connect(session, &ingest::GatewaySession::laneStateChanged, this,
            [this, id, session](const LaneKey &lane, const health::Transition &transition) {
                Q_EMIT laneStateChanged(lane, transition, session->isCaughtUp());
                markChanged(id);
            });
    connect(session, &ingest::GatewaySession::laneUpdated, this, &FleetSessions::laneUpdated);
    m_gateways.push_back(std::move(gateway));
    Q_EMIT sessionAdded(id);
    markChanged(id);
    session->start();
    return *session;
}

void FleetSessions::stopAll()
{
    for (const auto &gateway : m_gateways)
        gateway->session->stop();
}

FleetSessions::Gateway *FleetSessions::find(const QString &gatewayId) const
{
    const auto it = std::find_if(m_gateways.cbegin(), m_gateways.cend(), [&](const auto &gateway) {
        return gateway->session->gatewayId() == gatewayId;
    });
    return it == m_gateways.cend() ? nullptr : it->get();
}

QStringList FleetSessions::gatewayIds() const
{
    QStringList ids;
    for (const auto &gateway : m_gateways)
        ids << gateway->session->gatewayId();
    return ids;
}

ingest::GatewaySession *FleetSessions::session(const QString &gatewayId) const
{
    const Gateway *gateway = find(gatewayId);
    return gateway ? gateway->session.get() : nullptr;
}

QString FleetSessions::title(const QString &gatewayId) const
{
    const Gateway *gateway = find(gatewayId);
    return gateway ? gateway->title : gatewayId;
}

LinkState FleetSessions::linkState(const QString &gatewayId) const
{
    const Gateway *gateway = find(gatewayId);
    if (!gateway)
        return LinkState::NotStarted;
    using gateway::ConnectionState;
    switch (gateway->session->linkState()) {
    case ConnectionState::Disconnected:
        return LinkState::NotStarted;
    case ConnectionState::Connecting:
    case ConnectionState::Handshaking:
        return LinkState::Connecting;
    case ConnectionState::Connected:
        return gateway->session->isCaughtUp() ? LinkState::Live : LinkState::CatchingUp;
    case ConnectionState::BackingOff:
        return LinkState::Reconnecting;
    case ConnectionState::Failed:
        return LinkState::Failed;
    }
    return LinkState::NotStarted;
}

GatewaySummary FleetSessions::summary(const QString &gatewayId) const
{
    GatewaySummary summary;
    summary.gatewayId = gatewayId;
    const Gateway *gateway = find(gatewayId);
    if (!gateway)
        return summary;
    const ingest::GatewaySession &session = *gateway->session;
    summary.title = gateway->title;
    summary.link = linkState(gatewayId);
    summary.serverVersion = session.serverVersion();
    summary.protocol = session.protocolVersion();
    summary.lastError = session.lastError();
    const QList<health::LaneStatus> lanes = session.lanes(); // worst first, then by name
    summary.laneCount = int(lanes.size());
    if (!lanes.isEmpty()) {
        summary.worstLane = lanes.first().lane;
        summary.worstState = lanes.first().state;
    }
    for (const health::LaneStatus &lane : lanes)
        ++summary.lanesByState[lane.state];
    return summary;
}

void FleetSessions::setPolicy(const health::HealthPolicy &policy)
{
    m_policy = policy;
    for (const auto &gateway : m_gateways)
        gateway->session->setPolicy(policy);
}

QString FleetSessions::staleReason() const
{
    if (m_gateways.empty())
        return QCoreApplication::translate("sb::fleet", "not connected to a gateway");
    QStringList notLive;
    for (const auto &gateway : m_gateways) {
        const ingest::GatewaySession &session = *gateway->session;
        if (session.isLive())
            continue;
        const QString why =
            session.isConnected() ? linkStateText(LinkState::CatchingUp) : session.describeLink();
        // One gateway: its words alone, as the single-gateway window always said them.
        notLive << (m_gateways.size() == 1
                        ? why
                        : QCoreApplication::translate("sb::fleet", "%1: %2").arg(gateway->title, why));
    }
    return notLive.join(QStringLiteral("; "));
}

void FleetSessions::markChanged(const QString &gatewayId)
{
    if (!m_changed.contains(gatewayId))
        m_changed << gatewayId;
    if (!m_flush.isActive())
        m_flush.start();
}

void FleetSessions::flushChanged()
{
    for (const QString &gatewayId : std::exchange(m_changed, {}))
        Q_EMIT summaryChanged(gatewayId);
}

} // namespace sb::fleet

#pragma once

#include "app/fleet/GatewaySummary.h"
#include "app/gateway/Connection.h"
#include "app/health/HealthTypes.h"

#include <memory>
#include <optional>
#include <vector>

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace sb {
class Clock;
}
namespace sb::ingest {
class GatewaySession;
}
namespace sb::store {
class History;
struct HistorySnapshot;
} // namespace sb::store

namespace sb::fleet {

// Every gateway the window watches: one GatewaySession each, started on watch() and
// reconnecting on its own (a dropped or restarting gateway never touches the others). The
// history is read once, at the first watch(), for the whole fleet; each session restores its
// own lanes from that one record and writes into the shared history.
//
// What the window needs about the fleet as a whole lives here too: a summary per gateway for
// the overview, and whether the picture is live (the stale notice).
class FleetSessions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetSessions)

public:
    struct Watch
    {
        QString gatewayId;
        QString title; // the profile's name
        gateway::ConnectionOptions connection;
        const Clock *clock = nullptr; // the drill's scenario clock; null: the gateway's own
    };

    // `history` may be null (the console then watches without keeping a record).
    FleetSessions(store::History *history, health::HealthPolicy policy, QObject *parent = nullptr);
    ~FleetSessions() override;

    // Starts watching; a gateway already watched is left as it is and returned.
    ingest::GatewaySession &watch(const Watch &watch);
    void stopAll();

    int size() const { return int(m_gateways.size()); }
    bool isEmpty() const { return m_gateways.empty(); }
    // Gateway ids in the order they were first watched.
    QStringList gatewayIds() const;
    ingest::GatewaySession *session(const QString &gatewayId) const;
    QString title(const QString &gatewayId) const;
    GatewaySummary summary(const QString &gatewayId) const;
    LinkState linkState(const QString &gatewayId) const;

    void setPolicy(const health::HealthPolicy &policy);

    // Empty while every watched gateway is live; otherwise the gateways that are not, with why,
    // in words ("home: Reconnecting in 3 s"). With no gateway watched: says so.
    QString staleReason() const;

Q_SIGNALS:
    void sessionAdded(const QString &gatewayId);
    // The gateway's link or lane picture changed (coalesced: once per event-loop turn per
    // gateway, however many transitions a catch-up brought).
    void summaryChanged(const QString &gatewayId);
    void linkStateChanged(const QString &gatewayId);
    // Every transition of every gateway; `live` is false while its session replays the log
    // tail (history, not news).
    void laneStateChanged(const sb::LaneKey &lane, const sb::health::Transition &transition, bool live);
    void laneUpdated(const sb::LaneKey &lane);

private:
    struct Gateway;
    Gateway *find(const QString &gatewayId) const;
    void markChanged(const QString &gatewayId);
    void flushChanged();

    store::History *m_history;
    health::HealthPolicy m_policy;
    std::unique_ptr<store::HistorySnapshot> m_record; // read at the first watch()
    std::vector<std::unique_ptr<Gateway>> m_gateways;
    QStringList m_changed;
    QTimer m_flush;
};

} // namespace sb::fleet

#pragma once

#include "app/fleet/GatewaySummary.h"
#include "app/health/LaneState.h"

#include <optional>

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

namespace sb {
class Clock;
}
namespace sb::fleet {
class FleetSessions;
}
namespace sb::policy {
class PolicyCenter;
struct Finding;
} // namespace sb::policy

namespace sb::alerts {

// What the tray must say about a gateway beyond its lanes' states (DESIGN §1 "Alerts", issue 11
// "tray colour and alerts cover the fleet", issue 12 item 4):
//  - A gateway that cannot be seen. Its lanes keep the state they had when it was last seen, and
//    that last "OK" is exactly what must not be trusted (the night of 2026-02-12: "we thought we
//    were back"). The concern starts when the link is lost (Reconnecting, Failed) — or when a
//    gateway watched at start never became reachable — and lasts until the gateway is live
//    again, through the reconnect and the catch-up. Reconnecting is amber; Failed (auth refused,
//    incompatible protocol: nothing will change without the operator) is red. A first connect
//    that is still under way is not a concern: nothing has been lost yet.
//  - A CRITICAL security finding on any gateway (the story's 19:15 Telegram: open groups with
//    elevated tools). Red until the audit no longer reports it. Warnings and info stay in the
//    Allowlists & Security window: the tray is for what cannot wait.
// UI-free; ui/TrayAlerts renders it beside AlertPolicy. All time comes from the injected Clock.
class GatewayConcerns final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayConcerns)

public:
    explicit GatewayConcerns(const Clock &clock, QObject *parent = nullptr);
    ~GatewayConcerns() override;

    // Keeps every gateway's link current from the fleet (the gateways it adds later too).
    void follow(const fleet::FleetSessions &fleet);
    // Keeps a gateway's critical findings current from its policy center; forgets them when
    // the center goes (a session replaced or closed).
    void follow(const QString &gatewayId, const QString &title, const policy::PolicyCenter &center);

    // `lastError` in words, redacted (GatewaySummary::lastError); shown while the link is down.
    void setLink(const QString &gatewayId, const QString &title, fleet::LinkState link,
                 const QString &lastError = {});
    void setFindings(const QString &gatewayId, const QString &title, const QList<policy::Finding> &findings);

    // Neutral when nothing is a concern.
    Severity worst() const;
    // One line per concern, worst first, plain text, e.g.
    //   "home: unreachable since 14:05 (connection refused)"
    //   "Telegram on home: Open group/DM policy with elevated tools enabled (CRITICAL)"
    QStringList lines() const;

Q_SIGNALS:
    // worst() or lines() may have changed.
    void changed();

private:
    struct Gateway
    {
        QString title;
        fleet::LinkState link = fleet::LinkState::NotStarted;
        std::optional<qint64> downSinceMs;
        QString lastError;
        QStringList criticals; // the critical findings' lines
    };

    Severity linkSeverity(const Gateway &gateway) const;
    QString downLine(const Gateway &gateway) const;

    const Clock &m_clock;
    QMap<QString, Gateway> m_gateways; // by id: lines() come out in a stable order
};

} // namespace sb::alerts

#include "app/alerts/GatewayConcerns.h"

#include "app/fleet/FleetSessions.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/Clock.h"
#include "app/policy/PolicyCenter.h"

#include <algorithm>

#include <QDateTime>

namespace sb::alerts {

namespace {

bool isDown(fleet::LinkState link)
{
    return link == fleet::LinkState::Reconnecting || link == fleet::LinkState::Failed;
}

} // namespace

GatewayConcerns::GatewayConcerns(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{}

GatewayConcerns::~GatewayConcerns() = default;

void GatewayConcerns::follow(const fleet::FleetSessions &fleet)
{
    const auto update = [this, &fleet](const QString &gatewayId) {
        const ingest::GatewaySession *session = fleet.session(gatewayId);
        setLink(gatewayId, fleet.title(gatewayId), fleet.linkState(gatewayId),
                session ? session->lastError() : QString());
    };
    connect(&fleet, &fleet::FleetSessions::sessionAdded, this, update);
    connect(&fleet, &fleet::FleetSessions::linkStateChanged, this, update);
    // The link's last error may be worded after the state changed (coalesced: once a turn).
    connect(&fleet, &fleet::FleetSessions::summaryChanged, this, update);
    for (const QString &gatewayId : fleet.gatewayIds())
        update(gatewayId);
}

void GatewayConcerns::follow(const QString &gatewayId, const QString &title,
                             const policy::PolicyCenter &center)
{
    connect(&center, &policy::PolicyCenter::findingsChanged, this,
            [this, gatewayId, title, &center] { setFindings(gatewayId, title, center.audit().findings()); });
    connect(&center, &QObject::destroyed, this,
            [this, gatewayId, title] { setFindings(gatewayId, title, {}); });
    setFindings(gatewayId, title, center.audit().findings());
}

void GatewayConcerns::setLink(const QString &gatewayId, const QString &title, fleet::LinkState link,
                              const QString &lastError)
{
    Gateway &gateway = m_gateways[gatewayId];
    const Gateway before = gateway;
    gateway.title = title;
    gateway.link = link;
    if (link == fleet::LinkState::Live || link == fleet::LinkState::NotStarted)
        gateway.downSinceMs.reset(); // seen again, or no longer watched: nothing to distrust
    else if (isDown(link) && !gateway.downSinceMs)
        gateway.downSinceMs = m_clock.nowMs();
    // The error explains a link that is down; a live one has nothing to explain.
    gateway.lastError = gateway.downSinceMs ? lastError : QString();
    if (gateway.title != before.title || gateway.downSinceMs != before.downSinceMs ||
        gateway.lastError != before.lastError || linkSeverity(gateway) != linkSeverity(before))
        Q_EMIT changed();
}

void GatewayConcerns::setFindings(const QString &gatewayId, const QString &title,
                                  const QList<policy::Finding> &findings)
{
    QStringList criticals;
    for (const policy::Finding &finding : findings) {
        if (finding.severity != policy::Severity::Critical)
            continue;
        criticals << (finding.channel.isEmpty()
                          ? tr("%1: %2 (CRITICAL)").arg(title, finding.title)
                          : tr("%1 on %2: %3 (CRITICAL)")
                                .arg(channelDisplayName(finding.channel), title, finding.title));
    }
    criticals.removeDuplicates(); // OpenClaw reports one check per path; the tray says it once
    Gateway &gateway = m_gateways[gatewayId];
    if (gateway.title.isEmpty())
        gateway.title = title;
    if (gateway.criticals == criticals)
        return;
    gateway.criticals = criticals;
    Q_EMIT changed();
}

Severity GatewayConcerns::linkSeverity(const Gateway &gateway) const
{
    if (!gateway.downSinceMs)
        return Severity::Neutral;
    return gateway.link == fleet::LinkState::Failed ? Severity::Critical : Severity::Attention;
}

Severity GatewayConcerns::worst() const
{
    Severity worst = Severity::Neutral;
    for (const Gateway &gateway : m_gateways) {
        worst = std::max(worst, linkSeverity(gateway));
        if (!gateway.criticals.isEmpty())
            worst = Severity::Critical;
    }
    return worst;
}

QString GatewayConcerns::downLine(const Gateway &gateway) const
{
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(*gateway.downSinceMs).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime();
    const QString when = since.date() == now.date() ? since.toString(QStringLiteral("HH:mm"))
                                                    : since.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString line =
        gateway.link == fleet::LinkState::Failed
            ? tr("%1: not connected since %2, given up until you act").arg(gateway.title, when)
            : tr("%1: unreachable since %2").arg(gateway.title, when);
    return gateway.lastError.isEmpty() ? line : tr("%1 (%2)").arg(line, gateway.lastError);
}

QStringList GatewayConcerns::lines() const
{
    QStringList critical;
    QStringList attention;
    for (const Gateway &gateway : m_gateways) {
        if (gateway.downSinceMs)
            (linkSeverity(gateway) == Severity::Critical ? critical : attention) << downLine(gateway);
        critical << gateway.criticals;
    }
    return critical + attention;
}

} // namespace sb::alerts

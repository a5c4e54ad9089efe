#pragma once

#include "app/platform/GatewayProfile.h"
#include "app/platform/MonitoringPreferences.h"

#include <memory>
#include <optional>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QStringList>

namespace sb {

// The one typed facade over QSettings. Preferences only: no secret is ever written here
// (the profile dialog hands tokens to the SecretStore). Enums are stored by name so the file
// stays readable and survives reordering.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class LaneSortOrder
    {
        Severity,
        Name,
    };
    Q_ENUM(LaneSortOrder)

    // Uses the platform's standard location (~/.config/Switchboard/Switchboard.ini).
    // The file is the owner's only (0600, its folder 0700), an existing one tightened on open.
    explicit Settings(QObject *parent = nullptr);
    // Uses an explicit INI file; for tests and --config (an existing folder is left as it is).
    explicit Settings(const QString &iniPath, QObject *parent = nullptr);
    ~Settings() override;

    QString fileName() const;
    void sync();

    QList<GatewayProfile> profiles() const;
    std::optional<GatewayProfile> profile(const QString &id) const;
    void saveProfile(const GatewayProfile &profile); // insert or replace by id
    void removeProfile(const QString &id);
    QString lastProfileId() const;
    void setLastProfileId(const QString &id);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    LaneSortOrder laneSortOrder() const;
    void setLaneSortOrder(LaneSortOrder order);
    // The timeline's zoom (visible span) and whether it follows "now"; its lane filter; the
    // split between lanes, charts and the details panel.
    qint64 timelineSpanMs() const; // 0: never set
    void setTimelineSpanMs(qint64 span);
    bool timelineFollowsNow() const;
    void setTimelineFollowsNow(bool follow);
    QString laneFilter() const;
    void setLaneFilter(const QString &filter);
    QByteArray liveViewState() const;
    void setLiveViewState(const QByteArray &state);
    // Gateways whose lanes the timeline shows folded under their header (gateway ids).
    QStringList collapsedGateways() const;
    void setCollapsedGateways(const QStringList &gatewayIds);

    // BCP 47 name ("ja", "en") or empty to follow the system locale.
    QString languageOverride() const;
    void setLanguageOverride(const QString &language);

    // Proof of recovery, incident grace, alert dampening, retention (always clamped).
    MonitoringPreferences monitoring() const;
    void setMonitoring(const MonitoringPreferences &preferences);
    // "Mute alerts for 1 hour" outlives a restart: the end of the mute, UTC ms (0: not muted).
    qint64 alertsMutedUntilMs() const;
    void setAlertsMutedUntilMs(qint64 until);
    // Where the last test message on a lane went ("+15555550100"), keyed by
    // LaneKey::toString(); offered again next time.
    QString testRecipient(const QString &lane) const;
    void setTestRecipient(const QString &lane, const QString &recipient);
    // The operators a failover keeps reachable, as the JSON list switchboardctl's --operators
    // file holds (app/failover/Operators.h reads and validates it). Names and addresses, no secret.
    QString operatorsJson() const;
    void setOperatorsJson(const QString &json);

Q_SIGNALS:
    void profilesChanged();
    void monitoringChanged();

private:
    void writeProfiles(const QList<GatewayProfile> &profiles);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace sb

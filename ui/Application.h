#pragma once

#include "app/health/LaneKey.h"
#include "app/platform/Clock.h"
#include "ui/Translations.h"

#include <memory>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimeZone>
#include <QTimer>

namespace sb {

namespace drill {
class DrillFleet;
}
namespace gateway {
struct ConnectionOptions;
}
namespace actions {
class LaneActions;
}
namespace alerts {
class AlertPolicy;
class GatewayConcerns;
} // namespace alerts
namespace fleet {
class FleetSessions;
}
namespace incidents {
class IncidentsPanel;
}
namespace policy {
class SecurityWindow;
}
namespace store {
class History;
}
namespace timeline {
class TimelineFeed;
class TimelineIndex;
} // namespace timeline

class FallbackSecretStore;
class FleetModel;
class FleetPanel;
class PairingPanel;
class LaneActionController;
class LinkingController;
class LaneDetailsPanel;
class LaneStatusModel;
class LiveView;
class TrayAlerts;
class MainWindow;
class ScreenshotTour;
class Settings;

// The GUI's composition root: creates the services in dependency order (settings, the
// translators that depend on its language, the secret store, the history and the fleet of
// watched gateways, then the window) and, being members declared in that order, destroys them
// in reverse. Nothing else reaches for a global.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    struct Options
    {
        QString configFile;    // empty: the platform's standard settings file
        QString language;      // BCP 47 override for this run; empty: the saved choice or the system
        QString screenshotDir; // non-empty: grab every window into PNGs there, then quit
        bool drill = false;    // start the built-in drill gateway and connect to it
        QString drillScenario; // empty: the story's night
        double drillSpeed = 0; // 0: the scenario's own speed
        QString historyFile;   // empty: History::defaultPath() (the drill keeps its own file)
        int drillGateways = 1; // with drill: this many drill gateways, each watched (a fleet demo)
    };

    explicit Application(Options options, QObject *parent = nullptr);
    ~Application() override;

    void start();

    // The language the UI was loaded in, e.g. "ja"; empty when it follows an untranslated locale.
    QString uiLanguage() const { return m_translations.uiLanguage; }

    // Every watched gateway; null before start().
    fleet::FleetSessions *fleet() const { return m_fleet.get(); }
    // The drill gateways with --drill (tests inject faults through them); null otherwise.
    drill::DrillFleet *drillFleet() const { return m_drills.get(); }
    const timeline::TimelineIndex &timelineIndex() const { return *m_index; }
    MainWindow *window() const { return m_window.get(); }
    TrayAlerts *tray() const { return m_tray.get(); }
    LiveView *liveView() const { return m_liveView; }
    FleetPanel *fleetPanel() const { return m_fleetPanel; }

private:
    struct Watch
    {
        QString title;
        QString gatewayId;
        QTimeZone zone;
        const Clock *clock = nullptr; // the drill's scenario clock; null: the gateway's own
    };
    void connectToProfile(const QString &profileId);
    void startDrills();
    void watchGateway(const Watch &watch, gateway::ConnectionOptions options);
    // Retention counts back from `clock`'s now (the drill's history lives on its scenario clock).
    bool openHistory(const QString &path, const Clock &clock);
    void createFleet();
    // The centre and its docks, once: the timeline over every gateway, the fleet overview, the
    // lane panel. `clock` is the window's (the drill's scenario clock, else the wall clock).
    void showLiveView(const QTimeZone &zone, const Clock &clock);
    void onSummaryChanged(const QString &gatewayId);
    void updateConnectionState();
    // The Incidents dock over the history, for every gateway (needs the lane panel and the view).
    void showIncidents(const QTimeZone &zone);
    void updateStaleNotice();
    // The Gateway panel and the overview's selection follow the gateway the operator looks at;
    // the lane panel's actions follow the gateway of the lane it shows.
    void followGateway(const QString &gatewayId);
    void bindLaneActions(const QString &gatewayId);
    void showLaneDetails(const LaneKey &lane);
    void refreshLaneDetails(const LaneKey &lane);
    // File → Preferences changed: the engines, the alerts and the retention follow at once.
    void applyMonitoringPreferences();
    void applyRetention();

    Options m_options;
    // The console's own time (alerts, the live view of the history, retention); a watched
    // gateway's session runs on the drill's clock or the gateway's own instead.
    SystemClock m_wallClock;
    std::unique_ptr<Settings> m_settings;
    InstalledTranslations m_translations;
    std::unique_ptr<FallbackSecretStore> m_secrets;
    // Reverse order of destruction does the work: the window (and its views over the index and
    // the models) goes first, then the fleet (whose sessions flush into the history), the drills
    // they talk to, the timeline index, and the history file last.
    std::unique_ptr<store::History> m_history;
    std::unique_ptr<timeline::TimelineIndex> m_index;
    std::unique_ptr<timeline::TimelineFeed> m_feed;
    std::unique_ptr<drill::DrillFleet> m_drills;
    std::unique_ptr<fleet::FleetSessions> m_fleet;
    std::unique_ptr<FleetModel> m_fleetModel;
    std::unique_ptr<LaneStatusModel> m_laneModel;
    std::unique_ptr<alerts::AlertPolicy> m_alerts;
    std::unique_ptr<alerts::GatewayConcerns> m_concerns; // gateways down, critical findings: the tray
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayAlerts> m_tray;
    QHash<QString, QTimeZone> m_zones;                        // gateway id → its profile's display zone
    QHash<QString, QPointer<actions::LaneActions>> m_actions; // gateway id → its session's actions
    QHash<QString, QPointer<LinkingController>> m_linking;    // gateway id → its wizards and pairing queue
    QHash<QString, QPointer<policy::SecurityWindow>> m_securityWindows; // gateway id → Allowlists & Security
    LiveView *m_liveView = nullptr;                                     // owned by the window
    FleetPanel *m_fleetPanel = nullptr;                                 // owned by the window's dock
    LaneDetailsPanel *m_laneDetails = nullptr;                          // owned by the window's dock
    LaneActionController *m_laneController = nullptr;                   // owned by m_laneDetails
    QPointer<incidents::IncidentsPanel> m_incidentsPanel;               // owned by the window's dock
    QString m_panelGateway;                                             // the gateway the Gateway panel shows
    QString m_actionsGateway; // the gateway m_laneController acts on
    std::unique_ptr<ScreenshotTour> m_tour;
    QTimer m_retentionTimer;

    // Every gateway's DM access requests (issue 14); owned by the window's dock.
    QPointer<PairingPanel> m_pairingPanel;
};

} // namespace sb

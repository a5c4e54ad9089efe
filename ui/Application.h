#pragma once

#include "app/health/LaneKey.h"
#include "app/platform/Clock.h"
#include "ui/Translations.h"

#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimeZone>
#include <QTimer>

namespace sb {

namespace drill {
class DrillSession;
}
namespace gateway {
class GatewayMonitor;
struct ConnectionOptions;
} // namespace gateway
namespace actions {
class LaneActions;
}
namespace alerts {
class AlertPolicy;
}
namespace health {
class HealthEngine;
}
namespace ingest {
class GatewaySession;
}
namespace store {
class History;
}
namespace timeline {
class TimelineFeed;
class TimelineIndex;
} // namespace timeline

class FallbackSecretStore;
class LaneDetailsPanel;
class LiveView;
class TrayAlerts;
class MainWindow;
class ScreenshotTour;
class Settings;

// The GUI's composition root: creates the services in dependency order (settings, the
// translators that depend on its language, the secret store, then the window) and, being
// members declared in that order, destroys them in reverse. Nothing else reaches for a global.
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
    };

    explicit Application(Options options, QObject *parent = nullptr);
    ~Application() override;

    void start();

    // The language the UI was loaded in, e.g. "ja"; empty when it follows an untranslated locale.
    QString uiLanguage() const { return m_translations.uiLanguage; }

    // The gateway being watched, or null.
    gateway::GatewayMonitor *monitor() const;
    ingest::GatewaySession *session() const { return m_session.get(); }
    const timeline::TimelineIndex &timelineIndex() const { return *m_index; }
    LiveView *liveView() const { return m_liveView; }

private:
    void connectToProfile(const QString &profileId);
    void startDrill();
    struct Watch
    {
        QString title;
        QString gatewayId;
        QTimeZone zone;
        const Clock *clock = nullptr; // the drill's scenario clock; null: the gateway's own
    };
    void watchGateway(const Watch &watch, gateway::ConnectionOptions options);
    // Retention counts back from `clock`'s now (the drill's history lives on its scenario clock).
    bool openHistory(const QString &path, const Clock &clock);
    void showLiveView(const QTimeZone &zone, const Clock &clock);
    void showIncidents(const QTimeZone &zone, health::HealthEngine &engine);
    void updateStaleNotice();
    void addZoomShots();
    void reportFirstPaintAndExit();
    void showLaneDetails(const LaneKey &lane);
    void refreshLaneDetails(const LaneKey &lane);
    // File → Preferences changed: the engine, the alerts and the retention follow at once.
    void applyMonitoringPreferences();
    void applyRetention();

    Options m_options;
    // The console's own time (alerts, the live view of the history, retention); a watched
    // gateway's session runs on the drill's clock or the gateway's own instead.
    SystemClock m_wallClock;
    std::unique_ptr<Settings> m_settings;
    InstalledTranslations m_translations;
    std::unique_ptr<FallbackSecretStore> m_secrets;
    // Reverse order of destruction does the work: the window (and its views over the index)
    // goes first, then the session (which flushes into the history), the drill it talks to,
    // the timeline index, and the history file last.
    std::unique_ptr<store::History> m_history;
    std::unique_ptr<timeline::TimelineIndex> m_index;
    std::unique_ptr<timeline::TimelineFeed> m_feed;
    std::unique_ptr<drill::DrillSession> m_drill;
    std::unique_ptr<ingest::GatewaySession> m_session;
    std::unique_ptr<alerts::AlertPolicy> m_alerts;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayAlerts> m_tray;
    LiveView *m_liveView = nullptr;               // owned by the window
    LaneDetailsPanel *m_laneDetails = nullptr;    // owned by the window's dock
    QPointer<actions::LaneActions> m_laneActions; // owned by the session's action runner
    std::unique_ptr<ScreenshotTour> m_tour;
    QTimer m_retentionTimer;
};

} // namespace sb

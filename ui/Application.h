#pragma once

#include "ui/Translations.h"

#include <memory>

#include <QObject>
#include <QString>

namespace sb {

namespace drill {
class DrillSession;
}
namespace gateway {
class GatewayMonitor;
struct ConnectionOptions;
} // namespace gateway

class FallbackSecretStore;
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
    };

    explicit Application(Options options, QObject *parent = nullptr);
    ~Application() override;

    void start();

    // The language the UI was loaded in, e.g. "ja"; empty when it follows an untranslated locale.
    QString uiLanguage() const { return m_translations.uiLanguage; }

    // The gateway being watched, or null.
    gateway::GatewayMonitor *monitor() const { return m_monitor.get(); }

private:
    void connectToProfile(const QString &profileId);
    void startDrill();
    void watchGateway(const QString &title, gateway::ConnectionOptions options);

    Options m_options;
    std::unique_ptr<Settings> m_settings;
    InstalledTranslations m_translations;
    std::unique_ptr<FallbackSecretStore> m_secrets;
    // The drill outlives the monitor connected to it, and the monitor outlives the window's
    // panel that shows it: members are destroyed in reverse order.
    std::unique_ptr<drill::DrillSession> m_drill;
    std::unique_ptr<gateway::GatewayMonitor> m_monitor;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<ScreenshotTour> m_tour;
};

} // namespace sb

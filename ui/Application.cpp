#include "ui/Application.h"

#include "app/drill/DrillSession.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/platform/FallbackSecretStore.h"
#include "app/platform/KeychainSecretStore.h"
#include "app/platform/Logging.h"
#include "app/platform/Settings.h"
#include "ui/GatewayPanel.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotTour.h"
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QStatusBar>
#include <QTranslator>

namespace sb {

Application::Application(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(m_options.configFile.isEmpty() ? std::make_unique<Settings>()
                                                : std::make_unique<Settings>(m_options.configFile))
{
    log::app()->info("settings file: {}", m_settings->fileName().toStdString());
    m_translations = installTranslations(m_options.language.isEmpty() ? m_settings->languageOverride()
                                                                      : m_options.language);
    m_secrets = std::make_unique<FallbackSecretStore>(std::make_unique<KeychainSecretStore>());
    m_window = std::make_unique<MainWindow>(*m_settings, *m_secrets);

    connect(m_window.get(), &MainWindow::connectRequested, this, &Application::connectToProfile);
}

// Member order does the work: the tour and the window go before the store and the settings
// they hold references to.
Application::~Application() = default;

void Application::start()
{
    // Ask the keychain now so a missing one is reported at start-up, not at the first save.
    m_secrets->probe();
    m_window->show();
    if (m_options.drill)
        startDrill();
    if (!m_options.screenshotDir.isEmpty()) {
        m_tour = std::make_unique<ScreenshotTour>(*m_window, m_options.screenshotDir,
                                                  m_options.drill ? 4000 : 600);
        connect(m_tour.get(), &ScreenshotTour::finished, this,
                [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        m_tour->start();
    }
}

void Application::connectToProfile(const QString &profileId)
{
    const std::optional<GatewayProfile> profile = m_settings->profile(profileId);
    if (!profile)
        return;
    m_settings->setLastProfileId(profileId);
    m_window->setConnectionState(tr("Reading the token for %1…").arg(profile->name),
                                 MainWindow::Severity::Neutral);
    m_secrets->read(
        profile->secretKey(), this, [this, profile = *profile](const SecretStore::Result &result) {
            if (!result.ok() && result.status != SecretStore::Status::NotFound) {
                m_window->setConnectionState(
                    tr("Cannot read the token for %1: %2").arg(profile.name, result.message),
                    MainWindow::Severity::Critical);
                return;
            }
            gateway::ConnectionOptions options;
            options.url = profile.url;
            options.token = result.secret; // empty when none is stored: the gateway may run without auth
            options.allowInsecure = profile.allowInsecure;
            watchGateway(profile.name, std::move(options));
        });
}

void Application::startDrill()
{
    drill::DrillSession::Options options;
    options.scenarioPath = m_options.drillScenario;
    options.speed = m_options.drillSpeed;
    QString error;
    m_drill = drill::DrillSession::start(options, &error);
    if (!m_drill) {
        log::app()->error("drill did not start: {}", error.toStdString());
        m_window->setConnectionState(tr("The drill gateway did not start: %1").arg(error),
                                     MainWindow::Severity::Critical);
        return;
    }
    log::app()->info("drill gateway listening on {}", m_drill->url().toString().toStdString());
    gateway::ConnectionOptions connection;
    connection.url = m_drill->url();
    connection.token = m_drill->token();
    watchGateway(tr("Drill: the night of 2026-02-12"), std::move(connection));
}

void Application::watchGateway(const QString &title, gateway::ConnectionOptions options)
{
    auto monitor = std::make_unique<gateway::GatewayMonitor>(std::move(options));
    auto updateStatusBar = [this, raw = monitor.get()](gateway::ConnectionState state) {
        using gateway::ConnectionState;
        const MainWindow::Severity severity = state == ConnectionState::Connected ? MainWindow::Severity::Ok
                                              : state == ConnectionState::Failed
                                                  ? MainWindow::Severity::Critical
                                                  : MainWindow::Severity::Warning;
        m_window->setConnectionState(raw->describeState(), severity);
    };
    connect(monitor.get(), &gateway::GatewayMonitor::stateChanged, this, updateStatusBar);
    // The new panel replaces (and deletes) the old one before the old monitor goes away.
    m_window->showGatewayPanel(new GatewayPanel(title, *monitor));
    m_monitor = std::move(monitor);
    m_monitor->start();
}

} // namespace sb

#include "ui/Application.h"

#include "app/platform/FallbackSecretStore.h"
#include "app/platform/KeychainSecretStore.h"
#include "app/platform/Logging.h"
#include "app/platform/Settings.h"
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

    connect(m_window.get(), &MainWindow::connectRequested, this, [this](const QString &profileId) {
        // Placeholder until the gateway client lands: it takes this signal over.
        log::ui()->info("connection requested for profile {}; no gateway client yet",
                        profileId.toStdString());
        m_window->statusBar()->showMessage(tr("Connecting to gateways arrives in a later version."), 10000);
    });
}

// Member order does the work: the tour and the window go before the store and the settings
// they hold references to.
Application::~Application() = default;

void Application::start()
{
    // Ask the keychain now so a missing one is reported at start-up, not at the first save.
    m_secrets->probe();
    m_window->show();
    if (!m_options.screenshotDir.isEmpty()) {
        m_tour = std::make_unique<ScreenshotTour>(*m_window, m_options.screenshotDir);
        connect(m_tour.get(), &ScreenshotTour::finished, this,
                [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        m_tour->start();
    }
}

} // namespace sb

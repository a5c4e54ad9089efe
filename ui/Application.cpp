#include "ui/Application.h"

#include "app/actions/ActionRunner.h"
#include "app/actions/LaneActions.h"
#include "app/alerts/AlertPolicy.h"
#include "app/drill/DrillSession.h"
#include "app/drill/ScenarioClock.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/health/HealthEngine.h"
#include "app/health/LaneFacts.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/Clock.h"
#include "app/platform/FallbackSecretStore.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/KeychainSecretStore.h"
#include "app/platform/Logging.h"
#include "app/platform/Settings.h"
#include "app/store/History.h"
#include "models/TimelineFeed.h"
#include "models/timeline/TimelineIndex.h"
#include "ui/GatewayPanel.h"
#include "ui/LaneActionController.h"
#include "ui/LaneDetailsPanel.h"
#include "ui/LiveView.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotTour.h"
#include "ui/Translations.h"
#include "ui/TrayAlerts.h"
#include "ui/policy/SecuritySetup.h"
#include "ui/timeline/ChartsPanel.h"
#include "ui/timeline/TimelineView.h"

#include <cstdio>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

namespace sb {

namespace {

constexpr int kStatusMessageMs = 15000;
constexpr int kRetentionIntervalMs = 6 * 60 * 60 * 1000; // a long-running console purges a few times a day

// Tells when its widget has finished its first paint (the event filter sees the paint event
// before the widget handles it, so the signal waits for the event loop's next turn).
class FirstPaintProbe final : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintProbe(QWidget *target)
        : QObject(target)
    {
        target->installEventFilter(this);
    }

Q_SIGNALS:
    void painted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, &FirstPaintProbe::painted);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

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
    m_index = std::make_unique<timeline::TimelineIndex>();
    m_feed = std::make_unique<timeline::TimelineFeed>(*m_index);
    m_alerts = std::make_unique<alerts::AlertPolicy>(
        m_wallClock, alerts::AlertPolicy::Options::from(m_settings->monitoring()));
    // An hour's mute is the operator's promise to themselves; a restart does not break it.
    m_alerts->muteUntil(m_settings->alertsMutedUntilMs());
    connect(m_alerts.get(), &alerts::AlertPolicy::muteChanged, this, [this] {
        m_settings->setAlertsMutedUntilMs(m_alerts->isMuted() ? m_alerts->mutedUntilMs() : 0);
    });
    connect(m_settings.get(), &Settings::monitoringChanged, this, &Application::applyMonitoringPreferences);
    m_retentionTimer.setInterval(kRetentionIntervalMs);
    connect(&m_retentionTimer, &QTimer::timeout, this, &Application::applyRetention);
    m_window = std::make_unique<MainWindow>(*m_settings, *m_secrets);
    m_tray = std::make_unique<TrayAlerts>(*m_alerts);
    connect(m_tray.get(), &TrayAlerts::showWindowRequested, m_window.get(), [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });

    connect(m_window.get(), &MainWindow::connectRequested, this, &Application::connectToProfile);
}

// Member order does the work: the tour and the window go before the store and the settings
// they hold references to.
Application::~Application()
{
    // Stop watching while the window is still there to hear about it; the rest goes in
    // reverse member order.
    if (m_session)
        m_session->stop();
}

void Application::start()
{
    // Ask the keychain now so a missing one is reported at start-up, not at the first save.
    m_secrets->probe();
    m_window->show();
    if (m_options.drill) {
        startDrill();
    } else {
        // The past first, straight from the store, while the gateway (re)connects.
        const QString path =
            m_options.historyFile.isEmpty() ? store::History::defaultPath() : m_options.historyFile;
        if (openHistory(path, m_wallClock)) {
            QElapsedTimer loading;
            loading.start();
            m_feed->loadHistory(*m_history, m_wallClock.nowMs());
            log::app()->info("history loaded in {} ms: {} lanes, {} segments", loading.elapsed(),
                             m_index->laneCount(), m_index->segmentCount());
            const std::optional<GatewayProfile> last = m_settings->profile(m_settings->lastProfileId());
            if (m_index->laneCount() > 0) {
                showLiveView(last && !last->displayTimeZone.isEmpty()
                                 ? QTimeZone(last->displayTimeZone.toUtf8())
                                 : QTimeZone::systemTimeZone(),
                             m_wallClock);
            }
            if (last)
                connectToProfile(last->id);
        }
    }
    if (qEnvironmentVariableIsSet("SWITCHBOARD_EXIT_AFTER_FIRST_PAINT"))
        reportFirstPaintAndExit();
    if (!m_options.screenshotDir.isEmpty()) {
        // On the drill, the first picture waits for the end of the story's night.
        int settleMs = 600;
        if (m_drill) {
            const QDateTime end = m_drill->player()->scenario().end();
            settleMs = int(std::min<qint64>(m_drill->clock()->wallMsUntil(end), 600000)) + 4000;
        }
        m_tour = std::make_unique<ScreenshotTour>(*m_window, m_options.screenshotDir, settleMs);
        if (m_drill && m_liveView)
            addZoomShots();
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
            Watch watch;
            watch.title = profile.name;
            watch.gatewayId = gatewayIdForUrl(profile.url);
            watch.zone = profile.displayTimeZone.isEmpty() ? QTimeZone::systemTimeZone()
                                                           : QTimeZone(profile.displayTimeZone.toUtf8());
            watchGateway(watch, std::move(options));
        });
}

void Application::startDrill()
{
    // The drill replays its story from the start every time: it keeps its own history file,
    // begun afresh, so a rehearsal never mixes with a real gateway's past.
    const QString path =
        QFileInfo(store::History::defaultPath()).dir().filePath(QStringLiteral("drill-history.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    drill::DrillSession::Options options;
    options.scenarioPath = m_options.drillScenario;
    options.speed = m_options.drillSpeed;
    QString error;
    m_drill = drill::DrillSession::start(options, &error);
    // The story lives in February: its history's retention counts back from the story's now,
    // never from today's date, which would empty it.
    openHistory(path, m_drill ? static_cast<const Clock &>(*m_drill->clock()) : m_wallClock);
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
    Watch watch;
    watch.title = tr("Drill: the night of 2026-02-12");
    watch.gatewayId = QStringLiteral("drill");
    watch.zone = m_drill->clock()->timeZone();
    watch.clock = m_drill->clock();
    watchGateway(watch, std::move(connection));
}

bool Application::openHistory(const QString &path, const Clock &clock)
{
    // History::open creates the folder itself, the owner's only (a mkpath here would make it 0755).
    m_history = std::make_unique<store::History>(path, store::StoreOptions{}, &clock);
    QString error;
    if (m_history->open(&error)) {
        applyRetention();
        m_retentionTimer.start();
        return true;
    }
    // The console still watches live without a history; say so instead of failing.
    log::app()->error("history {} did not open: {}", path.toStdString(), error.toStdString());
    m_window->statusBar()->showMessage(tr("History is not kept this time: %1").arg(error));
    m_history.reset();
    return false;
}

void Application::reportFirstPaintAndExit()
{
    // The cold-start benchmark's probe (bench/timeline/BenchColdStart): once the timeline has
    // painted the stored history, print the process's memory and quit.
    QWidget *target =
        m_liveView ? m_liveView->timeline()->viewport() : static_cast<QWidget *>(m_window.get());
    auto *probe = new FirstPaintProbe(target);
    connect(probe, &FirstPaintProbe::painted, this, [] {
        QFile status(QStringLiteral("/proc/self/status"));
        QByteArray rss;
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
                    rss += line.simplified() + ' ';
            }
        }
        std::printf("first-paint %s\n", rss.constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}

void Application::addZoomShots()
{
    // The night at three zoom levels (README): all of it, the WhatsApp afternoon and evening,
    // and the hour around the relink and the 19:08 loss.
    const QTimeZone zone = m_drill->clock()->timeZone();
    const auto at = [zone](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 2, day), QTime(hour, minute), zone).toMSecsSinceEpoch();
    };
    const auto zoomTo = [this](qint64 from, qint64 to) {
        return [this, from, to] {
            m_liveView->timeline()->setVisibleRange(from, to);
            // The lane the night is about, with its facts in the side panel.
            m_liveView->timeline()->selectLane(
                LaneKey{QStringLiteral("drill"), QStringLiteral("whatsapp"), QStringLiteral("default")});
        };
    };
    m_tour->addMainWindowShot(QStringLiteral("timeline-night.png"), zoomTo(at(12, 0, 0), at(13, 1, 30)));
    m_tour->addMainWindowShot(QStringLiteral("timeline-day.png"), zoomTo(at(12, 11, 0), at(12, 20, 0)));
    m_tour->addMainWindowShot(QStringLiteral("timeline-hour.png"), zoomTo(at(12, 18, 40), at(12, 19, 20)));
    // The Signal lane after its proof, with a test message the console sent over it.
    m_tour->addMainWindowShot(QStringLiteral("lane-actions.png"), [this, at] {
        const LaneKey signal{QStringLiteral("drill"), QStringLiteral("signal"), QStringLiteral("default")};
        // From Signal's registration trouble to now, where the test message's flag lands.
        const qint64 now = m_drill->clock()->nowMs();
        m_liveView->timeline()->setVisibleRange(at(13, 0, 15), now + (now - at(13, 0, 15)) / 20);
        m_liveView->timeline()->selectLane(signal);
        if (m_laneActions)
            m_laneActions->sendTestMessage(signal, QStringLiteral("+15555550123"),
                                           actions::LaneActions::defaultTestMessage());
    });
}

gateway::GatewayMonitor *Application::monitor() const
{
    return m_session ? &m_session->monitor() : nullptr;
}

void Application::watchGateway(const Watch &watch, gateway::ConnectionOptions options)
{
    ingest::GatewaySession::Options sessionOptions;
    sessionOptions.connection = std::move(options);
    sessionOptions.gatewayId = watch.gatewayId;
    sessionOptions.clock = watch.clock;
    sessionOptions.history = m_history.get();
    sessionOptions.policy = health::HealthPolicy::from(m_settings->monitoring());
    auto session = std::make_unique<ingest::GatewaySession>(std::move(sessionOptions));
    m_feed->follow(*session);
    // The new view and panels replace (and delete) the ones over the old session before the
    // old session goes away.
    showLiveView(watch.zone, session->clock());
    m_window->setSidePanel(QStringLiteral("gatewayDock"), tr("Gateway"),
                           new GatewayPanel(watch.title, session->monitor()));
    m_session = std::move(session);

    connect(&m_session->monitor(), &gateway::GatewayMonitor::stateChanged, this,
            [this](gateway::ConnectionState state) {
                using gateway::ConnectionState;
                const MainWindow::Severity severity =
                    state == ConnectionState::Connected ? MainWindow::Severity::Ok
                    : state == ConnectionState::Failed  ? MainWindow::Severity::Critical
                                                        : MainWindow::Severity::Warning;
                m_window->setConnectionState(m_session->monitor().describeState(), severity);
                updateStaleNotice();
            });
    health::HealthEngine &engine = m_session->engine();
    connect(&engine, &health::HealthEngine::laneStateChanged, this,
            [this](const LaneKey &lane, const health::Transition &transition) {
                // History the log tail replays on connecting is not news; alert only on what
                // happens once the picture is live.
                if (m_session->isCaughtUp())
                    m_alerts->onTransition(transition);
                refreshLaneDetails(lane);
            });
    connect(&engine, &health::HealthEngine::laneUpdated, this, &Application::refreshLaneDetails);
    m_laneDetails = new LaneDetailsPanel(m_session->clock());
    m_laneDetails->setTimeZone(watch.zone);
    // The actions live with the session (every flow on it shares its one runner), the controller
    // with the panel that shows them.
    auto *runner =
        new actions::ActionRunner(*m_session, m_history.get(),
                                  qEnvironmentVariable("USER", QStringLiteral("operator")), m_session.get());
    m_laneActions = new actions::LaneActions(*runner, runner);
    auto *controller = new LaneActionController(*m_laneActions, *m_laneDetails, *m_settings, m_window.get());
    connect(controller, &LaneActionController::statusMessage, this,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, kStatusMessageMs); });
    m_window->setSidePanel(QStringLiteral("laneDetailsDock"), tr("Lane"), m_laneDetails);
    // Allowlists & Security: its window, a menu action, the lane panel's finding (issue 12).
    policy::installSecurity(*m_session, runner, *m_laneDetails, *m_window, watch.clock == nullptr);
    connect(m_liveView->timeline(), &TimelineView::laneSelected, this, &Application::showLaneDetails);
    m_session->whenCaughtUp([this] { updateStaleNotice(); });
    updateStaleNotice();
    m_session->start();
}

void Application::showLiveView(const QTimeZone &zone, const Clock &clock)
{
    m_liveView = new LiveView(*m_index, clock, *m_settings);
    m_liveView->setTimeZone(zone);
    TimelineView *view = m_liveView->timeline();
    connect(m_feed.get(), &timeline::TimelineFeed::laneChanged, view, &TimelineView::laneDataChanged);
    connect(m_feed.get(), &timeline::TimelineFeed::lanesChanged, view, &TimelineView::reload);
    auto *charts = new ChartsPanel(*m_index);
    charts->setObjectName(QStringLiteral("chartsPanel"));
    charts->setTimeZone(zone);
    connect(view, &TimelineView::visibleRangeChanged, charts, &ChartsPanel::setVisibleRange);
    connect(m_feed.get(), &timeline::TimelineFeed::laneChanged, charts, &ChartsPanel::dataChanged);
    connect(m_feed.get(), &timeline::TimelineFeed::lanesChanged, charts, &ChartsPanel::dataChanged);
    charts->setVisibleRange(view->visibleFrom(), view->visibleTo());
    m_liveView->addBottomPanel(charts);
    m_window->showPage(m_liveView); // deletes the previous page (and its connections)
    updateStaleNotice();
}

void Application::applyMonitoringPreferences()
{
    const MonitoringPreferences preferences = m_settings->monitoring();
    m_alerts->setOptions(alerts::AlertPolicy::Options::from(preferences));
    if (m_session)
        m_session->engine().setPolicy(health::HealthPolicy::from(preferences));
    applyRetention();
    log::app()->info(
        "preferences applied: proof {} min / {} deliveries, incident grace {} s, alert strikes {} in "
        "{} min, retention {} days",
        preferences.proof.connectedMinutes, preferences.proof.deliveries, preferences.incidentGraceSeconds,
        preferences.alertStrikes, preferences.alertWindowMinutes, preferences.retentionDays);
}

void Application::applyRetention()
{
    if (m_history)
        m_history->scheduleRetention(m_settings->monitoring().retentionDays);
}

void Application::showLaneDetails(const LaneKey &lane)
{
    if (!m_session || !m_laneDetails)
        return;
    health::LaneFacts facts;
    facts.status = m_session->engine().status(lane);
    facts.openIncident = m_session->engine().openIncidentFor(lane);
    if (const auto &status = m_session->monitor().lastStatus()) {
        if (const gateway::ChannelStatus *channel = status->channel(lane.channel)) {
            for (const gateway::AccountSnapshot &account : channel->accounts) {
                if (account.accountId == lane.accountId)
                    facts.account = account;
            }
        }
        for (const gateway::StatusIssue &issue : status->issues) {
            if (issue.channel == lane.channel &&
                (issue.accountId.isEmpty() || issue.accountId == lane.accountId))
                facts.issues << issue;
        }
    }
    m_laneDetails->setFacts(facts);
}

void Application::refreshLaneDetails(const LaneKey &lane)
{
    if (m_laneDetails && m_laneDetails->lane() == lane)
        showLaneDetails(lane);
}

void Application::updateStaleNotice()
{
    if (!m_liveView)
        return;
    if (m_session && m_session->monitor().isConnected() && m_session->isCaughtUp()) {
        m_liveView->setStaleNotice({});
        return;
    }
    const QString why = m_session ? m_session->monitor().describeState() : tr("not connected to a gateway");
    m_liveView->setStaleNotice(
        tr("Last known state from the history; the picture is not live (%1).").arg(why));
}

} // namespace sb

#include "Application.moc"

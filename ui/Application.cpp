#include "ui/Application.h"

#include "app/actions/ActionRunner.h"
#include "app/actions/LaneActions.h"
#include "app/alerts/AlertPolicy.h"
#include "app/alerts/GatewayConcerns.h"
#include "app/drill/DrillFleet.h"
#include "app/drill/ScenarioClock.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/fleet/FleetSessions.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/FallbackSecretStore.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/KeychainSecretStore.h"
#include "app/platform/Logging.h"
#include "app/platform/Settings.h"
#include "app/store/History.h"
#include "models/FleetModel.h"
#include "models/LaneStatusModel.h"
#include "models/TimelineFeed.h"
#include "models/timeline/TimelineIndex.h"
#include "ui/FirstPaintReport.h"
#include "ui/FleetPanel.h"
#include "ui/GatewayPanel.h"
#include "ui/LaneActionController.h"
#include "ui/LaneDetailsPanel.h"
#include "ui/LiveView.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotTour.h"
#include "ui/StoryShots.h"
#include "ui/Translations.h"
#include "ui/TrayAlerts.h"
#include "ui/failover/FailoverSetup.h"
#include "ui/incidents/IncidentsPanel.h"
#include "ui/policy/SecuritySetup.h"
#include "ui/policy/SecurityWindow.h"
#include "ui/timeline/ChartsPanel.h"
#include "ui/timeline/TimelineView.h"
#include "ui/wizards/LinkingController.h"
#include "ui/wizards/PairingPanel.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTranslator>

namespace sb {

namespace {

constexpr int kStatusMessageMs = 15000;
constexpr int kRetentionIntervalMs = 6 * 60 * 60 * 1000; // a long-running console purges a few times a day

// The drill's gateways are "drill", "drill-2", "drill-3"…: the first keeps the id a lone
// drill always had, so its history and the README's examples stay valid.
QString drillGatewayId(int index)
{
    return index == 0 ? QStringLiteral("drill") : QStringLiteral("drill-%1").arg(index + 1);
}

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
    m_fleetModel = std::make_unique<FleetModel>();
    m_laneModel = std::make_unique<LaneStatusModel>();
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
    m_concerns = std::make_unique<alerts::GatewayConcerns>(m_wallClock);
    m_tray = std::make_unique<TrayAlerts>(*m_alerts, *m_concerns);
    connect(m_tray.get(), &TrayAlerts::showWindowRequested, m_window.get(), [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });

    connect(m_window.get(), &MainWindow::connectRequested, this, &Application::connectToProfile);
    // Gateway → Link WhatsApp… / Set Up Telegram…: on the gateway the panels follow.
    connect(m_window.get(), &MainWindow::linkWhatsAppRequested, this, [this] {
        if (LinkingController *linking = m_linking.value(m_panelGateway))
            linking->linkWhatsApp();
    });
    connect(m_window.get(), &MainWindow::setUpTelegramRequested, this, [this] {
        if (LinkingController *linking = m_linking.value(m_panelGateway))
            linking->setUpTelegram();
    });
    // Gateway → Set Up Signal…: the default Signal account of the gateway the panels follow.
    connect(m_window.get(), &MainWindow::setUpSignalRequested, this, [this] {
        bindLaneActions(m_panelGateway); // the wizard runs on that gateway's runner
        if (m_laneController)
            m_laneController->openSignalWizard(
                LaneKey{m_panelGateway, QStringLiteral("signal"), QStringLiteral("default")});
    });
}

// Member order does the work: the tour and the window go before the store and the settings
// they hold references to.
Application::~Application()
{
    // Stop watching while the window is still there to hear about it; the rest goes in
    // reverse member order.
    if (m_fleet) {
        m_fleet->stopAll();
        // The models and the alerts go before the fleet: nothing it says from here on reaches them.
        m_fleet->disconnect(this);
    }
}

void Application::start()
{
    // Ask the keychain now so a missing one is reported at start-up, not at the first save.
    m_secrets->probe();
    m_window->show();
    if (m_options.drill) {
        startDrills();
    } else {
        // The past first, straight from the store, while the gateways (re)connect.
        const QString path =
            m_options.historyFile.isEmpty() ? store::History::defaultPath() : m_options.historyFile;
        const bool kept = openHistory(path, m_wallClock);
        createFleet();
        QList<GatewayProfile> watched;
        for (const GatewayProfile &profile : m_settings->profiles()) {
            if (profile.watchAtStart)
                watched << profile;
        }
        // Nothing marked "watch at start": the gateway watched last time, as before fleets.
        if (watched.isEmpty()) {
            if (const auto last = m_settings->profile(m_settings->lastProfileId()))
                watched << *last;
        }
        if (kept) {
            QElapsedTimer loading;
            loading.start();
            m_feed->loadHistory(*m_history, m_wallClock.nowMs());
            log::app()->info("history loaded in {} ms: {} lanes, {} segments", loading.elapsed(),
                             m_index->laneCount(), m_index->segmentCount());
            if (m_index->laneCount() > 0) {
                showLiveView(!watched.isEmpty() && !watched.first().displayTimeZone.isEmpty()
                                 ? QTimeZone(watched.first().displayTimeZone.toUtf8())
                                 : QTimeZone::systemTimeZone(),
                             m_wallClock);
            }
        }
        for (const GatewayProfile &profile : watched)
            connectToProfile(profile.id);
    }
    if (qEnvironmentVariableIsSet("SWITCHBOARD_EXIT_AFTER_FIRST_PAINT"))
        exitAfterFirstPaint(m_liveView ? m_liveView->timeline()->viewport()
                                       : static_cast<QWidget *>(m_window.get()));
    if (!m_options.screenshotDir.isEmpty()) {
        // On the drill, the first picture waits for the end of the story's night.
        int settleMs = 600;
        if (m_drills) {
            const drill::DrillSession *first = m_drills->session(0);
            const QDateTime end = first->player()->scenario().end();
            settleMs = int(std::min<qint64>(first->clock()->wallMsUntil(end), 600000)) + 4000;
        }
        m_tour = std::make_unique<ScreenshotTour>(*m_window, m_options.screenshotDir, settleMs);
        if (m_drills && m_liveView) {
            const drill::DrillSession *story = m_drills->session(0);
            addStoryShots(*m_tour, *m_liveView->timeline(), *story->clock(), story->clock()->timeZone(),
                          [this](const LaneKey &lane) {
                              if (actions::LaneActions *actions = m_actions.value(lane.gatewayId))
                                  actions->sendTestMessage(lane, QStringLiteral("+15555550123"),
                                                           actions::LaneActions::defaultTestMessage());
                          });
        }
        connect(m_tour.get(), &ScreenshotTour::finished, this,
                [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        m_tour->start();
    }
}

void Application::connectToProfile(const QString &profileId)
{
    const std::optional<GatewayProfile> profile = m_settings->profile(profileId);
    if (!profile || !m_fleet)
        return;
    m_settings->setLastProfileId(profileId);
    const QString gatewayId = gatewayIdForUrl(profile->url);
    if (m_fleet->session(gatewayId)) {
        // Already watched: bring it into view instead of a second session on the same gateway.
        followGateway(gatewayId);
        if (m_liveView)
            m_liveView->timeline()->scrollToGroup(gatewayId);
        return;
    }
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

void Application::startDrills()
{
    // The drill replays its story from the start every time: it keeps its own history file,
    // begun afresh, so a rehearsal never mixes with a real gateway's past.
    const QString path =
        QFileInfo(store::History::defaultPath()).dir().filePath(QStringLiteral("drill-history.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    drill::DrillFleet::Options options;
    options.gateways = m_options.drillGateways;
    options.session.scenarioPath = m_options.drillScenario;
    options.session.speed = m_options.drillSpeed;
    QString error;
    m_drills = drill::DrillFleet::start(options, &error);
    // The story lives in February: its history's retention counts back from the story's now,
    // never from today's date, which would empty it.
    openHistory(path, m_drills ? static_cast<const Clock &>(*m_drills->session(0)->clock()) : m_wallClock);
    createFleet();
    if (!m_drills) {
        log::app()->error("drill did not start: {}", error.toStdString());
        m_window->setConnectionState(tr("The drill gateway did not start: %1").arg(error),
                                     MainWindow::Severity::Critical);
        return;
    }
    for (int i = 0; i < m_drills->size(); ++i) {
        const drill::DrillSession *drill = m_drills->session(i);
        log::app()->info("drill gateway {} listening on {}", i + 1, drill->url().toString().toStdString());
        gateway::ConnectionOptions connection;
        connection.url = drill->url();
        connection.token = drill->token();
        Watch watch;
        watch.title = i == 0 ? tr("Drill: the night of 2026-02-12") : tr("Drill gateway %1").arg(i + 1);
        watch.gatewayId = drillGatewayId(i);
        watch.zone = drill->clock()->timeZone();
        watch.clock = drill->clock();
        watchGateway(watch, std::move(connection));
    }
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

void Application::createFleet()
{
    m_fleet = std::make_unique<fleet::FleetSessions>(m_history.get(),
                                                     health::HealthPolicy::from(m_settings->monitoring()));
    // Before the session starts: the feed and the runner see its first event.
    connect(m_fleet.get(), &fleet::FleetSessions::sessionAdded, this, [this](const QString &gatewayId) {
        ingest::GatewaySession &session = *m_fleet->session(gatewayId);
        m_feed->follow(session);
        connect(&session, &ingest::GatewaySession::incidentChanged, this,
                [this](const health::Incident &incident) {
                    if (m_incidentsPanel)
                        m_incidentsPanel->upsert(incident);
                });
        // Every flow on a gateway shares its one action runner; the lane panel's controller
        // follows the gateway of the lane shown.
        auto *runner = new actions::ActionRunner(
            session, m_history.get(), qEnvironmentVariable("USER", QStringLiteral("operator")), &session);
        auto *laneActions = new actions::LaneActions(*runner, runner);
        m_actions.insert(gatewayId, laneActions);
        // Linking and pairing (issue 14): each gateway's wizards and DM pairing queue, with its
        // actions; a new request on any gateway is a desktop notification.
        auto *linking = new LinkingController(*laneActions, *m_secrets, *m_settings, m_history.get(),
                                              m_window.get(), laneActions);
        linking->setNotifier([tray = QPointer<QSystemTrayIcon>(m_tray->trayIcon())](const QString &title,
                                                                                    const QString &body) {
            if (tray)
                tray->showMessage(title, body);
        });
        m_linking.insert(gatewayId, linking);
        if (m_pairingPanel)
            m_pairingPanel->addQueue(linking->pairingQueue(), m_fleet->title(gatewayId),
                                     m_zones.value(gatewayId));
        // Allowlists & Security (issue 12): the gateway's policy center and window, and its
        // finding on the lane panel. OpenClaw's own audit runs for a gateway on this machine,
        // never for the drill (its config is not on disk).
        if (m_laneDetails) {
            const policy::SecuritySetup security =
                policy::installSecurity(session, runner, *m_laneDetails, *m_window, !m_drills);
            m_securityWindows.insert(gatewayId, security.window);
            m_concerns->follow(gatewayId, m_fleet->title(gatewayId), *security.center);
        }
        // Failover (issue 13): the gateway's advisor, its banner in the window and the dialog,
        // advice worded in the profile's time zone.
        failover::installFailover(session, *runner, *m_settings,
                                  m_zones.value(gatewayId, QTimeZone::systemTimeZone()),
                                  m_fleet->title(gatewayId), *m_window, m_laneDetails);
        // Lanes restored from the history: their last known state counts for the tray and the
        // overview until the gateway says otherwise.
        for (const health::LaneStatus &lane : session.lanes()) {
            m_alerts->setLaneSeverity(lane.lane, severity(lane.state));
            m_laneModel->setLane(lane);
        }
    });
    // A gateway that cannot be seen colours the tray whatever its lanes last said.
    m_concerns->follow(*m_fleet);
    connect(m_fleet.get(), &fleet::FleetSessions::summaryChanged, this, &Application::onSummaryChanged);
    connect(m_fleet.get(), &fleet::FleetSessions::laneStateChanged, this,
            [this](const LaneKey &lane, const health::Transition &transition, bool live) {
                // History the log tail replays on connecting is not news: it sets the tray's
                // colour but alerts only once the gateway's picture is live.
                if (live)
                    m_alerts->onTransition(transition);
                else
                    m_alerts->setLaneSeverity(lane, severity(transition.to));
                m_laneModel->setLane(m_fleet->session(lane.gatewayId)->laneStatus(lane));
                refreshLaneDetails(lane);
            });
    connect(m_fleet.get(), &fleet::FleetSessions::laneUpdated, this, [this](const LaneKey &lane) {
        const ingest::GatewaySession &session = *m_fleet->session(lane.gatewayId);
        // A drop inside one reconnecting stretch (Signal's SSE flurry) is a strike too: one alert.
        if (session.isCaughtUp())
            m_alerts->onLaneUpdated(session.laneStatus(lane));
        m_laneModel->setLane(session.laneStatus(lane));
        refreshLaneDetails(lane);
    });
}

void Application::watchGateway(const Watch &watch, gateway::ConnectionOptions options)
{
    m_zones.insert(watch.gatewayId, watch.zone);
    m_laneModel->setTimeZone(watch.gatewayId, watch.zone);
    // The window's clock: the first drill's scenario clock, else the wall clock (the lanes of
    // several gateways share one time axis).
    showLiveView(watch.zone, watch.clock ? *watch.clock : static_cast<const Clock &>(m_wallClock));
    m_fleet->watch({watch.gatewayId, watch.title, std::move(options), watch.clock});
    if (m_panelGateway.isEmpty())
        followGateway(watch.gatewayId);
}

void Application::showLiveView(const QTimeZone &zone, const Clock &clock)
{
    if (m_liveView)
        return;
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

    m_fleetPanel = new FleetPanel(*m_fleetModel, *m_laneModel);
    connect(m_fleetPanel, &FleetPanel::gatewaySelected, this, [this](const QString &gatewayId) {
        followGateway(gatewayId);
        m_liveView->timeline()->scrollToGroup(gatewayId);
    });
    m_window->setSidePanel(QStringLiteral("fleetDock"), tr("Fleet"), m_fleetPanel, Qt::BottomDockWidgetArea);
    m_laneDetails = new LaneDetailsPanel(clock);
    m_laneDetails->setTimeZone(zone);
    m_window->setSidePanel(QStringLiteral("laneDetailsDock"), tr("Lane"), m_laneDetails);
    connect(view, &TimelineView::laneSelected, this, &Application::showLaneDetails);
    // DM Requests: one dock over every gateway's pairing queue (those added later join it).
    m_pairingPanel = new PairingPanel(clock);
    if (m_fleet) {
        for (const QString &gatewayId : m_fleet->gatewayIds()) {
            if (LinkingController *linking = m_linking.value(gatewayId))
                m_pairingPanel->addQueue(linking->pairingQueue(), m_fleet->title(gatewayId),
                                         m_zones.value(gatewayId));
        }
    }
    m_window->setSidePanel(QStringLiteral("pairingDock"), tr("DM Requests"), m_pairingPanel);
    if (m_history)
        showIncidents(zone);
    if (m_fleet) {
        for (const QString &gatewayId : m_fleet->gatewayIds())
            onSummaryChanged(gatewayId);
    }
    updateStaleNotice();
}

void Application::onSummaryChanged(const QString &gatewayId)
{
    const fleet::GatewaySummary summary = m_fleet->summary(gatewayId);
    m_fleetModel->setGateway(summary);
    // The overview's row for the gateway the panels follow may only just have appeared.
    if (m_fleetPanel && gatewayId == m_panelGateway)
        m_fleetPanel->selectGateway(gatewayId);
    if (m_liveView) {
        const QString caption =
            summary.lastError.isEmpty() || summary.link == fleet::LinkState::Live
                ? tr("%1 — %2").arg(summary.title, fleet::linkStateText(summary.link))
                : tr("%1 — %2 (%3)")
                      .arg(summary.title, fleet::linkStateText(summary.link), summary.lastError);
        m_liveView->timeline()->setGroupCaption(gatewayId, caption, fleet::linkSeverity(summary.link));
    }
    updateConnectionState();
    updateStaleNotice();
}

void Application::updateConnectionState()
{
    if (!m_fleet || m_fleet->isEmpty())
        return;
    const QStringList gateways = m_fleet->gatewayIds();
    if (gateways.size() == 1) {
        // One gateway: its own words, as the window always said them.
        const ingest::GatewaySession &session = *m_fleet->session(gateways.first());
        using gateway::ConnectionState;
        const ConnectionState state = session.linkState();
        const MainWindow::Severity severity = state == ConnectionState::Connected ? MainWindow::Severity::Ok
                                              : state == ConnectionState::Failed
                                                  ? MainWindow::Severity::Critical
                                                  : MainWindow::Severity::Warning;
        m_window->setConnectionState(session.describeLink(), severity);
        return;
    }
    int live = 0;
    bool failed = false;
    for (const QString &gatewayId : gateways) {
        const fleet::LinkState link = m_fleet->linkState(gatewayId);
        live += link == fleet::LinkState::Live ? 1 : 0;
        failed = failed || link == fleet::LinkState::Failed;
    }
    const MainWindow::Severity severity = failed                         ? MainWindow::Severity::Critical
                                          : live == int(gateways.size()) ? MainWindow::Severity::Ok
                                                                         : MainWindow::Severity::Warning;
    m_window->setConnectionState(tr("%1 of %2 gateways live").arg(live).arg(gateways.size()), severity);
}

void Application::updateStaleNotice()
{
    if (!m_liveView)
        return;
    const QString why = m_fleet ? m_fleet->staleReason() : tr("not connected to a gateway");
    m_liveView->setStaleNotice(
        why.isEmpty() ? QString()
                      : tr("Last known state from the history; the picture is not live (%1).").arg(why));
}

void Application::followGateway(const QString &gatewayId)
{
    if (gatewayId == m_panelGateway || !m_fleet)
        return;
    ingest::GatewaySession *session = m_fleet->session(gatewayId);
    if (!session)
        return;
    m_panelGateway = gatewayId;
    m_window->setSidePanel(QStringLiteral("gatewayDock"), tr("Gateway"),
                           new GatewayPanel(m_fleet->title(gatewayId), session->monitor()));
    if (m_fleetPanel)
        m_fleetPanel->selectGateway(gatewayId);
    // Gateway → Allowlists & Security… opens the followed gateway's window.
    if (auto *action = m_window->findChild<QAction *>(QStringLiteral("securityWindowAction"))) {
        action->disconnect();
        connect(action, &QAction::triggered, this, [window = m_securityWindows.value(gatewayId)] {
            if (!window)
                return;
            window->show();
            window->raise();
            window->activateWindow();
        });
    }
}

void Application::bindLaneActions(const QString &gatewayId)
{
    // The panel's buttons act through the runner of the gateway whose lane it shows, never
    // through the one picked in the overview since.
    if (!m_laneDetails || gatewayId == m_actionsGateway)
        return;
    m_actionsGateway = gatewayId;
    m_laneDetails->setTimeZone(m_zones.value(gatewayId, QTimeZone::systemTimeZone()));
    delete m_laneController;
    m_laneController = nullptr;
    if (actions::LaneActions *actions = m_actions.value(gatewayId)) {
        m_laneController = new LaneActionController(*actions, *m_laneDetails, *m_settings, m_window.get());
        connect(m_laneController, &LaneActionController::statusMessage, this,
                [this](const QString &text) { m_window->statusBar()->showMessage(text, kStatusMessageMs); });
        if (LinkingController *linking = m_linking.value(gatewayId))
            m_laneController->setLinking(linking);
        if (ingest::GatewaySession *session = m_fleet->session(gatewayId))
            m_laneController->setFailover(failover::FailoverLauncher::of(*session));
    }
}

void Application::showLaneDetails(const LaneKey &lane)
{
    followGateway(lane.gatewayId);
    const ingest::GatewaySession *session = m_fleet ? m_fleet->session(lane.gatewayId) : nullptr;
    if (!session || !m_laneDetails)
        return;
    bindLaneActions(lane.gatewayId);
    m_laneDetails->setFacts(session->laneFacts(lane));
}

void Application::refreshLaneDetails(const LaneKey &lane)
{
    if (m_laneDetails && m_laneDetails->lane() == lane)
        showLaneDetails(lane);
}

void Application::applyMonitoringPreferences()
{
    const MonitoringPreferences preferences = m_settings->monitoring();
    m_alerts->setOptions(alerts::AlertPolicy::Options::from(preferences));
    if (m_fleet)
        m_fleet->setPolicy(health::HealthPolicy::from(preferences));
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

void Application::showIncidents(const QTimeZone &zone)
{
    // The Incidents dock (ui/incidents): the history's incidents of every gateway, kept current by
    // the sessions' engines, and opened on an incident from the lane panel or its band on the
    // timeline.
    auto *panel = new incidents::IncidentsPanel(*m_history, zone);
    m_incidentsPanel = panel;
    m_window->setSidePanel(QStringLiteral("incidentsDock"), tr("Incidents"), panel, Qt::BottomDockWidgetArea);
    connect(panel, &incidents::IncidentsPanel::statusMessage, this,
            [this](const QString &text) { m_window->statusBar()->showMessage(text, kStatusMessageMs); });
    const auto open = [this, panel](qint64 incidentId) {
        if (!panel->showIncident(incidentId)) {
            panel->reload();
            panel->showIncident(incidentId);
        }
        if (auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("incidentsDock"))) {
            dock->show();
            dock->raise();
        }
    };
    connect(m_laneDetails, &LaneDetailsPanel::incidentRequested, panel, open);
    connect(m_liveView->timeline(), &TimelineView::incidentClicked, panel, open);
}

} // namespace sb

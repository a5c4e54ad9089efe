#pragma once

// The console side of the fleet benchmarks (BenchFleet, BenchFleetLatency): the window's fleet
// path as ui/Application wires it, offscreen, and the quiet scenario their drill gateways play.

#include "app/fleet/FleetSessions.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/Clock.h"
#include "app/platform/Settings.h"
#include "app/store/History.h"
#include "models/FleetModel.h"
#include "models/LaneStatusModel.h"
#include "models/TimelineFeed.h"
#include "models/timeline/TimelineIndex.h"
#include "ui/FleetPanel.h"
#include "ui/LiveView.h"
#include "ui/timeline/TimelineView.h"

#include <chrono>
#include <optional>

#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSplitter>
#include <QTimer>
#include <QUrl>
#include <QWidget>

namespace sb::bench {

// Telegram bots "bot00".. per gateway, all connected and running, nothing scheduled: the quiet
// fleet. Every gateway of a DrillFleet keeps these account ids (its variations rename names only).
inline QByteArray quietFleetScenario(int lanes)
{
    QJsonObject accounts;
    QJsonObject configAccounts;
    for (int i = 0; i < lanes; ++i) {
        const QString id = QStringLiteral("bot%1").arg(i, 2, 10, QLatin1Char('0'));
        accounts.insert(id, QJsonObject{{QStringLiteral("enabled"), true},
                                        {QStringLiteral("configured"), true},
                                        {QStringLiteral("running"), true},
                                        {QStringLiteral("connected"), true},
                                        {QStringLiteral("healthState"), QStringLiteral("healthy")},
                                        {QStringLiteral("mode"), QStringLiteral("polling")}});
        configAccounts.insert(id, QJsonObject{{QStringLiteral("enabled"), true}});
    }
    const QJsonObject config{
        {QStringLiteral("gateway"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("local")},
                                                {QStringLiteral("bind"), QStringLiteral("loopback")}}},
        {QStringLiteral("channels"),
         QJsonObject{
             {QStringLiteral("telegram"), QJsonObject{{QStringLiteral("enabled"), true},
                                                      {QStringLiteral("accounts"), configAccounts}}}}}};
    const QJsonObject scenario{
        {QStringLiteral("name"), QStringLiteral("bench-fleet-quiet")},
        {QStringLiteral("title"), QStringLiteral("A quiet fleet: every bot connected, nothing happening")},
        {QStringLiteral("timeZone"), QStringLiteral("UTC")},
        {QStringLiteral("start"), QStringLiteral("2026-11-24T00:00:00")},
        {QStringLiteral("speed"), 1},
        {QStringLiteral("initial"),
         QJsonObject{{QStringLiteral("config"), config},
                     {QStringLiteral("channels"), QJsonObject{{QStringLiteral("telegram"), accounts}}},
                     {QStringLiteral("logs"), QJsonArray{}}}},
        {QStringLiteral("steps"), QJsonArray{}}};
    return QJsonDocument(scenario).toJson(QJsonDocument::Compact);
}

inline void writeFileOrDie(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Runs the event loop for `ms`: waiting in an event loop, never in a processEvents() spin
// (which ignores its wait flag when given a time), as the window waits.
inline void runFor(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(std::chrono::milliseconds(ms), &loop, &QEventLoop::quit);
    loop.exec();
}

// FleetSessions (one GatewaySession each, the history read once), the timeline feed and index,
// the live view, FleetModel and LaneStatusModel under the Fleet dock's panel, kept current from
// the fleet's signals; in a 1600 × 1000 window. Not in it: the menus, the charts and the tray.
class FleetConsole
{
public:
    // The history goes into `dir`.
    explicit FleetConsole(const QString &dir)
        : m_settings(QDir(dir).filePath(QStringLiteral("switchboard.ini")))
        , m_history(QDir(dir).filePath(QStringLiteral("history.sqlite")), store::StoreOptions{}, &m_clock)
        , m_feed(m_index)
        , m_fleet((openHistory(m_history), &m_history), health::HealthPolicy{})
    {
        m_split = new QSplitter(Qt::Vertical, &m_window);
        auto *live = new LiveView(m_index, m_clock, m_settings);
        m_split->addWidget(live);
        m_split->addWidget(new FleetPanel(m_fleetModel, m_laneModel));
        m_split->resize(1600, 1000);
        m_window.resize(1600, 1000);
        m_view = live->timeline();
        QObject::connect(&m_feed, &timeline::TimelineFeed::laneChanged, m_view,
                         &TimelineView::laneDataChanged);
        QObject::connect(&m_feed, &timeline::TimelineFeed::lanesChanged, m_view, &TimelineView::reload);
        QObject::connect(&m_fleet, &fleet::FleetSessions::sessionAdded, &m_feed,
                         [this](const QString &id) { m_feed.follow(*m_fleet.session(id)); });
        QObject::connect(&m_fleet, &fleet::FleetSessions::summaryChanged, &m_fleetModel,
                         [this](const QString &id) {
                             const fleet::GatewaySummary summary = m_fleet.summary(id);
                             m_fleetModel.setGateway(summary);
                             m_view->setGroupCaption(id, summary.title, fleet::linkSeverity(summary.link));
                         });
        QObject::connect(
            &m_fleet, &fleet::FleetSessions::laneStateChanged, &m_laneModel,
            [this](const LaneKey &lane, const health::Transition &, bool) { laneChanged(lane); });
        QObject::connect(&m_fleet, &fleet::FleetSessions::laneUpdated, &m_laneModel,
                         [this](const LaneKey &lane) { laneChanged(lane); });
        m_view->viewport()->installEventFilter(&m_paints);
        m_window.show();
    }

    // Watches gateways "gw01", "gw02"... at `urls`, all with `token`; the clock behind
    // startToLiveAndPainted() starts here.
    void watch(const QList<QUrl> &urls, const QString &token)
    {
        m_started.start();
        for (int i = 0; i < urls.size(); ++i) {
            gateway::ConnectionOptions connection;
            connection.url = urls[i];
            connection.token = token;
            m_fleet.watch({QStringLiteral("gw%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                           QStringLiteral("Gateway %1").arg(i + 1), connection, nullptr});
        }
    }

    // From watch() until every gateway is live (connected, log tail read) with `lanes` lanes in
    // the index and laid out, and until the first paint after that (ms); nothing after 120 s.
    struct Started
    {
        qint64 liveMs = -1;
        qint64 paintedMs = -1;
    };
    std::optional<Started> waitUntilLiveAndPainted(qint64 lanes)
    {
        Started started;
        int paintsAtLive = 0;
        QEventLoop loop;
        QTimer check;
        check.setInterval(5);
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (started.liveMs < 0 && allLive() && m_index.laneCount() >= lanes &&
                m_view->laneOrderShown().size() >= lanes) {
                started.liveMs = m_started.elapsed();
                paintsAtLive = m_paints.paints;
                m_view->viewport()->update(); // the paint that shows them all, whatever came before
            } else if (started.liveMs >= 0 && m_paints.paints > paintsAtLive) {
                started.paintedMs = m_started.elapsed();
                loop.quit();
            }
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        check.start();
        loop.exec();
        if (started.paintedMs < 0)
            return std::nullopt;
        return started;
    }

    fleet::FleetSessions &fleet() { return m_fleet; }
    timeline::TimelineIndex &index() { return m_index; }
    TimelineView &view() { return *m_view; }
    // The live view above, the Fleet dock's panel below.
    QSplitter &splitter() { return *m_split; }

private:
    // Counts the viewport's paints.
    class PaintCounter final : public QObject
    {
    public:
        int paints = 0;

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                ++paints;
            return QObject::eventFilter(watched, event);
        }
    };

    static void openHistory(store::History &history)
    {
        QString error;
        if (!history.open(&error))
            qFatal("history: %s", qPrintable(error));
    }
    bool allLive() const
    {
        for (const QString &id : m_fleet.gatewayIds()) {
            if (m_fleet.linkState(id) != fleet::LinkState::Live)
                return false;
        }
        return true;
    }
    void laneChanged(const LaneKey &lane)
    {
        m_laneModel.setLane(m_fleet.session(lane.gatewayId)->laneStatus(lane));
    }

    SystemClock m_clock;
    Settings m_settings;
    store::History m_history;
    timeline::TimelineIndex m_index;
    timeline::TimelineFeed m_feed;
    FleetModel m_fleetModel;
    LaneStatusModel m_laneModel;
    fleet::FleetSessions m_fleet;
    QWidget m_window;
    QSplitter *m_split = nullptr;
    TimelineView *m_view = nullptr;
    PaintCounter m_paints;
    QElapsedTimer m_started;
};

} // namespace sb::bench

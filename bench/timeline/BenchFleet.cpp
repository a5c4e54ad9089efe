// A fleet in one window (DESIGN §8: 50 gateways × 20 lanes live; ≤ 2 % of one core when
// nothing changes, polling included; ≤ 300 MB; all connected ≤ 3 s after start).
//
// The gateways run in their own process (`switchboard-drill --gateways N` on a quiet scenario
// with `--lanes` accounts each, nothing happening), so the CPU measured is the console's alone.
// This process is the console's fleet path as ui/Application wires it: FleetSessions (one
// GatewaySession each, the history read once), the timeline feed and index, the live view,
// FleetModel and LaneStatusModel under the Fleet dock's panel. It measures
//   - start → every gateway live (connected, log tail read) and every lane painted;
//   - CPU of this process over a quiet window (getrusage), as % of one core;
//   - resident memory then (VmRSS, VmHWM).
//
//   QT_QPA_PLATFORM=offscreen BenchFleet [--gateways N] [--lanes N] [--quiet-seconds S]
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
#include <cstdio>
#include <sys/resource.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTimer>

namespace {

// Telegram bots, all connected and running, nothing scheduled: the quiet fleet.
QByteArray quietScenario(int lanes)
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

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QByteArray memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    QByteArray out;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
                out += line.simplified() + ' ';
        }
    }
    return out;
}

// Counts the viewport's paints.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *target)
        : QObject(target)
    {
        target->installEventFilter(this);
    }
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("gateways"), QStringLiteral("Drill gateways."), QStringLiteral("N"),
                        QStringLiteral("50")},
                       {QStringLiteral("lanes"), QStringLiteral("Lanes per gateway."), QStringLiteral("N"),
                        QStringLiteral("20")},
                       {QStringLiteral("quiet-seconds"), QStringLiteral("How long to measure the idle CPU."),
                        QStringLiteral("S"), QStringLiteral("30")}});
    parser.process(app);
    const int gateways = parser.value(QStringLiteral("gateways")).toInt();
    const int lanes = parser.value(QStringLiteral("lanes")).toInt();
    const int quietSeconds = parser.value(QStringLiteral("quiet-seconds")).toInt();

    QTemporaryDir scratch;
    qputenv("HOME", scratch.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", scratch.filePath(QStringLiteral("config")).toUtf8());
    const QString scenarioPath = scratch.filePath(QStringLiteral("quiet.json"));
    const QString tokenPath = scratch.filePath(QStringLiteral("token"));
    const QByteArray token = "bench-fleet-token-0123456789abcdef";
    for (const auto &[path, data] :
         {std::pair{scenarioPath, quietScenario(lanes)}, std::pair{tokenPath, token}}) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
    }

    // The gateways, in their own process.
    QProcess drills;
    drills.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    drills.start(QStringLiteral(SB_DRILL_EXE),
                 {QStringLiteral("--gateways"), QString::number(gateways), QStringLiteral("--token-file"),
                  tokenPath, QStringLiteral("--no-signal-emulator"), scenarioPath});
    QList<QUrl> urls;
    QByteArray pending;
    while (true) {
        if (!drills.waitForReadyRead(60000))
            qFatal("switchboard-drill did not announce its gateways");
        pending += drills.readAll();
        qsizetype newline = 0;
        bool ready = false;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            const QList<QByteArray> words = line.split(' ');
            if (words.value(0) == "gateway" && words.size() > 2)
                urls << QUrl(QString::fromUtf8(words[2]));
            ready = ready || line.startsWith("ready ");
        }
        if (ready)
            break;
    }
    if (urls.size() != gateways)
        qFatal("expected %d gateways, got %lld", gateways, qlonglong(urls.size()));

    // The console's fleet path.
    sb::SystemClock clock;
    sb::Settings settings(scratch.filePath(QStringLiteral("switchboard.ini")));
    sb::store::History history(scratch.filePath(QStringLiteral("history.sqlite")), sb::store::StoreOptions{},
                               &clock);
    QString error;
    if (!history.open(&error))
        qFatal("history: %s", qPrintable(error));
    sb::timeline::TimelineIndex index;
    sb::timeline::TimelineFeed feed(index);
    sb::FleetModel fleetModel;
    sb::LaneStatusModel laneModel;
    sb::fleet::FleetSessions fleet(&history, sb::health::HealthPolicy{});
    QWidget window;
    auto *split = new QSplitter(Qt::Vertical, &window);
    auto *live = new sb::LiveView(index, clock, settings);
    split->addWidget(live);
    split->addWidget(new sb::FleetPanel(fleetModel, laneModel));
    split->resize(1600, 1000);
    window.resize(1600, 1000);
    sb::TimelineView *view = live->timeline();
    QObject::connect(&feed, &sb::timeline::TimelineFeed::laneChanged, view,
                     &sb::TimelineView::laneDataChanged);
    QObject::connect(&feed, &sb::timeline::TimelineFeed::lanesChanged, view, &sb::TimelineView::reload);
    QObject::connect(&fleet, &sb::fleet::FleetSessions::sessionAdded, &app,
                     [&](const QString &id) { feed.follow(*fleet.session(id)); });
    QObject::connect(&fleet, &sb::fleet::FleetSessions::summaryChanged, &app, [&](const QString &id) {
        const sb::fleet::GatewaySummary summary = fleet.summary(id);
        fleetModel.setGateway(summary);
        view->setGroupCaption(id, summary.title, sb::fleet::linkSeverity(summary.link));
    });
    const auto laneChanged = [&](const sb::LaneKey &lane) {
        laneModel.setLane(fleet.session(lane.gatewayId)->laneStatus(lane));
    };
    QObject::connect(
        &fleet, &sb::fleet::FleetSessions::laneStateChanged, &app,
        [&](const sb::LaneKey &lane, const sb::health::Transition &, bool) { laneChanged(lane); });
    QObject::connect(&fleet, &sb::fleet::FleetSessions::laneUpdated, &app, laneChanged);
    auto *paints = new PaintCounter(view->viewport());
    window.show();

    QElapsedTimer started;
    started.start();
    for (int i = 0; i < urls.size(); ++i) {
        sb::gateway::ConnectionOptions connection;
        connection.url = urls[i];
        connection.token = QString::fromLatin1(token);
        fleet.watch({QStringLiteral("gw%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                     QStringLiteral("Gateway %1").arg(i + 1), connection, nullptr});
    }
    const auto allLive = [&] {
        for (const QString &id : fleet.gatewayIds()) {
            if (fleet.linkState(id) != sb::fleet::LinkState::Live)
                return false;
        }
        return true;
    };
    const qint64 wanted = qint64(gateways) * lanes;
    // Waiting in an event loop, never in a processEvents() spin: the idle CPU is the point.
    const auto runFor = [](qint64 ms) {
        QEventLoop loop;
        QTimer::singleShot(std::chrono::milliseconds(ms), &loop, &QEventLoop::quit);
        loop.exec();
    };
    qint64 liveMs = -1;
    qint64 paintedMs = -1;
    int paintsAtLive = 0;
    {
        QEventLoop loop;
        QTimer check;
        check.setInterval(5);
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (liveMs < 0 && allLive() && index.laneCount() >= wanted &&
                view->laneOrderShown().size() >= wanted) {
                liveMs = started.elapsed();
                paintsAtLive = paints->paints;
                view->viewport()->update(); // the paint that shows them all, whatever came before
            } else if (liveMs >= 0 && paints->paints > paintsAtLive) {
                paintedMs = started.elapsed();
                loop.quit();
            }
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        check.start();
        loop.exec();
    }
    if (paintedMs < 0)
        qFatal("not every gateway was live and painted after 120 s (%lld lanes of %lld)",
               qlonglong(index.laneCount()), qlonglong(wanted));
    std::printf("fleet %d gateways x %d lanes: all live %lld ms, all painted %lld ms\n", gateways, lanes,
                qlonglong(liveMs), qlonglong(paintedMs));

    // Settle (the first polls and the history writer's batches), then a quiet window.
    runFor(5000);
    const double cpuFrom = cpuSeconds();
    QElapsedTimer quiet;
    quiet.start();
    runFor(qint64(quietSeconds) * 1000);
    const double cpu = cpuSeconds() - cpuFrom;
    std::printf("quiet %d s: CPU %.2f %% of one core; %s\n", quietSeconds,
                100.0 * cpu / (double(quiet.elapsed()) / 1000.0), memory().constData());
    std::fflush(stdout);

    fleet.stopAll();
    drills.terminate();
    drills.waitForFinished(5000);
    return 0;
}

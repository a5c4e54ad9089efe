// Event → repaint across a fleet (issue 11: 50 gateways × 20 lanes in one window, p99 ≤ 50 ms at
// 1,000 events/s spread over the fleet).
//
// The console is BenchFleet's (sb::bench::FleetConsole: FleetSessions, feed, index, live view,
// fleet models, offscreen). The gateways are a DrillFleet on a thread of their own in this
// process (the same quiet scenario as BenchFleet's), so the benchmark can have them send: once
// every gateway is live and painted, heartbeat events go out at `--rate` per second for
// `--seconds`, round-robin over the gateways and, per gateway, over its lanes, so consecutive
// events land on different gateways and every lane gets its share. Per event, as
// BenchLiveLatency times it (sb::bench::LatencyProbe): from the client decoding it
// (GatewayMonitor::eventReceived) to its arrival in the timeline index, and to the start of the
// first viewport paint covering its lane's row. Lanes scrolled off screen get no paint (the
// view only repaints what it shows): they count in the first figure, not in the second.
//
//   QT_QPA_PLATFORM=offscreen BenchFleetLatency [--gateways N] [--lanes N] [--rate N] [--seconds S]
//                                               [--lane-height PX]
#include "app/drill/DrillFleet.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioClock.h"
#include "app/gateway/GatewayMonitor.h"
#include "bench/timeline/BenchSupport.h"
#include "bench/timeline/FleetConsole.h"

#include <atomic>
#include <cstdio>
#include <future>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

namespace {

// The drill gateways on their own thread: started, fed and destroyed there.
class DrillThread final : public QThread
{
public:
    DrillThread(sb::drill::DrillFleet::Options options, int lanes)
        : m_options(std::move(options))
        , m_lanes(lanes)
    {}

    // Blocks until the gateways listen; their URLs in order.
    QList<QUrl> startGateways()
    {
        start();
        return m_urls.get_future().get();
    }

    // Sends `rate` heartbeats per second for `seconds`, from the drill thread.
    void send(int rate, int seconds)
    {
        QMetaObject::invokeMethod(m_context, [this, rate, seconds] {
            auto *sender = new QTimer(m_context);
            sender->setTimerType(Qt::PreciseTimer);
            m_sending.start();
            const int total = rate * seconds;
            QObject::connect(sender, &QTimer::timeout, m_context, [this, sender, rate, total] {
                const int due = int(m_sending.elapsed() * rate / 1000);
                for (int n = sent; n < due && n < total; n = ++sent)
                    heartbeat(n);
                if (sent >= total)
                    sender->stop();
            });
            sender->start(2);
        });
    }

    std::atomic<int> sent = 0;

protected:
    void run() override
    {
        QString error;
        m_fleet = sb::drill::DrillFleet::start(m_options, &error);
        if (!m_fleet)
            qFatal("drill fleet: %s", qPrintable(error));
        QObject context;
        m_context = &context;
        QList<QUrl> urls;
        for (int i = 0; i < m_fleet->size(); ++i)
            urls << m_fleet->session(i)->url();
        m_urls.set_value(urls);
        exec();
        m_fleet.reset();
    }

private:
    // Event n goes to gateway n mod N, and to that gateway's lanes in turn.
    void heartbeat(int n)
    {
        const int gateways = m_fleet->size();
        sb::drill::DrillSession *drill = m_fleet->session(n % gateways);
        const QString account =
            QStringLiteral("bot%1").arg((n / gateways) % m_lanes, 2, 10, QLatin1Char('0'));
        drill->world()->heartbeat(QJsonObject{{QStringLiteral("ts"), drill->clock()->nowMs()},
                                              {QStringLiteral("status"), QStringLiteral("sent")},
                                              {QStringLiteral("channel"), QStringLiteral("telegram")},
                                              {QStringLiteral("accountId"), account},
                                              {QStringLiteral("to"), QStringLiteral("+818011112222")},
                                              {QStringLiteral("preview"), QStringLiteral("n=%1").arg(n)}});
    }

    sb::drill::DrillFleet::Options m_options;
    int m_lanes;
    std::unique_ptr<sb::drill::DrillFleet> m_fleet;
    QObject *m_context = nullptr; // lives in run(), on this thread
    QElapsedTimer m_sending;      // read on this thread only
    std::promise<QList<QUrl>> m_urls;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("gateways"), QStringLiteral("Drill gateways."), QStringLiteral("N"),
          QStringLiteral("50")},
         {QStringLiteral("lanes"), QStringLiteral("Lanes per gateway."), QStringLiteral("N"),
          QStringLiteral("20")},
         {QStringLiteral("rate"), QStringLiteral("Events per second, over the whole fleet."),
          QStringLiteral("N"), QStringLiteral("1000")},
         {QStringLiteral("seconds"), QStringLiteral("How long to send."), QStringLiteral("S"),
          QStringLiteral("15")},
         {QStringLiteral("lane-height"),
          QStringLiteral("Lane height in the view (4: as many lanes on screen as fit, 22: the default)."),
          QStringLiteral("PX"), QStringLiteral("4")}});
    parser.process(app);
    const int gateways = parser.value(QStringLiteral("gateways")).toInt();
    const int lanes = parser.value(QStringLiteral("lanes")).toInt();
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int laneHeight = parser.value(QStringLiteral("lane-height")).toInt();

    QTemporaryDir scratch;
    qputenv("HOME", scratch.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", scratch.filePath(QStringLiteral("config")).toUtf8());
    const QString scenarioPath = scratch.filePath(QStringLiteral("quiet.json"));
    sb::bench::writeFileOrDie(scenarioPath, sb::bench::quietFleetScenario(lanes));
    const QString token = QStringLiteral("bench-fleet-token-0123456789abcdef");

    sb::drill::DrillFleet::Options drillOptions;
    drillOptions.gateways = gateways;
    drillOptions.session.scenarioPath = scenarioPath;
    drillOptions.session.token = token;
    drillOptions.session.signalEmulator = false;
    DrillThread drills(drillOptions, lanes);
    const QList<QUrl> urls = drills.startGateways();

    sb::bench::FleetConsole console(scratch.path());
    // Most of the window's height to the timeline (the Fleet dock's panel keeps a strip), so
    // more events land on lanes on screen, each needing its paint.
    console.splitter().setSizes({850, 150});
    sb::TimelineView &view = console.view();
    view.setLaneHeight(laneHeight);
    view.setGroupHeaderHeight(laneHeight < 12 ? 12 : 20);
    console.watch(urls, token);
    const qint64 wanted = qint64(gateways) * lanes;
    const auto started = console.waitUntilLiveAndPainted(wanted);
    if (!started)
        qFatal("not every gateway was live and painted after 120 s (%lld lanes of %lld)",
               qlonglong(console.index().laneCount()), qlonglong(wanted));
    const QList<sb::LaneKey> shown = view.laneOrderShown();
    const auto onScreen = std::count_if(shown.cbegin(), shown.cend(), [&](const sb::LaneKey &lane) {
        return view.laneRect(lane).intersects(view.plotRect());
    });
    std::printf("fleet %d gateways x %d lanes live and painted after %lld ms; %lld of %lld lanes on screen "
                "(%d px lanes, viewport %dx%d)\n",
                gateways, lanes, qlonglong(started->paintedMs), qlonglong(onScreen), qlonglong(shown.size()),
                laneHeight, view.viewport()->width(), view.viewport()->height());
    sb::bench::runFor(3000); // the first polls and the history writer's batches

    sb::bench::LatencyProbe probe(view.viewport());
    for (const QString &id : console.fleet().gatewayIds()) {
        sb::ingest::GatewaySession *session = console.fleet().session(id);
        // The gateway id makes the drill's per-gateway event numbers unique across the fleet.
        QObject::connect(&session->monitor(), &sb::gateway::GatewayMonitor::eventReceived, &probe,
                         [&probe, id](const sb::gateway::Event &event) {
                             if (event.heartbeat)
                                 probe.received(id + u' ' + event.heartbeat->preview);
                         });
        // After the feed's connection (made when the session was added): the index holds it.
        QObject::connect(session, &sb::ingest::GatewaySession::eventIngested, &probe,
                         [&probe, &view, id](const sb::ChannelEvent &event) {
                             probe.inIndex(id + u' ' + event.detail,
                                           view.laneRect(event.lane) & view.plotRect());
                         });
    }

    const int total = rate * seconds;
    drills.send(rate, seconds);
    QElapsedTimer wall;
    wall.start();
    QElapsedTimer sinceLastSend;
    sinceLastSend.start();
    {
        // Until everything sent has come through (or two seconds after the last send: the
        // gateway drops events to a client it judges slow, as the real one does).
        QEventLoop loop;
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (drills.sent < total)
                sinceLastSend.start();
            const bool drained = probe.receivedCount() >= total &&
                                 probe.indexedCount() >= probe.receivedCount() && probe.nothingWaiting();
            if ((drills.sent >= total && (drained || sinceLastSend.elapsed() > 2000)) ||
                wall.elapsed() > qint64(seconds) * 1000 + 30000)
                loop.quit();
        });
        check.start(50);
        loop.exec();
    }

    std::printf(
        "sent %d heartbeat events at %d/s over %d gateways x %d lanes for %d s; %lld decoded, %lld reached "
        "the index (%lld on lanes off screen), %zu timed to a repaint\n",
        drills.sent.load(), rate, gateways, lanes, seconds, qlonglong(probe.receivedCount()),
        qlonglong(probe.indexedCount()), qlonglong(probe.offScreenCount()), probe.latenciesMs().size());
    std::printf("received -> in the index (every event): %s\n",
                sb::bench::LatencyProbe::describe(probe.inIndexMs()).constData());
    std::printf("received -> lane repaint begins (lanes on screen): %s (budget p99 50 ms)\n",
                sb::bench::LatencyProbe::describe(probe.latenciesMs()).constData());
    std::printf("%s\n", sb::bench::memory().constData());
    std::fflush(stdout);

    console.fleet().stopAll();
    drills.quit();
    drills.wait();
    return probe.latenciesMs().empty() ? 1 : 0;
}

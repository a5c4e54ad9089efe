// Live latency (DESIGN §8: event received → lane repainted ≤ 50 ms p99 at 1,000 events/s).
// The drill gateway sends heartbeat events at 1,000 per second; the console side is the window's
// own pipeline (GatewaySession → TimelineFeed → TimelineIndex → TimelineView, offscreen). For
// every event: from the moment the client decoded it (GatewayMonitor::eventReceived) to the start
// of the first repaint of the timeline covering its lane's row after its arrival in the index
// (sb::bench::LatencyProbe, shared with BenchFleetLatency).
//
//   QT_QPA_PLATFORM=offscreen BenchLiveLatency [--rate N] [--seconds S]
#include "app/drill/DrillSession.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioClock.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/ingest/GatewaySession.h"
#include "bench/timeline/BenchSupport.h"
#include "models/TimelineFeed.h"
#include "models/timeline/TimelineIndex.h"
#include "ui/timeline/TimelineView.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("rate"), QStringLiteral("Events per second."), QStringLiteral("N"),
                        QStringLiteral("1000")},
                       {QStringLiteral("seconds"), QStringLiteral("How long to send."), QStringLiteral("S"),
                        QStringLiteral("10")}});
    parser.process(app);
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();

    sb::drill::DrillSession::Options drillOptions;
    drillOptions.speed = 1;
    drillOptions.autoPlay = false;
    QString error;
    auto drill = sb::drill::DrillSession::start(drillOptions, &error);
    if (!drill)
        qFatal("drill: %s", qPrintable(error));
    // Lanes with a history to paint: the story up to 19:20 (WhatsApp blocked, two Telegram bots
    // on probation).
    drill->player()->fastForwardTo(drill->player()->scenario().start.addSecs(18 * 3600 + 50 * 60));

    sb::ingest::GatewaySession::Options options;
    options.connection.url = drill->url();
    options.connection.token = drill->token();
    options.gatewayId = QStringLiteral("drill");
    options.clock = drill->clock();
    sb::ingest::GatewaySession session(options);
    sb::timeline::TimelineIndex index;
    sb::timeline::TimelineFeed feed(index);
    feed.follow(session);
    sb::TimelineView view(index, *drill->clock());
    QObject::connect(&feed, &sb::timeline::TimelineFeed::laneChanged, &view,
                     &sb::TimelineView::laneDataChanged);
    QObject::connect(&feed, &sb::timeline::TimelineFeed::lanesChanged, &view, &sb::TimelineView::reload);
    view.setTimeZone(drill->clock()->timeZone());
    view.resize(1920, 1080);
    view.show();

    sb::bench::LatencyProbe probe(view.viewport());
    QObject::connect(&session.monitor(), &sb::gateway::GatewayMonitor::eventReceived, &app,
                     [&](const sb::gateway::Event &event) {
                         if (event.heartbeat)
                             probe.received(event.heartbeat->preview);
                     });
    QObject::connect(&session.ingestor(), &sb::ingest::Ingestor::eventIngested, &app,
                     [&](const sb::ChannelEvent &event) {
                         probe.inIndex(event.detail, view.laneRect(event.lane) & view.plotRect());
                     });

    bool ready = false;
    session.whenCaughtUp([&] { ready = true; });
    session.start();
    while (!ready)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);

    // 1,000 events/s as 10 every 10 ms, round-robin over the three lanes.
    const QStringList lanes{QStringLiteral("whatsapp/default"), QStringLiteral("telegram/default"),
                            QStringLiteral("telegram/worker")};
    int sent = 0;
    const int total = rate * seconds;
    QElapsedTimer timer;
    QTimer sender;
    sender.setTimerType(Qt::PreciseTimer);
    QObject::connect(&sender, &QTimer::timeout, &app, [&] {
        const int due = int(timer.elapsed() * rate / 1000) - sent;
        for (int i = 0; i < due && sent < total; ++i, ++sent) {
            const QStringList lane = lanes[sent % lanes.size()].split(QLatin1Char('/'));
            drill->world()->heartbeat(
                QJsonObject{{QStringLiteral("ts"), drill->clock()->nowMs()},
                            {QStringLiteral("status"), QStringLiteral("sent")},
                            {QStringLiteral("channel"), lane[0]},
                            {QStringLiteral("accountId"), lane[1]},
                            {QStringLiteral("to"), QStringLiteral("+818011112222")},
                            {QStringLiteral("preview"), QStringLiteral("n=%1").arg(sent)}});
        }
        if (sent >= total)
            sender.stop();
    });
    timer.start();
    sender.start(10);
    QElapsedTimer wall;
    wall.start();
    // Until everything sent has come through (or two seconds after the last send: the gateway
    // drops events to a client it judges slow, as the real one does).
    QElapsedTimer sinceLastSend;
    while (wall.elapsed() < seconds * 1000 + 10000) {
        if (sender.isActive())
            sinceLastSend.start();
        const bool drained = probe.receivedCount() >= sent && probe.indexedCount() >= probe.receivedCount() &&
                             probe.nothingWaiting();
        if (!sender.isActive() && (drained || sinceLastSend.elapsed() > 2000))
            break;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }

    std::printf(
        "sent %d heartbeat events at %d/s for %d s; %lld decoded, %lld reached the index, %zu timed to "
        "a repaint\n",
        sent, rate, seconds, qlonglong(probe.receivedCount()), qlonglong(probe.indexedCount()),
        probe.latenciesMs().size());
    std::printf("received -> lane repaint begins: %s (budget p99 50 ms)\n",
                sb::bench::LatencyProbe::describe(probe.latenciesMs()).constData());
    session.stop();
    return probe.latenciesMs().empty() ? 1 : 0;
}

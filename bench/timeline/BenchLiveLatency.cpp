// Live latency (DESIGN §8: event received → lane repainted ≤ 50 ms p99 at 1,000 events/s).
// The drill gateway sends heartbeat events at 1,000 per second; the console side is the window's
// own pipeline (GatewaySession → TimelineFeed → TimelineIndex → TimelineView, offscreen). For
// every event: from the moment the client decoded it (GatewayMonitor::eventReceived) to the start
// of the first repaint of the timeline that followed its arrival in the index.
//
//   QT_QPA_PLATFORM=offscreen BenchLiveLatency [--rate N] [--seconds S]
#include "app/drill/DrillSession.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioClock.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/ingest/GatewaySession.h"
#include "models/TimelineFeed.h"
#include "models/timeline/TimelineIndex.h"
#include "ui/timeline/TimelineView.h"

#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>

namespace {

// When each paint of the viewport begins. The paint itself then takes the few milliseconds
// BenchTimelineRepaint measures; add them to read the figures as "repaint finished".
class PaintClock final : public QObject
{
public:
    PaintClock(QWidget *viewport, const QElapsedTimer &timer)
        : m_timer(timer)
    {
        viewport->installEventFilter(this);
    }
    std::function<void(qint64 paintedNs)> onPainted;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && onPainted)
            onPainted(m_timer.nsecsElapsed());
        return false;
    }

private:
    const QElapsedTimer &m_timer;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

} // namespace

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

    QElapsedTimer timer;
    timer.start();
    QHash<QString, qint64> received;           // event id → decoded at
    QList<std::pair<QString, qint64>> inIndex; // waiting for a repaint
    std::vector<double> latenciesMs;
    int ingested = 0;
    QObject::connect(&session.monitor(), &sb::gateway::GatewayMonitor::eventReceived, &app,
                     [&](const sb::gateway::Event &event) {
                         if (event.heartbeat)
                             received.insert(event.heartbeat->preview, timer.nsecsElapsed());
                     });
    QObject::connect(&session.ingestor(), &sb::ingest::Ingestor::eventIngested, &app,
                     [&](const sb::ChannelEvent &event) {
                         if (received.contains(event.detail)) {
                             inIndex.append({event.detail, 0});
                             ++ingested;
                         }
                     });
    PaintClock paints(view.viewport(), timer);
    paints.onPainted = [&](qint64 paintedNs) {
        for (const auto &[id, unused] : inIndex)
            latenciesMs.push_back(double(paintedNs - received.value(id)) / 1e6);
        inIndex.clear();
    };

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
    timer.restart();
    sender.start(10);
    QElapsedTimer wall;
    wall.start();
    // Until everything sent has come through (or two seconds after the last send: the gateway
    // drops events to a client it judges slow, as the real one does).
    QElapsedTimer sinceLastSend;
    while (wall.elapsed() < seconds * 1000 + 10000) {
        if (sender.isActive())
            sinceLastSend.start();
        const bool drained = received.size() >= sent && inIndex.isEmpty() && ingested >= int(received.size());
        if (!sender.isActive() && (drained || sinceLastSend.elapsed() > 2000))
            break;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }

    std::printf("sent %d heartbeat events at %d/s for %d s; %zu decoded, %d reached the index, %zu timed to "
                "a repaint\n",
                sent, rate, seconds, size_t(received.size()), ingested, latenciesMs.size());
    std::printf(
        "received -> lane repaint begins: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (budget "
        "p99 50 ms)\n",
        percentile(latenciesMs, 0.5), percentile(latenciesMs, 0.95), percentile(latenciesMs, 0.99),
        percentile(latenciesMs, 1.0));
    session.stop();
    return latenciesMs.empty() ? 1 : 0;
}

// Many lanes at once (issue 10, item 13: one channels.status with 5,000 accounts per channel
// blocked the window's event loop for 43.6 s at 10,002 lanes). The snapshot goes through the
// window's own path, offscreen: GatewayMonitor::channelsUpdated → Ingestor → HealthEngine →
// TimelineFeed → TimelineIndex → TimelineView. Measured: the longest event-loop block (a 1 ms
// timer notes every gap) and the time from the snapshot's arrival to the end of the first
// paint that shows all lanes' rows.
//
// The reference ("before"): the same run with the view's pre-fix work redone in this program
// on every announcement, as the old code did it: a full sort and layout of every row for each
// new lane (TimelineView::reload → TimelineIndex::lanes) and a linear row scan for each lane
// event (TimelineView::laneRect). It is printed beside the new figures with the ratio.
//
//   QT_QPA_PLATFORM=offscreen BenchManyLanes [--accounts N] [--reference-accounts N]
//   (N per channel on two channels; --reference-accounts 0 skips the reference run)
#include "app/gateway/ChannelStatus.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/Clock.h"
#include "models/TimelineFeed.h"
#include "models/timeline/TimelineIndex.h"
#include "ui/timeline/TimelineView.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace {

sb::gateway::ChannelsStatus manyAccounts(int perChannel, const QDateTime &at)
{
    sb::gateway::ChannelsStatus status;
    status.at = at;
    for (const char *id : {"whatsapp", "telegram"}) {
        sb::gateway::ChannelStatus channel;
        channel.id = QLatin1String(id);
        channel.label = channel.id;
        channel.defaultAccountId = QStringLiteral("acct-00000");
        channel.accounts.reserve(perChannel);
        for (int i = 0; i < perChannel; ++i) {
            sb::gateway::AccountSnapshot account;
            account.channel = channel.id;
            account.accountId = QStringLiteral("acct-%1").arg(i, 5, 10, QLatin1Char('0'));
            account.enabled = true;
            account.configured = true;
            account.linked = true;
            account.running = true;
            account.connected = true;
            account.healthState = QStringLiteral("healthy");
            account.lastConnectedAt = at.addSecs(-60);
            channel.accounts.append(account);
        }
        status.channels.append(channel);
    }
    return status;
}

// What the view did per announcement before the fix, redone here for the reference run.
struct OldViewWork
{
    const sb::timeline::TimelineIndex &index;
    qint64 sink = 0; // keeps the work from being optimised away

    void reload()
    {
        QList<sb::LaneKey> lanes;
        lanes.reserve(index.laneCount());
        for (int id = 0; id < index.laneCount(); ++id)
            lanes.append(index.laneKey(id));
        std::sort(lanes.begin(), lanes.end());
        QStringList gateways;
        for (const sb::LaneKey &lane : lanes) {
            if (!gateways.contains(lane.gatewayId))
                gateways.append(lane.gatewayId);
        }
        m_rows.clear();
        for (const QString &gateway : gateways) {
            for (const sb::LaneKey &lane : lanes) {
                if (lane.gatewayId != gateway)
                    continue;
                m_rows.append(
                    {lane, QStringLiteral("%1 · %2").arg(lane.channel, lane.accountId), index.laneId(lane)});
            }
        }
        sink += m_rows.size();
    }

    void laneChanged(const sb::LaneKey &lane)
    {
        for (const Row &row : m_rows) {
            if (row.lane == lane) {
                sink += row.laneId;
                return;
            }
        }
    }

    struct Row
    {
        sb::LaneKey lane;
        QString title;
        int laneId;
    };
    QList<Row> m_rows;
};

struct Figures
{
    double longestBlockMs = 0;
    double allPaintedMs = 0;
    double diffMs = 0; // the snapshot's arrival: diff and queueing
    double firstTransitionMs = 0;
    double lastTransitionMs = 0;
    double rowsBuiltMs = 0;
    std::vector<std::pair<double, double>> blocks; // (start, length) of every block >= 20 ms
    int lanes = 0;
};

Figures run(int perChannel, bool reference)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    sb::ManualClock clock(at);
    sb::ingest::GatewaySession::Options options;
    options.connection.url = QUrl(QStringLiteral("ws://127.0.0.1:9")); // never connected
    options.gatewayId = QStringLiteral("bench");
    options.clock = &clock;
    sb::ingest::GatewaySession session(options);

    sb::timeline::TimelineIndex index;
    sb::timeline::TimelineFeed feed(index);
    feed.follow(session);
    sb::TimelineView view(index, clock);
    QObject::connect(&feed, &sb::timeline::TimelineFeed::laneChanged, &view,
                     &sb::TimelineView::laneDataChanged);
    QObject::connect(&feed, &sb::timeline::TimelineFeed::lanesChanged, &view, &sb::TimelineView::reload);
    OldViewWork old{index, 0, {}};
    if (reference) {
        QObject::connect(&feed, &sb::timeline::TimelineFeed::lanesChanged, &view, [&old] { old.reload(); });
        QObject::connect(&feed, &sb::timeline::TimelineFeed::laneChanged, &view,
                         [&old](const sb::LaneKey &lane) { old.laneChanged(lane); });
    }
    view.resize(1920, 1080);
    view.show();
    // The ingestor listens to the monitor; the monitor itself is not started (no gateway).
    session.ingestor().start();
    QCoreApplication::processEvents();

    const int expected = 2 * perChannel;
    const sb::gateway::ChannelsStatus status = manyAccounts(perChannel, at);
    QElapsedTimer timer;
    QEventLoop loop;
    Figures figures;
    qint64 lastBeatNs = 0;
    QTimer beat;
    beat.setInterval(1);
    QObject::connect(&beat, &QTimer::timeout, &loop, [&] {
        const qint64 now = timer.nsecsElapsed();
        const double gapMs = double(now - lastBeatNs) / 1e6;
        figures.longestBlockMs = std::max(figures.longestBlockMs, gapMs);
        if (gapMs >= 20)
            figures.blocks.push_back({double(lastBeatNs) / 1e6, gapMs});
        lastBeatNs = now;
    });
    // Where the time goes: the engine's first and last transition, the rows' rebuild.
    QObject::connect(&session.engine(), &sb::health::HealthEngine::laneStateChanged, &loop, [&] {
        const double t = double(timer.nsecsElapsed()) / 1e6;
        if (figures.firstTransitionMs == 0)
            figures.firstTransitionMs = t;
        figures.lastTransitionMs = t;
    });
    QObject::connect(&view, &sb::TimelineView::rowsRebuilt, &loop,
                     [&] { figures.rowsBuiltMs = double(timer.nsecsElapsed()) / 1e6; });
    bool painted = false;
    struct PaintWatch final : QObject
    {
        std::function<void()> onPaint;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                onPaint();
            return false;
        }
    } watch;
    watch.onPaint = [&] {
        if (painted || index.laneCount() < expected || view.laneOrderShown().size() < expected)
            return;
        painted = true;
        // Noted once the paint has run: the next turn of the event loop.
        QTimer::singleShot(0, &loop, [&] {
            figures.allPaintedMs = double(timer.nsecsElapsed()) / 1e6;
            loop.quit();
        });
    };
    view.viewport()->installEventFilter(&watch);

    QTimer::singleShot(0, &loop, [&] {
        timer.start();
        lastBeatNs = 0;
        beat.start();
        // What the monitor does when the channels.status answer arrives (the diff); the
        // session's catch-up then releases the events (the stack the gdb trace shows),
        // as it does in the window.
        QElapsedTimer step;
        step.start();
        Q_EMIT session.monitor().channelsUpdated(status);
        figures.diffMs = double(step.nsecsElapsed()) / 1e6;
    });
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    beat.stop();
    figures.lanes = index.laneCount();
    if (!painted)
        std::fprintf(stderr, "not all lanes were painted within the time limit\n");
    session.ingestor().stop();
    return figures;
}

void printStages(const Figures &f)
{
    std::printf("  snapshot diffed in %.1f ms; transitions from %.1f to %.1f ms; rows built by %.1f ms\n",
                f.diffMs, f.firstTransitionMs, f.lastTransitionMs, f.rowsBuiltMs);
    for (const auto &[start, length] : f.blocks)
        std::printf("  blocked %.1f ms from %.1f ms\n", length, start);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("accounts"), QStringLiteral("Accounts per channel (two channels)."),
                        QStringLiteral("N"), QStringLiteral("5000")},
                       {QStringLiteral("reference-accounts"),
                        QStringLiteral("Accounts per channel for the pre-fix reference run (0: none)."),
                        QStringLiteral("N"), QStringLiteral("5000")}});
    parser.process(app);
    const int accounts = parser.value(QStringLiteral("accounts")).toInt();
    const int referenceAccounts = parser.value(QStringLiteral("reference-accounts")).toInt();

    const Figures now = run(accounts, false);
    std::printf("lanes %d: longest event-loop block %.1f ms (target <= 100), all painted after %.1f ms "
                "(target <= 1000)\n",
                now.lanes, now.longestBlockMs, now.allPaintedMs);
    printStages(now);
    if (referenceAccounts > 0) {
        const Figures before = run(referenceAccounts, true);
        std::printf("reference (per-lane sort and layout, linear row scan) lanes %d: longest block %.1f ms, "
                    "all painted after %.1f ms\n",
                    before.lanes, before.longestBlockMs, before.allPaintedMs);
        printStages(before);
        if (referenceAccounts == accounts && now.longestBlockMs > 0 && now.allPaintedMs > 0) {
            std::printf("ratio reference/now: longest block %.1fx, all painted %.1fx\n",
                        before.longestBlockMs / now.longestBlockMs, before.allPaintedMs / now.allPaintedMs);
        }
    }
    return 0;
}

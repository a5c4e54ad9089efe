// Many lanes at once (issue 10, item 13): one channels.status announcing N new accounts goes
// through the window's path (monitor → ingestor → engine → feed → index → view) and the view
// rebuilds its rows once for the whole batch, not once per lane, and then shows every lane.
#include "app/gateway/ChannelStatus.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/Clock.h"
#include "models/TimelineFeed.h"
#include "models/timeline/TimelineIndex.h"
#include "ui/timeline/TimelineView.h"

#include <algorithm>

#include <QSignalSpy>
#include <QTest>

using sb::LaneKey;

namespace {

constexpr int kPerChannel = 300;

sb::gateway::ChannelsStatus snapshot(const QDateTime &at, int perChannel)
{
    sb::gateway::ChannelsStatus status;
    status.at = at;
    for (const char *id : {"whatsapp", "telegram"}) {
        sb::gateway::ChannelStatus channel;
        channel.id = QLatin1String(id);
        channel.defaultAccountId = QStringLiteral("a0000");
        for (int i = 0; i < perChannel; ++i) {
            sb::gateway::AccountSnapshot account;
            account.channel = channel.id;
            // Announced out of name order, so the rows must be sorted, not merely appended.
            account.accountId = QStringLiteral("a%1").arg((i * 7919) % perChannel, 4, 10, QLatin1Char('0'));
            account.enabled = account.configured = account.linked = account.running = account.connected =
                true;
            account.healthState = QStringLiteral("healthy");
            account.lastConnectedAt = at.addSecs(-120);
            channel.accounts.append(account);
        }
        status.channels.append(channel);
    }
    return status;
}

} // namespace

class TestTimelineBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRebuildPerBatchOfNewLanes()
    {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
        sb::ManualClock clock(at);
        sb::ingest::GatewaySession::Options options;
        options.connection.url = QUrl(QStringLiteral("ws://127.0.0.1:9")); // never connected
        options.gatewayId = QStringLiteral("gw");
        options.clock = &clock;
        sb::ingest::GatewaySession session(options);
        sb::timeline::TimelineIndex index;
        sb::timeline::TimelineFeed feed(index);
        feed.follow(session);
        sb::TimelineView view(index, clock);
        connect(&feed, &sb::timeline::TimelineFeed::laneChanged, &view, &sb::TimelineView::laneDataChanged);
        connect(&feed, &sb::timeline::TimelineFeed::lanesChanged, &view, &sb::TimelineView::reload);
        view.resize(800, 600);
        view.show();
        session.ingestor().start();
        QCoreApplication::processEvents();

        QSignalSpy announced(&feed, &sb::timeline::TimelineFeed::lanesChanged);
        QSignalSpy rebuilt(&view, &sb::TimelineView::rowsRebuilt);
        // As the monitor does when the answer arrives, then the ingestor's release.
        Q_EMIT session.monitor().channelsUpdated(snapshot(at, kPerChannel));
        session.ingestor().releaseAll();
        QCOMPARE(index.laneCount(), 2 * kPerChannel);
        QCOMPARE(announced.count(), 2 * kPerChannel); // each new lane is announced...
        QTRY_COMPARE(rebuilt.count(), 1);             // ...and the rows are built once
        QCoreApplication::processEvents();
        QCOMPARE(rebuilt.count(), 1);

        const QList<LaneKey> shown = view.laneOrderShown();
        QCOMPARE(shown.size(), 2 * kPerChannel);
        QVERIFY(std::is_sorted(shown.cbegin(), shown.cend()));
        const LaneKey last{QStringLiteral("gw"), QStringLiteral("whatsapp"),
                           QStringLiteral("a%1").arg(kPerChannel - 1, 4, 10, QLatin1Char('0'))};
        QVERIFY(view.laneRect(last).isValid());
        QCOMPARE(shown.back(), last);

        // A second batch: one more rebuild, whatever its size.
        sb::gateway::ChannelsStatus more = snapshot(at.addSecs(5), kPerChannel);
        for (sb::gateway::ChannelStatus &channel : more.channels) {
            for (sb::gateway::AccountSnapshot &account : channel.accounts)
                account.accountId = QStringLiteral("b") + account.accountId;
        }
        Q_EMIT session.monitor().channelsUpdated(more);
        session.ingestor().releaseAll();
        QTRY_COMPARE(rebuilt.count(), 2);
        QCoreApplication::processEvents();
        QCOMPARE(rebuilt.count(), 2);
        QCOMPARE(view.laneOrderShown().size(), 4 * kPerChannel);
        session.ingestor().stop();
    }
};

QTEST_MAIN(TestTimelineBatch)
#include "TestTimelineBatch.moc"

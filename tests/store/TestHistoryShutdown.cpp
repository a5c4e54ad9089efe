// What SIGTERM relies on (TestGracefulExit drives the real binary): closing the history, as the
// console's shutdown does, commits every write still queued, without a flush first.
#include "app/store/History.h"

#include <QTemporaryDir>
#include <QTest>

class TestHistoryShutdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void closingCommitsWhatIsQueued()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("queued.sqlite"));
        constexpr int kEvents = 500;
        sb::store::StoreOptions options;
        // Nothing commits on its own during the test: only the close can.
        options.batchEvents = 1'000'000;
        options.batchMs = 60 * 60 * 1000;
        {
            sb::store::History history(path, options);
            QVERIFY(history.open());
            for (int i = 0; i < kEvents; ++i) {
                sb::ChannelEvent event;
                event.lane =
                    sb::LaneKey{QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")};
                event.at = 1'800'000'000'000 + i;
                event.kind = sb::EventKind::InboundSeen;
                event.source = sb::EventSource::LogLine;
                history.append(event);
            }
            sb::store::History observer(path);
            QVERIFY(observer.open());
            QCOMPARE(observer.eventCount(), qint64(0)); // queued, not yet committed
        } // destroyed without flush(), as at the end of the console's shutdown
        sb::store::History reopened(path);
        QVERIFY(reopened.open());
        QCOMPARE(reopened.eventCount(), qint64(kEvents));
        QCOMPARE(reopened.integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryShutdown)
#include "TestHistoryShutdown.moc"

// The Pairing panel's model under QAbstractItemModelTester: rows follow the queue's list (new
// ones appended, gone ones removed, the rest kept), the expiry counts down on virtual time,
// and a sender's label with markup or control characters is shown as plain characters.
#include "app/platform/Clock.h"
#include "models/PairingRequestsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using sb::PairingRequestsModel;
using sb::linking::PairingEntry;

namespace {

PairingEntry entry(const QString &id, const QString &sender, qint64 createdAt)
{
    PairingEntry e;
    e.lane = sb::LaneKey{QStringLiteral("gw"), QStringLiteral("telegram"), QStringLiteral("default")};
    e.requestId = id;
    e.senderLabel = sender;
    e.senderId = QStringLiteral("7123456789");
    e.channelLabel = QStringLiteral("Telegram");
    e.accountLabel = QStringLiteral("default");
    e.createdAt = createdAt;
    e.expiresAt = createdAt + 60 * 60 * 1000;
    return e;
}

} // namespace

class TestPairingRequestsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheQueueAndTheExpiryCountsDown()
    {
        sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(1000000, Qt::UTC));
        PairingRequestsModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 now = clock.nowMs();
        model.setEntries({entry(QStringLiteral("a"), QStringLiteral("Kenji (operator)"), now),
                          entry(QStringLiteral("b"), QStringLiteral("<b>Mallory</b>\u202e\u0007"), now)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PairingRequestsModel::ColumnCount));
        QVERIFY(model.index(0, PairingRequestsModel::SenderColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Kenji (operator)")));
        const QString mallory = model.index(1, PairingRequestsModel::SenderColumn).data().toString();
        QVERIFY2(mallory.contains(QLatin1String("<b>Mallory</b>")), qPrintable(mallory)); // plain characters
        QVERIFY(!mallory.contains(QChar(0x202e)));
        QCOMPARE(model.index(0, PairingRequestsModel::ExpiresColumn).data().toString(),
                 QStringLiteral("expires in 60 min"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advanceMs(59 * 60 * 1000 + 30 * 1000);
        model.tick();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, PairingRequestsModel::ExpiresColumn).data().toString(),
                 QStringLiteral("expires in 30 s"));
        clock.advanceMs(60 * 1000);
        QCOMPARE(model.index(0, PairingRequestsModel::ExpiresColumn).data().toString(),
                 QStringLiteral("expired"));

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setEntries({entry(QStringLiteral("b"), QStringLiteral("Mallory"), now),
                          entry(QStringLiteral("c"), QStringLiteral("Aiko"), now)});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("b")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("c")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("a")), -1);
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPairingRequestsModel)
#include "TestPairingRequestsModel.moc"

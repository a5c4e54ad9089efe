// The Pairing dock's model over every gateway under QAbstractItemModelTester: each gateway's
// queue replaces only its own rows (new ones appended, gone ones removed, the rest kept, with
// exact row-change signals), the expiry counts down on virtual time, times read in the
// gateway's zone (named where it is not this machine's), a gateway that drops keeps its rows
// marked in words, and a sender's label with markup or control characters is shown as plain
// characters.
#include "app/platform/Clock.h"
#include "models/PairingRequestsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using sb::PairingRequestsModel;
using sb::linking::PairingEntry;

namespace {

const QString kTokyo = QStringLiteral("tokyo-gw");
const QString kLisbon = QStringLiteral("lisbon-gw");

// 2026-02-12 19:20 JST (10:20 UTC): Kenji's request in the story.
const qint64 kAsked = QDateTime(QDate(2026, 2, 12), QTime(10, 20), Qt::UTC).toMSecsSinceEpoch();

PairingEntry entry(const QString &gatewayId, const QString &id, const QString &sender)
{
    PairingEntry e;
    e.lane = sb::LaneKey{gatewayId, QStringLiteral("telegram"), QStringLiteral("default")};
    e.requestId = id;
    e.senderLabel = sender;
    e.senderId = QStringLiteral("7123456789");
    e.channelLabel = QStringLiteral("Telegram");
    e.accountLabel = QStringLiteral("default");
    e.createdAt = kAsked;
    e.expiresAt = kAsked + 60 * 60 * 1000;
    return e;
}

// The text as shown, without the bidi isolates that wrap a label (SafeText::forLabel).
QString cell(const PairingRequestsModel &model, int row, int column, int role = Qt::DisplayRole)
{
    QString text = model.index(row, column).data(role).toString();
    return text.remove(QChar(0x2068)).remove(QChar(0x2069));
}

} // namespace

class TestPairingRequestsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachGatewayReplacesOnlyItsOwnRows()
    {
        sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(kAsked, Qt::UTC));
        PairingRequestsModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGateway(kTokyo, QStringLiteral("Tokyo"), QTimeZone("Asia/Tokyo"));
        model.setGateway(kLisbon, QStringLiteral("Lisbon"), QTimeZone("Europe/Lisbon"));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setEntries(kTokyo,
                         {entry(kTokyo, QStringLiteral("a"), QStringLiteral("Kenji (operator)")),
                          entry(kTokyo, QStringLiteral("b"), QStringLiteral("<b>Mallory</b>\u202e\u0007"))});
        // The same request id on another gateway is another request.
        model.setEntries(kLisbon, {entry(kLisbon, QStringLiteral("a"), QStringLiteral("Aiko"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(PairingRequestsModel::ColumnCount));
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted.at(2).at(1).toInt(), 2);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(cell(model, 0, PairingRequestsModel::GatewayColumn), QStringLiteral("Tokyo"));
        QCOMPARE(cell(model, 2, PairingRequestsModel::GatewayColumn), QStringLiteral("Lisbon"));
        QCOMPARE(cell(model, 2, PairingRequestsModel::GatewayColumn, Qt::ToolTipRole), kLisbon);
        QCOMPARE(model.rowOf(kTokyo, QStringLiteral("a")), 0);
        QCOMPARE(model.rowOf(kLisbon, QStringLiteral("a")), 2);
        QCOMPARE(cell(model, 0, PairingRequestsModel::SenderColumn), QStringLiteral("Kenji (operator)"));
        const QString mallory = cell(model, 1, PairingRequestsModel::SenderColumn);
        QVERIFY2(mallory.contains(QLatin1String("<b>Mallory</b>")), qPrintable(mallory)); // plain characters
        QVERIFY(!mallory.contains(QChar(0x202e)) && !mallory.contains(QChar(0x07)));

        // Tokyo's queue loses "a" and gains "c": only Tokyo's rows move; Lisbon's "a" stays.
        inserted.clear();
        model.setEntries(kTokyo, {entry(kTokyo, QStringLiteral("b"), QStringLiteral("Mallory")),
                                  entry(kTokyo, QStringLiteral("c"), QStringLiteral("Yuki"))});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(changed.count(), 1); // "b", kept in place with its new label
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(model.rowOf(kTokyo, QStringLiteral("b")), 0);
        QCOMPARE(model.rowOf(kLisbon, QStringLiteral("a")), 1);
        QCOMPARE(model.rowOf(kTokyo, QStringLiteral("c")), 2);
        QCOMPARE(model.rowOf(kTokyo, QStringLiteral("a")), -1);

        // A gateway no longer watched: its rows go, the others stay.
        removed.clear();
        model.removeGateway(kLisbon);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 2);
        model.setEntries(kTokyo, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void theExpiryCountsDown()
    {
        sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(kAsked, Qt::UTC));
        PairingRequestsModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGateway(kTokyo, QStringLiteral("Tokyo"), QTimeZone::systemTimeZone());
        model.setEntries(kTokyo, {entry(kTokyo, QStringLiteral("a"), QStringLiteral("Kenji"))});
        QVERIFY(cell(model, 0, PairingRequestsModel::ExpiresColumn)
                    .startsWith(QLatin1String("expires in 60 min (")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advanceMs(59 * 60 * 1000 + 30 * 1000);
        model.tick();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(PairingRequestsModel::ExpiresColumn));
        QVERIFY(cell(model, 0, PairingRequestsModel::ExpiresColumn)
                    .startsWith(QLatin1String("expires in 30 s (")));
        clock.advanceMs(60 * 1000);
        QVERIFY(cell(model, 0, PairingRequestsModel::ExpiresColumn).startsWith(QLatin1String("expired (")));
    }

    // Requested and expires in the gateway's zone: 19:20 and 20:20 in Tokyo, 10:20 and 11:20 in
    // Lisbon (UTC in February); the zone is named unless it is this machine's.
    void timesInTheGatewaysZone()
    {
        sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(kAsked, Qt::UTC));
        PairingRequestsModel model(clock);
        const QTimeZone tokyo("Asia/Tokyo");
        const QTimeZone lisbon("Europe/Lisbon");
        QVERIFY(tokyo.isValid() && lisbon.isValid());
        model.setGateway(kTokyo, QStringLiteral("Tokyo"), tokyo);
        model.setGateway(kLisbon, QStringLiteral("Lisbon"), lisbon);
        model.setEntries(kTokyo, {entry(kTokyo, QStringLiteral("a"), QStringLiteral("Kenji"))});
        model.setEntries(kLisbon, {entry(kLisbon, QStringLiteral("a"), QStringLiteral("Aiko"))});
        const QDateTime asked = QDateTime::fromMSecsSinceEpoch(kAsked, Qt::UTC);
        const auto named = [](const QString &time, const QTimeZone &zone, const QDateTime &at) {
            return zone.id() == QTimeZone::systemTimeZoneId() ? time : time + u' ' + zone.abbreviation(at);
        };
        QCOMPARE(cell(model, 0, PairingRequestsModel::RequestedColumn),
                 named(QStringLiteral("19:20"), tokyo, asked));
        QCOMPARE(cell(model, 0, PairingRequestsModel::ExpiresColumn),
                 QStringLiteral("expires in 60 min (%1)").arg(named(QStringLiteral("20:20"), tokyo, asked)));
        QCOMPARE(cell(model, 1, PairingRequestsModel::RequestedColumn),
                 named(QStringLiteral("10:20"), lisbon, asked));
        QVERIFY(cell(model, 0, PairingRequestsModel::RequestedColumn, Qt::ToolTipRole)
                    .contains(QLatin1String("19:20")));

        // This machine's own zone goes unnamed.
        PairingRequestsModel local(clock);
        local.setGateway(kTokyo, QStringLiteral("Tokyo"), QTimeZone::systemTimeZone());
        local.setEntries(kTokyo, {entry(kTokyo, QStringLiteral("a"), QStringLiteral("Kenji"))});
        QCOMPARE(cell(local, 0, PairingRequestsModel::RequestedColumn),
                 asked.toTimeZone(QTimeZone::systemTimeZone()).toString(QStringLiteral("HH:mm")));
    }

    // A gateway that drops keeps its rows, marked in words; they come back as they were.
    void aDroppedGatewaysRowsAreMarked()
    {
        sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(kAsked, Qt::UTC));
        PairingRequestsModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGateway(kTokyo, QStringLiteral("Tokyo"), QTimeZone::systemTimeZone());
        model.setGateway(kLisbon, QStringLiteral("Lisbon"), QTimeZone::systemTimeZone());
        model.setEntries(kTokyo, {entry(kTokyo, QStringLiteral("a"), QStringLiteral("Kenji"))});
        model.setEntries(kLisbon, {entry(kLisbon, QStringLiteral("b"), QStringLiteral("Aiko"))});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setGatewayConnected(kLisbon, false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(removed.count(), 0);
        QVERIFY(!model.isConnected(kLisbon));
        QVERIFY(model.isConnected(kTokyo));
        QCOMPARE(cell(model, 1, PairingRequestsModel::GatewayColumn),
                 QStringLiteral("Lisbon (not connected)"));
        QVERIFY(cell(model, 1, PairingRequestsModel::SenderColumn, Qt::ToolTipRole)
                    .contains(QLatin1String("as it was last seen")));
        QCOMPARE(cell(model, 0, PairingRequestsModel::GatewayColumn), QStringLiteral("Tokyo"));
        model.setGatewayConnected(kLisbon, false); // no news, no signal
        QCOMPARE(changed.count(), 1);
        model.setGatewayConnected(kLisbon, true);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(cell(model, 1, PairingRequestsModel::GatewayColumn), QStringLiteral("Lisbon"));
    }
};

QTEST_GUILESS_MAIN(TestPairingRequestsModel)
#include "TestPairingRequestsModel.moc"

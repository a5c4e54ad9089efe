#include "models/LaneStatusModel.h"
#include "tests/support/TestEnvironment.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace sb {

namespace {

// Gateway-supplied text is shown isolated (FSI ... PDI), so its bidi controls stay inside it.
QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace

// Every lane of the fleet, one row each: inserted once, changed in place, a gateway's rows
// removed together, under Qt's model checks and exact row-change spies.
class TestLaneStatusModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void insertsALaneOnceAndUpdatesItInPlace();
    void aStateChangeRepaintsTheWholeRow();
    void anUnchangedLaneSaysNothing();
    void removingAGatewayRemovesItsRunsOnly();
    void showsTheLaneInWords();

private:
    static health::LaneStatus lane(const QString &gateway, const QString &channel, LaneState state);

    std::unique_ptr<LaneStatusModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

health::LaneStatus TestLaneStatusModel::lane(const QString &gateway, const QString &channel, LaneState state)
{
    health::LaneStatus status;
    status.lane = LaneKey{gateway, channel, QStringLiteral("default")};
    status.state = state;
    status.since = 1'770'800'000'000;
    return status;
}

void TestLaneStatusModel::init()
{
    m_model = std::make_unique<LaneStatusModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLaneStatusModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestLaneStatusModel::insertsALaneOnceAndUpdatesItInPlace()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setLane(lane(QStringLiteral("a"), QStringLiteral("telegram"), LaneState::Healthy));
    m_model->setLane(lane(QStringLiteral("a"), QStringLiteral("signal"), LaneState::Healthy));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1);
    QCOMPARE(inserted.at(1).at(2).toInt(), 1);

    health::LaneStatus telegram = lane(QStringLiteral("a"), QStringLiteral("telegram"), LaneState::Healthy);
    telegram.since += 60'000;
    m_model->setLane(telegram);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(LaneStatusModel::SinceColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), int(LaneStatusModel::SinceColumn));
    QCOMPARE(m_model->rowCount(), 2);
}

void TestLaneStatusModel::aStateChangeRepaintsTheWholeRow()
{
    m_model->setLane(lane(QStringLiteral("a"), QStringLiteral("telegram"), LaneState::Healthy));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setLane(lane(QStringLiteral("a"), QStringLiteral("telegram"), LaneState::Reconnecting));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), LaneStatusModel::ColumnCount - 1);
    QCOMPARE(m_model->index(0, 0).data(LaneStatusModel::LaneStateRole).toInt(), int(LaneState::Reconnecting));
}

void TestLaneStatusModel::anUnchangedLaneSaysNothing()
{
    m_model->setLane(lane(QStringLiteral("a"), QStringLiteral("telegram"), LaneState::Healthy));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setLane(lane(QStringLiteral("a"), QStringLiteral("telegram"), LaneState::Healthy));
    QCOMPARE(changed.count(), 0);
}

void TestLaneStatusModel::removingAGatewayRemovesItsRunsOnly()
{
    // Rows: a/1, b/1, b/2, a/2, c/1, b/3: gateway b has two runs.
    m_model->setLane(lane(QStringLiteral("a"), QStringLiteral("1"), LaneState::Healthy));
    m_model->setLane(lane(QStringLiteral("b"), QStringLiteral("1"), LaneState::Healthy));
    m_model->setLane(lane(QStringLiteral("b"), QStringLiteral("2"), LaneState::Healthy));
    m_model->setLane(lane(QStringLiteral("a"), QStringLiteral("2"), LaneState::Healthy));
    m_model->setLane(lane(QStringLiteral("c"), QStringLiteral("1"), LaneState::Healthy));
    m_model->setLane(lane(QStringLiteral("b"), QStringLiteral("3"), LaneState::Healthy));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->removeGateway(QStringLiteral("b"));
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.at(0).at(1).toInt(), 5); // back to front
    QCOMPARE(removed.at(0).at(2).toInt(), 5);
    QCOMPARE(removed.at(1).at(1).toInt(), 1);
    QCOMPARE(removed.at(1).at(2).toInt(), 2);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->rowCount(), 3);
    const LaneKey c{QStringLiteral("c"), QStringLiteral("1"), QStringLiteral("default")};
    QCOMPARE(m_model->rowOf(c), 2);
    QCOMPARE(m_model->laneAt(2), c);
    QCOMPARE(m_model->rowOf(LaneKey{QStringLiteral("b"), QStringLiteral("1"), QStringLiteral("default")}),
             -1);
    // A lane set after the removal is found where it was put.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setLane(lane(QStringLiteral("b"), QStringLiteral("1"), LaneState::Healthy));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
}

void TestLaneStatusModel::showsTheLaneInWords()
{
    health::LaneStatus whatsapp =
        lane(QStringLiteral("home:1"), QStringLiteral("whatsapp"), LaneState::LoggedOut);
    whatsapp.action = OperatorAction::Relink;
    m_model->setLane(whatsapp);
    const auto cell = [this](int column) {
        return m_model->index(0, column).data().toString();
    };
    QCOMPARE(cell(LaneStatusModel::GatewayColumn), isolated(QStringLiteral("home:1")));
    QCOMPARE(cell(LaneStatusModel::ChannelColumn), isolated(QStringLiteral("whatsapp")));
    QCOMPARE(cell(LaneStatusModel::AccountColumn), isolated(QStringLiteral("default")));
    QCOMPARE(cell(LaneStatusModel::StateColumn), QStringLiteral("logged out"));
    QVERIFY(!cell(LaneStatusModel::ActionColumn).isEmpty());
    QCOMPARE(m_model->index(0, 0).data(LaneStatusModel::GatewayIdRole).toString(), QStringLiteral("home:1"));
    QCOMPARE(m_model->index(0, 0).data(LaneStatusModel::SinceMsRole).toLongLong(), whatsapp.since);

    // "Since" in the gateway's zone: 1,770,800,000,000 ms is 2026-02-11 08:53:20 UTC, 17:53 in Tokyo.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setTimeZone(QStringLiteral("home:1"), QTimeZone("Asia/Tokyo"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(LaneStatusModel::SinceColumn));
    QVERIFY2(cell(LaneStatusModel::SinceColumn).contains(QStringLiteral("17:53")),
             qPrintable(cell(LaneStatusModel::SinceColumn)));
    m_model->setTimeZone(QStringLiteral("home:1"), QTimeZone::utc());
    QVERIFY2(cell(LaneStatusModel::SinceColumn).contains(QStringLiteral("08:53")),
             qPrintable(cell(LaneStatusModel::SinceColumn)));
}

} // namespace sb

QTEST_GUILESS_MAIN(sb::TestLaneStatusModel)
#include "TestLaneStatusModel.moc"

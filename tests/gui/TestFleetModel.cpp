#include "models/FleetModel.h"
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

using fleet::GatewaySummary;
using fleet::LinkState;

// The fleet overview's rows: one per gateway, updated in place, every change under Qt's own
// model checks and with exactly the row signals a view needs to keep its selection.
class TestFleetModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void insertsOneRowPerGatewayInWatchOrder();
    void updatesOnlyTheChangedCells();
    void aSeverityChangeRepaintsTheWholeRow();
    void anUnchangedSummarySaysNothing();
    void removesOnlyThatGateway();
    void showsTheGatewayInWords();

private:
    static GatewaySummary summary(const QString &id, LinkState link);

    std::unique_ptr<FleetModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

GatewaySummary TestFleetModel::summary(const QString &id, LinkState link)
{
    GatewaySummary s;
    s.gatewayId = id;
    s.title = id.toUpper();
    s.link = link;
    return s;
}

void TestFleetModel::init()
{
    m_model = std::make_unique<FleetModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestFleetModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestFleetModel::insertsOneRowPerGatewayInWatchOrder()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setGateway(summary(QStringLiteral("home:1"), LinkState::Connecting));
    m_model->setGateway(summary(QStringLiteral("vps:2"), LinkState::Live));
    m_model->setGateway(summary(QStringLiteral("staging:3"), LinkState::Reconnecting));
    QCOMPARE(inserted.count(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(inserted.at(i).at(1).toInt(), i);
        QCOMPARE(inserted.at(i).at(2).toInt(), i);
    }
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->columnCount(), int(FleetModel::ColumnCount));
    QCOMPARE(m_model->gatewayIdAt(2), QStringLiteral("staging:3"));
    QCOMPARE(m_model->rowOf(QStringLiteral("vps:2")), 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("missing")), -1);
}

void TestFleetModel::updatesOnlyTheChangedCells()
{
    GatewaySummary home = summary(QStringLiteral("home:1"), LinkState::Live);
    m_model->setGateway(summary(QStringLiteral("first:0"), LinkState::Live));
    m_model->setGateway(home);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    home.serverVersion = QStringLiteral("2026.9.6");
    home.protocol = 4;
    m_model->setGateway(home);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    const QModelIndex from = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex to = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(from.row(), 1);
    QCOMPARE(to.row(), 1);
    QCOMPARE(from.column(), int(FleetModel::VersionColumn));
    QCOMPARE(to.column(), int(FleetModel::ProtocolColumn));
    QCOMPARE(m_model->index(1, FleetModel::ProtocolColumn).data().toString(), QStringLiteral("4"));
}

void TestFleetModel::aSeverityChangeRepaintsTheWholeRow()
{
    GatewaySummary home = summary(QStringLiteral("home:1"), LinkState::Live);
    home.worstLane = LaneKey{QStringLiteral("home:1"), QStringLiteral("telegram"), QStringLiteral("default")};
    home.worstState = LaneState::Healthy;
    m_model->setGateway(home);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    home.worstState = LaneState::LoggedOut;
    m_model->setGateway(home);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), FleetModel::ColumnCount - 1);
    QCOMPARE(m_model->index(0, 0).data(FleetModel::SeverityRole).toInt(), int(Severity::Critical));
}

void TestFleetModel::anUnchangedSummarySaysNothing()
{
    const GatewaySummary home = summary(QStringLiteral("home:1"), LinkState::Live);
    m_model->setGateway(home);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->setGateway(home);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 0);
}

void TestFleetModel::removesOnlyThatGateway()
{
    m_model->setGateway(summary(QStringLiteral("a"), LinkState::Live));
    m_model->setGateway(summary(QStringLiteral("b"), LinkState::Live));
    m_model->setGateway(summary(QStringLiteral("c"), LinkState::Live));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->removeGateway(QStringLiteral("b"));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->gatewayIdAt(1), QStringLiteral("c"));
    m_model->removeGateway(QStringLiteral("b"));
    QCOMPARE(removed.count(), 1);
}

void TestFleetModel::showsTheGatewayInWords()
{
    GatewaySummary staging = summary(QStringLiteral("staging:3"), LinkState::Reconnecting);
    staging.title = QStringLiteral("Staging");
    staging.worstLane =
        LaneKey{QStringLiteral("staging:3"), QStringLiteral("whatsapp"), QStringLiteral("default")};
    staging.worstState = LaneState::Reconnecting;
    staging.lanesByState[LaneState::Healthy] = 2;
    staging.lanesByState[LaneState::Reconnecting] = 1;
    staging.laneCount = 3;
    staging.lastError = QStringLiteral("connection refused");
    m_model->setGateway(staging);
    const auto cell = [this](int column) {
        return m_model->index(0, column).data().toString();
    };
    QCOMPARE(cell(FleetModel::GatewayColumn), isolated(QStringLiteral("Staging")));
    QCOMPARE(cell(FleetModel::LinkColumn), QStringLiteral("Reconnecting"));
    QCOMPARE(cell(FleetModel::ProtocolColumn), QString()); // no hello-ok yet
    QCOMPARE(cell(FleetModel::WorstLaneColumn), isolated(QStringLiteral("whatsapp")) + QStringLiteral(" · ") +
                                                    isolated(QStringLiteral("default")) +
                                                    QStringLiteral(": reconnecting"));
    QCOMPARE(cell(FleetModel::LanesColumn), QStringLiteral("1 reconnecting, 2 healthy"));
    QCOMPARE(cell(FleetModel::LastErrorColumn), isolated(QStringLiteral("connection refused")));
    QCOMPARE(m_model->index(0, 0).data(FleetModel::GatewayIdRole).toString(), QStringLiteral("staging:3"));
    QCOMPARE(m_model->index(0, 0).data(FleetModel::LinkStateRole).toInt(), int(LinkState::Reconnecting));
    QCOMPARE(m_model->headerData(FleetModel::LinkColumn, Qt::Horizontal).toString(), QStringLiteral("Link"));
}

} // namespace sb

QTEST_GUILESS_MAIN(sb::TestFleetModel)
#include "TestFleetModel.moc"

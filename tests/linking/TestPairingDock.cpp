// The DM Requests dock over a fleet, through the real composition root: two drill gateways,
// a request on each, both listed in the one dock with their gateway; approving the one on
// gateway 2 calls gateway 2 and not gateway 1; gateway 2 restarting marks its rows as not
// connected, in words, until it is back.
#include "app/drill/DrillFleet.h"
#include "app/drill/DrillGateway.h"
#include "app/drill/DrillSession.h"
#include "app/drill/DrillWorld.h"
#include "app/fleet/FleetSessions.h"
#include "app/ingest/GatewaySession.h"
#include "app/linking/PairingQueue.h"
#include "models/PairingRequestsModel.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestEnvironment.h"
#include "ui/Application.h"
#include "ui/MainWindow.h"
#include "ui/wizards/PairingPanel.h"

#include <algorithm>

#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace sb {

namespace {

const QString kFirst = QStringLiteral("drill");
const QString kSecond = QStringLiteral("drill-2");

// A cell as shown, without the bidi isolates that wrap a label (SafeText::forLabel).
QString shown(const QAbstractItemModel &model, int row, int column)
{
    QString text = model.index(row, column).data().toString();
    return text.remove(QChar(0x2068)).remove(QChar(0x2069));
}

int rowOfSender(const QAbstractItemModel &model, const QString &sender)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (shown(model, row, PairingRequestsModel::SenderColumn) == sender)
            return row;
    }
    return -1;
}

bool asked(const QSignalSpy &spy, const QString &method)
{
    return std::any_of(spy.cbegin(), spy.cend(),
                       [&](const QList<QVariant> &args) { return args.at(0).toString() == method; });
}

// As a health event would: the gateway's queue reads its list now rather than in 15 s.
void refreshQueue(Application &app, const QString &gatewayId)
{
    const auto queues = app.fleet()->session(gatewayId)->findChildren<linking::PairingQueue *>();
    QCOMPARE(queues.size(), 1);
    queues.first()->refresh();
}

} // namespace

class TestPairingDock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsOfEveryGatewayInOneDock()
    {
        test::ScratchHome home;
        Application::Options options;
        options.configFile = home.filePath(QStringLiteral("switchboard.ini"));
        options.drill = true;
        options.drillGateways = 2;
        Application app(options);
        app.start();
        QVERIFY(app.fleet() && app.drillFleet());
        fleet::FleetSessions &fleet = *app.fleet();
        QCOMPARE(fleet.gatewayIds(), (QStringList{kFirst, kSecond}));
        QTRY_VERIFY_WITH_TIMEOUT(fleet.linkState(kFirst) == fleet::LinkState::Live &&
                                     fleet.linkState(kSecond) == fleet::LinkState::Live,
                                 60000);

        auto *panel = app.window()->findChild<PairingPanel *>();
        QVERIFY(panel);
        auto *table = panel->findChild<QTableView *>(QStringLiteral("pairingTable"));
        QVERIFY(table);
        const QAbstractItemModel &rows = *table->model();

        drill::DrillSession &first = *app.drillFleet()->session(0);
        drill::DrillSession &second = *app.drillFleet()->session(1);
        first.world()->addPairingRequest(QStringLiteral("telegram"), QStringLiteral("default"),
                                         QStringLiteral("7000000011"), QStringLiteral("Aiko on one"),
                                         QStringLiteral("AIKO0011"));
        second.world()->addPairingRequest(QStringLiteral("telegram"), QStringLiteral("default"),
                                          QStringLiteral("7000000022"), QStringLiteral("Ren on two"),
                                          QStringLiteral("RENX0022"));
        refreshQueue(app, kFirst);
        refreshQueue(app, kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfSender(rows, QStringLiteral("Aiko on one")) >= 0 &&
                                     rowOfSender(rows, QStringLiteral("Ren on two")) >= 0,
                                 15000);
        const int aiko = rowOfSender(rows, QStringLiteral("Aiko on one"));
        const int ren = rowOfSender(rows, QStringLiteral("Ren on two"));
        QCOMPARE(shown(rows, ren, PairingRequestsModel::GatewayColumn), QStringLiteral("Drill gateway 2"));
        QVERIFY(rows.index(ren, PairingRequestsModel::GatewayColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(kSecond));
        QVERIFY(!rows.index(aiko, PairingRequestsModel::GatewayColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(kSecond));

        // The dock as the README shows it: both gateways' requests, Ren's selected.
        table->selectRow(ren);
        auto *approve = panel->findChild<QPushButton *>(QStringLiteral("pairingApprove"));
        QVERIFY(approve->isEnabled());
        panel->findChild<QCheckBox *>(QStringLiteral("pairingNotify"))->setChecked(true);
        if (auto *dock = app.window()->findChild<QDockWidget *>(QStringLiteral("pairingDock"))) {
            dock->setFloating(true);
            test::saveScreenshot(panel, QStringLiteral("pairing-dock"), QSize(960, 320));
            dock->setFloating(false);
        }

        // Approve Ren: gateway 2 is asked, gateway 1 is not; Aiko's row stays.
        QSignalSpy toFirst(first.gateway(), &drill::DrillGateway::requestReceived);
        QSignalSpy toSecond(second.gateway(), &drill::DrillGateway::requestReceived);
        QTest::mouseClick(approve, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(asked(toSecond, QStringLiteral("channels.pairing.approve")), 10000);
        QVERIFY(!asked(toFirst, QStringLiteral("channels.pairing.approve")));
        auto *status = panel->findChild<QLabel *>(QStringLiteral("pairingStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("may now message")), 10000);
        QCOMPARE(rowOfSender(rows, QStringLiteral("Ren on two")), -1);
        QVERIFY(rowOfSender(rows, QStringLiteral("Aiko on one")) >= 0);
        const QList<drill::PairingRequest> &left = second.world()->pairing();
        QVERIFY(std::none_of(left.cbegin(), left.cend(), [](const drill::PairingRequest &r) {
            return r.senderLabel == QLatin1String("Ren on two");
        }));

        // Gateway 2 restarts with a request waiting: its row stays, marked, while it is away.
        second.world()->addPairingRequest(QStringLiteral("telegram"), QStringLiteral("default"),
                                          QStringLiteral("7000000023"), QStringLiteral("Mio on two"),
                                          QStringLiteral("MIOX0023"));
        refreshQueue(app, kSecond);
        QTRY_VERIFY_WITH_TIMEOUT(rowOfSender(rows, QStringLiteral("Mio on two")) >= 0, 10000);
        bool markedWhileAway = false;
        bool approvableWhileAway = false;
        QObject watcher;
        connect(table->model(), &QAbstractItemModel::dataChanged, &watcher, [&] {
            const int mio = rowOfSender(rows, QStringLiteral("Mio on two"));
            if (mio < 0 || shown(rows, mio, PairingRequestsModel::GatewayColumn) !=
                               QLatin1String("Drill gateway 2 (not connected)"))
                return;
            markedWhileAway = true;
            table->selectRow(mio);
            approvableWhileAway = approvableWhileAway || approve->isEnabled();
        });
        second.gateway()->restart(4000, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(markedWhileAway, 20000);
        QVERIFY(!approvableWhileAway);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("pairingGatewayStates"))
                    ->text()
                    .contains(QLatin1String("Drill gateway 2: Not connected")));
        QVERIFY(rowOfSender(rows, QStringLiteral("Aiko on one")) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(fleet.linkState(kSecond) == fleet::LinkState::Live, 60000);
        // Back: the row as it is now, no longer marked, and it can be approved again.
        QTRY_COMPARE_WITH_TIMEOUT(
            shown(rows, rowOfSender(rows, QStringLiteral("Mio on two")), PairingRequestsModel::GatewayColumn),
            QStringLiteral("Drill gateway 2"), 20000);
        table->selectRow(rowOfSender(rows, QStringLiteral("Mio on two")));
        QVERIFY(approve->isEnabled());
    }
};

} // namespace sb

QTEST_MAIN(sb::TestPairingDock)
#include "TestPairingDock.moc"

// The window over a fleet (issue 11): three drill gateways in one window, offscreen, through
// the real composition root. One gateway drops its socket, one restarts with a `shutdown`, one
// stays healthy: the lanes are grouped per gateway, the overview has one row each, the tray
// counts the whole fleet's lanes, and each gateway reconnects on its own while the healthy one
// never leaves its link.
#include "app/drill/DrillFleet.h"
#include "app/drill/DrillGateway.h"
#include "app/fleet/FleetSessions.h"
#include "app/ingest/GatewaySession.h"
#include "models/FleetModel.h"
#include "tests/support/TestEnvironment.h"
#include "ui/Application.h"
#include "ui/FleetPanel.h"
#include "ui/LaneDetailsPanel.h"
#include "ui/LiveView.h"
#include "ui/MainWindow.h"
#include "ui/TrayAlerts.h"
#include "ui/timeline/TimelineView.h"

#include <algorithm>

#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace sb {

namespace {

const QString kHealthy = QStringLiteral("drill");
const QString kDropping = QStringLiteral("drill-2");
const QString kRestarting = QStringLiteral("drill-3");

QColor centre(const QIcon &icon)
{
    const QImage image = icon.pixmap(32, 32).toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

} // namespace

class TestFleetWindow final : public QObject
{
    Q_OBJECT

private:
    static bool allLive(const fleet::FleetSessions &fleet)
    {
        for (const QString &id : fleet.gatewayIds()) {
            if (fleet.linkState(id) != fleet::LinkState::Live)
                return false;
        }
        return fleet.size() == 3;
    }

private Q_SLOTS:
    void threeGatewaysInOneWindow()
    {
        test::ScratchHome home;
        Application::Options options;
        options.configFile = home.filePath(QStringLiteral("switchboard.ini"));
        options.drill = true;
        options.drillGateways = 3;
        options.drillSpeed = 600;
        Application app(options);
        app.start();
        QVERIFY(app.fleet());
        QVERIFY(app.drillFleet());
        fleet::FleetSessions &fleet = *app.fleet();
        QCOMPARE(fleet.gatewayIds(), (QStringList{kHealthy, kDropping, kRestarting}));
        QTRY_VERIFY_WITH_TIMEOUT(allLive(fleet), 60000);

        // Lanes grouped: one header per gateway, each gateway's lanes in one run under it.
        TimelineView *timeline = app.liveView()->timeline();
        const auto groups = [timeline] {
            const QStringList shown = timeline->groupsShown();
            return QSet<QString>(shown.cbegin(), shown.cend());
        };
        QTRY_COMPARE_WITH_TIMEOUT(groups(), (QSet<QString>{kHealthy, kDropping, kRestarting}), 10000);
        QStringList runs;
        for (const LaneKey &lane : timeline->laneOrderShown()) {
            if (runs.isEmpty() || runs.last() != lane.gatewayId)
                runs << lane.gatewayId;
        }
        QCOMPARE(runs, timeline->groupsShown());
        QCOMPARE(timeline->groupCaption(kDropping), QStringLiteral("Drill gateway 2 — Live"));

        // The overview: a row per gateway, live, with the server's protocol and its lanes.
        auto *table = app.window()->findChild<QTableView *>(QStringLiteral("fleetTable"));
        QVERIFY(table);
        QAbstractItemModel *rows = table->model();
        QCOMPARE(rows->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QTRY_COMPARE(rows->index(row, FleetModel::LinkColumn).data().toString(), QStringLiteral("Live"));
            QCOMPARE(rows->index(row, FleetModel::ProtocolColumn).data().toString(), QStringLiteral("4"));
            QVERIFY(!rows->index(row, FleetModel::LanesColumn).data().toString().isEmpty());
        }

        // The tray counts every gateway's lanes, not the first one's.
        const auto laneCount = [&](auto &&pick) {
            int count = 0;
            for (const QString &id : fleet.gatewayIds()) {
                for (const health::LaneStatus &lane : fleet.session(id)->lanes())
                    count += pick(severity(lane.state)) ? 1 : 0;
            }
            return count;
        };
        const auto needsAttention = [](Severity s) {
            return s == Severity::Attention || s == Severity::Critical;
        };
        QTRY_COMPARE_WITH_TIMEOUT(
            app.tray()->toolTip(),
            QStringLiteral("Switchboard: %1 lanes need attention").arg(laneCount(needsAttention)), 10000);
        const Severity worst =
            laneCount([](Severity s) { return s == Severity::Critical; }) > 0    ? Severity::Critical
            : laneCount([](Severity s) { return s == Severity::Attention; }) > 0 ? Severity::Attention
                                                                                 : Severity::Ok;
        QTRY_COMPARE(centre(app.tray()->icon()), TrayAlerts::colorFor(worst));

        // Faults: gateway 2 drops its socket, gateway 3 restarts; gateway 1 is left alone.
        QHash<QString, QList<fleet::LinkState>> seen;
        // Goes before `seen`: the application stopping at the end must not write into it.
        QObject recorder;
        connect(&fleet, &fleet::FleetSessions::linkStateChanged, &recorder,
                [&](const QString &id) { seen[id] << fleet.linkState(id); });
        QSignalSpy healthyLink(fleet.session(kHealthy), &ingest::GatewaySession::linkStateChanged);
        app.drillFleet()->session(1)->gateway()->dropConnections();
        app.drillFleet()->session(2)->gateway()->restart(1000, 1500);
        QTRY_VERIFY_WITH_TIMEOUT(!seen.value(kDropping).isEmpty() && !seen.value(kRestarting).isEmpty(),
                                 20000);
        QTRY_VERIFY_WITH_TIMEOUT(allLive(fleet) && seen.value(kDropping).last() == fleet::LinkState::Live &&
                                     seen.value(kRestarting).last() == fleet::LinkState::Live,
                                 60000);
        // Each left Live and came back on its own; the healthy one never noticed.
        QVERIFY(seen.value(kDropping).contains(fleet::LinkState::Reconnecting) ||
                seen.value(kDropping).contains(fleet::LinkState::Connecting));
        QVERIFY(seen.value(kRestarting).contains(fleet::LinkState::Reconnecting) ||
                seen.value(kRestarting).contains(fleet::LinkState::Connecting));
        QCOMPARE(healthyLink.count(), 0);
        QVERIFY(!seen.contains(kHealthy));
        QCOMPARE(fleet.session(kHealthy)->linkState(), gateway::ConnectionState::Connected);

        // Selecting a gateway in the overview brings its header into view and the Gateway
        // panel to it.
        app.window()->resize(1000, 700);
        table->selectionModel()->setCurrentIndex(rows->index(2, 0), QItemSelectionModel::ClearAndSelect |
                                                                        QItemSelectionModel::Rows);
        const QRect header = timeline->groupRect(kRestarting);
        QVERIFY(!header.isEmpty());
        QVERIFY(header.top() >= 0 && header.bottom() <= timeline->viewport()->height());
        QTRY_COMPARE(app.window()->findChild<QLabel *>(QStringLiteral("gatewayTitleLabel"))->text(),
                     QStringLiteral("Drill gateway 3"));

        // Picking a lane of another gateway: the lane panel shows it, the panels follow it.
        LaneKey lane;
        for (const LaneKey &shown : timeline->laneOrderShown()) {
            if (shown.gatewayId == kDropping)
                lane = shown;
        }
        QVERIFY(!lane.gatewayId.isEmpty());
        timeline->selectLane(lane);
        QCOMPARE(app.window()->findChild<LaneDetailsPanel *>()->lane(), lane);
        QTRY_COMPARE(app.window()->findChild<QLabel *>(QStringLiteral("gatewayTitleLabel"))->text(),
                     QStringLiteral("Drill gateway 2"));
        QCOMPARE(app.fleetPanel()->selectedGateway(), kDropping);

        // The overview moves on to gateway 3; the lane panel still shows gateway 2's lane, and its
        // restart goes to gateway 2, not to the gateway picked since.
        table->selectionModel()->setCurrentIndex(rows->index(2, 0), QItemSelectionModel::ClearAndSelect |
                                                                        QItemSelectionModel::Rows);
        QTRY_COMPARE(app.window()->findChild<QLabel *>(QStringLiteral("gatewayTitleLabel"))->text(),
                     QStringLiteral("Drill gateway 3"));
        QSignalSpy toDropping(app.drillFleet()->session(1)->gateway(), &drill::DrillGateway::requestReceived);
        QSignalSpy toRestarting(app.drillFleet()->session(2)->gateway(),
                                &drill::DrillGateway::requestReceived);
        auto *panel = app.window()->findChild<LaneDetailsPanel *>();
        QCOMPARE(panel->lane(), lane);
        Q_EMIT panel->actionRequested(lane, OperatorAction::RestartChannel);
        const auto asked = [](const QSignalSpy &spy, const QString &method) {
            return std::any_of(spy.cbegin(), spy.cend(),
                               [&](const QList<QVariant> &args) { return args.at(0).toString() == method; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(asked(toDropping, QStringLiteral("channels.start")), 10000);
        QVERIFY(!asked(toRestarting, QStringLiteral("channels.stop")));
        QVERIFY(!asked(toRestarting, QStringLiteral("channels.start")));
    }
};

} // namespace sb

QTEST_MAIN(sb::TestFleetWindow)
#include "TestFleetWindow.moc"

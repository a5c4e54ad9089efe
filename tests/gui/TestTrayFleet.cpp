// The tray over the fleet, against drill gateways: a gateway that stops answering colours the
// tray (its lanes' last "healthy" is not trusted) and is named in the tooltip with the time it
// was lost, until it is live again; the story's 19:15 CRITICAL finding (Telegram groupPolicy
// "open" with tools.elevated) colours it red until the one-click fix has been written and the
// audit that follows no longer reports it. Wired as ui/Application wires it:
// GatewayConcerns::follow() over the fleet and over each gateway's PolicyCenter.
#include "app/alerts/AlertPolicy.h"
#include "app/alerts/GatewayConcerns.h"
#include "app/drill/DrillFleet.h"
#include "app/drill/DrillGateway.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/fleet/FleetSessions.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/Clock.h"
#include "app/policy/PolicyCenter.h"
#include "tests/ingest/StoryRun.h"
#include "ui/TrayAlerts.h"

#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace sb {

namespace {

const QString kCritical = QStringLiteral("security.exposure.open_groups_with_elevated");

QColor centre(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(32, 32)).toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

bool allLive(const fleet::FleetSessions &fleet)
{
    for (const QString &id : fleet.gatewayIds()) {
        if (fleet.linkState(id) != fleet::LinkState::Live)
            return false;
    }
    return true;
}

} // namespace

class TestTrayFleet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aStoppedGatewayColoursTheTrayUntilItIsBack()
    {
        drill::DrillFleet::Options options;
        options.gateways = 2;
        options.session.autoPlay = false; // the lanes hold still: only the link moves
        QString error;
        const std::unique_ptr<drill::DrillFleet> drills = drill::DrillFleet::start(options, &error);
        QVERIFY2(drills, qPrintable(error));

        SystemClock clock;
        alerts::AlertPolicy policy(clock);
        alerts::GatewayConcerns concerns(clock);
        TrayAlerts tray(policy, concerns);
        fleet::FleetSessions fleet(nullptr, health::HealthPolicy{});
        concerns.follow(fleet);
        connect(&fleet, &fleet::FleetSessions::laneStateChanged, &policy,
                [&policy](const LaneKey &lane, const health::Transition &transition, bool) {
                    policy.setLaneSeverity(lane, severity(transition.to));
                });
        const QStringList titles{QStringLiteral("home"), QStringLiteral("vps")};
        for (int i = 0; i < drills->size(); ++i) {
            fleet::FleetSessions::Watch watch;
            watch.gatewayId = QStringLiteral("gw%1").arg(i + 1);
            watch.title = titles.at(i);
            watch.connection.url = drills->session(i)->url();
            watch.connection.token = drills->session(i)->token();
            watch.clock = drills->session(i)->clock();
            fleet.watch(watch);
        }
        QTRY_VERIFY_WITH_TIMEOUT(allLive(fleet), 60000);
        QVERIFY(policy.laneCount() > 0);
        QCOMPARE(concerns.worst(), Severity::Neutral);
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(policy.worst()));
        QVERIFY2(!tray.toolTip().contains(QLatin1String("unreachable")), qPrintable(tray.toolTip()));

        // vps stops: its port closes and its sockets die without a word.
        drill::DrillGateway *vps = drills->session(1)->gateway();
        const QString stoppedAt = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"));
        QElapsedTimer sinceStop;
        sinceStop.start();
        vps->stopListening();
        vps->dropConnections();
        const auto vpsNamed = [&tray] {
            return tray.toolTip().contains(QLatin1String("vps: unreachable since "));
        };
        QTRY_VERIFY_WITH_TIMEOUT(vpsNamed(), 5000);
        qInfo("gateway stopped → tray names it after %lld ms", static_cast<long long>(sinceStop.elapsed()));
        const Severity down = std::max(policy.worst(), Severity::Attention);
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(down));
        QVERIFY(down >= Severity::Attention);
        // Its lanes still say what they last said; the tray does not believe them. Since when, in
        // the machine's time (a minute may have turned meanwhile).
        QVERIFY2(tray.toolTip().contains(QLatin1String("since ") + stoppedAt) ||
                     tray.toolTip().contains(QLatin1String("since ") +
                                             QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"))),
                 qPrintable(tray.toolTip()));
        QVERIFY2(!tray.toolTip().contains(QLatin1String("home")), qPrintable(tray.toolTip()));
        QCOMPARE(fleet.linkState(QStringLiteral("gw1")), fleet::LinkState::Live);

        // vps is back: the tray goes back to what the lanes say once it is live again.
        QVERIFY(vps->listen());
        QTRY_VERIFY_WITH_TIMEOUT(allLive(fleet), 30000);
        QTRY_VERIFY(!vpsNamed());
        QCOMPARE(concerns.worst(), Severity::Neutral);
        QTRY_COMPARE(centre(tray.icon()), TrayAlerts::colorFor(policy.worst()));
    }

    // A gateway that hangs without closing anything (a half-open link: no tick, no answer): the
    // tray can only know once the tick watchdog gives up, so the bound is two tick intervals (60 s
    // on a real gateway; 1 s ticks here).
    void aSilentGatewayColoursTheTrayWithinTwoTicks()
    {
        drill::DrillFleet::Options options;
        options.session.autoPlay = false;
        options.session.tickIntervalMs = 1000;
        QString error;
        const std::unique_ptr<drill::DrillFleet> drills = drill::DrillFleet::start(options, &error);
        QVERIFY2(drills, qPrintable(error));
        SystemClock clock;
        alerts::AlertPolicy policy(clock);
        alerts::GatewayConcerns concerns(clock);
        TrayAlerts tray(policy, concerns);
        fleet::FleetSessions fleet(nullptr, health::HealthPolicy{});
        concerns.follow(fleet);
        fleet::FleetSessions::Watch watch;
        watch.gatewayId = QStringLiteral("gw1");
        watch.title = QStringLiteral("home");
        watch.connection.url = drills->session(0)->url();
        watch.connection.token = drills->session(0)->token();
        watch.clock = drills->session(0)->clock();
        fleet.watch(watch);
        QTRY_VERIFY_WITH_TIMEOUT(allLive(fleet), 60000);

        drill::DrillGateway *home = drills->session(0)->gateway();
        QElapsedTimer sinceStall;
        sinceStall.start();
        home->setTicksStalled(true);
        home->setResponseDelayMs(60000); // the status polls' answers would prove it alive
        QTRY_VERIFY_WITH_TIMEOUT(tray.toolTip().contains(QLatin1String("home: unreachable since ")), 8000);
        qInfo("ticks stalled → tray names the gateway after %lld ms (2 ticks = 2000 ms)",
              static_cast<long long>(sinceStall.elapsed()));
        QVERIFY(sinceStall.elapsed() <= 2 * 1000 + 3000); // slack for a loaded runner
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(std::max(policy.worst(), Severity::Attention)));

        home->setTicksStalled(false);
        home->setResponseDelayMs(0);
        QTRY_VERIFY_WITH_TIMEOUT(allLive(fleet) && concerns.worst() == Severity::Neutral, 15000);
        QVERIFY2(!tray.toolTip().contains(QLatin1String("home")), qPrintable(tray.toolTip()));
    }

    void theStorysCriticalFindingColoursTheTrayUntilFixed()
    {
        QTemporaryDir dir;
        drill::DrillSession::Options options;
        options.speed = 1;
        options.autoPlay = false;
        QString error;
        const std::unique_ptr<drill::DrillSession> drill = drill::DrillSession::start(options, &error);
        QVERIFY2(drill, qPrintable(error));
        // 19:16: Telegram runs with groupPolicy "open" and tools.elevated on.
        drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(test::jst(12, 19, 16)));
        test::ConsoleSession console(*drill, dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(QTest::qWaitFor([&console] { return console.session->isCaughtUp(); }, 20000));

        SystemClock clock;
        alerts::AlertPolicy policy(clock); // no lanes fed: the colour is the finding's alone
        alerts::GatewayConcerns concerns(clock);
        TrayAlerts tray(policy, concerns);
        policy::PolicyCenter center(console.session->monitor(), nullptr, QStringLiteral("drill"),
                                    std::nullopt, QStringLiteral("not on this machine"));
        concerns.follow(QStringLiteral("drill"), QStringLiteral("home"), center);
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Neutral));

        center.refresh();
        const QString line =
            QStringLiteral("Telegram on home: Open group/DM policy with elevated tools enabled (CRITICAL)");
        QTRY_VERIFY2_WITH_TIMEOUT(tray.toolTip().contains(line), qPrintable(tray.toolTip()), 10000);
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Critical));

        // The one-click fix: the finding's patch, previewed and written; the audit runs again.
        const policy::Finding *finding = center.audit().finding(kCritical);
        QVERIFY(finding && finding->fix);
        QString problem;
        QVERIFY2(center.writer().preview(*finding->fix, &problem), qPrintable(problem));
        center.writer().apply();
        QTRY_VERIFY_WITH_TIMEOUT(!tray.toolTip().contains(QLatin1String("(CRITICAL)")), 10000);
        QCOMPARE(drill->world()->config().config()[u"channels"][u"telegram"][u"groupPolicy"].toString(),
                 QStringLiteral("allowlist"));
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Neutral));
    }
};

} // namespace sb

QTEST_MAIN(sb::TestTrayFleet)
#include "TestTrayFleet.moc"

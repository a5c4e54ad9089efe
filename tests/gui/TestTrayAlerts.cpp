#include "app/alerts/AlertPolicy.h"
#include "app/alerts/GatewayConcerns.h"
#include "app/platform/Clock.h"
#include "app/policy/PolicyAudit.h"
#include "ui/TrayAlerts.h"

#include <QAction>
#include <QImage>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using sb::LaneKey;
using sb::LaneState;
using sb::Severity;
using sb::TrayAlerts;
using sb::alerts::AlertPolicy;
using sb::alerts::GatewayConcerns;
using sb::fleet::LinkState;

namespace {

constexpr qint64 kMinute = 60 * 1000;

sb::health::Transition transition(const char *channel, LaneState from, LaneState to)
{
    sb::health::Transition t;
    t.lane = LaneKey{QStringLiteral("gw"), QLatin1String(channel), QStringLiteral("default")};
    t.from = from;
    t.to = to;
    t.reason = sb::health::Reason::verbatim(QStringLiteral("connection closed"));
    return t;
}

QColor centre(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(32, 32)).toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

struct Notification
{
    QString title;
    QString body;
    Severity severity;
};

} // namespace

// The tray over an AlertPolicy and the gateways' concerns on virtual time. Offscreen there is no system tray:
// the icon, tooltip, menu and notifier must work without one.
class TestTrayAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void worksWithoutASystemTray()
    {
        sb::ManualClock clock;
        AlertPolicy policy(clock);
        GatewayConcerns concerns(clock);
        TrayAlerts tray(policy, concerns);
        if (!QSystemTrayIcon::isSystemTrayAvailable())
            QVERIFY(!tray.trayIcon());
        QVERIFY(tray.menu());
        QVERIFY(!tray.icon().isNull());
        QCOMPARE(tray.toolTip(), QStringLiteral("Switchboard: 0 lanes need attention"));
    }

    void muteActionMutesThePolicyAndUnmuteUndoesIt()
    {
        sb::ManualClock clock;
        AlertPolicy policy(clock);
        GatewayConcerns concerns(clock);
        TrayAlerts tray(policy, concerns);
        QAction *mute = tray.menu()->findChild<QAction *>(QStringLiteral("muteAlertsAction"));
        QAction *unmute = tray.menu()->findChild<QAction *>(QStringLiteral("unmuteAlertsAction"));
        QVERIFY(mute && unmute);
        QVERIFY(mute->isVisible());
        QVERIFY(!unmute->isVisible());
        QCOMPARE(mute->text(), QStringLiteral("Mute alerts for 1 hour"));

        mute->trigger();
        QVERIFY(policy.isMuted());
        QCOMPARE(policy.mutedUntilMs(), clock.nowMs() + 60 * kMinute);
        QVERIFY(!mute->isVisible());
        QVERIFY(unmute->isVisible());
        QVERIFY2(tray.toolTip().contains(QLatin1String("muted")), qPrintable(tray.toolTip()));

        unmute->trigger();
        QVERIFY(!policy.isMuted());
        QVERIFY(mute->isVisible());

        // A mute that runs out on (virtual) time flips the menu back too.
        mute->trigger();
        clock.advanceMs(60 * kMinute);
        policy.refreshMute();
        QVERIFY(mute->isVisible());
        QVERIFY(!unmute->isVisible());
    }

    void notificationsReachTheNotifierAndNotWhileMuted()
    {
        sb::ManualClock clock;
        AlertPolicy policy(clock);
        GatewayConcerns concerns(clock);
        TrayAlerts tray(policy, concerns);
        QList<Notification> shown;
        tray.setNotifier([&shown](const QString &title, const QString &body, Severity severity) {
            shown.append({title, body, severity});
        });

        policy.onTransition(transition("whatsapp", LaneState::Healthy, LaneState::LoggedOut));
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).severity, Severity::Critical);
        QVERIFY2(shown.at(0).title.contains(QLatin1String("gw/whatsapp/default")),
                 qPrintable(shown.at(0).title));
        QVERIFY2(shown.at(0).body.contains(QLatin1String("connection closed")), qPrintable(shown.at(0).body));

        tray.muteAction()->trigger();
        clock.advanceMs(kMinute);
        policy.onTransition(transition("signal", LaneState::Healthy, LaneState::Blocked));
        QCOMPARE(shown.size(), 1);

        clock.advanceMs(60 * kMinute);
        policy.onTransition(transition("telegram", LaneState::Healthy, LaneState::Stopped));
        QCOMPARE(shown.size(), 2);
        QVERIFY(tray.muteAction()->isVisible()); // the transition noticed the mute had ended
    }

    void iconColourFollowsTheWorstSeverity()
    {
        sb::ManualClock clock;
        AlertPolicy policy(clock);
        GatewayConcerns concerns(clock);
        TrayAlerts tray(policy, concerns);
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Neutral));

        policy.onTransition(transition("whatsapp", LaneState::Unknown, LaneState::Healthy));
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Ok));
        QCOMPARE(centre(tray.icon()), QColor(0x2f, 0x9e, 0x44));

        policy.onTransition(transition("signal", LaneState::Healthy, LaneState::Reconnecting));
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Attention));
        QCOMPARE(tray.toolTip(), QStringLiteral("Switchboard: 1 lane needs attention"));

        policy.onTransition(transition("whatsapp", LaneState::Healthy, LaneState::LoggedOut));
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Critical));
        QCOMPARE(tray.toolTip(), QStringLiteral("Switchboard: 2 lanes need attention"));

        policy.onTransition(transition("whatsapp", LaneState::LoggedOut, LaneState::Healthy));
        policy.onTransition(transition("signal", LaneState::Reconnecting, LaneState::Healthy));
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Ok));
        QVERIFY(TrayAlerts::colorFor(Severity::Ok) != TrayAlerts::colorFor(Severity::Critical));
    }

    // The lesson of 2026-02-12: a gateway that cannot be seen says nothing about its lanes, so
    // their last "healthy" must not keep the tray green.
    void aGatewayThatCannotBeSeenOutranksItsLanesLastOk()
    {
        // 14:05 on the machine's own clock: the tooltip speaks in local time.
        sb::ManualClock clock(QDateTime(QDate(2026, 2, 12), QTime(14, 5)));
        AlertPolicy policy(clock);
        GatewayConcerns concerns(clock);
        TrayAlerts tray(policy, concerns);
        policy.onTransition(transition("telegram", LaneState::Unknown, LaneState::Healthy));

        // The first connect under way has lost nothing yet.
        concerns.setLink(QStringLiteral("gw"), QStringLiteral("home"), LinkState::Connecting);
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Ok));
        concerns.setLink(QStringLiteral("gw"), QStringLiteral("home"), LinkState::Live);
        QCOMPARE(tray.toolTip(), QStringLiteral("Switchboard: 0 lanes need attention"));

        concerns.setLink(QStringLiteral("gw"), QStringLiteral("home"), LinkState::Reconnecting,
                         QStringLiteral("connection refused"));
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Attention));
        QCOMPARE(tray.toolTip(), QStringLiteral("Switchboard: 0 lanes need attention\n"
                                                "home: unreachable since 14:05 (connection refused)"));
        QCOMPARE(policy.laneSeverity(transition("telegram", LaneState::Unknown, LaneState::Healthy).lane),
                 Severity::Ok); // the lane itself still says what it last said

        // Back on the socket but not yet caught up: still not seen, still since 14:05.
        clock.advanceMs(7 * kMinute);
        concerns.setLink(QStringLiteral("gw"), QStringLiteral("home"), LinkState::Connecting);
        concerns.setLink(QStringLiteral("gw"), QStringLiteral("home"), LinkState::CatchingUp);
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Attention));
        QVERIFY2(tray.toolTip().contains(QLatin1String("home: unreachable since 14:05")),
                 qPrintable(tray.toolTip()));

        concerns.setLink(QStringLiteral("gw"), QStringLiteral("home"), LinkState::Live);
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Ok));
        QCOMPARE(tray.toolTip(), QStringLiteral("Switchboard: 0 lanes need attention"));

        // Given up (auth refused): nothing will change without the operator — red.
        concerns.setLink(QStringLiteral("gw"), QStringLiteral("home"), LinkState::Failed,
                         QStringLiteral("auth refused"));
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Critical));
        QCOMPARE(tray.toolTip(), QStringLiteral("Switchboard: 0 lanes need attention\n"
                                                "home: not connected since 14:12, given up until you act "
                                                "(auth refused)"));
        // Watching stopped by the operator: no longer a concern.
        concerns.setLink(QStringLiteral("gw"), QStringLiteral("home"), LinkState::NotStarted);
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Ok));
    }

    void aCriticalFindingColoursTheTrayUntilItIsGone()
    {
        sb::ManualClock clock;
        AlertPolicy policy(clock);
        GatewayConcerns concerns(clock);
        TrayAlerts tray(policy, concerns);
        policy.onTransition(transition("telegram", LaneState::Unknown, LaneState::Healthy));

        sb::policy::Finding critical;
        critical.checkId = QStringLiteral("security.exposure.open_groups_with_elevated");
        critical.severity = sb::policy::Severity::Critical;
        critical.title = QStringLiteral("Open group/DM policy with elevated tools enabled");
        critical.channel = QStringLiteral("telegram");
        critical.accountId = QStringLiteral("default");
        sb::policy::Finding warning = critical;
        warning.checkId = QStringLiteral("channels.telegram.groups.privacy_mode");
        warning.severity = sb::policy::Severity::Warn;
        warning.title = QStringLiteral("Privacy mode hides group messages");

        // A warning waits in the Allowlists & Security window: the tray stays as the lanes say.
        concerns.setFindings(QStringLiteral("gw"), QStringLiteral("home"), {warning});
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Ok));
        QCOMPARE(tray.toolTip(), QStringLiteral("Switchboard: 0 lanes need attention"));

        concerns.setFindings(QStringLiteral("gw"), QStringLiteral("home"), {critical, warning, critical});
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Critical));
        QCOMPARE(
            tray.toolTip(),
            QStringLiteral("Switchboard: 0 lanes need attention\n"
                           "Telegram on home: Open group/DM policy with elevated tools enabled (CRITICAL)"));

        concerns.setFindings(QStringLiteral("gw"), QStringLiteral("home"), {warning});
        QCOMPARE(centre(tray.icon()), TrayAlerts::colorFor(Severity::Ok));
        QCOMPARE(tray.toolTip(), QStringLiteral("Switchboard: 0 lanes need attention"));
    }

    void showWindowActionAsksForTheWindow()
    {
        sb::ManualClock clock;
        AlertPolicy policy(clock);
        GatewayConcerns concerns(clock);
        TrayAlerts tray(policy, concerns);
        QSignalSpy show(&tray, &TrayAlerts::showWindowRequested);
        tray.showWindowAction()->trigger();
        QCOMPARE(show.size(), 1);
    }
};

QTEST_MAIN(TestTrayAlerts)
#include "TestTrayAlerts.moc"

#include "app/alerts/AlertPolicy.h"
#include "app/platform/Clock.h"
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

// The tray over an AlertPolicy on virtual time. Offscreen there is no system tray: the icon,
// tooltip, menu and notifier must work without one.
class TestTrayAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void worksWithoutASystemTray()
    {
        sb::ManualClock clock;
        AlertPolicy policy(clock);
        TrayAlerts tray(policy);
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
        TrayAlerts tray(policy);
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
        TrayAlerts tray(policy);
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
        TrayAlerts tray(policy);
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

    void showWindowActionAsksForTheWindow()
    {
        sb::ManualClock clock;
        AlertPolicy policy(clock);
        TrayAlerts tray(policy);
        QSignalSpy show(&tray, &TrayAlerts::showWindowRequested);
        tray.showWindowAction()->trigger();
        QCOMPARE(show.size(), 1);
    }
};

QTEST_MAIN(TestTrayAlerts)
#include "TestTrayAlerts.moc"

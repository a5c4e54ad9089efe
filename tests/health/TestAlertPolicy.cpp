// Alert dampening, mute and worst-severity tracking on virtual time (ManualClock): nothing
// here sleeps, every window boundary is exact.
#include "app/alerts/AlertPolicy.h"
#include "app/platform/Clock.h"

#include <QSignalSpy>
#include <QTest>

using sb::LaneKey;
using sb::LaneState;
using sb::OperatorAction;
using sb::Severity;
using sb::alerts::AlertPolicy;
using sb::health::Transition;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kT0 = 1'800'000'000'000; // an arbitrary UTC instant

LaneKey lane(const char *channel)
{
    return {QStringLiteral("gw"), QLatin1String(channel), QStringLiteral("default")};
}

Transition transition(const LaneKey &key, LaneState from, LaneState to, const QString &reason = {})
{
    Transition t;
    t.lane = key;
    t.from = from;
    t.to = to;
    t.reason = sb::health::Reason::verbatim(reason);
    return t;
}

// A policy on a manual clock that records every notification.
struct Harness
{
    explicit Harness(AlertPolicy::Options options = {})
        : clock(QDateTime::fromMSecsSinceEpoch(kT0, Qt::UTC))
        , policy(clock, options)
    {
        QObject::connect(
            &policy, &AlertPolicy::notify, &policy,
            [this](const LaneKey &, const Transition &t, const QString &title, const QString &body) {
                sent.append(t);
                titles.append(title);
                bodies.append(body);
            });
    }

    void at(qint64 offsetMs, const Transition &t)
    {
        clock.set(QDateTime::fromMSecsSinceEpoch(kT0 + offsetMs, Qt::UTC));
        Transition stamped = t;
        stamped.at = kT0 + offsetMs;
        policy.onTransition(stamped);
    }

    void moveTo(qint64 offsetMs) { clock.set(QDateTime::fromMSecsSinceEpoch(kT0 + offsetMs, Qt::UTC)); }

    sb::ManualClock clock;
    AlertPolicy policy;
    QList<Transition> sent;
    QStringList titles;
    QStringList bodies;
};

AlertPolicy::Options strikes(int n)
{
    AlertPolicy::Options options;
    options.strikes = n;
    return options;
}

} // namespace

class TestAlertPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreTheDocumentedOnes()
    {
        const AlertPolicy::Options options;
        QCOMPARE(options.strikes, 2);
        QCOMPARE(options.dampeningWindowMs, 10 * kMinute);
        QCOMPARE(options.repeatWindowMs, 30 * kMinute);
    }

    void onlyTransitionsNotifyOneEach()
    {
        Harness h(strikes(1));
        const LaneKey wa = lane("whatsapp");
        h.at(0, transition(wa, LaneState::Healthy, LaneState::Reconnecting,
                           QStringLiteral("connection closed")));
        QCOMPARE(h.sent.size(), 1);
        QCOMPARE(h.sent.at(0).to, LaneState::Reconnecting);
        QVERIFY2(h.titles.at(0).contains(QLatin1String("gw/whatsapp/default")), qPrintable(h.titles.at(0)));
        QVERIFY2(h.bodies.at(0).contains(QLatin1String("connection closed")), qPrintable(h.bodies.at(0)));

        // A "transition" into the same state is no transition.
        h.at(kMinute, transition(wa, LaneState::Reconnecting, LaneState::Reconnecting));
        QCOMPARE(h.sent.size(), 1);

        // Each distinct worsening transition notifies once, not twice.
        h.at(2 * kMinute, transition(wa, LaneState::Reconnecting, LaneState::Degraded));
        QCOMPARE(h.sent.size(), 2);
        QCOMPARE(h.sent.at(1).from, LaneState::Reconnecting);
        QCOMPARE(h.sent.at(1).to, LaneState::Degraded);
    }

    void probationAndImprovementsAreNotNews()
    {
        Harness h(strikes(1));
        const LaneKey wa = lane("whatsapp");
        h.at(0, transition(wa, LaneState::Unknown, LaneState::Probation));           // first seen, connected
        h.at(kMinute, transition(wa, LaneState::Degraded, LaneState::Reconnecting)); // better than before
        h.at(2 * kMinute, transition(wa, LaneState::Reconnecting, LaneState::Probation));
        h.at(3 * kMinute, transition(wa, LaneState::Probation, LaneState::Disabled));
        QCOMPARE(h.sent.size(), 0);
    }

    void dampeningNeedsNStrikesInTheWindow()
    {
        Harness h(strikes(3));
        const LaneKey wa = lane("whatsapp");
        h.at(0, transition(wa, LaneState::Healthy, LaneState::Reconnecting)); // strike 1
        h.at(kMinute, transition(wa, LaneState::Reconnecting, LaneState::Probation));
        h.at(2 * kMinute, transition(wa, LaneState::Probation, LaneState::Reconnecting)); // strike 2
        QCOMPARE(h.sent.size(), 0); // N-1 strikes: silent
        h.at(3 * kMinute, transition(wa, LaneState::Reconnecting, LaneState::Probation));
        QCOMPARE(h.sent.size(), 0);
        h.at(4 * kMinute, transition(wa, LaneState::Probation, LaneState::Degraded)); // strike 3
        QCOMPARE(h.sent.size(), 1);                                                   // the Nth: exactly one
        QCOMPARE(h.sent.at(0).to, LaneState::Degraded);
    }

    void strikesOutsideTheWindowDoNotCount()
    {
        Harness h; // strikes 2, window 10 min
        const LaneKey wa = lane("whatsapp");
        h.at(0, transition(wa, LaneState::Healthy, LaneState::Reconnecting));
        h.at(kMinute, transition(wa, LaneState::Reconnecting, LaneState::Probation));
        // Exactly one window later the first strike has expired: this is strike 1 again.
        h.at(10 * kMinute, transition(wa, LaneState::Probation, LaneState::Reconnecting));
        QCOMPARE(h.sent.size(), 0);
        h.at(11 * kMinute, transition(wa, LaneState::Reconnecting, LaneState::Probation));
        h.at(12 * kMinute, transition(wa, LaneState::Probation, LaneState::Reconnecting));
        QCOMPARE(h.sent.size(), 1);
    }

    void strikesAreCountedPerLane()
    {
        Harness h;
        h.at(0, transition(lane("whatsapp"), LaneState::Healthy, LaneState::Reconnecting));
        h.at(kMinute, transition(lane("signal"), LaneState::Healthy, LaneState::Reconnecting));
        QCOMPARE(h.sent.size(), 0);
        h.at(2 * kMinute, transition(lane("signal"), LaneState::Probation, LaneState::Reconnecting));
        QCOMPARE(h.sent.size(), 1);
        QCOMPARE(h.sent.at(0).lane, lane("signal"));
    }

    void criticalIsNotifiedAtOnce()
    {
        Harness h(strikes(5));
        const LaneKey wa = lane("whatsapp");
        Transition loggedOut = transition(wa, LaneState::Reconnecting, LaneState::LoggedOut);
        loggedOut.action = OperatorAction::Relink;
        loggedOut.code = 401;
        h.at(0, loggedOut);
        QCOMPARE(h.sent.size(), 1);
        QVERIFY2(h.bodies.at(0).contains(QLatin1String("401")), qPrintable(h.bodies.at(0)));
        // From one critical state to another is news too, even if not "worse".
        h.at(kMinute, transition(wa, LaneState::LoggedOut, LaneState::Conflict));
        QCOMPARE(h.sent.size(), 2);
    }

    void theSameTransitionIsNotRepeatedWithinTheRepeatWindow()
    {
        Harness h(strikes(1));
        const LaneKey wa = lane("whatsapp");
        h.at(0, transition(wa, LaneState::Probation, LaneState::Reconnecting));
        h.at(kMinute, transition(wa, LaneState::Reconnecting, LaneState::Probation));
        h.at(2 * kMinute, transition(wa, LaneState::Probation, LaneState::Reconnecting));
        h.at(29 * kMinute, transition(wa, LaneState::Probation, LaneState::Reconnecting));
        QCOMPARE(h.sent.size(), 1);
        // A different transition of the same lane is not a repeat.
        h.at(29 * kMinute + 1, transition(wa, LaneState::Reconnecting, LaneState::Blocked));
        QCOMPARE(h.sent.size(), 2);
        // Once the window has passed since the last *sent* one, it may be told again.
        h.at(30 * kMinute, transition(wa, LaneState::Probation, LaneState::Reconnecting));
        QCOMPARE(h.sent.size(), 3);
        // The same transition on another lane is not a repeat either.
        h.at(30 * kMinute, transition(lane("signal"), LaneState::Probation, LaneState::Reconnecting));
        QCOMPARE(h.sent.size(), 4);
    }

    void recoveryIsToldOnceAndOnlyAfterAnAlert()
    {
        Harness h;
        const LaneKey wa = lane("whatsapp");
        const LaneKey sig = lane("signal");
        // Signal dropped once (dampened, never alerted) and recovered: stays quiet.
        h.at(0, transition(sig, LaneState::Healthy, LaneState::Reconnecting));
        h.at(kMinute, transition(sig, LaneState::Reconnecting, LaneState::Probation));
        h.at(2 * kMinute, transition(sig, LaneState::Probation, LaneState::Healthy));
        QCOMPARE(h.sent.size(), 0);

        h.at(3 * kMinute, transition(wa, LaneState::Healthy, LaneState::LoggedOut));
        h.at(4 * kMinute, transition(wa, LaneState::LoggedOut, LaneState::Probation));
        h.at(5 * kMinute, transition(wa, LaneState::Probation, LaneState::Healthy));
        QCOMPARE(h.sent.size(), 2);
        QCOMPARE(h.sent.at(1).to, LaneState::Healthy);
        QVERIFY2(h.titles.at(1).contains(QLatin1String("recovered")), qPrintable(h.titles.at(1)));

        // The next healthy → ... → healthy without an alert in between is not announced.
        h.at(40 * kMinute, transition(wa, LaneState::Healthy, LaneState::Reconnecting));
        h.at(41 * kMinute, transition(wa, LaneState::Reconnecting, LaneState::Healthy));
        QCOMPARE(h.sent.size(), 2);
    }

    void nothingWhileMutedAndNotificationsResumeAfterTheMuteEnds()
    {
        Harness h(strikes(1));
        QSignalSpy muted(&h.policy, &AlertPolicy::muteChanged);
        const LaneKey wa = lane("whatsapp");
        h.policy.muteFor(60 * kMinute);
        QVERIFY(h.policy.isMuted());
        QCOMPARE(muted.size(), 1);
        QCOMPARE(muted.at(0).at(0).toBool(), true);

        h.at(kMinute, transition(wa, LaneState::Healthy, LaneState::LoggedOut));
        h.at(2 * kMinute, transition(wa, LaneState::LoggedOut, LaneState::Blocked));
        h.at(59 * kMinute, transition(wa, LaneState::Probation, LaneState::Reconnecting));
        QCOMPARE(h.sent.size(), 0);
        QVERIFY(h.policy.isMuted());
        QCOMPARE(muted.size(), 1);
        // Bookkeeping went on while muted.
        QCOMPARE(h.policy.worst(), Severity::Attention);

        h.moveTo(60 * kMinute);
        QVERIFY(!h.policy.isMuted());
        h.policy.refreshMute();
        QCOMPARE(muted.size(), 2);
        QCOMPARE(muted.at(1).at(0).toBool(), false);
        h.policy.refreshMute();
        QCOMPARE(muted.size(), 2); // said once

        // A suppressed transition was not remembered as sent: it is not a "repeat" now.
        h.at(61 * kMinute, transition(wa, LaneState::Probation, LaneState::Reconnecting));
        QCOMPARE(h.sent.size(), 1);
    }

    void unmuteResumesAtOnceAndAMuteEndsByItselfOnTheNextTransition()
    {
        Harness h(strikes(1));
        QSignalSpy muted(&h.policy, &AlertPolicy::muteChanged);
        const LaneKey wa = lane("whatsapp");
        h.policy.muteFor(60 * kMinute);
        h.policy.unmute();
        QVERIFY(!h.policy.isMuted());
        QCOMPARE(muted.size(), 2);
        h.at(kMinute, transition(wa, LaneState::Healthy, LaneState::Stopped));
        QCOMPARE(h.sent.size(), 1);

        h.policy.muteFor(10 * kMinute);
        QCOMPARE(muted.size(), 3);
        // No refreshMute(): the next transition after the end notices by itself.
        h.at(11 * kMinute + 1, transition(wa, LaneState::Stopped, LaneState::Blocked));
        QCOMPARE(muted.size(), 4);
        QCOMPARE(muted.at(3).at(0).toBool(), false);
        QCOMPARE(h.sent.size(), 2);
    }

    // A mute restored from the settings after a restart ends when it said it would; one that
    // already ended is no mute at all.
    void aMuteRestoredByItsEndTime()
    {
        Harness h(strikes(1));
        QSignalSpy muted(&h.policy, &AlertPolicy::muteChanged);
        const LaneKey wa = lane("whatsapp");
        h.policy.muteUntil(kT0 + 20 * kMinute);
        QVERIFY(h.policy.isMuted());
        QCOMPARE(h.policy.mutedUntilMs(), kT0 + 20 * kMinute);
        h.at(5 * kMinute, transition(wa, LaneState::Healthy, LaneState::Stopped));
        QCOMPARE(h.sent.size(), 0);
        h.at(21 * kMinute, transition(wa, LaneState::Stopped, LaneState::Blocked));
        QCOMPARE(h.sent.size(), 1);

        h.policy.muteUntil(kT0); // the past
        QVERIFY(!h.policy.isMuted());
        QCOMPARE(muted.size(), 2); // on at the restore, off when it ran out; the past changed nothing
    }

    void optionsFromThePreferences()
    {
        sb::MonitoringPreferences preferences;
        preferences.alertStrikes = 4;
        preferences.alertWindowMinutes = 25;
        const AlertPolicy::Options options = AlertPolicy::Options::from(preferences);
        QCOMPARE(options.strikes, 4);
        QCOMPARE(options.dampeningWindowMs, 25 * kMinute);
        QCOMPARE(options.repeatWindowMs, AlertPolicy::Options{}.repeatWindowMs);
    }

    void worstSeverityFollowsTheLanes()
    {
        Harness h;
        QSignalSpy worst(&h.policy, &AlertPolicy::worstChanged);
        QCOMPARE(h.policy.worst(), Severity::Neutral);

        h.at(0, transition(lane("whatsapp"), LaneState::Unknown, LaneState::Healthy));
        h.at(0, transition(lane("signal"), LaneState::Unknown, LaneState::Healthy));
        QCOMPARE(h.policy.worst(), Severity::Ok);
        QCOMPARE(worst.size(), 1);

        h.at(kMinute, transition(lane("signal"), LaneState::Healthy, LaneState::Reconnecting));
        QCOMPARE(h.policy.worst(), Severity::Attention);
        QCOMPARE(h.policy.lanesNeedingAttention(), 1);

        h.at(2 * kMinute, transition(lane("whatsapp"), LaneState::Healthy, LaneState::LoggedOut));
        QCOMPARE(h.policy.worst(), Severity::Critical);
        QCOMPARE(h.policy.lanesNeedingAttention(), 2);
        QCOMPARE(worst.size(), 3);
        QCOMPARE(worst.last().at(0).value<Severity>(), Severity::Critical);

        h.at(3 * kMinute, transition(lane("whatsapp"), LaneState::LoggedOut, LaneState::Probation));
        QCOMPARE(h.policy.worst(), Severity::Attention);
        h.at(4 * kMinute, transition(lane("signal"), LaneState::Reconnecting, LaneState::Probation));
        QCOMPARE(worst.size(), 4); // both Attention now: no change to report

        h.policy.setLaneSeverity(lane("telegram"), Severity::Critical);
        QCOMPARE(h.policy.worst(), Severity::Critical);
        h.policy.removeLane(lane("telegram"));
        QCOMPARE(h.policy.worst(), Severity::Attention);
        QCOMPARE(h.policy.laneCount(), 2);
    }

    // Signal's SSE flurry: the lane enters reconnecting once and drops nine more times without
    // a transition. The drops strike (laneUpdated); the lane alerts once, not per drop, and
    // the recovery is announced.
    void dropsInsideOneReconnectingStretchAlertOnce()
    {
        Harness h;
        const LaneKey sig = lane("signal");
        h.at(0, transition(sig, LaneState::Probation, LaneState::Reconnecting));
        QVERIFY(h.sent.isEmpty()); // one strike: dampened
        sb::health::LaneStatus status;
        status.lane = sig;
        status.state = LaneState::Reconnecting;
        status.reason = sb::health::Reason::verbatim(QStringLiteral("reconnecting"));
        for (int drop = 2; drop <= 10; ++drop) {
            h.moveTo(drop * kMinute);
            status.dropsInARow = drop;
            h.policy.onLaneUpdated(status);
        }
        QCOMPARE(h.sent.size(), 1);
        QCOMPARE(h.sent.first().to, LaneState::Reconnecting);
        QVERIFY(!h.bodies.first().contains(QStringLiteral("→"))); // no "reconnecting → reconnecting"
        // A reason-only update (no new drop) strikes nothing.
        h.moveTo(11 * kMinute);
        h.policy.onLaneUpdated(status);
        QCOMPARE(h.sent.size(), 1);
        h.at(20 * kMinute, transition(sig, LaneState::Probation, LaneState::Healthy));
        QCOMPARE(h.sent.size(), 2);
        QCOMPARE(h.sent.last().to, LaneState::Healthy);
    }
};

QTEST_GUILESS_MAIN(TestAlertPolicy)
#include "TestAlertPolicy.moc"

// The per-lane state machine and incidents on virtual time: flapping, grace, grouping,
// proof completed by time alone, restore after restart.
#include "tests/health/EngineHarness.h"

#include <QSignalSpy>
#include <QTest>

using sb::EventKind;
using sb::LaneKey;
using sb::LaneState;
using sb::test::EngineHarness;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kT0 = 1'800'000'000'000; // an arbitrary UTC instant
LaneKey lane(const char *gateway, const char *channel, const char *account = "default")
{
    return {QLatin1String(gateway), QLatin1String(channel), QLatin1String(account)};
}
} // namespace

class TestHealthEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstConnectionIsProbationNotHealthy()
    {
        EngineHarness h;
        const LaneKey wa = lane("gw", "whatsapp");
        h.start(kT0);
        h.event(wa, kT0, EventKind::Connected);
        QCOMPARE(h.state(wa), LaneState::Probation);
        h.advanceTo(kT0 + 20 * kMinute);
        QCOMPARE(h.state(wa), LaneState::Probation); // time alone is not proof
        QVERIFY(h.opened.isEmpty());                 // ...but a lane first seen connected is no incident
    }

    void tickAloneCompletesTheProof()
    {
        EngineHarness h;
        const LaneKey wa = lane("gw", "whatsapp");
        h.start(kT0);
        h.event(wa, kT0, EventKind::Connected);
        for (int i = 1; i <= 3; ++i)
            h.event(wa, kT0 + i * kMinute, EventKind::DeliveryOk);
        QCOMPARE(h.state(wa), LaneState::Probation);
        h.advanceTo(kT0 + 15 * kMinute - 1);
        QCOMPARE(h.state(wa), LaneState::Probation);
        h.advanceTo(kT0 + 15 * kMinute);
        QCOMPARE(h.state(wa), LaneState::Healthy);
        QCOMPARE(h.transitions.last().at, kT0 + 15 * kMinute);
        QVERIFY(h.transitions.last().reason.text().startsWith(QLatin1String("proven")));
    }

    void disconnectDuringProbationRestartsTheProof()
    {
        EngineHarness h;
        const LaneKey wa = lane("gw", "whatsapp");
        h.start(kT0);
        h.event(wa, kT0, EventKind::Connected);
        for (int i = 1; i <= 3; ++i)
            h.event(wa, kT0 + i * kMinute, EventKind::DeliveryOk);
        h.event(wa, kT0 + 10 * kMinute, EventKind::Disconnected, 428);
        h.event(wa, kT0 + 10 * kMinute + 5000, EventKind::Connected);
        h.advanceTo(kT0 + 20 * kMinute);
        QCOMPARE(h.state(wa), LaneState::Probation);
        QVERIFY(h.engine.status(wa).reason.text().contains(QLatin1String("0 of 3 deliveries proven")));
    }

    // The operator's restart of a live lane: the stop it causes is neither "stopped, not by
    // operator choice" nor a flap, and the connection after it starts a new proof.
    void operatorRestartIsNotAStopOrAFlap()
    {
        EngineHarness h;
        const LaneKey tg = lane("gw", "telegram");
        h.start(kT0);
        h.seedHealthy(tg, kT0);
        QCOMPARE(h.state(tg), LaneState::Healthy);
        const qint64 t = kT0 + 20 * kMinute;
        for (int i = 0; i < 3; ++i) { // three restarts in a row would be flapping if they were drops
            const qint64 at = t + i * 2 * kMinute;
            h.event(tg, at, EventKind::OperatorAction, int(sb::OperatorAction::RestartChannel),
                    QStringLiteral("restart"), sb::EventSource::Operator);
            h.event(tg, at + 100, EventKind::Stopped);
            QCOMPARE(h.state(tg), LaneState::Reconnecting);
            QCOMPARE(h.engine.status(tg).reason.text(),
                     QStringLiteral("restarting at the operator's request"));
            h.event(tg, at + 200, EventKind::Started);
            h.event(tg, at + 900, EventKind::Connected);
            QCOMPARE(h.state(tg), LaneState::Probation);
        }
        QVERIFY(!h.engine.status(tg).flapping);
        for (const auto &transition : h.transitionsOf(tg, t))
            QVERIFY(transition.to != LaneState::Stopped && transition.to != LaneState::Degraded);
        QCOMPARE(h.engine.status(tg).deliveriesProven, 0);

        // Outside the restart window a stop is a stop again.
        h.advanceTo(t + 30 * kMinute);
        h.event(tg, t + 30 * kMinute, EventKind::Stopped);
        QCOMPARE(h.state(tg), LaneState::Stopped);
    }

    // Restarting a lane that is down (stopped after its retry budget) changes nothing until
    // the channel is back; an action without a restart code changes nothing at all.
    void operatorRestartOfADownLaneWaitsForTheChannel()
    {
        EngineHarness h;
        const LaneKey wa = lane("gw", "whatsapp");
        h.start(kT0);
        h.seedHealthy(wa, kT0);
        h.event(wa, kT0 + 20 * kMinute, EventKind::Stopped);
        QCOMPARE(h.state(wa), LaneState::Stopped);
        const auto before = h.transitions.size();
        h.event(wa, kT0 + 21 * kMinute, EventKind::OperatorAction, std::nullopt, QStringLiteral("note"),
                sb::EventSource::Operator);
        QCOMPARE(h.engine.status(wa).action, sb::OperatorAction::RestartChannel);
        h.event(wa, kT0 + 22 * kMinute, EventKind::OperatorAction, int(sb::OperatorAction::RestartChannel),
                QStringLiteral("restart"), sb::EventSource::Operator);
        QCOMPARE(h.state(wa), LaneState::Stopped);
        QCOMPARE(h.engine.status(wa).action, sb::OperatorAction::None); // no second click while it runs
        h.event(wa, kT0 + 22 * kMinute + 500, EventKind::Started);
        QCOMPARE(h.state(wa), LaneState::Reconnecting);
        h.event(wa, kT0 + 22 * kMinute + 3000, EventKind::Connected);
        QCOMPARE(h.state(wa), LaneState::Probation);
        QCOMPARE(h.transitions.size(), before + 2);
    }

    // A restart the gateway never carried out (OpenClaw kept answering "retry") shows no
    // stop; after the window the lane reads as before. One that stopped the lane and never
    // brought it back says so and offers the restart again.
    void aRestartThatNeverHappensExpires()
    {
        EngineHarness h;
        const LaneKey tg = lane("gw", "telegram");
        const LaneKey wa = lane("gw", "whatsapp");
        h.start(kT0);
        h.event(tg, kT0, EventKind::Stopped, std::nullopt, QStringLiteral("network"));
        QCOMPARE(h.engine.status(tg).action, sb::OperatorAction::RestartChannel);
        const QString before = h.engine.status(tg).reason.text();
        h.event(tg, kT0 + kMinute, EventKind::OperatorAction, int(sb::OperatorAction::RestartChannel),
                QStringLiteral("restart"), sb::EventSource::Operator);
        QVERIFY(h.engine.status(tg).reason.text().startsWith(QLatin1String("restart requested")));
        QSignalSpy updated(&h.engine, &sb::health::HealthEngine::laneUpdated);
        h.advanceTo(kT0 + 2 * kMinute + 10 * 1000);
        QCOMPARE(h.state(tg), LaneState::Stopped);
        QCOMPARE(h.engine.status(tg).reason.text(), before);
        QCOMPARE(h.engine.status(tg).action, sb::OperatorAction::RestartChannel);
        QVERIFY(!updated.isEmpty());

        h.seedHealthy(wa, kT0 + 3 * kMinute);
        const qint64 t = kT0 + 30 * kMinute;
        h.event(wa, t, EventKind::OperatorAction, int(sb::OperatorAction::RestartChannel),
                QStringLiteral("restart"), sb::EventSource::Operator);
        h.event(wa, t + 100, EventKind::Stopped);
        QCOMPARE(h.state(wa), LaneState::Reconnecting);
        h.advanceTo(t + 2 * kMinute);
        QCOMPARE(h.state(wa), LaneState::Reconnecting);
        QCOMPARE(h.engine.status(wa).reason.text(),
                 QStringLiteral("the channel has not come back since the operator's restart"));
        QCOMPARE(h.engine.status(wa).action, sb::OperatorAction::RestartChannel);
    }

    void proofIsConfigurablePerChannel()
    {
        EngineHarness h;
        sb::health::HealthPolicy policy;
        policy.proofByChannel.insert(QStringLiteral("telegram"), {2 * kMinute, 1});
        h.engine.setPolicy(policy);
        const LaneKey tg = lane("gw", "telegram");
        const LaneKey wa = lane("gw", "whatsapp");
        h.start(kT0);
        h.event(tg, kT0, EventKind::Connected);
        h.event(wa, kT0, EventKind::Connected);
        h.event(tg, kT0 + kMinute, EventKind::DeliveryOk);
        h.event(wa, kT0 + kMinute, EventKind::DeliveryOk);
        h.advanceTo(kT0 + 3 * kMinute);
        QCOMPARE(h.state(tg), LaneState::Healthy);
        QCOMPARE(h.state(wa), LaneState::Probation);
    }

    void flappingIsDegradedEvenWhenConnected()
    {
        EngineHarness h;
        const LaneKey wa = lane("gw", "whatsapp");
        h.start(kT0 - 20 * kMinute);
        h.seedHealthy(wa, kT0 - 18 * kMinute);
        for (int i = 0; i < 3; ++i) {
            h.event(wa, kT0 + i * 8 * kMinute, EventKind::Disconnected, 499);
            h.event(wa, kT0 + i * 8 * kMinute + 4000, EventKind::Connected);
        }
        QCOMPARE(h.state(wa), LaneState::Degraded);
        const auto status = h.engine.status(wa);
        QVERIFY(status.connected);
        QVERIFY2(status.reason.text().startsWith(QLatin1String("flapping: 3 disconnects in the last 30 min")),
                 qPrintable(status.reason.text()));
        // Flapping opens the incident at once; the grace period only delays the others.
        QCOMPARE(h.opened.size(), 1);
        QCOMPARE(h.opened.first().openedAt, kT0);

        // No deliveries: once the first flap leaves the 30-min window the lane is only on probation.
        h.advanceTo(kT0 + 30 * kMinute + 10 * 1000);
        QCOMPARE(h.state(wa), LaneState::Probation);
        QVERIFY(h.closed.isEmpty()); // a false recovery keeps the incident open
    }

    void twoDisconnectsAreNotFlapping()
    {
        EngineHarness h;
        const LaneKey wa = lane("gw", "whatsapp");
        h.start(kT0);
        h.event(wa, kT0, EventKind::Connected);
        for (int i = 0; i < 2; ++i) {
            h.event(wa, kT0 + (i + 1) * 5 * kMinute, EventKind::Disconnected, 499);
            h.event(wa, kT0 + (i + 1) * 5 * kMinute + 4000, EventKind::Connected);
        }
        QCOMPARE(h.state(wa), LaneState::Probation);
    }

    void graceDelaysTheIncident()
    {
        EngineHarness h;
        const LaneKey wa = lane("gw", "whatsapp");
        h.start(kT0 - 20 * kMinute);
        h.seedHealthy(wa, kT0 - 18 * kMinute);
        h.event(wa, kT0, EventKind::Disconnected, 428);
        h.event(wa, kT0 + 20 * 1000, EventKind::Connected);
        h.advanceTo(kT0 + 59 * 1000);
        QVERIFY(h.opened.isEmpty());
        h.advanceTo(kT0 + 60 * 1000);
        QCOMPARE(h.opened.size(), 1);
        QCOMPARE(h.opened.first().openedAt, kT0); // when it left healthy, not when the grace ran out
        QCOMPARE(h.opened.first().lastState, LaneState::Probation);

        // Proven again: the incident closes, with the proof as its reason.
        for (int i = 1; i <= 3; ++i)
            h.event(wa, kT0 + i * kMinute, EventKind::DeliveryOk);
        h.advanceTo(kT0 + 20 * 1000 + 15 * kMinute);
        QCOMPARE(h.state(wa), LaneState::Healthy);
        QCOMPARE(h.closed.size(), 1);
        QCOMPARE(*h.closed.first().closedAt, kT0 + 20 * 1000 + 15 * kMinute);
        QVERIFY(!h.engine.openIncidentFor(wa).has_value());
    }

    void graceIsConfigurableAndDisabledOnPurposeIsNoIncident()
    {
        EngineHarness h;
        sb::health::HealthPolicy policy;
        policy.incidentGraceMs = 5 * kMinute;
        h.engine.setPolicy(policy);
        const LaneKey wa = lane("gw", "whatsapp");
        const LaneKey tg = lane("gw", "telegram");
        h.start(kT0 - 20 * kMinute);
        h.seedHealthy(wa, kT0 - 18 * kMinute);
        h.seedHealthy(tg, kT0 - 18 * kMinute);
        h.event(wa, kT0, EventKind::Disconnected, 428);
        h.event(tg, kT0, EventKind::Disabled, std::nullopt, {}, sb::EventSource::Operator);
        h.advanceTo(kT0 + 4 * kMinute);
        QVERIFY(h.opened.isEmpty());
        h.advanceTo(kT0 + 5 * kMinute);
        QCOMPARE(h.opened.size(), 1);
        QCOMPARE(h.opened.first().lane, wa);
        h.advanceTo(kT0 + 60 * kMinute);
        QCOMPARE(h.state(tg), LaneState::Disabled);
        QCOMPARE(h.opened.size(), 1);
    }

    void lanesDownTogetherShareAGroup()
    {
        EngineHarness h;
        const LaneKey wa = lane("gw1", "whatsapp");
        const LaneKey tg = lane("gw1", "telegram");
        const LaneKey sig = lane("gw1", "signal", "+15550100");
        const LaneKey wa2 = lane("gw1", "whatsapp", "second");
        const LaneKey other = lane("gw2", "whatsapp");
        h.start(kT0 - 20 * kMinute);
        for (const LaneKey &key : {wa, tg, sig, wa2, other})
            h.seedHealthy(key, kT0 - 18 * kMinute);

        h.event(wa, kT0, EventKind::Disconnected, 503);
        h.event(other, kT0 + 30 * 1000, EventKind::Disconnected, 503);
        h.event(tg, kT0 + 90 * 1000, EventKind::Disconnected, std::nullopt, QStringLiteral("fetch failed"));
        h.event(sig, kT0 + 3 * kMinute, EventKind::Disconnected, std::nullopt, QStringLiteral("SSE lost"));
        h.event(wa2, kT0 + 20 * kMinute, EventKind::Disconnected, 428);
        h.advanceTo(kT0 + 25 * kMinute);
        QCOMPARE(h.opened.size(), 5);

        QHash<LaneKey, sb::health::Incident> byLane;
        for (const auto &incident : h.opened)
            byLane.insert(incident.lane, incident);
        QCOMPARE(byLane[wa].groupId, byLane[wa].id);
        QCOMPARE(byLane[tg].groupId, byLane[wa].groupId);     // 90 s after wa
        QCOMPARE(byLane[sig].groupId, byLane[wa].groupId);    // 90 s after tg: chained
        QVERIFY(byLane[other].groupId != byLane[wa].groupId); // another gateway
        QVERIFY(byLane[wa2].groupId != byLane[wa].groupId);   // twenty minutes later
        QCOMPARE(byLane[wa2].groupId, byLane[wa2].id);
    }

    void forbiddenIsBlockedRightAway()
    {
        EngineHarness h;
        const LaneKey wa = lane("gw", "whatsapp");
        h.start(kT0 - 20 * kMinute);
        h.seedHealthy(wa, kT0 - 18 * kMinute);
        h.event(wa, kT0, EventKind::Disconnected, 403);
        QCOMPARE(h.state(wa), LaneState::Blocked);
        QVERIFY(h.engine.status(wa).reason.text().contains(QLatin1String("possible ban")));
        // The gateway keeps retrying 403 (OpenClaw does not special-case it); a retry does not
        // talk the lane out of blocked.
        h.event(wa, kT0 + 5000, EventKind::ReconnectScheduled, std::nullopt,
                QStringLiteral("Retry 1/12 in 2.1s"));
        h.event(wa, kT0 + 9000, EventKind::Disconnected, 428);
        QCOMPARE(h.state(wa), LaneState::Blocked);
    }

    void loggedOutThenStoppedStaysLoggedOut()
    {
        EngineHarness h;
        const LaneKey wa = lane("gw", "whatsapp");
        h.start(kT0);
        h.event(wa, kT0, EventKind::Connected);
        h.event(wa, kT0 + kMinute, EventKind::Disconnected, 401);
        h.event(wa, kT0 + kMinute + 1, EventKind::Stopped);
        QCOMPARE(h.state(wa), LaneState::LoggedOut);
        QCOMPARE(h.engine.status(wa).actionText(),
                 QStringLiteral("Re-link the account (scan a new QR code)"));
    }

    void retryBudgetExhaustedIsBlocked()
    {
        EngineHarness h;
        const LaneKey wa = lane("gw", "whatsapp");
        h.start(kT0);
        h.event(wa, kT0, EventKind::Connected);
        h.event(wa, kT0 + kMinute, EventKind::Disconnected, 428);
        h.event(wa, kT0 + 6 * kMinute, EventKind::RetryBudgetExhausted, std::nullopt,
                QStringLiteral("max attempts reached (12/12)"));
        QCOMPARE(h.state(wa), LaneState::Blocked);
        QCOMPARE(h.engine.status(wa).action, sb::OperatorAction::RestartChannel);
        h.event(wa, kT0 + 7 * kMinute, EventKind::Started);
        QCOMPARE(h.state(wa), LaneState::Blocked); // only a connection ends it
        h.event(wa, kT0 + 8 * kMinute, EventKind::Connected);
        QCOMPARE(h.state(wa), LaneState::Probation);
    }

    void everyTransitionCarriesReasonAndAction()
    {
        EngineHarness h;
        const LaneKey wa = lane("gw", "whatsapp");
        h.start(kT0);
        h.event(wa, kT0, EventKind::Connected);
        h.event(wa, kT0 + kMinute, EventKind::Disconnected, 440);
        QCOMPARE(h.transitions.size(), 2);
        for (const auto &t : h.transitions) {
            QVERIFY(!t.reason.text().isEmpty());
            QVERIFY(!t.actionText().isEmpty());
            QVERIFY(!t.ruleId.isEmpty());
        }
        QCOMPARE(h.transitions.last().to, LaneState::Conflict);
        QCOMPARE(h.transitions.last().action, sb::OperatorAction::ResolveConflict);
        QCOMPARE(h.transitions.last().retryable, false);
        QCOMPARE(*h.transitions.last().code, 440);
    }

    void restoreContinuesOpenIncidents()
    {
        EngineHarness h;
        const LaneKey wa = lane("gw", "whatsapp");
        sb::health::Incident incident;
        incident.id = 41;
        incident.groupId = 41;
        incident.lane = wa;
        incident.openedAt = kT0 - 30 * kMinute;
        incident.worstState = LaneState::LoggedOut;
        incident.lastState = LaneState::Probation;
        h.engine.restore(
            {{wa, LaneState::Probation, kT0 - 5 * kMinute,
              sb::health::Reason::verbatim(QStringLiteral("restored")), sb::OperatorAction::None}},
            {incident}, 41);
        h.start(kT0);
        QCOMPARE(h.state(wa), LaneState::Probation);
        QCOMPARE(*h.engine.status(wa).openIncidentId, 41);
        // Deliveries before the restart are unknown: three new ones and the rest of the 15 min.
        for (int i = 1; i <= 3; ++i)
            h.event(wa, kT0 + i * kMinute, EventKind::DeliveryOk);
        h.advanceTo(kT0 + 10 * kMinute);
        QCOMPARE(h.state(wa), LaneState::Healthy);
        QCOMPARE(h.closed.size(), 1);
        QCOMPARE(h.closed.first().id, 41);

        h.event(wa, kT0 + 11 * kMinute, EventKind::Disconnected, 428);
        h.advanceTo(kT0 + 13 * kMinute);
        QCOMPARE(h.opened.size(), 1);
        QCOMPARE(h.opened.first().id, 42); // ids continue after the restored ones
    }

    void statusOfAnUnknownLaneIsUnknown()
    {
        EngineHarness h;
        QCOMPARE(h.engine.status(lane("gw", "nope")).state, LaneState::Unknown);
        QVERIFY(!h.engine.hasLane(lane("gw", "nope")));
    }
};

QTEST_GUILESS_MAIN(TestHealthEngine)
#include "TestHealthEngine.moc"

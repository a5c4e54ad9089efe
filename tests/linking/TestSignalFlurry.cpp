// The story's Signal night after the re-registration, from the drill through the console's
// ingest, engine and alert policy: 00:39–00:53 the SSE stream drops ten times. The lane reads
// "reconnecting" with the count of drops, the operator gets one alert for the flurry, not one
// per drop; from 00:53 the first and the consecutive deliveries move the proof until the lane
// is healthy and the count starts again.
#include "app/alerts/AlertPolicy.h"
#include "app/health/HealthEngine.h"
#include "tests/linking/SignalFlowHarness.h"

#include <QSignalSpy>

using sb::LaneState;
using sb::test::jst;

class TestSignalFlurry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flurryReadsAsOneEpisodeAndDeliveriesProveTheLane()
    {
        sb::test::SignalFlowHarness h;
        QVERIFY(h.startAt(jst(13, 0, 20)));
        sb::health::HealthEngine &engine = h.console->engine();
        sb::alerts::AlertPolicy alerts(*h.drill->clock());
        QObject::connect(
            &engine, &sb::health::HealthEngine::laneStateChanged, &alerts,
            [&alerts](const sb::LaneKey &, const sb::health::Transition &t) { alerts.onTransition(t); });
        // As the window wires it (ui/Application): a drop without a transition is news too.
        QObject::connect(&engine, &sb::health::HealthEngine::laneUpdated, &alerts,
                         [&](const sb::LaneKey &lane) { alerts.onLaneUpdated(engine.status(lane)); });
        QList<sb::health::Transition> signalAlerts;
        QObject::connect(
            &alerts, &sb::alerts::AlertPolicy::notify, &alerts,
            [&](const sb::LaneKey &lane, const sb::health::Transition &t, const QString &, const QString &) {
                if (lane == h.lane)
                    signalAlerts << t;
            });

        const int dropsBefore = engine.status(h.lane).dropsInARow;
        // Through the tenth drop (00:52:10), before the stream opens again.
        h.advanceTo(jst(13, 0, 52, 12));
        QTRY_VERIFY_WITH_TIMEOUT(engine.status(h.lane).lastDisconnectAt.value_or(0) >= jst(13, 0, 52, 10),
                                 20000);
        QVERIFY(engine.status(h.lane).dropsInARow >= dropsBefore + 10);
        const sb::health::LaneStatus flurry = engine.status(h.lane);
        QCOMPARE(flurry.state, LaneState::Reconnecting);
        QVERIFY2(flurry.reason.text().contains(QStringLiteral("%1 drops in a row").arg(flurry.dropsInARow)),
                 qPrintable(flurry.reason.text()));

        int reconnectingAlerts = 0;
        for (const sb::health::Transition &t : std::as_const(signalAlerts))
            reconnectingAlerts += t.to == LaneState::Reconnecting ? 1 : 0;
        QCOMPARE(reconnectingAlerts, 1);

        // 00:53 connected; 00:53:20 the first delivery; from 00:54 a heartbeat every 3 min.
        h.advanceTo(jst(13, 0, 53, 30));
        QTRY_COMPARE_WITH_TIMEOUT(engine.status(h.lane).deliveriesProven, 1, 20000);
        QCOMPARE(engine.status(h.lane).state, LaneState::Probation);
        h.advanceTo(jst(13, 0, 57, 30));
        QTRY_VERIFY_WITH_TIMEOUT(engine.status(h.lane).deliveriesProven >= 3, 20000);
        QCOMPARE(engine.status(h.lane).state, LaneState::Probation); // 15 min connected not yet up

        h.advanceTo(jst(13, 1, 10));
        QTRY_COMPARE_WITH_TIMEOUT(engine.status(h.lane).state, LaneState::Healthy, 20000);
        QCOMPARE(engine.status(h.lane).dropsInARow, 0);
        QVERIFY(!signalAlerts.isEmpty());
        QCOMPARE(signalAlerts.last().to, LaneState::Healthy); // the recovery is announced once
    }
};

QTEST_GUILESS_MAIN(TestSignalFlurry)
#include "TestSignalFlurry.moc"

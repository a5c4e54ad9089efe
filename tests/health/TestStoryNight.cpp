// The night of story/incident-2026-02-12.txt, on virtual time, event by event.
#include "tests/health/EngineHarness.h"

#include <QTest>

using sb::EventKind;
using sb::EventSource;
using sb::LaneKey;
using sb::LaneState;
using sb::test::EngineHarness;

namespace {
const LaneKey kWhatsApp{QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")};
const LaneKey kSignal{QStringLiteral("gw"), QStringLiteral("signal"), QStringLiteral("+15550100")};
constexpr qint64 kMinute = 60 * 1000;
} // namespace

class TestStoryNight : public QObject
{
    Q_OBJECT

private:
    // A transient drop the gateway recovers from seconds later.
    static void blip(EngineHarness &h, qint64 at, int code, const QString &detail)
    {
        h.event(kWhatsApp, at, EventKind::Disconnected, code, detail, EventSource::LogLine);
        h.event(kWhatsApp, at + 3000, EventKind::ReconnectScheduled, std::nullopt,
                QStringLiteral("Retry 1/12 in 2.16s"), EventSource::LogLine);
        h.event(kWhatsApp, at + 6000, EventKind::Connected);
    }

    // The morning up to the 401: 499s from 00:34, then 428 nine times, a few deliveries in
    // between but never three on one connection, so the lane is never proven again.
    static void whatsappMorning(EngineHarness &h)
    {
        h.start(EngineHarness::jst(22, 30, 0, -1));
        h.seedHealthy(kWhatsApp, EngineHarness::jst(22, 40, 0, -1));
        QCOMPARE(h.state(kWhatsApp), LaneState::Healthy);

        blip(h, EngineHarness::jst(0, 34), 499, QStringLiteral("watchdog-timeout"));
        blip(h, EngineHarness::jst(1, 32), 499, QStringLiteral("watchdog-timeout"));
        const int hours428[9][2] = {{1, 55}, {2, 5},  {2, 12},  {3, 30}, {5, 10},
                                    {7, 45}, {9, 20}, {10, 40}, {11, 50}};
        for (const auto &hm : hours428) {
            const qint64 at = EngineHarness::jst(hm[0], hm[1]);
            blip(h, at, 428, QStringLiteral("Connection Terminated"));
            h.event(kWhatsApp, at + 5 * kMinute, EventKind::DeliveryOk, std::nullopt, {},
                    EventSource::HeartbeatEvent);
            h.event(kWhatsApp, at + 6 * kMinute, EventKind::DeliveryOk, std::nullopt, {},
                    EventSource::HeartbeatEvent);
        }
        h.event(kWhatsApp, EngineHarness::jst(12, 20), EventKind::Disconnected, 401,
                QStringLiteral("Connection Failure (odn)"), EventSource::LogLine);
        h.event(kWhatsApp, EngineHarness::jst(12, 20, 1), EventKind::Stopped);
    }

    static void whatsappRelink(EngineHarness &h)
    {
        h.event(kWhatsApp, EngineHarness::jst(18, 50), EventKind::LinkStarted, std::nullopt, {},
                EventSource::Operator);
        h.event(kWhatsApp, EngineHarness::jst(18, 56, 30), EventKind::Disconnected, 515,
                QStringLiteral("restart required"), EventSource::LogLine);
        h.event(kWhatsApp, EngineHarness::jst(18, 57), EventKind::Linked);
        h.event(kWhatsApp, EngineHarness::jst(18, 58), EventKind::DeliveryOk, std::nullopt,
                QStringLiteral("test message"), EventSource::ConsoleSend);
        h.event(kWhatsApp, EngineHarness::jst(19, 0), EventKind::DeliveryOk, std::nullopt,
                QStringLiteral("test message"), EventSource::ConsoleSend);
    }

private Q_SLOTS:
    void whatsappEndsBlockedAsPossibleBanWithoutPassingThroughHealthy()
    {
        EngineHarness h;
        whatsappMorning(h);
        QVERIFY(h.wasEver(kWhatsApp, LaneState::Degraded, EngineHarness::jst(0, 0))); // 01:55, 02:05, 02:12
        QCOMPARE(h.state(kWhatsApp), LaneState::LoggedOut);
        QCOMPARE(h.engine.status(kWhatsApp).action, sb::OperatorAction::Relink);

        whatsappRelink(h);
        QCOMPARE(h.state(kWhatsApp), LaneState::Probation);
        h.advanceTo(EngineHarness::jst(19, 1));
        // The words switchboardctl shows mid-story.
        QVERIFY2(h.engine.status(kWhatsApp).reason.text().startsWith(
                     QStringLiteral("re-linked 4 min ago; 2 of 3 deliveries proven")),
                 qPrintable(h.engine.status(kWhatsApp).reason.text()));

        h.event(kWhatsApp, EngineHarness::jst(19, 8), EventKind::DeliveryFailed, 503,
                QStringLiteral("message to Jackie"), EventSource::ConsoleSend);
        QCOMPARE(h.state(kWhatsApp), LaneState::Probation); // one failed send alone is not a verdict
        h.event(kWhatsApp, EngineHarness::jst(19, 8, 20), EventKind::Disabled);
        h.advanceTo(EngineHarness::jst(20, 0));

        const auto status = h.engine.status(kWhatsApp);
        QCOMPARE(status.state, LaneState::Blocked);
        QVERIFY2(status.reason.text().contains(QLatin1String("possible ban")),
                 qPrintable(status.reason.text()));
        QCOMPARE(status.action, sb::OperatorAction::FailOver);
        QVERIFY(!h.wasEver(kWhatsApp, LaneState::Healthy, EngineHarness::jst(18, 57)));
        QVERIFY(!h.wasEver(kWhatsApp, LaneState::Healthy, EngineHarness::jst(0, 34)));

        // One incident, from the first 499 to the end, never closed by the false recovery.
        QCOMPARE(h.opened.size(), 1);
        QCOMPARE(h.opened.first().openedAt, EngineHarness::jst(0, 34));
        QVERIFY(h.closed.isEmpty());
        const auto open = h.engine.openIncidentFor(kWhatsApp);
        QVERIFY(open.has_value());
        QCOMPARE(open->id, h.opened.first().id);
        QCOMPARE(open->worstState, LaneState::Blocked);
    }

    void whatsapp503RightAfterASendOnProbationIsAPossibleBan()
    {
        EngineHarness h;
        whatsappMorning(h);
        whatsappRelink(h);
        // No failed-send event this time: the socket itself closes with 503 a minute after a send.
        h.event(kWhatsApp, EngineHarness::jst(19, 7), EventKind::DeliveryOk, std::nullopt, {},
                EventSource::ConsoleSend);
        QCOMPARE(h.state(kWhatsApp), LaneState::Probation); // 3 deliveries, but only 10 min connected
        h.event(kWhatsApp, EngineHarness::jst(19, 8), EventKind::Disconnected, 503, {}, EventSource::LogLine);
        QCOMPARE(h.state(kWhatsApp), LaneState::Blocked);
        QCOMPARE(h.transitions.last().ruleId, QStringLiteral("whatsapp.503-after-send-on-probation"));
        QVERIFY(h.engine.status(kWhatsApp).reason.text().contains(QLatin1String("possible ban")));
    }

    void sameDropWithoutAFailedSendIsOnlyReconnecting()
    {
        // The control case: a relinked lane that loses its socket (428) without a failed send
        // and long after the last send is reconnecting, not banned.
        EngineHarness h;
        whatsappMorning(h);
        whatsappRelink(h);
        h.event(kWhatsApp, EngineHarness::jst(19, 8), EventKind::Disconnected, 428, {}, EventSource::LogLine);
        QCOMPARE(h.state(kWhatsApp), LaneState::Reconnecting);
    }

    void signalBecomesHealthyOnlyOnceTheProofIsMet()
    {
        EngineHarness h;
        h.start(EngineHarness::jst(0, 15));
        h.event(kSignal, EngineHarness::jst(0, 21), EventKind::RegistrationProblem, std::nullopt,
                QStringLiteral("Captcha required for verification, use --captcha CAPTCHA"),
                EventSource::Operator);
        QCOMPARE(h.engine.status(kSignal).action, sb::OperatorAction::SolveCaptcha);
        h.event(kSignal, EngineHarness::jst(0, 38), EventKind::AuthFailed, 403,
                QStringLiteral("[403] Authorization failed!"), EventSource::Operator);
        QCOMPARE(h.state(kSignal), LaneState::LoggedOut);
        QCOMPARE(h.engine.status(kSignal).action, sb::OperatorAction::ReRegister);
        h.event(kSignal, EngineHarness::jst(0, 39), EventKind::OperatorAction, std::nullopt,
                QStringLiteral("re-registered"), EventSource::Operator);

        // 00:39–00:53: the SSE reconnect flurry. The stream comes up twice and drops; in
        // between every attempt fails at once.
        const QString lost = QStringLiteral("Signal connection lost, reconnecting in 2.258s...");
        h.event(kSignal, EngineHarness::jst(0, 39, 10), EventKind::Connected);
        qint64 t = EngineHarness::jst(0, 39, 40);
        h.event(kSignal, t, EventKind::Disconnected, std::nullopt, lost, EventSource::LogLine);
        for (; t < EngineHarness::jst(0, 45); t += 20 * 1000)
            h.event(kSignal, t, EventKind::Disconnected, std::nullopt, lost, EventSource::LogLine);
        h.event(kSignal, EngineHarness::jst(0, 45, 10), EventKind::Connected);
        for (t = EngineHarness::jst(0, 45, 30); t < EngineHarness::jst(0, 53); t += 15 * 1000)
            h.event(kSignal, t, EventKind::Disconnected, std::nullopt, lost, EventSource::LogLine);
        QCOMPARE(h.state(kSignal), LaneState::Reconnecting);

        // 00:53 connected, first delivery; 00:54 on, steady consecutive deliveries.
        const qint64 connectedAt = EngineHarness::jst(0, 53);
        h.event(kSignal, connectedAt, EventKind::Connected);
        for (t = EngineHarness::jst(0, 53, 30); t < EngineHarness::jst(1, 7); t += 2 * kMinute)
            h.event(kSignal, t, EventKind::DeliveryOk, std::nullopt, {}, EventSource::HeartbeatEvent);
        // One minute before the proof: seven deliveries, fourteen minutes connected.
        h.advanceTo(EngineHarness::jst(1, 7));
        QCOMPARE(h.state(kSignal), LaneState::Probation);
        for (; t < EngineHarness::jst(1, 30); t += 2 * kMinute)
            h.event(kSignal, t, EventKind::DeliveryOk, std::nullopt, {}, EventSource::HeartbeatEvent);

        // Probation until exactly 15 min after 00:53, then healthy.
        const auto transitions = h.transitionsOf(kSignal, connectedAt);
        QVERIFY(!transitions.isEmpty());
        QCOMPARE(transitions.first().to, LaneState::Probation);
        QCOMPARE(transitions.last().to, LaneState::Healthy);
        QCOMPARE(transitions.last().at, connectedAt + 15 * kMinute);
        QCOMPARE(h.state(kSignal), LaneState::Healthy);
        QVERIFY(!h.wasEver(kSignal, LaneState::Degraded)); // retries of one outage are not flapping

        // The registration trouble was an incident; it closed only when the proof was met.
        QCOMPARE(h.opened.size(), 1);
        QCOMPARE(h.opened.first().openedAt, EngineHarness::jst(0, 38));
        QCOMPARE(h.closed.size(), 1);
        QCOMPARE(*h.closed.first().closedAt, connectedAt + 15 * kMinute);
    }

    void signalNeedsThreeDeliveriesNotJustTime()
    {
        EngineHarness h;
        h.start(EngineHarness::jst(0, 50));
        const qint64 connectedAt = EngineHarness::jst(0, 53);
        h.event(kSignal, connectedAt, EventKind::Connected);
        h.event(kSignal, EngineHarness::jst(0, 54), EventKind::DeliveryOk);
        h.event(kSignal, EngineHarness::jst(0, 55), EventKind::DeliveryOk);
        h.advanceTo(EngineHarness::jst(1, 30));
        QCOMPARE(h.state(kSignal), LaneState::Probation);
        QVERIFY(h.engine.status(kSignal).reason.text().contains(QLatin1String("2 of 3 deliveries proven")));
        h.event(kSignal, EngineHarness::jst(1, 31), EventKind::DeliveryOk);
        QCOMPARE(h.state(kSignal), LaneState::Healthy);
        QCOMPARE(h.transitions.last().at, EngineHarness::jst(1, 31));
    }
};

QTEST_GUILESS_MAIN(TestStoryNight)
#include "TestStoryNight.moc"

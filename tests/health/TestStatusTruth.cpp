// The verdicts the real 2026.9.6 gateway showed the engine getting wrong (issue: status truth):
// a stopped Telegram read as "reconnecting" because the delivery queue's retries reached the
// log, a dead signal-cli daemon read "no action needed" for half an hour, a never-linked
// WhatsApp account read "logged-out — re-link", and an unreadable answer that hid a lane.
#include "tests/health/EngineHarness.h"

#include <QTest>

using sb::EventKind;
using sb::EventSource;
using sb::LaneKey;
using sb::LaneState;
using sb::OperatorAction;
using sb::test::EngineHarness;

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kT0 = 1'800'000'000'000;
const LaneKey kTelegram{QStringLiteral("gw"), QStringLiteral("telegram"), QStringLiteral("default")};
const LaneKey kSignal{QStringLiteral("gw"), QStringLiteral("signal"), QStringLiteral("default")};
const LaneKey kWhatsApp{QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")};
const QString kSseLost = QStringLiteral("Signal connection lost, reconnecting in 1s...");
const QString kRefused = QStringLiteral("Error: connect ECONNREFUSED 127.0.0.1:9");
} // namespace

class TestStatusTruth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The gateway's health monitor restarted Telegram, the stop timed out: running:false on every
    // poll. The delivery queue keeps retrying an old send and logs each failure.
    void deliveryRetriesDoNotRestartAStoppedLane()
    {
        EngineHarness h;
        h.start(kT0);
        h.event(kTelegram, kT0, EventKind::Started);
        h.event(kTelegram, kT0 + kMinute, EventKind::Stopped, std::nullopt,
                QStringLiteral("channel stop exceeded 5000 ms"));
        QCOMPARE(h.state(kTelegram), LaneState::Stopped);
        h.event(kTelegram, kT0 + 2 * kMinute, EventKind::DeliveryFailed, std::nullopt,
                QStringLiteral("telegram sendMessage failed: Network request for 'sendMessage' failed!"),
                EventSource::LogLine);
        QCOMPARE(h.state(kTelegram), LaneState::Stopped);
        QCOMPARE(h.status(kTelegram).action, OperatorAction::RestartChannel);
        // The same network failure as a plain log line or a status lastError: the status said the
        // channel does not run, and the status wins.
        h.event(kTelegram, kT0 + 3 * kMinute, EventKind::StatusIssue, std::nullopt,
                QStringLiteral("Network request for 'getUpdates' failed!"), EventSource::LogLine);
        h.event(kTelegram, kT0 + 4 * kMinute, EventKind::ReconnectScheduled, std::nullopt,
                QStringLiteral("reconnect attempt 2"));
        QCOMPARE(h.state(kTelegram), LaneState::Stopped);
        QVERIFY(h.status(kTelegram).reason.text().contains(QLatin1String("stopped")));
        // Only the channel starting again takes it out of "stopped".
        h.event(kTelegram, kT0 + 5 * kMinute, EventKind::Started);
        QCOMPARE(h.state(kTelegram), LaneState::Reconnecting);
    }

    // On a running lane a failed delivery is an outbound failure, not a transport loss.
    void aFailedSendDoesNotTakeAConnectedLaneDown()
    {
        EngineHarness h;
        h.start(kT0);
        h.seedHealthy(kTelegram, kT0);
        QCOMPARE(h.state(kTelegram), LaneState::Healthy);
        h.event(kTelegram, kT0 + 20 * kMinute, EventKind::DeliveryFailed, std::nullopt,
                QStringLiteral("telegram sendMessage failed: Network request for 'sendMessage' failed!"),
                EventSource::LogLine);
        QCOMPARE(h.state(kTelegram), LaneState::Healthy);
        QVERIFY(h.status(kTelegram).connected);
    }

    // The real gateway against a dead daemon port: "Signal stream error: connect ECONNREFUSED"
    // and "Signal connection lost, reconnecting in 1.043s" for ever.
    void reconnectingPastTheLimitNeedsAPerson()
    {
        EngineHarness h;
        h.start(kT0);
        h.engine.setEndpoint(kSignal, QStringLiteral("http://127.0.0.1:9"));
        h.event(kSignal, kT0, EventKind::Started);
        for (qint64 at = kT0 + 10'000; at < kT0 + 30 * kMinute; at += 10'000) {
            h.event(kSignal, at, EventKind::StatusIssue, std::nullopt,
                    QStringLiteral("Error: connect ECONNREFUSED 127.0.0.1:9"), EventSource::LogLine);
            h.event(kSignal, at + 5, EventKind::Disconnected, std::nullopt,
                    QStringLiteral("Signal connection lost, reconnecting in 10s..."), EventSource::LogLine);
            if (at < kT0 + 5 * kMinute)
                QCOMPARE(h.state(kSignal), LaneState::Reconnecting);
        }
        QCOMPARE(h.state(kSignal), LaneState::Blocked);
        const auto status = h.status(kSignal);
        QCOMPARE(status.action, OperatorAction::CheckTransport);
        QCOMPARE(status.ruleId, QStringLiteral("engine.no-connection"));
        QVERIFY2(status.reason.text().contains(QLatin1String("http://127.0.0.1:9")),
                 qPrintable(status.reason.text()));
        QVERIFY2(status.reason.text().contains(QLatin1String("ECONNREFUSED")),
                 qPrintable(status.reason.text()));
        // It went red when the limit ran out, not when the next event happened to arrive.
        const auto changes = h.transitionsOf(kSignal);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.first().to, LaneState::Reconnecting);
        QCOMPARE(changes.last().to, LaneState::Blocked);
        QCOMPARE(changes.last().at, changes.first().at + 5 * kMinute);
        // The first connection ends it: probation, as after any loss.
        h.event(kSignal, kT0 + 31 * kMinute, EventKind::Connected);
        QCOMPARE(h.state(kSignal), LaneState::Probation);
    }

    void theLimitIsThePreference()
    {
        sb::MonitoringPreferences preferences;
        preferences.reconnectLimitMinutes = 20;
        EngineHarness h;
        h.engine.setPolicy(sb::health::HealthPolicy::from(preferences));
        h.start(kT0);
        h.event(kSignal, kT0, EventKind::Disconnected, std::nullopt, kSseLost);
        h.event(kSignal, kT0 + 1, EventKind::StatusIssue, std::nullopt, kRefused);
        h.advanceTo(kT0 + 19 * kMinute);
        QCOMPARE(h.state(kSignal), LaneState::Reconnecting);
        h.advanceTo(kT0 + 21 * kMinute);
        QCOMPARE(h.state(kSignal), LaneState::Blocked);
    }

    // The story's SSE flurry: the stream opens and drops, the daemon answers. That is left to the
    // gateway's retries, however long it takes: "reconnecting", not a call for a person.
    void aStreamThatDropsIsNotUnreachable()
    {
        EngineHarness h;
        h.start(kT0);
        for (qint64 at = kT0; at < kT0 + 12 * kMinute; at += 20'000)
            h.event(kSignal, at, EventKind::Disconnected, std::nullopt, kSseLost, EventSource::LogLine);
        QCOMPARE(h.state(kSignal), LaneState::Reconnecting);
        QCOMPARE(h.status(kSignal).action, OperatorAction::None);
    }

    // A connection in between restarts the count: a flapping lane is degraded, not stuck.
    void aConnectionRestartsTheLimit()
    {
        EngineHarness h;
        h.start(kT0);
        h.event(kSignal, kT0, EventKind::Disconnected, std::nullopt, kSseLost);
        h.event(kSignal, kT0 + 1, EventKind::StatusIssue, std::nullopt, kRefused);
        h.event(kSignal, kT0 + 4 * kMinute, EventKind::Connected);
        h.event(kSignal, kT0 + 5 * kMinute, EventKind::Disconnected, std::nullopt, kSseLost);
        h.event(kSignal, kT0 + 5 * kMinute + 1, EventKind::StatusIssue, std::nullopt, kRefused);
        h.advanceTo(kT0 + 9 * kMinute);
        QCOMPARE(h.state(kSignal), LaneState::Reconnecting);
        h.advanceTo(kT0 + 10 * kMinute);
        QCOMPARE(h.state(kSignal), LaneState::Blocked);
    }

    // channels.status of the real gateway: linked:false, stateReason "not linked", no
    // lastDisconnect. Never linked is not logged out: the action is Link.
    void neverLinkedReadsNotLinkedWithLink()
    {
        EngineHarness h;
        h.start(kT0);
        h.event(kWhatsApp, kT0, EventKind::LoggedOut, std::nullopt, QStringLiteral("not linked"));
        const auto status = h.status(kWhatsApp);
        QVERIFY(status.state != LaneState::LoggedOut);
        QCOMPARE(severity(status.state), sb::Severity::Critical);
        QCOMPARE(status.action, OperatorAction::Link);
        QVERIFY(status.reason.text().startsWith(QLatin1String("not linked")));
        QCOMPARE(sb::actionName(status.action), QStringLiteral("link"));
        QVERIFY(!status.actionText().contains(QLatin1String("Re-link")));
        // A session that existed and was revoked still reads logged-out / re-link.
        h.event(kWhatsApp, kT0 + kMinute, EventKind::LoggedOut, 401, QStringLiteral("Connection Failure"));
        QCOMPARE(h.state(kWhatsApp), LaneState::LoggedOut);
        QCOMPARE(h.status(kWhatsApp).action, OperatorAction::Relink);
    }

    void unreadableAnswersReadUnknown()
    {
        EngineHarness h;
        h.start(kT0);
        h.seedHealthy(kWhatsApp, kT0);
        h.event(kWhatsApp, kT0 + 20 * kMinute, EventKind::Unreadable, std::nullopt,
                QStringLiteral("channelAccounts.whatsapp is an object, not a list"));
        const auto status = h.status(kWhatsApp);
        QCOMPARE(status.state, LaneState::Unknown);
        QVERIFY(!status.connected);
        QVERIFY(status.reason.text().contains(QLatin1String("channelAccounts.whatsapp is an object")));
    }

    void firstSightSinceIsALowerBound()
    {
        EngineHarness h;
        h.start(kT0);
        h.event(kWhatsApp, kT0, EventKind::LoggedOut, std::nullopt, QStringLiteral("not linked"));
        QVERIFY(h.status(kWhatsApp).sinceAtLeast);
        // Restored from the record: the record's since is a fact.
        EngineHarness restored;
        restored.start(kT0);
        restored.engine.restore(
            {sb::health::RestoredLane{kWhatsApp, LaneState::Healthy, kT0 - 60 * kMinute,
                                      sb::health::Reason::verbatim(QStringLiteral("proven")),
                                      OperatorAction::None}},
            {}, 0);
        QCOMPARE(restored.status(kWhatsApp).since, kT0 - 60 * kMinute);
        QVERIFY(!restored.status(kWhatsApp).sinceAtLeast);
    }
};

QTEST_GUILESS_MAIN(TestStatusTruth)
#include "TestStatusTruth.moc"

// Operator actions from the console against the story's drill: a test message is a delivery
// proof like a heartbeat, a failed one says why (and that the gateway queued it), a channel
// restart is the operator's and not "stopped, not by operator choice"; every action lands in
// the hash-chained action log and as a flag event on the lane.
#include "app/drill/ScenarioPlayer.h"
#include "app/ingest/LaneActions.h"
#include "tests/ingest/StoryRun.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sb::EventKind;
using sb::EventSource;
using sb::LaneKey;
using sb::LaneState;
using sb::test::ConsoleSession;
using sb::test::jst;

namespace {

const LaneKey kWhatsApp{QStringLiteral("drill"), QStringLiteral("whatsapp"), QStringLiteral("default")};
const LaneKey kTelegram{QStringLiteral("drill"), QStringLiteral("telegram"), QStringLiteral("default")};
const LaneKey kSignal{QStringLiteral("drill"), QStringLiteral("signal"), QStringLiteral("default")};

std::unique_ptr<sb::drill::DrillSession> drillAt(qint64 at)
{
    sb::drill::DrillSession::Options options;
    options.speed = 1;
    options.autoPlay = false;
    QString error;
    auto drill = sb::drill::DrillSession::start(options, &error);
    if (!drill) {
        qWarning("drill: %s", qPrintable(error));
        return drill;
    }
    drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(at));
    return drill;
}

bool caughtUp(ConsoleSession &console)
{
    return QTest::qWaitFor([&console] { return console.session->isCaughtUp(); }, 20000);
}

// The events the history holds for the lane from `source`, after everything queued is written.
QList<sb::ChannelEvent> storedEvents(ConsoleSession &console, const LaneKey &lane, EventSource source)
{
    console.history.flush();
    QList<sb::ChannelEvent> result;
    for (const sb::ChannelEvent &event :
         console.history.events(lane, 0, std::numeric_limits<qint64>::max())) {
        if (event.source == source)
            result << event;
    }
    return result;
}

} // namespace

class TestLaneActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 19:01: the relinked WhatsApp lane has 2 of its 3 deliveries; the console's own test
    // message is the third.
    void testMessageIsADeliveryProof()
    {
        QTemporaryDir dir;
        auto drill = drillAt(jst(12, 19, 1));
        QVERIFY(drill);
        ConsoleSession console(*drill, dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(caughtUp(console));
        QCOMPARE(console.engine().status(kWhatsApp).state, LaneState::Probation);
        QCOMPARE(console.engine().status(kWhatsApp).deliveriesProven, 2);

        sb::ingest::LaneActions actions(*console.session, &console.history, QStringLiteral("tester"));
        QSignalSpy finished(&actions, &sb::ingest::LaneActions::finished);
        actions.sendTestMessage(kWhatsApp, QStringLiteral("+819012345678"), actions.defaultTestMessage());
        QVERIFY(actions.isBusy(kWhatsApp));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY2(finished.at(0).at(2).toString().contains(QLatin1String("+819012345678")),
                 qPrintable(finished.at(0).at(2).toString()));
        QVERIFY(!actions.isBusy(kWhatsApp));

        QTRY_COMPARE_WITH_TIMEOUT(console.engine().status(kWhatsApp).deliveriesProven, 3, 10000);
        QCOMPARE(console.engine().status(kWhatsApp).state, LaneState::Probation); // 15 min not yet up
        QVERIFY2(console.engine().status(kWhatsApp).reason.contains(QLatin1String("3 of 3 deliveries")),
                 qPrintable(console.engine().status(kWhatsApp).reason));

        const auto sends = storedEvents(console, kWhatsApp, EventSource::ConsoleSend);
        QCOMPARE(sends.size(), 1);
        QCOMPARE(sends.first().kind, EventKind::DeliveryOk);
        const auto flags = storedEvents(console, kWhatsApp, EventSource::Operator);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().kind, EventKind::OperatorAction);
        QVERIFY(flags.first().detail.contains(QLatin1String("+819012345678")));

        const QList<sb::store::ActionRecord> log = console.history.actionLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("send.test"));
        QCOMPARE(log.first().actor, QStringLiteral("tester"));
        QCOMPARE(log.first().lane, kWhatsApp.toString());
        QVERIFY(log.first().detail.contains(QLatin1String("ok")));
        QVERIFY(console.history.verifyActionLog().intact);
    }

    // Signal is switched off at 19:01; the drill answers a send the way OpenClaw does when no
    // listener runs (UNAVAILABLE, OUTBOUND_DELIVERY_QUEUED).
    void failedTestMessageSaysWhyAndThatItIsQueued()
    {
        QTemporaryDir dir;
        auto drill = drillAt(jst(12, 19, 1));
        QVERIFY(drill);
        ConsoleSession console(*drill, dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(caughtUp(console));

        sb::ingest::LaneActions actions(*console.session, &console.history, QStringLiteral("tester"));
        QSignalSpy finished(&actions, &sb::ingest::LaneActions::finished);
        actions.sendTestMessage(kSignal, QStringLiteral("+15555550100"), actions.defaultTestMessage());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        const QString message = finished.at(0).at(2).toString();
        QVERIFY2(message.contains(QLatin1String("ECONNREFUSED")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("queued")), qPrintable(message));

        // The gateway logs the same failure ("outbound send to ... failed"): one occurrence, one
        // event, whichever source told it first.
        const auto failures = [&console] {
            console.history.flush();
            QList<sb::ChannelEvent> found;
            for (const sb::ChannelEvent &e :
                 console.history.events(kSignal, 0, std::numeric_limits<qint64>::max())) {
                if (e.kind == EventKind::DeliveryFailed)
                    found << e;
            }
            return found;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!failures().isEmpty(), 10000);
        // One more log read and release: any second sighting is in after it.
        bool drained = false;
        console.ingestor().catchUp([&drained] { drained = true; });
        QTRY_VERIFY_WITH_TIMEOUT(drained, 10000);
        QCOMPARE(failures().size(), 1);
        QVERIFY(failures().first().source == EventSource::ConsoleSend ||
                failures().first().source == EventSource::LogLine);
        QCOMPARE(console.history.actionLog().size(), 1);
        QVERIFY(console.history.actionLog().first().detail.contains(QLatin1String("failed UNAVAILABLE")));
    }

    // 19:20: Telegram is up. The operator restarts it: the lane goes through the restart
    // without ever reading "stopped", and comes back on probation (a restart proves nothing).
    void restartIsTheOperatorsNotAStop()
    {
        QTemporaryDir dir;
        auto drill = drillAt(jst(12, 19, 20));
        QVERIFY(drill);
        ConsoleSession console(*drill, dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(caughtUp(console));
        QTRY_VERIFY_WITH_TIMEOUT(console.engine().status(kTelegram).connected, 10000);
        QList<LaneState> states;
        connect(&console.engine(), &sb::health::HealthEngine::laneStateChanged, this,
                [&states](const LaneKey &lane, const sb::health::Transition &t) {
                    if (lane == kTelegram)
                        states << t.to;
                });

        sb::ingest::LaneActions actions(*console.session, &console.history, QStringLiteral("tester"));
        QSignalSpy finished(&actions, &sb::ingest::LaneActions::finished);
        actions.restartChannel(kTelegram);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(finished.at(0).at(2).toString()));

        // The status poll sees it running and connected again, with a fresh connection time.
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(LaneState::Probation), 15000);
        QVERIFY2(!states.contains(LaneState::Stopped), qPrintable(QString::number(states.size())));
        QCOMPARE(console.engine().status(kTelegram).state, LaneState::Probation);
        QCOMPARE(console.engine().status(kTelegram).deliveriesProven, 0);

        const auto flags = storedEvents(console, kTelegram, EventSource::Operator);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().code, std::optional<int>(int(sb::OperatorAction::RestartChannel)));
        const QList<sb::store::ActionRecord> log = console.history.actionLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("channels.restart"));
        // As the real gateway does right after a stop, the drill answers the first start with
        // "retry" (task-owned); the console asks again and the second start is handed off.
        QCOMPARE(log.first().detail, QStringLiteral("stop ok; start retry task-owned; start handed-off"));
    }

    void oneActionPerLaneAtATime()
    {
        QTemporaryDir dir;
        auto drill = drillAt(jst(12, 19, 1));
        QVERIFY(drill);
        ConsoleSession console(*drill, dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(caughtUp(console));
        sb::ingest::LaneActions actions(*console.session, &console.history, QStringLiteral("tester"));
        QSignalSpy finished(&actions, &sb::ingest::LaneActions::finished);
        actions.sendTestMessage(kWhatsApp, QStringLiteral("+819012345678"), actions.defaultTestMessage());
        actions.restartChannel(kWhatsApp); // refused at once: the send is still out
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(finished.at(1).at(1).toBool(), true);
        console.history.flush();
        QCOMPARE(console.history.actionLog().size(), 1); // the refusal reached no gateway
    }
};

QTEST_GUILESS_MAIN(TestLaneActions)
#include "TestLaneActions.moc"

// Operator actions from the console against the story's drill: a test message is a delivery
// proof like a heartbeat, a failed one says why (and that the gateway queued it), a channel
// restart is the operator's and not "stopped, not by operator choice"; every action lands in
// the hash-chained action log and as a flag event on the lane.
#include "app/actions/ActionRunner.h"
#include "app/actions/LaneActions.h"
#include "app/drill/ScenarioPlayer.h"
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

const LaneKey kWhatsApp = sb::test::drillLane("whatsapp");
const LaneKey kTelegram = sb::test::drillLane("telegram");
const LaneKey kSignal = sb::test::drillLane("signal");

// The drill paused at a moment of the story, the console watching it with its history, and the
// operator's actions on that session, their outcomes recorded.
struct ActionRun
{
    QTemporaryDir dir;
    std::unique_ptr<sb::drill::DrillSession> drill;
    std::unique_ptr<ConsoleSession> console;
    std::unique_ptr<sb::actions::ActionRunner> runner;
    std::unique_ptr<sb::actions::LaneActions> actions;
    std::unique_ptr<QSignalSpy> finished;

    // False (with a warning) when the drill did not start or the console did not catch up.
    bool startAt(qint64 at)
    {
        sb::drill::DrillSession::Options options;
        options.speed = 1;
        options.autoPlay = false;
        QString error;
        drill = sb::drill::DrillSession::start(options, &error);
        if (!drill) {
            qWarning("drill: %s", qPrintable(error));
            return false;
        }
        drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(at));
        console = std::make_unique<ConsoleSession>(*drill, dir.filePath(QStringLiteral("history.sqlite")));
        if (!QTest::qWaitFor([this] { return console->session->isCaughtUp(); }, 20000))
            return false;
        runner = std::make_unique<sb::actions::ActionRunner>(*console->session, &console->history,
                                                             QStringLiteral("tester"));
        actions = std::make_unique<sb::actions::LaneActions>(*runner);
        finished = std::make_unique<QSignalSpy>(runner.get(), &sb::actions::ActionRunner::finished);
        return true;
    }

    // The events the history holds for the lane from `source`, after everything queued is written.
    QList<sb::ChannelEvent> storedEvents(const LaneKey &lane, EventSource source)
    {
        QList<sb::ChannelEvent> result;
        for (const sb::ChannelEvent &event : allEvents(lane)) {
            if (event.source == source)
                result << event;
        }
        return result;
    }

    QList<sb::ChannelEvent> allEvents(const LaneKey &lane)
    {
        console->history.flush();
        return console->history.events(lane, 0, std::numeric_limits<qint64>::max());
    }

    QList<sb::store::ActionRecord> actionLog()
    {
        console->history.flush();
        return console->history.actionLog();
    }

    bool outcomeOk(int i) const { return finished->at(i).at(1).toBool(); }
    QString outcomeText(int i) const { return finished->at(i).at(2).toString(); }
};

} // namespace

class TestLaneActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 19:01: the relinked WhatsApp lane has 2 of its 3 deliveries; the console's own test
    // message is the third.
    void testMessageIsADeliveryProof()
    {
        ActionRun run;
        QVERIFY(run.startAt(jst(12, 19, 1)));
        sb::health::HealthEngine &engine = run.console->engine();
        QCOMPARE(engine.status(kWhatsApp).state, LaneState::Probation);
        QCOMPARE(engine.status(kWhatsApp).deliveriesProven, 2);

        run.actions->sendTestMessage(kWhatsApp, QStringLiteral("+819012345678"),
                                     sb::actions::LaneActions::defaultTestMessage());
        QVERIFY(run.runner->isBusy(kWhatsApp));
        QTRY_COMPARE_WITH_TIMEOUT(run.finished->count(), 1, 10000);
        QCOMPARE(run.outcomeOk(0), true);
        QVERIFY2(run.outcomeText(0).contains(QLatin1String("+819012345678")), qPrintable(run.outcomeText(0)));
        QVERIFY(!run.runner->isBusy(kWhatsApp));

        QTRY_COMPARE_WITH_TIMEOUT(engine.status(kWhatsApp).deliveriesProven, 3, 10000);
        QCOMPARE(engine.status(kWhatsApp).state, LaneState::Probation); // 15 min not yet up
        QVERIFY2(engine.status(kWhatsApp).reason.text().contains(QLatin1String("3 of 3 deliveries")),
                 qPrintable(engine.status(kWhatsApp).reason.text()));

        const auto sends = run.storedEvents(kWhatsApp, EventSource::ConsoleSend);
        QCOMPARE(sends.size(), 1);
        QCOMPARE(sends.first().kind, EventKind::DeliveryOk);
        const auto flags = run.storedEvents(kWhatsApp, EventSource::Operator);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().kind, EventKind::OperatorAction);
        QVERIFY(flags.first().detail.contains(QLatin1String("+819012345678")));

        const QList<sb::store::ActionRecord> log = run.actionLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("send.test"));
        QCOMPARE(log.first().actor, QStringLiteral("tester"));
        QCOMPARE(log.first().lane, kWhatsApp.toString());
        QVERIFY(log.first().detail.contains(QLatin1String("ok")));
        QVERIFY(run.console->history.verifyActionLog().intact);
    }

    // Signal is switched off at 19:01; the drill answers a send the way OpenClaw does when no
    // listener runs (UNAVAILABLE, OUTBOUND_DELIVERY_QUEUED).
    void failedTestMessageSaysWhyAndThatItIsQueued()
    {
        ActionRun run;
        QVERIFY(run.startAt(jst(12, 19, 1)));
        run.actions->sendTestMessage(kSignal, QStringLiteral("+15555550100"),
                                     sb::actions::LaneActions::defaultTestMessage());
        QTRY_COMPARE_WITH_TIMEOUT(run.finished->count(), 1, 10000);
        QCOMPARE(run.outcomeOk(0), false);
        const QString message = run.outcomeText(0);
        QVERIFY2(message.contains(QLatin1String("ECONNREFUSED")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("queued")), qPrintable(message));

        // The gateway logs the same failure ("outbound send to ... failed"): one occurrence, one
        // event, whichever source told it first.
        const auto failures = [&run] {
            QList<sb::ChannelEvent> found;
            for (const sb::ChannelEvent &e : run.allEvents(kSignal)) {
                if (e.kind == EventKind::DeliveryFailed)
                    found << e;
            }
            return found;
        };
        QTRY_VERIFY_WITH_TIMEOUT(!failures().isEmpty(), 10000);
        // One more log read and release: any second sighting is in after it.
        bool drained = false;
        run.console->ingestor().catchUp([&drained] { drained = true; });
        QTRY_VERIFY_WITH_TIMEOUT(drained, 10000);
        QCOMPARE(failures().size(), 1);
        QVERIFY(failures().first().source == EventSource::ConsoleSend ||
                failures().first().source == EventSource::LogLine);
        QCOMPARE(run.actionLog().size(), 1);
        QVERIFY(run.actionLog().first().detail.contains(QLatin1String("failed UNAVAILABLE")));
    }

    // 19:20: Telegram is up. The operator restarts it: the lane goes through the restart
    // without ever reading "stopped", and comes back on probation (a restart proves nothing).
    void restartIsTheOperatorsNotAStop()
    {
        ActionRun run;
        QVERIFY(run.startAt(jst(12, 19, 20)));
        sb::health::HealthEngine &engine = run.console->engine();
        QTRY_VERIFY_WITH_TIMEOUT(engine.status(kTelegram).connected, 10000);
        QList<LaneState> states;
        connect(&engine, &sb::health::HealthEngine::laneStateChanged, this,
                [&states](const LaneKey &lane, const sb::health::Transition &t) {
                    if (lane == kTelegram)
                        states << t.to;
                });

        run.actions->restartChannel(kTelegram);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished->count(), 1, 10000);
        QVERIFY2(run.outcomeOk(0), qPrintable(run.outcomeText(0)));

        // The status poll sees it running and connected again, with a fresh connection time.
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(LaneState::Probation), 15000);
        QVERIFY2(!states.contains(LaneState::Stopped), qPrintable(QString::number(states.size())));
        QCOMPARE(engine.status(kTelegram).state, LaneState::Probation);
        QCOMPARE(engine.status(kTelegram).deliveriesProven, 0);

        const auto flags = run.storedEvents(kTelegram, EventSource::Operator);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().code, std::optional<int>(int(sb::OperatorAction::RestartChannel)));
        const QList<sb::store::ActionRecord> log = run.actionLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, QStringLiteral("channels.restart"));
        // As the real gateway does right after a stop, the drill answers the first start with
        // "retry" (task-owned); the console asks again and the second start is handed off.
        QCOMPARE(log.first().detail, QStringLiteral("stop ok; start retry task-owned; start handed-off"));
    }

    void oneActionPerLaneAtATime()
    {
        ActionRun run;
        QVERIFY(run.startAt(jst(12, 19, 1)));
        run.actions->sendTestMessage(kWhatsApp, QStringLiteral("+819012345678"),
                                     sb::actions::LaneActions::defaultTestMessage());
        run.actions->restartChannel(kWhatsApp); // refused at once: the send is still out
        QCOMPARE(run.finished->count(), 1);
        QCOMPARE(run.outcomeOk(0), false);
        QTRY_COMPARE_WITH_TIMEOUT(run.finished->count(), 2, 10000);
        QCOMPARE(run.outcomeOk(1), true);
        QCOMPARE(run.actionLog().size(), 1); // the refusal reached no gateway
    }
};

QTEST_GUILESS_MAIN(TestLaneActions)
#include "TestLaneActions.moc"

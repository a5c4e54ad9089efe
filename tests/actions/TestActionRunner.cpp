// The one runner every operator action goes through (DESIGN §12), on a session that never
// connects: a lane is busy from begin to finish and refuses a second action meanwhile, the
// flag and the outcome's feedback reach the history through ingest, and each finished action
// is one hash-chained log row naming who, what, which lane, the gateway's answer and a config
// write's hashes. Refusals and stray finishes reach no log.
#include "app/actions/ActionRunner.h"
#include "app/ingest/GatewaySession.h"
#include "app/ingest/Ingestor.h"
#include "app/platform/Clock.h"
#include "app/store/History.h"

#include <limits>
#include <memory>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using sb::ChannelEvent;
using sb::EventKind;
using sb::EventSource;
using sb::LaneKey;
using sb::actions::ActionOutcome;
using sb::actions::ActionRunner;
using sb::actions::ActionStart;

namespace {

constexpr qint64 kT0 = 1'770'000'000'000;
const LaneKey kWhatsApp{QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")};
const LaneKey kTelegram{QStringLiteral("gw"), QStringLiteral("telegram"), QStringLiteral("default")};

struct RunnerRig
{
    QTemporaryDir dir;
    sb::ManualClock clock{QDateTime::fromMSecsSinceEpoch(kT0, QTimeZone::utc())};
    std::unique_ptr<sb::store::History> history;
    std::unique_ptr<sb::ingest::GatewaySession> session;
    std::unique_ptr<ActionRunner> runner;
    std::unique_ptr<QSignalSpy> started;
    std::unique_ptr<QSignalSpy> finished;

    bool open()
    {
        history = std::make_unique<sb::store::History>(dir.filePath(QStringLiteral("history.sqlite")));
        QString error;
        if (!history->open(&error)) {
            qWarning("history: %s", qPrintable(error));
            return false;
        }
        sb::ingest::GatewaySession::Options options;
        options.connection.url = QUrl(QStringLiteral("ws://127.0.0.1:9")); // never started
        options.gatewayId = QStringLiteral("gw");
        options.clock = &clock;
        options.history = history.get();
        session = std::make_unique<sb::ingest::GatewaySession>(options);
        runner = std::make_unique<ActionRunner>(*session, history.get(), QStringLiteral("alice"));
        started = std::make_unique<QSignalSpy>(runner.get(), &ActionRunner::started);
        finished = std::make_unique<QSignalSpy>(runner.get(), &ActionRunner::finished);
        return true;
    }

    // What ingest handed on for the lane, once written.
    QList<ChannelEvent> events(const LaneKey &lane)
    {
        session->ingestor().releaseAll();
        history->flush();
        return history->events(lane, 0, std::numeric_limits<qint64>::max());
    }

    QList<sb::store::ActionRecord> actionLog()
    {
        history->flush();
        return history->actionLog();
    }
};

ActionStart configWrite()
{
    return ActionStart{QStringLiteral("config.patch"), QStringLiteral("writing the allowlist"),
                       QStringLiteral("allowlist written by alice"), std::nullopt};
}

} // namespace

class TestActionRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anActionRunsFromBeginToFinish()
    {
        RunnerRig rig;
        QVERIFY(rig.open());
        QVERIFY(rig.runner->begin(kWhatsApp, configWrite()));
        QVERIFY(rig.runner->isBusy(kWhatsApp));
        QVERIFY(!rig.runner->isBusy(kTelegram));
        QCOMPARE(rig.started->count(), 1);
        QCOMPARE(rig.started->at(0).at(0).value<LaneKey>(), kWhatsApp);
        QCOMPARE(rig.started->at(0).at(1).toString(), QStringLiteral("writing the allowlist"));
        QCOMPARE(rig.finished->count(), 0);

        rig.clock.advanceMs(2500);
        ActionOutcome outcome;
        outcome.ok = true;
        outcome.message = QStringLiteral("The allowlist is written.");
        outcome.answer = QStringLiteral("config.patch ok");
        outcome.configHashBefore = QStringLiteral("4f1c");
        outcome.configHashAfter = QStringLiteral("9ab0");
        outcome.feedback << ChannelEvent{kWhatsApp,    rig.clock.nowMs(),    EventKind::DeliveryOk,
                                         std::nullopt, QStringLiteral("ok"), EventSource::ConsoleSend,
                                         std::nullopt};
        rig.runner->finish(kWhatsApp, outcome);
        QVERIFY(!rig.runner->isBusy(kWhatsApp));
        QCOMPARE(rig.finished->count(), 1);
        QCOMPARE(rig.finished->at(0).at(1).toBool(), true);
        QCOMPARE(rig.finished->at(0).at(2).toString(), QStringLiteral("The allowlist is written."));

        // The flag at the action's start, then the outcome, both through ingest into the history.
        const QList<ChannelEvent> events = rig.events(kWhatsApp);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).kind, EventKind::OperatorAction);
        QCOMPARE(events.at(0).source, EventSource::Operator);
        QCOMPARE(events.at(0).at, kT0);
        QCOMPARE(events.at(0).detail, QStringLiteral("allowlist written by alice"));
        QVERIFY(!events.at(0).code);
        QCOMPARE(events.at(1).kind, EventKind::DeliveryOk);
        QCOMPARE(events.at(1).at, kT0 + 2500);

        const QList<sb::store::ActionRecord> log = rig.actionLog();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().at, kT0 + 2500);
        QCOMPARE(log.first().actor, QStringLiteral("alice"));
        QCOMPARE(log.first().action, QStringLiteral("config.patch"));
        QCOMPARE(log.first().lane, kWhatsApp.toString());
        QCOMPARE(log.first().detail, QStringLiteral("config.patch ok; config 4f1c -> 9ab0"));
        QVERIFY(rig.history->verifyActionLog().intact);
    }

    void theFlagCarriesTheRecommendedActionItCarriesOut()
    {
        RunnerRig rig;
        QVERIFY(rig.open());
        QVERIFY(rig.runner->begin(kTelegram, ActionStart{QStringLiteral("channels.restart"),
                                                         QStringLiteral("restarting the channel"),
                                                         QStringLiteral("restart"),
                                                         sb::OperatorAction::RestartChannel}));
        ActionOutcome outcome;
        outcome.answer = QStringLiteral("stop ok; start failed");
        rig.runner->finish(kTelegram, outcome);
        QCOMPARE(rig.finished->at(0).at(1).toBool(), false);
        const QList<ChannelEvent> events = rig.events(kTelegram);
        QCOMPARE(events.size(), 1); // no feedback given: the flag only
        QCOMPARE(events.first().code, std::optional<int>(int(sb::OperatorAction::RestartChannel)));
        // Without config hashes the log holds the gateway's answer as it was given.
        QCOMPARE(rig.actionLog().first().detail, QStringLiteral("stop ok; start failed"));
    }

    void oneActionPerLaneAtATime()
    {
        RunnerRig rig;
        QVERIFY(rig.open());
        QVERIFY(rig.runner->begin(kWhatsApp, configWrite()));
        QVERIFY(!rig.runner->begin(kWhatsApp, configWrite()));
        QCOMPARE(rig.started->count(), 1);
        QCOMPARE(rig.finished->count(), 1); // the refusal, at once
        QCOMPARE(rig.finished->at(0).at(1).toBool(), false);
        QVERIFY(!rig.finished->at(0).at(2).toString().isEmpty());
        QVERIFY(rig.runner->isBusy(kWhatsApp)); // the first still runs
        QVERIFY(rig.runner->begin(kTelegram, configWrite()));

        rig.runner->finish(kWhatsApp, ActionOutcome{});
        rig.runner->finish(kTelegram, ActionOutcome{});
        QCOMPARE(rig.actionLog().size(), 2);                  // the refusal reached no log...
        QCOMPARE(rig.events(kWhatsApp).size(), 1);            // ...and no timeline
        QVERIFY(rig.runner->begin(kWhatsApp, configWrite())); // free again
    }

    void refusalsAndStrayFinishesLogNothing()
    {
        RunnerRig rig;
        QVERIFY(rig.open());
        rig.runner->refuse(kWhatsApp, QStringLiteral("not on protocol 3"));
        QCOMPARE(rig.finished->count(), 1);
        QCOMPARE(rig.finished->at(0).at(1).toBool(), false);
        QCOMPARE(rig.finished->at(0).at(2).toString(), QStringLiteral("not on protocol 3"));
        QVERIFY(!rig.runner->isBusy(kWhatsApp));

        ActionOutcome outcome;
        outcome.ok = true;
        rig.runner->finish(kTelegram, outcome); // never begun
        QCOMPARE(rig.finished->count(), 1);
        QVERIFY(rig.actionLog().isEmpty());
        QVERIFY(rig.events(kWhatsApp).isEmpty());
        QVERIFY(rig.events(kTelegram).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActionRunner)
#include "TestActionRunner.moc"

// The safe config writer against the story's drill: preview, write with baseHash, the
// gateway's no-op, the action log with both hashes, and the conflict when the story's own
// "cli" writer changes the config between our read and our write (23:40, the real fix).
#include "app/actions/ActionRunner.h"
#include "app/drill/ConfigStore.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/policy/ConfigWriter.h"
#include "app/policy/PolicyAudit.h"
#include "tests/ingest/StoryRun.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sb::policy::ConfigEdit;
using sb::policy::ConfigWriter;
using sb::policy::WriteOutcome;
using sb::test::jst;

namespace {

struct WriterRun
{
    QTemporaryDir dir;
    std::unique_ptr<sb::drill::DrillSession> drill;
    std::unique_ptr<sb::test::ConsoleSession> console;
    std::unique_ptr<sb::actions::ActionRunner> runner;
    std::unique_ptr<ConfigWriter> writer;
    std::unique_ptr<QSignalSpy> finished;

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
        console = std::make_unique<sb::test::ConsoleSession>(*drill,
                                                             dir.filePath(QStringLiteral("history.sqlite")));
        if (!QTest::qWaitFor([this] { return console->session->isCaughtUp(); }, 20000))
            return false;
        runner = std::make_unique<sb::actions::ActionRunner>(*console->session, &console->history,
                                                             QStringLiteral("tester"));
        writer = std::make_unique<ConfigWriter>(console->session->monitor().client(), runner.get(),
                                                QStringLiteral("drill"));
        finished = std::make_unique<QSignalSpy>(writer.get(), &ConfigWriter::finished);
        QSignalSpy loaded(writer.get(), &ConfigWriter::loaded);
        writer->load();
        return loaded.wait(10000);
    }

    WriteOutcome outcome(int i) const { return finished->at(i).first().value<WriteOutcome>(); }
    QJsonObject drillTelegram() const
    {
        return drill->world()->config().config().value(u"channels").toObject().value(u"telegram").toObject();
    }
    QList<sb::store::ActionRecord> actionLog()
    {
        console->history.flush();
        return console->history.actionLog();
    }
};

ConfigEdit groupPolicy(const QString &value)
{
    ConfigEdit edit;
    edit.summary = QStringLiteral("Telegram groups: %1").arg(value);
    edit.channel = QStringLiteral("telegram");
    edit.accountId = QStringLiteral("default");
    return edit.set(ConfigEdit::path(QStringLiteral("channels.telegram.groupPolicy")), value);
}

} // namespace

class TestConfigWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 19:16: the story's CRITICAL, fixed in one click: the audit's own patch, previewed, written.
    void theStoryFixIsPreviewedWrittenAndLogged()
    {
        WriterRun run;
        QVERIFY(run.startAt(jst(12, 19, 16)));
        QCOMPARE(run.writer->state(), ConfigWriter::State::Ready);
        const QList<sb::policy::Finding> findings = sb::policy::runBuiltInAudit(run.writer->policy());
        QVERIFY(!findings.isEmpty());
        const sb::policy::Finding &critical = findings.first();
        QCOMPARE(critical.checkId, QStringLiteral("security.exposure.open_groups_with_elevated"));
        QVERIFY(critical.fix);

        const QString hashBefore = run.writer->hash();
        QString problem;
        const auto preview = run.writer->preview(*critical.fix, &problem);
        QVERIFY2(preview, qPrintable(problem));
        QCOMPARE(run.writer->state(), ConfigWriter::State::Previewing);
        QCOMPARE(preview->baseHash, hashBefore);
        QVERIFY2(preview->inWords().contains(
                     QStringLiteral("channels.telegram.groupPolicy: \"open\" → \"allowlist\"")),
                 qPrintable(preview->inWords()));
        QCOMPARE(run.drillTelegram().value(u"groupPolicy").toString(),
                 QStringLiteral("open")); // nothing sent yet

        run.writer->apply();
        QCOMPARE(run.writer->state(), ConfigWriter::State::Writing);
        QVERIFY(run.runner->isBusy(sb::test::drillLane("telegram")));
        QTRY_COMPARE_WITH_TIMEOUT(run.finished->count(), 1, 10000);
        const WriteOutcome outcome = run.outcome(0);
        QCOMPARE(outcome.kind, WriteOutcome::Kind::Applied);
        QCOMPARE(outcome.changedPaths, QStringList{QStringLiteral("channels.telegram.groupPolicy")});
        QCOMPARE(outcome.hashBefore, hashBefore);
        QVERIFY(outcome.hashAfter != hashBefore);
        QCOMPARE(run.writer->hash(), outcome.hashAfter); // re-read: ready for the next write
        QCOMPARE(run.writer->state(), ConfigWriter::State::Ready);
        QCOMPARE(run.drillTelegram().value(u"groupPolicy").toString(), QStringLiteral("allowlist"));
        // The secret survived the round trip.
        QCOMPARE(run.drillTelegram().value(u"botToken").toString(),
                 QStringLiteral("7000000001:AAdrill-fake-ops-bot-token"));
        for (const sb::policy::Finding &left : sb::policy::runBuiltInAudit(run.writer->policy()))
            QVERIFY2(left.severity != sb::policy::Severity::Critical, qPrintable(left.checkId));

        const auto log = run.actionLog();
        QVERIFY(!log.isEmpty());
        QCOMPARE(log.last().action, QStringLiteral("config.patch"));
        QCOMPARE(log.last().lane, QStringLiteral("drill/telegram/default"));
        QVERIFY2(log.last().detail.contains(hashBefore) && log.last().detail.contains(outcome.hashAfter) &&
                     log.last().detail.contains(QStringLiteral("channels.telegram.groupPolicy")),
                 qPrintable(log.last().detail));
    }

    // An edit the config already says is not even sent; a default value is written but changes
    // nothing in effect (as the real gateway answers: changedPaths [] without noop).
    void nothingToChange()
    {
        WriterRun run;
        QVERIFY(run.startAt(jst(12, 19, 16)));
        QString problem;
        const auto same = run.writer->preview(groupPolicy(QStringLiteral("open")), &problem);
        QVERIFY(same);
        QVERIFY(same->isEmpty());
        QCOMPARE(run.writer->state(), ConfigWriter::State::Ready);

        ConfigEdit edit;
        edit.channel = QStringLiteral("signal");
        edit.set(ConfigEdit::path(QStringLiteral("channels.signal.dmPolicy")), QStringLiteral("pairing"));
        QVERIFY(run.writer->preview(edit, &problem));
        const QString before = run.writer->hash();
        run.writer->apply();
        QTRY_COMPARE_WITH_TIMEOUT(run.finished->count(), 1, 10000);
        QCOMPARE(run.outcome(0).kind, WriteOutcome::Kind::Applied);
        QVERIFY(run.outcome(0).changedPaths.isEmpty());
        QVERIFY2(run.outcome(0).message.contains(QStringLiteral("nothing in effect changed")),
                 qPrintable(run.outcome(0).message));
        QVERIFY(run.writer->hash() != before);
    }

    // 23:39 we read; at 23:40 the story's own cli writes the real fix; our write, on the old
    // hash, is a conflict: nothing clobbered, their change shown, ours re-previewed on theirs.
    void anotherWriterBetweenReadAndWriteIsAConflict()
    {
        WriterRun run;
        QVERIFY(run.startAt(jst(12, 23, 39)));
        const QString ours = run.writer->hash();
        QString problem;
        QVERIFY(run.writer->preview(groupPolicy(QStringLiteral("disabled")), &problem));
        // 23:40: the story's cli writes groupPolicy "allowlist" + groupAllowFrom.
        run.drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 23, 40, 30)));
        QTRY_VERIFY_WITH_TIMEOUT(
            run.drillTelegram().value(u"groupPolicy").toString() == QLatin1String("allowlist"), 10000);
        const QJsonObject theirs = run.drillTelegram();

        run.writer->apply();
        QTRY_COMPARE_WITH_TIMEOUT(run.finished->count(), 1, 10000);
        const WriteOutcome conflict = run.outcome(0);
        QCOMPARE(conflict.kind, WriteOutcome::Kind::Conflict);
        QCOMPARE(run.writer->state(), ConfigWriter::State::Conflict);
        QCOMPARE(run.drillTelegram(), theirs); // nothing clobbered
        QStringList theirPaths;
        for (const auto &line : conflict.theirs)
            theirPaths << line.path;
        QVERIFY2(theirPaths.contains(QStringLiteral("channels.telegram.groupPolicy")) &&
                     theirPaths.contains(QStringLiteral("channels.telegram.groupAllowFrom")),
                 qPrintable(theirPaths.join(u',')));
        QVERIFY(run.writer->hash() != ours); // re-read
        QVERIFY(!run.actionLog().isEmpty());
        QVERIFY(run.actionLog().last().detail.contains(QStringLiteral("conflict")));

        // The operator re-applies on top of theirs: a fresh preview against their config.
        run.writer->reapply();
        QCOMPARE(run.writer->state(), ConfigWriter::State::Previewing);
        QVERIFY2(run.writer->preview()->inWords().contains(QStringLiteral("\"allowlist\" → \"disabled\"")),
                 qPrintable(run.writer->preview()->inWords()));
        run.writer->drop();
        QCOMPARE(run.writer->state(), ConfigWriter::State::Ready);
        QCOMPARE(run.drillTelegram(), theirs);
    }

    // A restart-kind key: saved, but the running gateway keeps the old revision until it
    // restarts (configRevisionHash ≠ appliedConfigHash); the operator is told so.
    void aWriteThatNeedsARestartSaysSo()
    {
        WriterRun run;
        QVERIFY(run.startAt(jst(12, 19, 16)));
        QVERIFY(!run.writer->hasPendingRestart());
        ConfigEdit edit;
        edit.summary = QStringLiteral("bind");
        edit.set(ConfigEdit::path(QStringLiteral("gateway.bind")), QStringLiteral("lan"));
        QString problem;
        QVERIFY2(run.writer->preview(edit, &problem), qPrintable(problem));
        run.writer->apply();
        QTRY_COMPARE_WITH_TIMEOUT(run.finished->count(), 1, 10000);
        QCOMPARE(run.outcome(0).kind, WriteOutcome::Kind::NeedsRestart);
        QCOMPARE(run.outcome(0).message, QStringLiteral("Saved; applies after the gateway restarts."));
        QVERIFY(run.writer->hasPendingRestart());
        QCOMPARE(run.actionLog().last().lane, QStringLiteral("drill/gateway/config"));
    }

    void aBadIdentityIsRefusedBeforeAnythingIsSent()
    {
        WriterRun run;
        QVERIFY(run.startAt(jst(12, 19, 16)));
        ConfigEdit edit;
        edit.set(ConfigEdit::path(QStringLiteral("channels.telegram.groupAllowFrom")),
                 QStringList{QStringLiteral("+818011112222")});
        QString problem;
        QVERIFY(!run.writer->preview(edit, &problem));
        QVERIFY2(problem.contains(QStringLiteral("telegram")), qPrintable(problem));
        QCOMPARE(run.writer->state(), ConfigWriter::State::Ready);
    }
};

QTEST_GUILESS_MAIN(TestConfigWriter)
#include "TestConfigWriter.moc"

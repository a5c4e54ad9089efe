// switchboardctl policy show / audit / audit --fix against the story's drill at 19:16: the
// CRITICAL and exit 2, the preview without --yes, the write with --yes and exit 0 after, and
// a CLI that prints garbage leaving the built-in findings with a note.
#include "app/ctl/CommandLine.h"
#include "app/ctl/StatusCommand.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/platform/GatewayProfile.h"
#include "app/store/History.h"
#include "tests/ingest/StoryRun.h"
#include "tests/support/TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using sb::test::jst;

namespace {

struct CtlRun
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestAuditCommand : public QObject
{
    Q_OBJECT

private:
    sb::test::ScratchHome m_home; // --fix --yes without --history logs to the default file: here
    std::unique_ptr<sb::drill::DrillSession> m_drill;

    CtlRun ctl(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("switchboardctl"));
        arguments << QStringLiteral("--gateway") << m_drill->url().toString() << QStringLiteral("--token-env")
                  << QStringLiteral("SB_AUDIT_TOKEN");
        CtlRun run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        run.code = sb::ctl::runCommandLine(arguments, out, err);
        out.flush();
        err.flush();
        return run;
    }

    QString telegramGroupPolicy() const
    {
        return m_drill->world()->config().config()[u"channels"][u"telegram"][u"groupPolicy"].toString();
    }

private Q_SLOTS:
    void init()
    {
        sb::drill::DrillSession::Options options;
        options.speed = 1;
        options.autoPlay = false;
        QString error;
        m_drill = sb::drill::DrillSession::start(options, &error);
        QVERIFY2(m_drill, qPrintable(error));
        m_drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 19, 16)));
        qputenv("SB_AUDIT_TOKEN", m_drill->token().toUtf8());
    }

    void cleanup() { m_drill.reset(); }

    void policyShowSaysWhereEachValueComesFrom()
    {
        const CtlRun run = ctl({QStringLiteral("policy"), QStringLiteral("show"), QStringLiteral("--lane"),
                                QStringLiteral("telegram/worker"), QStringLiteral("--json")});
        QCOMPARE(run.code, int(sb::ctl::ExitHealthy));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray accounts = json[u"accounts"].toArray();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject worker = accounts.first().toObject();
        QCOMPARE(worker[u"accountId"].toString(), QStringLiteral("worker"));
        QCOMPARE(worker[u"groupPolicy"][u"value"].toString(), QStringLiteral("open"));
        QCOMPARE(worker[u"groupPolicy"][u"from"].toString(), QStringLiteral("channel"));
        QCOMPARE(worker[u"groupPolicy"][u"path"].toString(), QStringLiteral("channels.telegram.groupPolicy"));
        QVERIFY(json[u"note"].toString().contains(QStringLiteral("state database")));

        const CtlRun text = ctl({QStringLiteral("policy"), QStringLiteral("show")});
        QVERIFY2(text.out.contains(QStringLiteral("telegram/worker")), qPrintable(text.out));
        QVERIFY(!text.out.contains(QStringLiteral("7000000001"))); // no secret, ever
    }

    void theStoryCriticalExitsTwoAndIsFixedWithYes()
    {
        const CtlRun audit = ctl({QStringLiteral("audit"), QStringLiteral("--no-openclaw")});
        QCOMPARE(audit.code, int(sb::ctl::ExitCritical));
        QVERIFY2(
            audit.out.startsWith(QStringLiteral("CRITICAL  security.exposure.open_groups_with_elevated")),
            qPrintable(audit.out));

        const QStringList fix{QStringLiteral("audit"), QStringLiteral("--no-openclaw"),
                              QStringLiteral("--fix"),
                              QStringLiteral("security.exposure.open_groups_with_elevated")};
        const CtlRun preview = ctl(fix);
        QCOMPARE(preview.code, int(sb::ctl::ExitHealthy));
        QVERIFY2(
            preview.out.contains(QStringLiteral("channels.telegram.groupPolicy: \"open\" → \"allowlist\"")),
            qPrintable(preview.out));
        QVERIFY(preview.out.contains(QStringLiteral("add --yes")));
        QCOMPARE(telegramGroupPolicy(), QStringLiteral("open")); // previewed, not written

        const CtlRun applied = ctl(fix + QStringList{QStringLiteral("--yes")});
        QCOMPARE(telegramGroupPolicy(), QStringLiteral("allowlist"));
        QVERIFY2(applied.out.contains(QStringLiteral("Saved and in effect")), qPrintable(applied.out));
        QVERIFY(!applied.out.contains(QStringLiteral("CRITICAL")));
        // What is left is a warning: the story's bots still have privacy mode on while their
        // group is set to read every message.
        QCOMPARE(applied.code, int(sb::ctl::ExitAttention));
        QVERIFY(applied.out.contains(
            QStringLiteral("WARN  switchboard.telegram.privacy_mode_hides_group_messages")));
    }

    // The fix written by switchboardctl lands in the window's action log while the window has
    // the history open and writes to it too: one chain, the row with both hashes and the path,
    // the flag on the lane's timeline.
    void theFixIsInTheWindowsActionLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        sb::store::History window(path);
        QVERIFY(window.open());
        const auto windowRow = [&](qint64 at) {
            window.appendAction({0,
                                 at,
                                 QStringLiteral("operator"),
                                 QStringLiteral("send.test"),
                                 QStringLiteral("gw/telegram/default"),
                                 QStringLiteral("ok"),
                                 {},
                                 {}});
        };
        windowRow(1);
        window.flush();

        const CtlRun applied =
            ctl({QStringLiteral("audit"), QStringLiteral("--no-openclaw"), QStringLiteral("--fix"),
                 QStringLiteral("security.exposure.open_groups_with_elevated"), QStringLiteral("--yes"),
                 QStringLiteral("--history"), path});
        QVERIFY2(applied.out.contains(QStringLiteral("Saved and in effect")),
                 qPrintable(applied.out + applied.err));
        QVERIFY2(!applied.err.contains(QStringLiteral("not in the action log")), qPrintable(applied.err));
        windowRow(2);
        window.flush();

        const QList<sb::store::ActionRecord> log = window.actionLog();
        QCOMPARE(log.size(), 3);
        const sb::store::ActionRecord &fix = log.at(1);
        QCOMPARE(fix.actor, QStringLiteral("switchboardctl"));
        QCOMPARE(fix.action, QStringLiteral("config.patch"));
        const QString gatewayId = sb::gatewayIdForUrl(m_drill->url());
        QVERIFY2(fix.lane.startsWith(gatewayId + QStringLiteral("/telegram/")), qPrintable(fix.lane));
        QVERIFY2(fix.detail.contains(QStringLiteral("changedPaths=[channels.telegram.groupPolicy]")),
                 qPrintable(fix.detail));
        QVERIFY2(fix.detail.contains(QStringLiteral("config ")) &&
                     fix.detail.contains(QStringLiteral(" -> ")),
                 qPrintable(fix.detail));
        QVERIFY(!fix.detail.contains(QStringLiteral(" -> -"))); // the hash after the write is known
        const sb::store::ActionLogVerdict verdict = window.verifyActionLog();
        QVERIFY2(verdict.intact, qPrintable(verdict.problem));
        QCOMPARE(verdict.rowsChecked, 3);

        const std::optional<sb::LaneKey> lane = sb::LaneKey::fromString(fix.lane);
        QVERIFY(lane);
        const QList<sb::ChannelEvent> flags = window.events(*lane, 0, std::numeric_limits<qint64>::max());
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().kind, sb::EventKind::OperatorAction);
        QCOMPARE(flags.first().source, sb::EventSource::Operator);
        QVERIFY(flags.first().at <= fix.at);

        // A preview writes nothing anywhere.
        const CtlRun preview =
            ctl({QStringLiteral("audit"), QStringLiteral("--no-openclaw"), QStringLiteral("--fix"),
                 QStringLiteral("security.exposure.open_groups_with_elevated"), QStringLiteral("--history"),
                 path});
        QCOMPARE(preview.code, int(sb::ctl::ExitHealthy));
        QCOMPARE(window.actionLog().size(), 3);
    }

    // The same from a separate switchboardctl process while the window's writer keeps
    // appending rows of its own: SQLite's locks between two processes, one chain.
    void anotherProcessWritingBesideTheWindowKeepsOneChain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        sb::store::History window(path);
        QVERIFY(window.open());
        int windowRows = 0;
        QTimer windowActions;
        connect(&windowActions, &QTimer::timeout, this, [&] {
            window.appendAction({0,
                                 ++windowRows,
                                 QStringLiteral("operator"),
                                 QStringLiteral("send.test"),
                                 QStringLiteral("gw/telegram/default"),
                                 QStringLiteral("ok"),
                                 {},
                                 {}});
        });
        windowActions.start(5);

        QProcess ctlProcess;
        ctlProcess.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy ended(&ctlProcess, &QProcess::finished);
        ctlProcess.start(QStringLiteral(SWITCHBOARDCTL),
                         {QStringLiteral("audit"), QStringLiteral("--no-openclaw"), QStringLiteral("--fix"),
                          QStringLiteral("security.exposure.open_groups_with_elevated"),
                          QStringLiteral("--yes"), QStringLiteral("--history"), path,
                          QStringLiteral("--gateway"), m_drill->url().toString(),
                          QStringLiteral("--token-env"), QStringLiteral("SB_AUDIT_TOKEN")});
        QVERIFY(ended.wait(60000)); // the drill answers from this process's event loop meanwhile
        const QString output = QString::fromUtf8(ctlProcess.readAll());
        QVERIFY2(output.contains(QStringLiteral("Saved and in effect")), qPrintable(output));
        QTRY_VERIFY(windowRows > 3);
        windowActions.stop();
        window.flush();

        const QList<sb::store::ActionRecord> log = window.actionLog();
        QCOMPARE(log.size(), windowRows + 1);
        int fromCtl = 0;
        for (const sb::store::ActionRecord &row : log)
            fromCtl += row.actor == QLatin1String("switchboardctl");
        QCOMPARE(fromCtl, 1);
        const sb::store::ActionLogVerdict verdict = window.verifyActionLog();
        QVERIFY2(verdict.intact, qPrintable(verdict.problem));
    }

    void aCliPrintingGarbageLeavesTheBuiltInFindings()
    {
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("openclaw"));
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\necho 'TypeError: undefined is not a function'\nexit 1\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("OPENCLAW_CLI", fake.toUtf8());
        const CtlRun run = ctl({QStringLiteral("audit"), QStringLiteral("--json")});
        qunsetenv("OPENCLAW_CLI");
        QCOMPARE(run.code, int(sb::ctl::ExitCritical));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json[u"summary"][u"critical"].toInt(), 1);
        QCOMPARE(json[u"findings"][0][u"source"].toString(), QStringLiteral("switchboard"));
        QVERIFY2(json[u"note"].toString().contains(QStringLiteral("no usable report")),
                 qPrintable(json[u"note"].toString()));
    }

    void usageErrors()
    {
        QCOMPARE(ctl({QStringLiteral("audit"), QStringLiteral("--yes")}).code, int(sb::ctl::ExitUsage));
        QCOMPARE(ctl({QStringLiteral("policy")}).code, int(sb::ctl::ExitUsage));
    }
};

QTEST_GUILESS_MAIN(TestAuditCommand)
#include "TestAuditCommand.moc"

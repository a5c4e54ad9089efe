// switchboardctl's actions that run on an ActionRunner (pairing approve here; relink, failover
// and signal share the path through CommandSession / CtlActionLog) land in the window's history:
// the row by switchboardctl, chained onto the window's rows, and the flag on the lane.
#include "app/ctl/CommandLine.h"
#include "app/ctl/StatusCommand.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/store/History.h"
#include "tests/ingest/StoryRun.h"
#include "tests/support/TestEnvironment.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using sb::test::jst;

class TestCtlActionLog : public QObject
{
    Q_OBJECT

private:
    sb::test::ScratchHome m_home; // the window's default history lives here, fresh each run

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run ctl(const sb::drill::DrillSession &drill, const QStringList &arguments)
    {
        qputenv("SB_CTL_LOG_TOKEN", drill.token().toUtf8());
        Run run;
        QTextStream out(&run.out), err(&run.err);
        run.code = sb::ctl::runCommandLine(
            QStringList{QStringLiteral("switchboardctl")} + arguments +
                QStringList{QStringLiteral("--gateway"), drill.url().toString(),
                            QStringLiteral("--token-env"), QStringLiteral("SB_CTL_LOG_TOKEN")},
            out, err);
        out.flush();
        err.flush();
        return run;
    }

private Q_SLOTS:
    void aPairingApprovalIsInTheWindowsActionLog()
    {
        sb::drill::DrillSession::Options options;
        options.speed = 1;
        options.autoPlay = false;
        QString error;
        auto drill = sb::drill::DrillSession::start(options, &error);
        QVERIFY2(drill, qPrintable(error));
        drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 19, 21)));

        // The window runs: its history (the default file, in this test's scratch home) is open
        // and holds a row of its own.
        sb::store::History window(sb::store::History::defaultPath());
        QVERIFY(window.open());
        window.appendAction({0,
                             1,
                             QStringLiteral("operator"),
                             QStringLiteral("send.test"),
                             QStringLiteral("gw/telegram/default"),
                             QStringLiteral("ok"),
                             {},
                             {}});
        window.flush();

        const Run list =
            ctl(*drill, {QStringLiteral("pairing"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, int(sb::ctl::ExitHealthy));
        const QJsonArray requests =
            QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 1);
        const QJsonObject request = requests.first().toObject();
        const QString lane = request.value(QStringLiteral("lane")).toString();
        const Run approved =
            ctl(*drill, {QStringLiteral("pairing"), QStringLiteral("approve"), QStringLiteral("--lane"), lane,
                         QStringLiteral("--request"), request.value(QStringLiteral("requestId")).toString()});
        QVERIFY2(approved.code == int(sb::ctl::ExitHealthy), qPrintable(approved.err));

        const QList<sb::store::ActionRecord> log = window.actionLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(1).actor, QStringLiteral("switchboardctl"));
        QVERIFY2(log.at(1).action.startsWith(QStringLiteral("pairing.")), qPrintable(log.at(1).action));
        QCOMPARE(log.at(1).lane, lane);
        const sb::store::ActionLogVerdict verdict = window.verifyActionLog();
        QVERIFY2(verdict.intact, qPrintable(verdict.problem));

        const std::optional<sb::LaneKey> key = sb::LaneKey::fromString(lane);
        QVERIFY(key);
        int flags = 0;
        for (const sb::ChannelEvent &event : window.events(*key, 0, std::numeric_limits<qint64>::max()))
            flags += event.kind == sb::EventKind::OperatorAction && event.source == sb::EventSource::Operator;
        QCOMPARE(flags, 1); // the approval's flag, and none of the gateway's events (the window keeps those)
        QCOMPARE(window.eventCount(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestCtlActionLog)
#include "TestCtlActionLog.moc"

// switchboardctl status / watch / history against the story's drill: the lanes a monitoring
// script sees, and the exit codes it branches on.
#include "app/ctl/CommandLine.h"
#include "app/ctl/HistoryCommand.h"
#include "app/ctl/StatusCommand.h"
#include "app/ctl/WatchCommand.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/platform/Settings.h"
#include "tests/ingest/StoryRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using sb::LaneState;
using sb::ctl::ExitCode;
using sb::test::jst;

namespace {

std::unique_ptr<sb::drill::DrillSession> pausedDrill(double speed)
{
    sb::drill::DrillSession::Options options;
    options.speed = speed;
    options.autoPlay = false;
    QString error;
    auto drill = sb::drill::DrillSession::start(options, &error);
    if (!drill)
        qWarning("drill: %s", qPrintable(error));
    return drill;
}

sb::ctl::StatusOptions optionsFor(const sb::drill::DrillSession &drill)
{
    sb::ctl::StatusOptions options;
    options.url = drill.url();
    options.token = drill.token();
    options.timeoutSeconds = 20;
    return options;
}

const sb::health::LaneStatus *laneOf(const QList<sb::health::LaneStatus> &lanes, const QString &channel)
{
    for (const auto &lane : lanes) {
        if (lane.lane.channel == channel && lane.lane.accountId == QLatin1String("default"))
            return &lane;
    }
    return nullptr;
}

} // namespace

class TestCtlAgainstDrill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 19:01 JST: four minutes after the relink, two of the three test messages sent. The lane
    // reads as probation with the proof's progress, and the exit code says "attention".
    void statusMidStoryShowsWhatsAppOnProbation()
    {
        auto drill = pausedDrill(1);
        QVERIFY(drill);
        drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 19, 1)));
        const sb::ctl::StatusOptions options = optionsFor(*drill);
        const sb::ctl::StatusReport report = sb::ctl::collectStatus(options);
        QVERIFY(report.connected);
        const auto *whatsapp = laneOf(report.lanes, QStringLiteral("whatsapp"));
        QVERIFY(whatsapp);
        QCOMPARE(whatsapp->state, LaneState::Probation);
        QVERIFY2(whatsapp->reason.text().startsWith(
                     QLatin1String("re-linked 4 min ago; 2 of 3 deliveries proven")),
                 qPrintable(whatsapp->reason.text()));
        QCOMPARE(whatsapp->since, jst(12, 18, 57));
        QCOMPARE(sb::ctl::exitCodeFor(report), int(ExitCode::ExitAttention));

        QString text;
        QTextStream out(&text);
        sb::ctl::printStatusText(report, options, out);
        out.flush();
        QVERIFY2(text.contains(QLatin1String("re-linked 4 min ago; 2 of 3 deliveries proven")),
                 qPrintable(text));
        QVERIFY(!text.contains(options.token));

        QString json;
        QTextStream jsonOut(&json);
        sb::ctl::printStatusJson(report, options, jsonOut);
        jsonOut.flush();
        const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("exitCode")).toInt(), int(ExitCode::ExitAttention));
        bool found = false;
        for (const QJsonValue &lane : root.value(QStringLiteral("lanes")).toArray()) {
            const QJsonObject object = lane.toObject();
            if (object.value(QStringLiteral("channel")).toString() != QLatin1String("whatsapp"))
                continue;
            found = true;
            QCOMPARE(object.value(QStringLiteral("state")).toString(), QStringLiteral("probation"));
            QCOMPARE(object.value(QStringLiteral("deliveriesProven")).toInt(), 2);
        }
        QVERIFY(found);
    }

    // The same 19:01 judged by an operator's preferences file: a 3-minute, 2-delivery proof
    // makes the relinked lane proven, and status says so. A missing file is a usage error.
    void statusJudgesByThePreferencesFile()
    {
        auto drill = pausedDrill(1);
        QVERIFY(drill);
        drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 19, 1)));
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("switchboard.ini"));
        {
            sb::Settings settings(ini);
            sb::MonitoringPreferences preferences;
            preferences.proofByChannel.insert(QStringLiteral("whatsapp"), {3, 2});
            settings.setMonitoring(preferences);
        }
        qputenv("SB_CTL_TEST_TOKEN", drill->token().toUtf8());
        const QStringList arguments{QStringLiteral("switchboardctl"), QStringLiteral("status"),
                                    QStringLiteral("--gateway"),      drill->url().toString(),
                                    QStringLiteral("--token-env"),    QStringLiteral("SB_CTL_TEST_TOKEN"),
                                    QStringLiteral("--json")};
        QString json, errors;
        QTextStream out(&json), err(&errors);
        sb::ctl::runCommandLine(arguments + QStringList{QStringLiteral("--config"), ini}, out, err);
        out.flush();
        QString state;
        for (const QJsonValue &lane :
             QJsonDocument::fromJson(json.toUtf8()).object().value(QStringLiteral("lanes")).toArray()) {
            if (lane.toObject().value(QStringLiteral("channel")).toString() == QLatin1String("whatsapp"))
                state = lane.toObject().value(QStringLiteral("state")).toString();
        }
        QCOMPARE(state, QStringLiteral("healthy"));

        QString missingOut, missingErr;
        QTextStream o(&missingOut), e(&missingErr);
        QCOMPARE(sb::ctl::runCommandLine(arguments + QStringList{QStringLiteral("--config"),
                                                                 dir.filePath(QStringLiteral("nope.ini"))},
                                         o, e),
                 int(ExitCode::ExitUsage));
        e.flush();
        QVERIFY2(missingErr.contains(QLatin1String("nope.ini")), qPrintable(missingErr));
    }

    // After 19:08 the WhatsApp lane needs a person: exit code 2.
    void statusAfterTheBanExitsCritical()
    {
        auto drill = pausedDrill(1);
        QVERIFY(drill);
        drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 19, 10)));
        const sb::ctl::StatusReport report = sb::ctl::collectStatus(optionsFor(*drill));
        const auto *whatsapp = laneOf(report.lanes, QStringLiteral("whatsapp"));
        QVERIFY(whatsapp);
        QCOMPARE(whatsapp->state, LaneState::Blocked);
        QVERIFY2(whatsapp->reason.text().contains(QLatin1String("possible ban")),
                 qPrintable(whatsapp->reason.text()));
        QCOMPARE(whatsapp->action, sb::OperatorAction::FailOver);
        QCOMPARE(sb::ctl::exitCodeFor(report), int(ExitCode::ExitCritical));
    }

    // watch --json: the current states first, then one line per transition as the story moves
    // on (the 19:08 loss arrives while watching).
    void watchStreamsTransitionsAsJsonLines()
    {
        auto drill = pausedDrill(60);
        QVERIFY(drill);
        drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 19, 7)));
        drill->player()->start();
        sb::ctl::WatchOptions options;
        options.status = optionsFor(*drill);
        options.status.json = true;
        options.durationSeconds = 6; // 6 min of story at speed 60
        QString text;
        QTextStream out(&text);
        const int code = sb::ctl::runWatch(options, out);
        out.flush();
        QCOMPARE(code, int(ExitCode::ExitCritical));
        bool sawState = false, sawBlocked = false;
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            QJsonParseError error{};
            const QJsonObject object = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            const QString type = object.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("state") &&
                object.value(QStringLiteral("channel")).toString() == QLatin1String("whatsapp")) {
                QVERIFY(!sawBlocked);
                QCOMPARE(object.value(QStringLiteral("state")).toString(), QStringLiteral("probation"));
                sawState = true;
            }
            if (type == QLatin1String("transition") &&
                object.value(QStringLiteral("lane"))
                    .toString()
                    .endsWith(QLatin1String("/whatsapp/default")) &&
                object.value(QStringLiteral("to")).toString() == QLatin1String("blocked")) {
                QVERIFY(sawState);
                QCOMPARE(object.value(QStringLiteral("from")).toString(), QStringLiteral("probation"));
                QCOMPARE(object.value(QStringLiteral("at")).toInteger(), jst(12, 19, 8));
                sawBlocked = true;
            }
        }
        QVERIFY2(sawState && sawBlocked, qPrintable(text));
    }

    // history --lane --since reads the segments the console stored.
    void historyPrintsStoredSegments()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            auto drill = pausedDrill(600);
            QVERIFY(drill);
            drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 12, 30)));
            sb::test::ConsoleSession console(*drill, path);
            QTRY_VERIFY_WITH_TIMEOUT(
                console.engine().hasLane(sb::LaneKey{QStringLiteral("drill"), QStringLiteral("whatsapp"),
                                                     QStringLiteral("default")}) &&
                    console.ingestor().linesRead() >= drill->world()->logs().lineCount(),
                20000);
            console.stop();
        }
        QString text, errors;
        QTextStream out(&text), err(&errors);
        const QStringList arguments{
            QStringLiteral("switchboardctl"), QStringLiteral("history"),
            QStringLiteral("--history"),      path,
            QStringLiteral("--lane"),         QStringLiteral("drill/whatsapp/default"),
            QStringLiteral("--since"),        QStringLiteral("2026-02-12T00:00:00+09:00")};
        QCOMPARE(sb::ctl::runCommandLine(arguments, out, err), int(ExitCode::ExitHealthy));
        out.flush();
        QVERIFY2(text.contains(QLatin1String("logged-out")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("reconnecting")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("degraded")), qPrintable(text));

        QString json;
        QTextStream jsonOut(&json);
        QCOMPARE(sb::ctl::runCommandLine(arguments + QStringList{QStringLiteral("--json")}, jsonOut, err),
                 int(ExitCode::ExitHealthy));
        jsonOut.flush();
        const QJsonArray segments = QJsonDocument::fromJson(json.toUtf8()).array();
        QVERIFY(segments.size() >= 10);
        QCOMPARE(segments.last().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("logged-out"));
        QVERIFY(!segments.last().toObject().contains(QStringLiteral("to"))); // still running

        // An unknown lane lists the ones the file holds.
        QString unknownOut, unknownErr;
        QTextStream o(&unknownOut), e(&unknownErr);
        QCOMPARE(sb::ctl::runCommandLine({QStringLiteral("switchboardctl"), QStringLiteral("history"),
                                          QStringLiteral("--history"), path, QStringLiteral("--lane"),
                                          QStringLiteral("drill/whatsapp/nope")},
                                         o, e),
                 int(ExitCode::ExitUsage));
        e.flush();
        QVERIFY2(unknownErr.contains(QLatin1String("drill/whatsapp/default")), qPrintable(unknownErr));
    }

    void sinceAcceptsDatesAndAges()
    {
        QString why;
        const qint64 now = jst(12, 12, 0);
        QCOMPARE(sb::ctl::parseSince(QStringLiteral("90m"), now, &why),
                 std::optional<qint64>(now - 90 * 60000));
        QCOMPARE(sb::ctl::parseSince(QStringLiteral("7d"), now, &why),
                 std::optional<qint64>(now - 7 * 86400000LL));
        QCOMPARE(sb::ctl::parseSince(QStringLiteral("2026-02-12T18:57:00+09:00"), now, &why),
                 std::optional<qint64>(jst(12, 18, 57)));
        QVERIFY(!sb::ctl::parseSince(QStringLiteral("yesterday-ish"), now, &why));
        QVERIFY(why.contains(QLatin1String("yesterday-ish")));
    }
};

QTEST_GUILESS_MAIN(TestCtlAgainstDrill)
#include "TestCtlAgainstDrill.moc"

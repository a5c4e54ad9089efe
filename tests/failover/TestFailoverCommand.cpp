// switchboardctl failover / failback against the drill's standby scenario at 02:20: the
// preview writes nothing, --yes moves the operators and verifies them, bad input and an
// unproven failback are refused with words and exit 2.
#include "app/ctl/CommandLine.h"
#include "app/ctl/FailoverCommand.h"
#include "app/drill/DrillSession.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioPlayer.h"
#include "tests/ingest/StoryRun.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

class TestFailoverCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sb::drill::DrillSession> m_drill;

    QString writeFile(const QString &name, const QByteArray &text)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text);
        return file.fileName();
    }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    Run ctl(const QStringList &extra)
    {
        Run run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        QStringList arguments{u"switchboardctl"_s};
        arguments << extra << u"--gateway"_s << m_drill->url().toString() << u"--token-env"_s
                  << u"SB_DRILL_TOKEN"_s;
        run.code = sb::ctl::runCommandLine(arguments, out, err);
        out.flush();
        err.flush();
        return run;
    }

    QString operatorsFile()
    {
        return writeFile(u"operators.json"_s,
                         R"([{"name":"Grace","whatsapp":"+818011112222","signal":"+818011112222"},
                             {"name":"Kenji","whatsapp":"+818033334444","signal":"+818033334444"}])");
    }

private Q_SLOTS:
    void init()
    {
        sb::drill::DrillSession::Options options;
        options.scenarioPath = u":/scenarios/2026-02-12-standby.json"_s;
        options.speed = 1;
        options.autoPlay = false;
        QString error;
        m_drill = sb::drill::DrillSession::start(options, &error);
        QVERIFY2(m_drill, qPrintable(error));
        m_drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(sb::test::jst(12, 2, 20)));
        qputenv("SB_DRILL_TOKEN", m_drill->token().toUtf8());
    }

    void cleanup() { m_drill.reset(); }

    void previewWritesNothing()
    {
        const QString hash = m_drill->world()->config().hash();
        const Run run = ctl({u"failover"_s, u"--from"_s, u"whatsapp"_s, u"--to"_s, u"signal"_s,
                             u"--operators"_s, operatorsFile()});
        QVERIFY2(run.code == sb::ctl::FailoverDone, qPrintable(run.out + run.err));
        QVERIFY2(run.out.contains(u"channels.signal.dmPolicy: \"pairing\" → \"allowlist\""_s),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"[pass] target-proven"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"--yes"_s), qPrintable(run.out));
        QCOMPARE(m_drill->world()->config().hash(), hash);
    }

    void yesMovesAndVerifies()
    {
        const Run run = ctl({u"failover"_s, u"--from"_s, u"whatsapp"_s, u"--to"_s, u"signal"_s,
                             u"--operators"_s, operatorsFile(), u"--yes"_s, u"--json"_s});
        QVERIFY2(run.code == sb::ctl::FailoverDone, qPrintable(run.out + run.err));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(u"state"_s).toString(), u"verified"_s);
        QCOMPARE(report.value(u"operators"_s).toArray().size(), 2);
        for (const QJsonValue &person : report.value(u"operators"_s).toArray())
            QCOMPARE(person.toObject().value(u"outcome"_s).toString(), u"confirmed"_s);
        QCOMPARE(m_drill->world()
                     ->config()
                     .config()
                     .value(u"channels"_s)
                     .toObject()
                     .value(u"signal"_s)
                     .toObject()
                     .value(u"dmPolicy"_s),
                 QJsonValue(u"allowlist"_s));
    }

    void badInputIsRefused()
    {
        const QString hash = m_drill->world()->config().hash();
        const QString noSignal =
            writeFile(u"nosignal.json"_s, R"([{"name":"Grace","whatsapp":"+818011112222"}])");
        Run run = ctl({u"failover"_s, u"--from"_s, u"whatsapp"_s, u"--to"_s, u"signal"_s, u"--operators"_s,
                       noSignal, u"--yes"_s});
        QCOMPARE(run.code, int(sb::ctl::FailoverRefused));
        QVERIFY2(run.err.contains(u"Grace has no signal identity"_s), qPrintable(run.err));
        const QString wrongForm = writeFile(u"wrong.json"_s, R"([{"name":"Grace","signal":"0801234"}])");
        run = ctl(
            {u"failover"_s, u"--from"_s, u"whatsapp"_s, u"--to"_s, u"signal"_s, u"--operators"_s, wrongForm});
        QCOMPARE(run.code, int(sb::ctl::FailoverRefused));
        QVERIFY2(run.err.contains(u"0801234"_s), qPrintable(run.err));
        run = ctl({u"failover"_s, u"--from"_s, u"signal"_s, u"--to"_s, u"signal"_s, u"--operators"_s,
                   operatorsFile()});
        QCOMPARE(run.code, int(sb::ctl::FailoverRefused));
        run = ctl({u"failback"_s, u"--from"_s, u"whatsapp"_s, u"--to"_s, u"signal"_s, u"--operators"_s,
                   operatorsFile(), u"--yes"_s});
        QCOMPARE(run.code, int(sb::ctl::FailoverRefused));
        QVERIFY2(run.out.contains(u"not proven itself again"_s), qPrintable(run.out));
        QCOMPARE(m_drill->world()->config().hash(), hash);
    }
};

QTEST_GUILESS_MAIN(TestFailoverCommand)
#include "TestFailoverCommand.moc"

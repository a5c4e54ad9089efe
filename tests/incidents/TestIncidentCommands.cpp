// switchboardctl import-log, incidents and export, run as the command line runs them.
#include "app/ctl/CommandLine.h"
#include "app/ctl/StatusCommand.h"
#include "tests/incidents/LogLines.h"
#include "tests/support/TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

constexpr qint64 kT0 = 1'770'822'000'000; // 2026-02-11T15:00Z, 2026-02-12 00:00 JST

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run ctl(QStringList arguments)
{
    arguments.prepend(QStringLiteral("switchboardctl"));
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.code = sb::ctl::runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

} // namespace

class TestIncidentCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importListExport()
    {
        sb::test::ScratchHome home;
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("openclaw.log"));
        const QString history = dir.filePath(QStringLiteral("night.sqlite"));
        {
            QFile file(log);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a log line\n");
            file.write(sb::test::whatsappNight(kT0));
        }
        Run run = ctl({QStringLiteral("import-log"), log, QStringLiteral("--history"), history,
                       QStringLiteral("--time-zone"), QStringLiteral("Asia/Tokyo")});
        QCOMPARE(run.code, int(sb::ctl::ExitHealthy));
        QVERIFY2(run.out.contains(QLatin1String("11 lines read, 1 skipped")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("imported/whatsapp/default")), qPrintable(run.out));

        // A second import into the same file is refused: nothing is mixed in.
        run = ctl({QStringLiteral("import-log"), log, QStringLiteral("--history"), history});
        QCOMPARE(run.code, int(sb::ctl::ExitCritical));
        QVERIFY2(run.err.contains(QLatin1String("already exists")), qPrintable(run.err));

        run = ctl(
            {QStringLiteral("incidents"), QStringLiteral("--history"), history, QStringLiteral("--json")});
        QCOMPARE(run.code, int(sb::ctl::ExitHealthy));
        const QJsonArray incidents = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(incidents.size(), 1);
        const QJsonObject incident = incidents[0].toObject();
        QCOMPARE(incident.value(QStringLiteral("worstState")).toString(), QStringLiteral("logged-out"));
        QVERIFY(incident.value(QStringLiteral("open")).toBool());
        const QString id = QString::number(incident.value(QStringLiteral("id")).toInteger());

        const QString markdown = dir.filePath(QStringLiteral("incident.md"));
        run = ctl({QStringLiteral("export"), QStringLiteral("--incident"), id, QStringLiteral("--format"),
                   QStringLiteral("md"), QStringLiteral("--out"), markdown, QStringLiteral("--history"),
                   history, QStringLiteral("--time-zone"), QStringLiteral("Asia/Tokyo")});
        QCOMPARE(run.code, int(sb::ctl::ExitHealthy));
        QFile file(markdown);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(
            text.contains(QStringLiteral("- [Feb 12, 00:20 JST] status 428 (Precondition Required) — pattern "
                                         "repeats 2× through night")),
            qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("- [Feb 12, 00:25 JST] session revoked: 401")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Exported by Switchboard")));

        // Usage errors say what is wrong.
        run = ctl({QStringLiteral("export"), QStringLiteral("--incident"), QStringLiteral("999"),
                   QStringLiteral("--history"), history});
        QCOMPARE(run.code, int(sb::ctl::ExitUsage));
        QVERIFY2(run.err.contains(QLatin1String("no incident 999")), qPrintable(run.err));
        run = ctl({QStringLiteral("export"), QStringLiteral("--incident"), id, QStringLiteral("--format"),
                   QStringLiteral("docx"), QStringLiteral("--history"), history});
        QCOMPARE(run.code, int(sb::ctl::ExitUsage));
        run = ctl(
            {QStringLiteral("incidents"), QStringLiteral("--history"), dir.filePath(QStringLiteral("none"))});
        QCOMPARE(run.code, int(sb::ctl::ExitCritical));
    }
};

QTEST_GUILESS_MAIN(TestIncidentCommands)
#include "TestIncidentCommands.moc"

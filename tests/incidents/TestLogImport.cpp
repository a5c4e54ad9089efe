// A gateway's file log imported into a history of its own: what it rebuilds, and what bad
// input (garbage, cut lines, another program's log, a huge line) does not do to it.
#include "app/incidents/LogImport.h"
#include "app/store/History.h"
#include "tests/incidents/LogLines.h"
#include "tests/support/TestEnvironment.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sb::incidents::importGatewayLog;
using sb::incidents::LogImportOptions;

namespace {

constexpr qint64 kT0 = 1'770'822'000'000; // 2026-02-11T15:00Z

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The process's peak resident memory so far, in KiB (Linux).
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class TestLogImport : public QObject
{
    Q_OBJECT

private:
    LogImportOptions options(const QString &log, const QString &history) const
    {
        LogImportOptions o;
        o.logPath = m_dir.filePath(log);
        o.historyPath = m_dir.filePath(history);
        o.gatewayId = QStringLiteral("night");
        o.protectedHistoryPath = m_dir.filePath(QStringLiteral("window.sqlite"));
        return o;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rebuildsTheIncident()
    {
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("clean.log")), sb::test::whatsappNight(kT0)));
        QString problem;
        const auto result =
            importGatewayLog(options(QStringLiteral("clean.log"), QStringLiteral("clean.sqlite")), &problem);
        QVERIFY2(result, qPrintable(problem));
        QCOMPARE(result->lines, 10);
        QCOMPARE(result->skippedLines, 0);
        QCOMPARE(result->incidents, 1);
        QCOMPARE(result->firstAt.value_or(0), kT0);
        sb::store::History history(m_dir.filePath(QStringLiteral("clean.sqlite")));
        QVERIFY(history.open());
        const auto incidents = history.incidents(0, std::numeric_limits<qint64>::max());
        QCOMPARE(incidents.size(), 1);
        QCOMPARE(incidents[0].lane.toString(), QStringLiteral("night/whatsapp/default"));
        QCOMPARE(incidents[0].openedAt, kT0 + 20 * 60 * 1000); // the first 428
        QCOMPARE(incidents[0].worstState, sb::LaneState::LoggedOut);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("clean.sqlite.importing"))));
    }

    // Garbage, a cut line, another program's log (syslog, and JSON of another shape), blank
    // lines and a line far past the length limit: each skipped and counted, the real lines
    // read as if alone.
    void skipsWhatIsNotAGatewayLog()
    {
        const QByteArray night = sb::test::whatsappNight(kT0);
        const QList<QByteArray> lines = night.split('\n');
        QByteArray log;
        log += QByteArray("\x00\x01\xff\xfe garbage\n", 13);
        log += lines[0] + '\n';
        log += lines[1].left(lines[1].size() / 2) + '\n'; // cut mid-record (the lost delivery)
        log += "Feb 12 00:34:00 vm systemd[1]: Started Session 4 of user ops.\n";
        log += "{\"level\":30,\"msg\":\"another program's JSON\",\"time\":1770822000000}\n";
        log += "\n   \n";
        log += QByteArray(3 << 20, 'x') + '\n'; // longer than maxLineBytes
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines[i].isEmpty())
                log += lines[i] + '\n';
        }
        log += lines[0].left(40); // the file ends mid-record
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("mixed.log")), log));
        QString problem;
        const auto result =
            importGatewayLog(options(QStringLiteral("mixed.log"), QStringLiteral("mixed.sqlite")), &problem);
        QVERIFY2(result, qPrintable(problem));
        QCOMPARE(result->skippedLines, 6); // garbage, cut, syslog, other JSON, too long, cut at the end
        QCOMPARE(result->lines, 10 + 6);
        QCOMPARE(result->incidents, 1);
    }

    // A huge file is streamed: a 64 MiB line with no newline raises the peak memory by far less
    // than its size (reading it whole would cost it once as bytes and twice more as text).
    void memoryStaysBounded()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge.log"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray block(1 << 20, 'y');
            for (int i = 0; i < 64; ++i)
                QCOMPARE(file.write(block), block.size());
            QVERIFY(file.write("\n") == 1);
            QVERIFY(file.write(sb::test::whatsappNight(kT0)) > 0);
        }
        const qint64 before = peakRssKiB();
        QVERIFY(before > 0);
        QString problem;
        const auto result =
            importGatewayLog(options(QStringLiteral("huge.log"), QStringLiteral("huge.sqlite")), &problem);
        QVERIFY2(result, qPrintable(problem));
        const qint64 grown = peakRssKiB() - before;
        QVERIFY2(grown < 24 * 1024, qPrintable(QStringLiteral("peak grew by %1 KiB").arg(grown)));
        QCOMPARE(result->skippedLines, 1);
        QCOMPARE(result->incidents, 1);
        QVERIFY(result->bytesRead > 64 << 20);
    }

    // Lines the real OpenClaw 2026.9.6 gateway wrote (tests/data/real-gateway): Signal pointed at
    // a dead port retries for a minute. Judged with a short reconnect limit, that is an incident.
    void recordedRealGatewayLog()
    {
        LogImportOptions o = options(QStringLiteral("unused.log"), QStringLiteral("real.sqlite"));
        o.logPath = sb::test::testDataPath(QStringLiteral("real-gateway/gateway-log-lines.jsonl"));
        o.policy.reconnectLimitMs = 15 * 1000;
        o.policy.incidentGraceMs = 5 * 1000;
        QString problem;
        const auto result = importGatewayLog(o, &problem);
        QVERIFY2(result, qPrintable(problem));
        QCOMPARE(result->skippedLines, 0);
        QVERIFY(result->events > 10);
        sb::store::History history(o.historyPath);
        QVERIFY(history.open());
        bool signal = false;
        for (const auto &incident : history.incidents(0, std::numeric_limits<qint64>::max()))
            signal |= incident.lane.toString() == QLatin1String("night/signal/default") &&
                      incident.worstState == sb::LaneState::Blocked;
        QVERIFY(signal);
    }

    // Nothing half-imported: the window's history, an existing file and an unreadable log are
    // refused, and nothing is left behind.
    void refusesAndLeavesNothing()
    {
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("window.sqlite")), "the window's history"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("small.log")), sb::test::whatsappNight(kT0)));
        QString problem;
        QVERIFY(!importGatewayLog(options(QStringLiteral("small.log"), QStringLiteral("window.sqlite")),
                                  &problem));
        QVERIFY2(problem.contains(QLatin1String("window's own history")), qPrintable(problem));
        QFile window(m_dir.filePath(QStringLiteral("window.sqlite")));
        QVERIFY(window.open(QIODevice::ReadOnly));
        QCOMPARE(window.readAll(), QByteArray("the window's history"));

        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("taken.sqlite")), "x"));
        QVERIFY(!importGatewayLog(options(QStringLiteral("small.log"), QStringLiteral("taken.sqlite")),
                                  &problem));
        QVERIFY2(problem.contains(QLatin1String("already exists")), qPrintable(problem));

        QVERIFY(!importGatewayLog(options(QStringLiteral("missing.log"), QStringLiteral("none.sqlite")),
                                  &problem));
        QVERIFY2(problem.contains(QLatin1String("cannot read")), qPrintable(problem));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.sqlite.importing"))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLogImport)
#include "TestLogImport.moc"

// The file log the real OpenClaw gateway of the conformance fixture is writing right now
// (logging.file, OPENCLAW_TEST_LOG) imported into a history of its own: its incidents appear.
// The fixture's Signal points at a dead port, so its lane retries until a person must look.
// Nothing is sent to the gateway and its config is not touched.
#include "app/incidents/LogImport.h"
#include "app/ingest/LogLineParser.h"
#include "app/store/History.h"
#include "tests/conformance/RealGatewayEnv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

// How long the log's Signal lines have been saying the daemon is unreachable.
qint64 signalTroubleSpanMs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    qint64 first = 0, last = 0;
    while (!file.atEnd()) {
        const auto line = sb::ingest::parseLogLine(QString::fromUtf8(file.readLine()));
        if (!line || !line->subsystem.contains(QLatin1String("signal")))
            continue;
        first = first ? first : line->at;
        last = line->at;
    }
    return last - first;
}

} // namespace

class TestRealGatewayLogImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importedLogShowsItsIncidents()
    {
        QString why;
        const QHash<QString, QString> env = sb::test::readRealGatewayEnv(&why);
        QVERIFY2(!env.isEmpty(), qPrintable(why));
        const QString log = env.value(QStringLiteral("OPENCLAW_TEST_LOG"));
        QVERIFY2(QFileInfo::exists(log), qPrintable(log));
        // Signal retries every 1-10 s from start-up: wait for half a minute of them.
        QTRY_VERIFY_WITH_TIMEOUT(signalTroubleSpanMs(log) >= 30000, 150000);

        QTemporaryDir dir;
        sb::incidents::LogImportOptions options;
        options.logPath = log;
        options.historyPath = dir.filePath(QStringLiteral("real.sqlite"));
        options.gatewayId = QStringLiteral("real");
        options.protectedHistoryPath = dir.filePath(QStringLiteral("window.sqlite"));
        // An operator's tight preferences: five seconds' grace, fifteen of fruitless retries.
        options.policy.reconnectLimitMs = 15 * 1000;
        options.policy.incidentGraceMs = 5 * 1000;
        QString problem;
        const auto result = sb::incidents::importGatewayLog(options, &problem);
        QVERIFY2(result, qPrintable(problem));
        QVERIFY(result->lines > 10);
        QVERIFY2(result->skippedLines <= 1,
                 qPrintable(QString::number(result->skippedLines))); // a line mid-write
        QVERIFY(result->incidents >= 1);

        sb::store::History history(options.historyPath);
        QVERIFY(history.open());
        QStringList lanes;
        bool signal = false;
        for (const auto &incident : history.incidents(0, std::numeric_limits<qint64>::max())) {
            lanes << incident.lane.toString();
            signal |= incident.lane.toString() == QLatin1String("real/signal/default");
        }
        QVERIFY2(signal, qPrintable(lanes.join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(TestRealGatewayLogImport)
#include "TestRealGatewayLogImport.moc"

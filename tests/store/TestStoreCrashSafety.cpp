// A child process ingests at full speed and is killed with SIGKILL at several points; the
// file must pass integrity_check and hold every event the child saw committed, in order.
#include "app/store/History.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestStoreCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesOnlyTheUncommittedBatch_data()
    {
        QTest::addColumn<qint64>("killAfter");
        // Different amounts so the kill lands at different points of a batch and of the WAL.
        QTest::newRow("early") << qint64(3'000);
        QTest::newRow("mid") << qint64(40'000);
        QTest::newRow("late") << qint64(150'000);
    }

    void killedWriterLosesOnlyTheUncommittedBatch()
    {
        QFETCH(qint64, killAfter);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));

        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(STORE_CRASH_CHILD), {path});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

        qint64 reported = 0;
        QByteArray pending;
        while (reported < killAfter) {
            QVERIFY2(child.waitForReadyRead(30'000), "the child stopped reporting commits");
            pending += child.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (line.startsWith("committed "))
                    reported = line.mid(10).toLongLong();
            }
        }
        child.kill(); // SIGKILL: no destructor, no final commit
        QVERIFY(child.waitForFinished(10'000));
        // Lines that were complete before the kill still count as reported.
        pending += child.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            if (line.startsWith("committed ") && line.size() > 10)
                reported = std::max(reported, line.mid(10).toLongLong());
        }

        sb::store::History history(path);
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QCOMPARE(history.integrityCheck(), QStringLiteral("ok"));
        const qint64 stored = history.eventCount();
        QVERIFY2(stored >= reported,
                 qPrintable(QStringLiteral("%1 stored < %2 reported").arg(stored).arg(reported)));
        QVERIFY(history.verifyActionLog().intact);

        // Every committed event is there, once, with nothing missing in between.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT detail), MIN(CAST(detail AS INTEGER)), "
                               "MAX(CAST(detail AS INTEGER)) FROM events")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), stored);
            QCOMPARE(q.value(1).toLongLong(), stored);
            QCOMPARE(q.value(2).toLongLong(), 0);
            QCOMPARE(q.value(3).toLongLong(), stored - 1);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // The file keeps working after the crash.
        sb::ChannelEvent e;
        e.lane = {QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")};
        e.at = 1;
        e.kind = sb::EventKind::Connected;
        history.append(e);
        history.flush();
        QCOMPARE(history.eventCount(), stored + 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreCrashSafety)
#include "TestStoreCrashSafety.moc"

// The real switchboard executable, on the drill, offscreen, told to stop by SIGTERM or SIGINT:
// it must exit 0, log why it exits, and leave a history that opens cleanly with at least
// every event it held before the signal.
#include <csignal>
#include <sys/types.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kStartMs = 90000;
constexpr int kExitMs = 30000;

struct HistoryCount
{
    qint64 events = -1; // -1: the file cannot be read (yet)
    QString integrity;
};

// Reads the history as another program would, on its own connection.
HistoryCount readHistory(const QString &path, bool checkIntegrity)
{
    HistoryCount result;
    if (!QFile::exists(path))
        return result;
    const QString name = QStringLiteral("observer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery count(db);
            if (count.exec(QStringLiteral("SELECT count(*) FROM events")) && count.next())
                result.events = count.value(0).toLongLong();
            QSqlQuery check(db);
            if (checkIntegrity && check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next())
                result.integrity = check.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestGracefulExit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitsCleanlyOnSignal_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::addColumn<QString>("name");
        QTest::newRow("SIGTERM") << int(SIGTERM) << QStringLiteral("SIGTERM");
        QTest::newRow("SIGINT") << int(SIGINT) << QStringLiteral("SIGINT");
    }

    void exitsCleanlyOnSignal()
    {
        QFETCH(int, signalNumber);
        QFETCH(QString, name);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString home = scratch.filePath(QStringLiteral("home"));
        const QString data = QDir(home).filePath(QStringLiteral(".local/share"));
        const QString runtime = scratch.filePath(QStringLiteral("runtime"));
        QVERIFY(QDir().mkpath(home));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(home).filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), data);
        env.insert(QStringLiteral("XDG_CACHE_HOME"), QDir(home).filePath(QStringLiteral(".cache")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // No keychain: the console falls back to memory and never touches a real keyring.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));

        QProcess console;
        console.setProcessEnvironment(env);
        console.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        console.setStandardOutputFile(QProcess::nullDevice());
        // Another binary (an installed one, an older build) can be put under the same test.
        const QString executable =
            qEnvironmentVariable("SWITCHBOARD_UNDER_TEST", QStringLiteral(SWITCHBOARD_EXECUTABLE));
        console.start(executable,
                      {QStringLiteral("--drill"), QStringLiteral("--speed"), QStringLiteral("120"),
                       QStringLiteral("--log-level"), QStringLiteral("info")});
        QVERIFY2(console.waitForStarted(kExitMs), qPrintable(console.errorString()));

        const QString history =
            QDir(data).filePath(QStringLiteral("Switchboard/Switchboard/drill-history.sqlite"));
        const QString log =
            QDir(data).filePath(QStringLiteral("Switchboard/Switchboard/logs/switchboard.log"));
        // Events committed while the drill plays; then more are queued or on their way.
        QTRY_VERIFY_WITH_TIMEOUT(
            readHistory(history, false).events > 0 || console.state() == QProcess::NotRunning, kStartMs);
        QCOMPARE(console.state(), QProcess::Running);
        const qint64 before = readHistory(history, false).events;
        QVERIFY(before > 0);

        QCOMPARE(::kill(static_cast<pid_t>(console.processId()), signalNumber), 0);
        QVERIFY2(console.waitForFinished(kExitMs), "switchboard did not exit after the signal");
        QCOMPARE(console.exitStatus(), QProcess::NormalExit);
        QCOMPARE(console.exitCode(), 0);

        const QByteArray written = readAll(log);
        QVERIFY2(written.contains(QStringLiteral("%1 received").arg(name).toUtf8()),
                 written.right(2000).constData());
        QVERIFY2(
            written.contains(QStringLiteral("Switchboard exiting on %1 with status 0").arg(name).toUtf8()),
            written.right(2000).constData());

        const HistoryCount after = readHistory(history, true);
        qInfo("%lld events in the history before the signal, %lld after", before, after.events);
        QCOMPARE(after.integrity, QStringLiteral("ok"));
        QVERIFY2(after.events >= before,
                 qPrintable(
                     QStringLiteral("%1 events before the signal, %2 after").arg(before).arg(after.events)));
        // A clean close checkpoints the journal into the file and removes it.
        QVERIFY(!QFile::exists(history + QStringLiteral("-wal")) ||
                QFileInfo(history + QStringLiteral("-wal")).size() == 0);
    }
};

QTEST_GUILESS_MAIN(TestGracefulExit)
#include "TestGracefulExit.moc"

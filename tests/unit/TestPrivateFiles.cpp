// The history, the log and the settings file hold operator identities and incident details:
// created through the real code paths under the common umask 022, each must be 0600 and sit in
// a 0700 folder; ones left looser by an earlier version are tightened when opened.
#include "app/platform/Logging.h"
#include "app/platform/Settings.h"
#include "app/store/History.h"
#include "tests/support/TestEnvironment.h"

#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace {

constexpr int kPrivateFile = 0600;
constexpr int kPrivateFolder = 0700;
constexpr int kLooseFile = 0644;
constexpr int kLooseFolder = 0755;

// The permission bits as stat() reports them; -1 when the path does not exist.
int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

QString octal(int mode)
{
    return mode < 0 ? QStringLiteral("missing") : QString::number(mode, 8);
}

void setMode(const QString &path, int mode)
{
    QVERIFY2(::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)) == 0, qPrintable(path));
}

sb::ChannelEvent someEvent()
{
    sb::ChannelEvent event;
    event.lane = sb::LaneKey{QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")};
    event.at = 1'800'000'000'000;
    event.kind = sb::EventKind::Connected;
    event.source = sb::EventSource::LogLine;
    return event;
}

} // namespace

// A macro so a failure names the caller's line.
#define COMPARE_MODE(path, expected)                                                                         \
    do {                                                                                                     \
        const QString checked = (path);                                                                      \
        QVERIFY2(modeOf(checked) == (expected),                                                              \
                 qPrintable(QStringLiteral("%1 is %2, expected %3")                                          \
                                .arg(checked, octal(modeOf(checked)), octal(expected))));                    \
    } while (false)

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_oldUmask = ::umask(022); }
    void cleanupTestCase() { ::umask(m_oldUmask); }
    void cleanup()
    {
        sb::log::shutdown();
        // One scratch home for the whole run (QSettings keeps the first standard path it
        // computes); each test starts from an empty one.
        const QFileInfoList entries =
            QDir(m_home.path()).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QFileInfo &entry : entries) {
            if (entry.isDir())
                QDir(entry.absoluteFilePath()).removeRecursively();
            else
                QFile::remove(entry.absoluteFilePath());
        }
    }

    void historyAndItsJournalAreTheOwnersOnly()
    {
        const QString path = sb::store::History::defaultPath();
        sb::store::History history(path);
        QVERIFY(history.open());
        history.append(someEvent());
        history.flush();
        COMPARE_MODE(path, kPrivateFile);
        // WAL mode: both exist while the history is open.
        COMPARE_MODE(path + QStringLiteral("-wal"), kPrivateFile);
        COMPARE_MODE(path + QStringLiteral("-shm"), kPrivateFile);
        COMPARE_MODE(QFileInfo(path).absolutePath(), kPrivateFolder);
        // The organisation folder above it was created by the same call.
        COMPARE_MODE(QFileInfo(QFileInfo(path).absolutePath()).absolutePath(), kPrivateFolder);
    }

    void looseHistoryIsTightenedOnOpen()
    {
        const QString path = sb::store::History::defaultPath();
        {
            sb::store::History history(path);
            QVERIFY(history.open());
            history.append(someEvent());
            history.flush();
            // Kept open while loosening, so the -wal and -shm files exist to be tightened.
            for (const QString &file :
                 QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
                setMode(file, kLooseFile);
            setMode(QFileInfo(path).absolutePath(), kLooseFolder);
            sb::store::History again(path);
            QVERIFY(again.open());
            COMPARE_MODE(path, kPrivateFile);
            COMPARE_MODE(path + QStringLiteral("-wal"), kPrivateFile);
            COMPARE_MODE(path + QStringLiteral("-shm"), kPrivateFile);
            COMPARE_MODE(QFileInfo(path).absolutePath(), kPrivateFolder);
            QCOMPARE(again.eventCount(), qint64(1));
        }
    }

    void historyElsewhereLeavesAnExistingFolderAlone()
    {
        const QString folder = m_home.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folder));
        setMode(folder, kLooseFolder);
        const QString path = QDir(folder).filePath(QStringLiteral("h.sqlite"));
        sb::store::History history(path);
        QVERIFY(history.open());
        COMPARE_MODE(path, kPrivateFile);
        COMPARE_MODE(folder, kLooseFolder);
    }

    void logAndItsRotationsAreTheOwnersOnly()
    {
        const QString folder = m_home.filePath(QStringLiteral("data/logs"));
        sb::log::Options options;
        options.logDirectory = folder;
        options.toStderr = false;
        options.maxFileBytes = 2048;
        options.maxFiles = 2;
        sb::log::init(options);
        const std::string line(200, 'x');
        for (int i = 0; i < 40; ++i)
            sb::log::app()->info("operator alice, incident {}: {}", i, line);
        sb::log::app()->flush();
        const QString current = sb::log::currentLogFile();
        QCOMPARE(current, QDir(folder).filePath(QStringLiteral("switchboard.log")));
        COMPARE_MODE(current, kPrivateFile);
        // The file opened after a rotation, and the one rotated away.
        COMPARE_MODE(QDir(folder).filePath(QStringLiteral("switchboard.1.log")), kPrivateFile);
        COMPARE_MODE(folder, kPrivateFolder);
        COMPARE_MODE(m_home.filePath(QStringLiteral("data")), kPrivateFolder);
    }

    void looseLogIsTightenedOnOpen()
    {
        const QString folder = m_home.filePath(QStringLiteral("logs"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = QDir(folder).filePath(QStringLiteral("switchboard.log"));
        const QString rotated = QDir(folder).filePath(QStringLiteral("switchboard.1.log"));
        for (const QString &name : {file, rotated}) {
            QFile old(name);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an earlier run\n");
        }
        setMode(file, kLooseFile);
        setMode(rotated, kLooseFile);
        setMode(folder, kLooseFolder);
        sb::log::Options options;
        options.logDirectory = folder;
        options.toStderr = false;
        sb::log::init(options);
        COMPARE_MODE(file, kPrivateFile);
        COMPARE_MODE(rotated, kPrivateFile);
        COMPARE_MODE(folder, kPrivateFolder);
    }

    void settingsFileIsTheOwnersOnly()
    {
        QString path;
        {
            sb::Settings settings;
            path = settings.fileName();
            QVERIFY2(path.endsWith(QStringLiteral("/Switchboard/Switchboard.ini")), qPrintable(path));
            settings.setLastProfileId(QStringLiteral("alice@example.org"));
            settings.sync();
            COMPARE_MODE(path, kPrivateFile);
        }
        // Written again on destruction (QSettings' own sync), still private.
        COMPARE_MODE(path, kPrivateFile);
        COMPARE_MODE(QFileInfo(path).absolutePath(), kPrivateFolder);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("alice@example.org"));
    }

    void looseSettingsAreTightenedOnOpen()
    {
        QString path;
        {
            sb::Settings settings;
            path = settings.fileName();
            settings.setLastProfileId(QStringLiteral("one"));
        }
        setMode(path, kLooseFile);
        setMode(QFileInfo(path).absolutePath(), kLooseFolder);
        {
            sb::Settings settings;
            QCOMPARE(settings.lastProfileId(), QStringLiteral("one"));
            COMPARE_MODE(path, kPrivateFile);
            COMPARE_MODE(QFileInfo(path).absolutePath(), kPrivateFolder);
            settings.setLastProfileId(QStringLiteral("two"));
        }
        COMPARE_MODE(path, kPrivateFile);
    }

    void namedSettingsFileIsPrivateButItsFolderIsLeftAlone()
    {
        const QString shared = m_home.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(shared));
        setMode(shared, kLooseFolder);
        const QString inShared = QDir(shared).filePath(QStringLiteral("switchboard.ini"));
        const QString inNew = m_home.filePath(QStringLiteral("fresh/dir/switchboard.ini"));
        for (const QString &path : {inShared, inNew}) {
            sb::Settings settings(path);
            settings.setLaneFilter(QStringLiteral("whatsapp"));
            settings.sync();
            COMPARE_MODE(path, kPrivateFile);
        }
        COMPARE_MODE(shared, kLooseFolder);
        COMPARE_MODE(m_home.filePath(QStringLiteral("fresh/dir")), kPrivateFolder);
        COMPARE_MODE(m_home.filePath(QStringLiteral("fresh")), kPrivateFolder);
    }

private:
    sb::test::ScratchHome m_home;
    mode_t m_oldUmask = 022;
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "TestPrivateFiles.moc"

#include "app/platform/Settings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sb::GatewayProfile;
using sb::Settings;

class TestSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("switchboard.ini")); }

private Q_SLOTS:
    void cleanup() { QFile::remove(iniPath()); }

    void profilesRoundTripThroughTheFile()
    {
        GatewayProfile tokyo =
            GatewayProfile::create(QStringLiteral("Tokyo"), QUrl(QStringLiteral("ws://127.0.0.1:18789")));
        tokyo.displayTimeZone = QStringLiteral("Asia/Tokyo");
        GatewayProfile remote =
            GatewayProfile::create(QStringLiteral("Remote"), QUrl(QStringLiteral("ws://10.0.0.5:18789")));
        remote.allowInsecure = true;
        {
            Settings settings(iniPath());
            QSignalSpy changed(&settings, &Settings::profilesChanged);
            settings.saveProfile(tokyo);
            settings.saveProfile(remote);
            QCOMPARE(changed.count(), 2);
        }
        Settings reopened(iniPath());
        const QList<GatewayProfile> profiles = reopened.profiles();
        QCOMPARE(profiles.size(), 2);
        QCOMPARE(profiles.at(0), tokyo);
        QCOMPARE(profiles.at(1), remote);
        QCOMPARE(reopened.profile(remote.id).value_or(GatewayProfile{}), remote);
        QVERIFY(!reopened.profile(QStringLiteral("missing")).has_value());
    }

    void savingAnExistingIdReplacesIt()
    {
        Settings settings(iniPath());
        GatewayProfile profile =
            GatewayProfile::create(QStringLiteral("A"), QUrl(QStringLiteral("ws://localhost:1")));
        settings.saveProfile(profile);
        profile.name = QStringLiteral("B");
        settings.saveProfile(profile);
        QCOMPARE(settings.profiles().size(), 1);
        QCOMPARE(settings.profiles().constFirst().name, QStringLiteral("B"));
    }

    void removingTheLastUsedProfileForgetsIt()
    {
        Settings settings(iniPath());
        const GatewayProfile profile =
            GatewayProfile::create(QStringLiteral("A"), QUrl(QStringLiteral("ws://localhost:1")));
        settings.saveProfile(profile);
        settings.setLastProfileId(profile.id);
        settings.removeProfile(profile.id);
        QVERIFY(settings.profiles().isEmpty());
        QVERIFY(settings.lastProfileId().isEmpty());
    }

    void enumsAreStoredByName()
    {
        {
            Settings settings(iniPath());
            QCOMPARE(settings.laneSortOrder(), Settings::LaneSortOrder::Severity);
            settings.setLaneSortOrder(Settings::LaneSortOrder::Name);
            settings.sync();
        }
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("laneSortOrder=Name"));
        QCOMPARE(Settings(iniPath()).laneSortOrder(), Settings::LaneSortOrder::Name);
    }

    void unknownEnumNameFallsBackToDefault()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("timeline/laneSortOrder"), QStringLiteral("Sideways"));
        }
        QCOMPARE(Settings(iniPath()).laneSortOrder(), Settings::LaneSortOrder::Severity);
    }

    void windowStateAndLanguagePersist()
    {
        {
            Settings settings(iniPath());
            settings.setWindowGeometry(QByteArray("geom"));
            settings.setWindowState(QByteArray("state"));
            settings.setLanguageOverride(QStringLiteral("ja"));
        }
        Settings reopened(iniPath());
        QCOMPARE(reopened.windowGeometry(), QByteArray("geom"));
        QCOMPARE(reopened.windowState(), QByteArray("state"));
        QCOMPARE(reopened.languageOverride(), QStringLiteral("ja"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"

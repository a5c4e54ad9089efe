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
        remote.watchAtStart = true;
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

    void monitoringPreferencesRoundTrip()
    {
        sb::MonitoringPreferences p;
        p.proof = {20, 4};
        p.proofByChannel.insert(QStringLiteral("telegram"), {2, 1});
        p.incidentGraceSeconds = 120;
        p.alertStrikes = 3;
        p.alertWindowMinutes = 15;
        p.retentionDays = 90;
        {
            Settings settings(iniPath());
            QCOMPARE(settings.monitoring(), sb::MonitoringPreferences{}); // defaults until set
            QSignalSpy changed(&settings, &Settings::monitoringChanged);
            settings.setMonitoring(p);
            QCOMPARE(changed.count(), 1);
        }
        Settings reopened(iniPath());
        QCOMPARE(reopened.monitoring(), p);
        QCOMPARE(reopened.monitoring().proofFor(QStringLiteral("telegram")), (sb::ProofPreference{2, 1}));
        QCOMPARE(reopened.monitoring().proofFor(QStringLiteral("signal")), (sb::ProofPreference{20, 4}));
    }

    // A hand-edited file cannot switch the proof off or make alerts fire on nothing.
    void handEditedMonitoringValuesAreClamped()
    {
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("monitoring/proofConnectedMinutes"), 0);
            raw.setValue(QStringLiteral("monitoring/proofDeliveries"), QStringLiteral("none"));
            raw.setValue(QStringLiteral("monitoring/alertStrikes"), -4);
            raw.setValue(QStringLiteral("monitoring/retentionDays"), 999999);
            raw.beginWriteArray(QStringLiteral("monitoring/proofByChannel"), 2);
            raw.setArrayIndex(0);
            raw.setValue(QStringLiteral("channel"), QStringLiteral("signal"));
            raw.setValue(QStringLiteral("connectedMinutes"), 100000);
            raw.setValue(QStringLiteral("deliveries"), 0);
            raw.setArrayIndex(1);
            raw.setValue(QStringLiteral("channel"), QString());
            raw.setValue(QStringLiteral("connectedMinutes"), 5);
            raw.setValue(QStringLiteral("deliveries"), 5);
            raw.endArray();
        }
        const sb::MonitoringPreferences p = Settings(iniPath()).monitoring();
        QCOMPARE(p.proof.connectedMinutes, sb::MonitoringPreferences::kMinConnectedMinutes);
        QCOMPARE(p.proof.deliveries, sb::MonitoringPreferences{}.proof.deliveries); // unreadable: default
        QCOMPARE(p.alertStrikes, sb::MonitoringPreferences::kMinAlertStrikes);
        QCOMPARE(p.retentionDays, sb::MonitoringPreferences::kMaxRetentionDays);
        QCOMPARE(p.proofByChannel.size(), 1); // the entry without a channel is dropped
        QCOMPARE(p.proofFor(QStringLiteral("signal")),
                 (sb::ProofPreference{sb::MonitoringPreferences::kMaxConnectedMinutes,
                                      sb::MonitoringPreferences::kMinDeliveries}));
    }

    void muteAndTestRecipientsPersist()
    {
        const QString lane = QStringLiteral("127.0.0.1:18789/whatsapp/default");
        {
            Settings settings(iniPath());
            QCOMPARE(settings.alertsMutedUntilMs(), 0);
            QCOMPARE(settings.testRecipient(lane), QString());
            settings.setAlertsMutedUntilMs(1'800'000'000'000);
            settings.setTestRecipient(lane, QStringLiteral("+15555550100"));
            settings.setTestRecipient(QStringLiteral("127.0.0.1:18789/whatsapp/work"),
                                      QStringLiteral("+15555550101"));
        }
        Settings reopened(iniPath());
        QCOMPARE(reopened.alertsMutedUntilMs(), 1'800'000'000'000);
        QCOMPARE(reopened.testRecipient(lane), QStringLiteral("+15555550100")); // lanes with '/' keep apart
        QCOMPARE(reopened.testRecipient(QStringLiteral("127.0.0.1:18789/whatsapp/work")),
                 QStringLiteral("+15555550101"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"

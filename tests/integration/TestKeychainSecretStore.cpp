#include "app/platform/KeychainSecretStore.h"
#include "app/platform/Logging.h"
#include "app/platform/Redactor.h"
#include "app/platform/Settings.h"

#include <optional>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using sb::SecretStore;
using Status = SecretStore::Status;

// Runs against the real Secret Service started by with-secret-service.sh.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    // A service name of its own, so the test never reads or clobbers a real entry.
    sb::KeychainSecretStore m_store{QStringLiteral("dev.switchboard.Switchboard.test-") +
                                    QUuid::createUuid().toString(QUuid::WithoutBraces)};
    QTemporaryDir m_dir;

    std::optional<SecretStore::Result> run(const std::function<void(SecretStore::Callback)> &call)
    {
        std::optional<SecretStore::Result> result;
        call([&result](const SecretStore::Result &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return std::nullopt;
        return result;
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/integration/with-secret-service.sh");
        sb::log::init(
            {m_dir.filePath(QStringLiteral("logs")), false, QStringLiteral("debug"), 1024 * 1024, 2});
    }

    void cleanupTestCase() { sb::log::shutdown(); }

    void storeReadOverwriteDeleteAndNothingLeaks()
    {
        const auto profile =
            sb::GatewayProfile::create(QStringLiteral("Tokyo"), QUrl(QStringLiteral("ws://127.0.0.1:18789")));
        const QString key = profile.secretKey();
        const QString firstToken =
            QStringLiteral("first-gw-token-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString secondToken =
            QStringLiteral("second-gw-token-") + QUuid::createUuid().toString(QUuid::Id128);

        auto missing = run([&](auto cb) { m_store.read(key, this, cb); });
        QVERIFY(missing);
        QCOMPARE(missing->status, Status::NotFound);

        auto written = run([&](auto cb) { m_store.write(key, firstToken, this, cb); });
        QVERIFY(written);
        QVERIFY2(written->ok(), qPrintable(written->message));
        auto read = run([&](auto cb) { m_store.read(key, this, cb); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, firstToken);

        auto overwritten = run([&](auto cb) { m_store.write(key, secondToken, this, cb); });
        QVERIFY(overwritten && overwritten->ok());
        auto reread = run([&](auto cb) { m_store.read(key, this, cb); });
        QVERIFY(reread && reread->ok());
        QCOMPARE(reread->secret, secondToken);

        // What the application does around a token: save the profile, log the connection.
        const QString iniPath = m_dir.filePath(QStringLiteral("switchboard.ini"));
        {
            sb::Settings settings(iniPath);
            settings.saveProfile(profile);
            settings.setLastProfileId(profile.id);
        }
        sb::log::gateway()->info("connecting to {} with token {}", profile.url.toString().toStdString(),
                                 reread->secret.toStdString());
        sb::log::app()->info("first token was {}", firstToken.toStdString());

        auto removed = run([&](auto cb) { m_store.remove(key, this, cb); });
        QVERIFY(removed && removed->ok());
        auto gone = run([&](auto cb) { m_store.read(key, this, cb); });
        QVERIFY(gone);
        QCOMPARE(gone->status, Status::NotFound);

        sb::log::shutdown();
        const QByteArray ini = fileBytes(iniPath);
        const QByteArray logText = fileBytes(m_dir.filePath(QStringLiteral("logs/switchboard.log")));
        QVERIFY2(ini.contains(profile.id.toUtf8()), "the profile itself must be in the settings file");
        QVERIFY2(logText.contains("connecting to ws://127.0.0.1:18789"), logText.constData());
        for (const QString &token : {firstToken, secondToken}) {
            QVERIFY2(!ini.contains(token.toUtf8()), "a token reached the settings file");
            QVERIFY2(!logText.contains(token.toUtf8()), "a token reached the log file");
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"

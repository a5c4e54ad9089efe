#include "app/platform/LocalGateway.h"
#include "app/platform/Redactor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestLocalGateway : public QObject
{
    Q_OBJECT

private:
    static void writeConfig(const QTemporaryDir &home, const QByteArray &text)
    {
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".openclaw")));
        QFile file(QDir(home.path()).filePath(QStringLiteral(".openclaw/openclaw.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }

private Q_SLOTS:
    void cleanup() { sb::Redactor::forgetAllSecrets(); }

    void nothingInstalled()
    {
        QTemporaryDir home;
        const sb::LocalGateway local = sb::discoverLocalGateway(home.path(), QProcessEnvironment());
        QVERIFY(!local.found);
        QVERIFY(!local.problem.isEmpty());
    }

    void readsPortAndTokenFromTheConfigFile()
    {
        QTemporaryDir home;
        writeConfig(home, R"({"gateway":{"mode":"local","port":34277,"bind":"loopback",
                              "auth":{"mode":"token","token":"cfg-token-0123456789"}}})");
        const sb::LocalGateway local = sb::discoverLocalGateway(home.path(), QProcessEnvironment());
        QVERIFY(local.found);
        QCOMPARE(local.url, QUrl(QStringLiteral("ws://127.0.0.1:34277")));
        QCOMPARE(local.token, QStringLiteral("cfg-token-0123456789"));
        QVERIFY(local.problem.isEmpty());
        QVERIFY(!sb::Redactor::redact(local.token).contains(QLatin1String("cfg-token")));
    }

    void environmentWinsOverTheFile()
    {
        QTemporaryDir home;
        writeConfig(home, R"({"gateway":{"port":34277,"auth":{"token":"from-file-123456"}}})");
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("OPENCLAW_GATEWAY_PORT"), QStringLiteral("40000"));
        environment.insert(QStringLiteral("OPENCLAW_GATEWAY_TOKEN"), QStringLiteral("from-env-123456"));
        const sb::LocalGateway local = sb::discoverLocalGateway(home.path(), environment);
        QCOMPARE(local.url.port(), 40000);
        QCOMPARE(local.token, QStringLiteral("from-env-123456"));
    }

    void json5ConfigSaysWhyAndKeepsTheDefaultPort()
    {
        QTemporaryDir home;
        writeConfig(home, "{ // comments are JSON5\n gateway: { port: 1234, }, }");
        const sb::LocalGateway local = sb::discoverLocalGateway(home.path(), QProcessEnvironment());
        QVERIFY(local.found);
        QCOMPARE(local.url.port(), 18789);
        QVERIFY2(local.problem.contains(QLatin1String("JSON")), qPrintable(local.problem));
    }

    void missingTokenPointsAtTheCli()
    {
        QTemporaryDir home;
        writeConfig(home, R"({"gateway":{"port":18790}})");
        const sb::LocalGateway local = sb::discoverLocalGateway(home.path(), QProcessEnvironment());
        QVERIFY(local.token.isEmpty());
        QVERIFY2(local.problem.contains(QLatin1String("auth-token")), qPrintable(local.problem));
    }
};

QTEST_GUILESS_MAIN(TestLocalGateway)
#include "TestLocalGateway.moc"

#include "app/platform/GatewayProfile.h"

#include <QTest>

class TestGatewayProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlPolicy_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowInsecure");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ws loopback v4") << QStringLiteral("ws://127.0.0.1:18789") << false << true;
        QTest::newRow("ws loopback 127/8") << QStringLiteral("ws://127.4.5.6:18789") << false << true;
        QTest::newRow("ws localhost") << QStringLiteral("ws://localhost:18789") << false << true;
        QTest::newRow("ws loopback v6") << QStringLiteral("ws://[::1]:18789") << false << true;
        QTest::newRow("ws remote refused")
            << QStringLiteral("ws://gateway.example.org:18789") << false << false;
        QTest::newRow("ws private refused") << QStringLiteral("ws://192.168.1.10:18789") << false << false;
        QTest::newRow("ws remote opted in")
            << QStringLiteral("ws://gateway.example.org:18789") << true << true;
        QTest::newRow("wss remote") << QStringLiteral("wss://gateway.example.org") << false << true;
        QTest::newRow("http refused") << QStringLiteral("http://127.0.0.1:18789") << false << false;
        QTest::newRow("no host") << QStringLiteral("ws://") << false << false;
        QTest::newRow("garbage") << QStringLiteral("not a url") << false << false;
    }

    void urlPolicy()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowInsecure);
        QFETCH(bool, accepted);
        const QString why = sb::validateGatewayUrl(QUrl(url), allowInsecure);
        QVERIFY2(why.isEmpty() == accepted, qPrintable(why));
    }

    void createdProfilesHaveDistinctIdsAndNamespacedSecretKeys()
    {
        const auto a =
            sb::GatewayProfile::create(QStringLiteral("a"), QUrl(QStringLiteral("ws://localhost:1")));
        const auto b =
            sb::GatewayProfile::create(QStringLiteral("a"), QUrl(QStringLiteral("ws://localhost:1")));
        QVERIFY(!a.id.isEmpty());
        QVERIFY(a.id != b.id);
        QVERIFY(a.secretKey().startsWith(a.id + QLatin1Char('/')));
        QVERIFY(a.secretKey() != b.secretKey());
    }
};

QTEST_GUILESS_MAIN(TestGatewayProfile)
#include "TestGatewayProfile.moc"

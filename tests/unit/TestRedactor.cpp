#include "app/platform/Redactor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using sb::Redactor;

class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Redactor::forgetAllSecrets(); }

    void registeredSecretIsRemovedEverywhereInTheLine()
    {
        Redactor::registerSecret(QStringLiteral("s3cr3t-gateway-token"));
        const QString out =
            Redactor::redact(QStringLiteral("auth s3cr3t-gateway-token then s3cr3t-gateway-token"));
        QVERIFY(!out.contains(QLatin1String("s3cr3t")));
        QCOMPARE(out.count(QLatin1String(Redactor::marker)), 2);
    }

    void forgottenSecretIsNoLongerRedacted()
    {
        Redactor::registerSecret(QStringLiteral("rotated-away-token"));
        Redactor::forgetSecret(QStringLiteral("rotated-away-token"));
        QCOMPARE(Redactor::redact(QStringLiteral("x rotated-away-token")),
                 QStringLiteral("x rotated-away-token"));
    }

    void tooShortSecretsAreNotRegistered()
    {
        // Registering "abc" would shred unrelated words like "abcdef".
        Redactor::registerSecret(QStringLiteral("abc"));
        QCOMPARE(Redactor::redact(QStringLiteral("abcdef")), QStringLiteral("abcdef"));
    }

    void longerSecretWinsOverOneItContains()
    {
        Redactor::registerSecret(QStringLiteral("prefix"));
        Redactor::registerSecret(QStringLiteral("prefix-and-more"));
        QCOMPARE(Redactor::redact(QStringLiteral("[prefix-and-more]")),
                 QStringLiteral("[") + QLatin1String(Redactor::marker) + QStringLiteral("]"));
    }

    void tokenShapedStrings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("telegram bot token")
            << QStringLiteral("botToken 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw ok")
            << QStringLiteral("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw");
        QTest::newRow("json token field") << QStringLiteral(R"({"auth":{"token":"f00dfeedcafe1234"}})")
                                          << QStringLiteral("f00dfeedcafe1234");
        QTest::newRow("key=value password")
            << QStringLiteral("password=hunter2hunter2 user=x") << QStringLiteral("hunter2hunter2");
        QTest::newRow("bearer header")
            << QStringLiteral("Authorization: Bearer abcdefghijklmnop") << QStringLiteral("abcdefghijklmnop");
        QTest::newRow("botToken json")
            << QStringLiteral(R"("botToken": "999:short")") << QStringLiteral("999:short");
    }

    void tokenShapedStrings()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = Redactor::redact(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String(Redactor::marker)), qPrintable(out));
    }

    void ordinaryTextIsLeftAlone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("disconnect receipt") << QStringLiteral("[Feb 12, 00:34 JST] connection closed (499)");
        QTest::newRow("time with colon") << QStringLiteral("reconnect at 12:20:05, attempt 3/12");
        QTest::newRow("key name without value")
            << QStringLiteral("keychain read of abc/gateway-token failed");
        QTest::newRow("japanese") << QStringLiteral("再リンクに成功しました");
    }

    void ordinaryTextIsLeftAlone()
    {
        QFETCH(QString, input);
        QCOMPARE(Redactor::redact(input), input);
    }

    void utf8OverloadMatches()
    {
        Redactor::registerSecret(QStringLiteral("トークン-secret-値"));
        const std::string out = Redactor::redact(std::string("値は トークン-secret-値 です"));
        QVERIFY(out.find("secret") == std::string::npos);
    }

    // A lone surrogate anywhere in the text must not hide a token next to it.
    void tokenNextToALoneSurrogateIsRedacted()
    {
        const QString text = QStringLiteral("bad ") + QChar(0xD800) +
                             QStringLiteral(" bot 123456789:AAFakeBotTokenForTestsOnly00000000000 end");
        const QString out = Redactor::redact(text);
        QVERIFY2(!out.contains(QLatin1String("AAFakeBotToken")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String(Redactor::marker)));
    }

    // Gateway answers are redacted as JSON trees: values at any depth and keys (account ids).
    void jsonTreesAreRedactedKeysIncluded()
    {
        Redactor::registerSecret(QStringLiteral("gw-token-0123456789abcdef"));
        const QJsonObject answer{{QStringLiteral("gw-token-0123456789abcdef"), 1},
                                 {QStringLiteral("accounts"),
                                  QJsonArray{QJsonObject{{QStringLiteral("lastError"),
                                                          QStringLiteral("echo gw-token-0123456789abcdef")},
                                                         {QStringLiteral("retries"), 3}}}}};
        const QJsonObject out = Redactor::redact(answer);
        QVERIFY(!out.contains(QStringLiteral("gw-token-0123456789abcdef")));
        QCOMPARE(out.value(QLatin1String(Redactor::marker)).toInt(), 1);
        const QJsonObject account = out.value(QStringLiteral("accounts")).toArray().at(0).toObject();
        QCOMPARE(account.value(QStringLiteral("lastError")).toString(), QStringLiteral("echo [REDACTED]"));
        QCOMPARE(account.value(QStringLiteral("retries")).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "TestRedactor.moc"

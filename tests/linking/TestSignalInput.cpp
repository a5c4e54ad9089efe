// What the operator types in the Signal flows is checked before any call: a number that is not
// E.164, a captcha token that is garbage (or pasted with quotes, the scheme, line breaks), a
// code with spaces or dashes.
#include "app/linking/SignalInput.h"

#include <QTest>

using namespace sb::linking;

class TestSignalInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("plain") << "+819000000053"
                               << "+819000000053";
        QTest::newRow("spaced") << " +81 90-0000-0053 "
                                << "+819000000053";
        QTest::newRow("brackets") << "+1 (555) 555.0100"
                                  << "+15555550100";
        QTest::newRow("no plus") << "819000000053"
                                 << "";
        QTest::newRow("leading zero") << "+0819000000053"
                                      << "";
        QTest::newRow("too short") << "+12345"
                                   << "";
        QTest::newRow("too long") << "+1234567890123456"
                                  << "";
        QTest::newRow("letters") << "+81abc0000053"
                                 << "";
        QTest::newRow("empty") << "  "
                               << "";
    }
    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString problem;
        const auto number = normalizeSignalNumber(text, &problem);
        if (expected.isEmpty()) {
            QVERIFY(!number);
            QVERIFY(!problem.isEmpty());
        } else {
            QCOMPARE(number.value_or(QString()), expected);
        }
    }

    void captchaTokens_data()
    {
        const QString token = QStringLiteral("signal-hcaptcha.5fad97ac-7d06-4e44-b18a-b950b20148ff."
                                             "registration.P1_eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare") << token << token;
        const QString scheme = QStringLiteral("signalcaptcha://");
        QTest::newRow("scheme") << scheme + token << token;
        QTest::newRow("quoted scheme")
            << QStringLiteral("  '") + scheme + token + QStringLiteral("'\n") << token;
        QTest::newRow("double quoted")
            << QStringLiteral("\"") + scheme + token + QStringLiteral("\"") << token;
        QTest::newRow("across lines")
            << scheme + token.left(40) + QStringLiteral("\n") + token.mid(40) << token;
        QTest::newRow("recaptcha")
            << "signalcaptcha://signal-recaptcha-v2.6LfBXs0bAAAAAAjkDyyI1Lk5gBAUWfhI_bIyox5W"
            << "signal-recaptcha-v2.6LfBXs0bAAAAAAjkDyyI1Lk5gBAUWfhI_bIyox5W";
        QTest::newRow("garbage") << "hello world"
                                 << "";
        QTest::newRow("scheme only") << "signalcaptcha://"
                                     << "";
        QTest::newRow("url") << "https://signalcaptchas.org/registration/generate.html"
                             << "";
        QTest::newRow("short") << "signal-hcaptcha.abc"
                               << "";
        QTest::newRow("markup") << "signalcaptcha://signal-hcaptcha.<script>alert(1)</script>aaaaaaaaaaaa"
                                << "";
    }
    void captchaTokens()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString problem;
        const auto token = normalizeCaptchaToken(text, &problem);
        if (expected.isEmpty()) {
            QVERIFY(!token);
            QVERIFY(problem.contains(QLatin1String("signalcaptcha://")));
        } else {
            QCOMPARE(token.value_or(QString()), expected);
        }
    }

    void codes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("digits") << "123456"
                                << "123456";
        QTest::newRow("dash") << "123-456"
                              << "123456";
        QTest::newRow("spaces") << " 123 456 "
                                << "123456";
        QTest::newRow("five") << "12345"
                              << "";
        QTest::newRow("letters") << "12a456"
                                 << "";
    }
    void codes()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString problem;
        const auto code = normalizeVerificationCode(text, &problem);
        QCOMPARE(code.value_or(QString()), expected);
        QCOMPARE(problem.isEmpty(), !expected.isEmpty());
    }

    void pins()
    {
        QString problem;
        QCOMPARE(normalizeRegistrationPin(QStringLiteral(" 4711 "), &problem).value_or(QString()),
                 QStringLiteral("4711"));
        QVERIFY(!normalizeRegistrationPin(QStringLiteral("12"), &problem));
        QVERIFY(!problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSignalInput)
#include "TestSignalInput.moc"

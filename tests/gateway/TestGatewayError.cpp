#include "app/gateway/GatewayError.h"

#include <QJsonObject>
#include <QTest>

using namespace sb::gateway;
using Kind = GatewayError::Kind;

class TestGatewayError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsGatewayErrors_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detailCode");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("terminal");
        // Texts as the real 2026.9.6 gateway words them (protocol notes §1.4, §1.5, §1.10, §2.6).
        QTest::newRow("startup") << "UNAVAILABLE"
                                 << "gateway starting; retry shortly"
                                 << "" << int(Kind::Unavailable) << false;
        QTest::newRow("token mismatch") << "INVALID_REQUEST"
                                        << "unauthorized: gateway token mismatch (set gateway.remote.token)"
                                        << "AUTH_TOKEN_MISMATCH" << int(Kind::Auth) << true;
        QTest::newRow("rate limited auth")
            << "INVALID_REQUEST"
            << "unauthorized: too many failed authentication attempts (retry later)"
            << "AUTH_RATE_LIMITED" << int(Kind::Auth) << true;
        QTest::newRow("not paired") << "NOT_PAIRED"
                                    << "device identity required"
                                    << "DEVICE_IDENTITY_REQUIRED" << int(Kind::Auth) << true;
        QTest::newRow("protocol mismatch") << "INVALID_REQUEST"
                                           << "protocol mismatch"
                                           << "PROTOCOL_MISMATCH" << int(Kind::ProtocolMismatch) << true;
        QTest::newRow("v3 protocol mismatch") << "INVALID_REQUEST"
                                              << "protocol mismatch"
                                              << "" << int(Kind::ProtocolMismatch) << true;
        QTest::newRow("v4 missing scope") << "FORBIDDEN"
                                          << "missing scope: operator.pairing"
                                          << "MISSING_SCOPE" << int(Kind::Forbidden) << true;
        QTest::newRow("v3 missing scope") << "INVALID_REQUEST"
                                          << "missing scope: operator.admin"
                                          << "" << int(Kind::Forbidden) << true;
        QTest::newRow("stale hash") << "INVALID_REQUEST"
                                    << "config changed since last load; re-run config.get and retry"
                                    << "" << int(Kind::ConfigConflict) << true;
        QTest::newRow("invalid params") << "INVALID_REQUEST"
                                        << "invalid connect params: must NOT have additional properties"
                                        << "" << int(Kind::Remote) << true;
        QTest::newRow("send no listener") << "UNAVAILABLE"
                                          << "OutboundDeliveryError: No active WhatsApp Web listener"
                                          << "OUTBOUND_DELIVERY_QUEUED" << int(Kind::Unavailable) << false;
    }

    void mapsGatewayErrors()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, detailCode);
        QFETCH(int, kind);
        QFETCH(bool, terminal);
        ErrorShape shape{code, message,
                         detailCode.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                              : QJsonValue(QJsonObject{{QStringLiteral("code"), detailCode}}),
                         std::nullopt, std::nullopt};
        const GatewayError error = GatewayError::fromErrorShape(shape);
        QCOMPARE(int(error.kind()), kind);
        QCOMPARE(error.isTerminalForConnect(), terminal);
        QCOMPARE(error.code(), code);
        QCOMPARE(error.message(), message);
        QCOMPARE(error.detailCode(), detailCode);
        QVERIFY(error.userMessage().contains(message));
    }

    void keepsRetryHints()
    {
        ErrorShape shape{QStringLiteral("UNAVAILABLE"), QStringLiteral("gateway starting; retry shortly"),
                         QJsonObject{{QStringLiteral("reason"), QStringLiteral("startup-sidecars")}}, true,
                         500};
        const GatewayError error = GatewayError::fromErrorShape(shape);
        QVERIFY(error.retryable());
        QCOMPARE(error.retryAfterMs().value_or(-1), 500);
        QVERIFY(error.userMessage().contains(QStringLiteral("0.5 s")));
    }

    void explainsRecommendedNextStep()
    {
        ErrorShape shape{
            QStringLiteral("INVALID_REQUEST"), QStringLiteral("unauthorized: gateway token mismatch"),
            QJsonObject{{QStringLiteral("code"), QStringLiteral("AUTH_TOKEN_MISMATCH")},
                        {QStringLiteral("recommendedNextStep"), QStringLiteral("update_auth_credentials")}},
            false, std::nullopt};
        const GatewayError error = GatewayError::fromErrorShape(shape);
        QVERIFY(!error.recommendedNextStep().isEmpty());
        QVERIFY(error.userMessage().contains(error.recommendedNextStep()));
        QVERIFY(error.userMessage().contains(QStringLiteral("refused the credentials")));

        ErrorShape unknownStep = shape;
        unknownStep.details =
            QJsonObject{{QStringLiteral("recommendedNextStep"), QStringLiteral("call_a_friend")}};
        QVERIFY(GatewayError::fromErrorShape(unknownStep)
                    .recommendedNextStep()
                    .contains(QStringLiteral("call_a_friend")));
        ErrorShape noStep = shape;
        noStep.details = QJsonValue(QJsonValue::Undefined);
        QVERIFY(GatewayError::fromErrorShape(noStep).recommendedNextStep().isEmpty());
    }

    void localErrorsAreTyped()
    {
        QCOMPARE(GatewayError::transport(QStringLiteral("refused")).kind(), Kind::Transport);
        QVERIFY(!GatewayError::transport(QStringLiteral("refused")).isTerminalForConnect());
        const GatewayError timeout = GatewayError::timeout(QStringLiteral("health"), 15000);
        QCOMPARE(timeout.kind(), Kind::Timeout);
        QVERIFY(timeout.message().contains(QStringLiteral("health")));
        QVERIFY(timeout.message().contains(QStringLiteral("15")));
        QCOMPARE(GatewayError::protocol(QStringLiteral("x")).kind(), Kind::Protocol);
        const GatewayError unsupported =
            GatewayError::unsupported(QStringLiteral("channels.pairing.list"), 3);
        QCOMPARE(unsupported.kind(), Kind::Unsupported);
        QVERIFY(unsupported.message().contains(QStringLiteral("protocol 3")));
    }

    void kindNamesAreStable()
    {
        QCOMPARE(GatewayError::kindName(Kind::ConfigConflict), QStringLiteral("config-conflict"));
        QCOMPARE(GatewayError::kindName(Kind::ProtocolMismatch), QStringLiteral("protocol-mismatch"));
        QCOMPARE(GatewayError::kindName(Kind::Auth), QStringLiteral("auth"));
    }
};

QTEST_GUILESS_MAIN(TestGatewayError)
#include "TestGatewayError.moc"

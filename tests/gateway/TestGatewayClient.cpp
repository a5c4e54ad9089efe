#include "app/gateway/GatewayClient.h"
#include "tests/gateway/ScriptedGateway.h"

#include <memory>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sb::gateway;
using sb::test::ScriptedGateway;

class TestGatewayClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedGateway> m_server;
    std::unique_ptr<Connection> m_connection;

    void connectWithProtocol(int protocol)
    {
        m_server->protocol = protocol;
        ConnectionOptions options;
        options.url = m_server->url();
        options.token = QStringLiteral("client-test-token");
        m_connection = std::make_unique<Connection>(options);
        m_connection->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), ConnectionState::Connected, 5000);
    }

    QJsonObject lastParams(const QString &method) const
    {
        for (auto it = m_server->requests.crbegin(); it != m_server->requests.crend(); ++it) {
            if (it->method == method)
                return it->params.toObject();
        }
        return {};
    }

    static QJsonValue recorded(const char *name)
    {
        QFile file(QStringLiteral(SB_GATEWAY_TEST_DATA "/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("payload"));
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedGateway>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_connection.reset();
        m_server.reset();
    }

    void channelsStatusParsesAndSendsChannelOnV4()
    {
        m_server->onRequest = [this](const RequestFrame &request) {
            m_server->respond(request.id, recorded("res-channels-status.json"));
        };
        connectWithProtocol(4);
        GatewayClient client(m_connection.get());
        std::optional<Result<ChannelsStatus>> outcome;
        client.channelsStatus({false, 8000, QStringLiteral("whatsapp")}, this,
                              [&](const Result<ChannelsStatus> &result) { outcome = result; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QVERIFY(outcome->ok());
        QCOMPARE(outcome->value().channels.size(), 3); // the server filters on v4, not us
        const QJsonObject params = lastParams(QStringLiteral("channels.status"));
        QCOMPARE(params.value(QStringLiteral("channel")).toString(), QStringLiteral("whatsapp"));
        QCOMPARE(params.value(QStringLiteral("timeoutMs")).toInt(), 8000);
        QCOMPARE(params.value(QStringLiteral("probe")).toBool(), false);
    }

    void v3NeverSeesV4OnlyFields()
    {
        m_server->onRequest = [this](const RequestFrame &request) {
            if (request.method == QLatin1String("channels.status"))
                m_server->respond(request.id, recorded("res-channels-status.json"));
            else
                m_server->respond(request.id, QJsonObject{{QStringLiteral("message"), QStringLiteral("ok")}});
        };
        connectWithProtocol(3);
        GatewayClient client(m_connection.get());
        std::optional<Result<ChannelsStatus>> status;
        client.channelsStatus({false, std::nullopt, QStringLiteral("telegram")}, this,
                              [&](const Result<ChannelsStatus> &result) { status = result; });
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 5000);
        QVERIFY(!lastParams(QStringLiteral("channels.status")).contains(QStringLiteral("channel")));
        QCOMPARE(status->value().channels.size(), 1); // filtered here instead
        QCOMPARE(status->value().channels.first().id, QStringLiteral("telegram"));

        std::optional<Result<WebLoginState>> login;
        client.webLoginStart({}, this, [&](const Result<WebLoginState> &result) { login = result; });
        QTRY_VERIFY_WITH_TIMEOUT(login.has_value(), 5000);
        QVERIFY(!lastParams(QStringLiteral("web.login.start")).contains(QStringLiteral("channel")));

        const qsizetype sent = m_server->requests.size();
        std::optional<Result<PairingList>> pairing;
        client.pairingList({}, {}, this, [&](const Result<PairingList> &result) { pairing = result; });
        QTRY_VERIFY_WITH_TIMEOUT(pairing.has_value(), 5000);
        QCOMPARE(pairing->error().kind(), GatewayError::Kind::Unsupported);
        std::optional<Result<ChannelStartResult>> start;
        client.channelsStart(QStringLiteral("whatsapp"), {}, this,
                             [&](const Result<ChannelStartResult> &result) { start = result; });
        QTRY_VERIFY_WITH_TIMEOUT(start.has_value(), 5000);
        QCOMPARE(start->error().kind(), GatewayError::Kind::Unsupported);
        QTest::qWait(50);
        QCOMPARE(m_server->requests.size(), sent); // nothing v4-only went out
    }

    void configPatchSendsTextAndHashAndMapsConflict()
    {
        m_server->onRequest = [this](const RequestFrame &request) {
            const QJsonObject params = request.params.toObject();
            if (params.value(QStringLiteral("baseHash")).toString() == QLatin1String("stale")) {
                m_server->respondError(
                    request.id,
                    ErrorShape{QStringLiteral("INVALID_REQUEST"),
                               QStringLiteral("config changed since last load; re-run config.get and retry"),
                               QJsonValue(QJsonValue::Undefined), std::nullopt, std::nullopt});
            } else {
                m_server->respond(request.id,
                                  QJsonObject{{QStringLiteral("ok"), true},
                                              {QStringLiteral("hash"), QStringLiteral("h2")},
                                              {QStringLiteral("changedPaths"),
                                               QJsonArray{QStringLiteral("channels.telegram.groupPolicy")}}});
            }
        };
        connectWithProtocol(4);
        GatewayClient client(m_connection.get());
        MergePatch patch;
        patch.set(QStringLiteral("channels.telegram.groupPolicy"), QStringLiteral("allowlist"))
            .replaceArray(QStringLiteral("channels.telegram.allowFrom"));

        std::optional<Result<ConfigWriteResult>> good;
        client.configPatch(patch, QStringLiteral("h1"), this,
                           [&](const Result<ConfigWriteResult> &r) { good = r; });
        QTRY_VERIFY_WITH_TIMEOUT(good.has_value(), 5000);
        QVERIFY(good->ok());
        QCOMPARE(good->value().hash, QStringLiteral("h2"));
        const QJsonObject params = lastParams(QStringLiteral("config.patch"));
        QVERIFY(params.value(QStringLiteral("raw")).isString());
        QCOMPARE(QJsonDocument::fromJson(params.value(QStringLiteral("raw")).toString().toUtf8()).object(),
                 patch.patch());
        QCOMPARE(params.value(QStringLiteral("baseHash")).toString(), QStringLiteral("h1"));
        QCOMPARE(params.value(QStringLiteral("replacePaths")).toArray().size(), 1);

        std::optional<Result<ConfigWriteResult>> stale;
        client.configPatch(patch, QStringLiteral("stale"), this,
                           [&](const Result<ConfigWriteResult> &r) { stale = r; });
        QTRY_VERIFY_WITH_TIMEOUT(stale.has_value(), 5000);
        QCOMPARE(stale->error().kind(), GatewayError::Kind::ConfigConflict);
    }

    void sendGeneratesIdempotencyKeys()
    {
        m_server->onRequest = [this](const RequestFrame &request) {
            m_server->respond(request.id, QJsonObject{{QStringLiteral("runId"), QStringLiteral("r")},
                                                      {QStringLiteral("messageId"), QStringLiteral("m")}});
        };
        connectWithProtocol(4);
        GatewayClient client(m_connection.get());
        int answers = 0;
        for (int i = 0; i < 2; ++i) {
            client.send(
                {QStringLiteral("+15555550100"), QStringLiteral("test"), QStringLiteral("signal"), {}, {}},
                this, [&](const Result<SendResult> &result) {
                    QVERIFY(result.ok());
                    QCOMPARE(result.value().messageId, QStringLiteral("m"));
                    ++answers;
                });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 5000);
        QStringList keys;
        for (const RequestFrame &request : std::as_const(m_server->requests)) {
            if (request.method == QLatin1String("send"))
                keys.append(request.params.toObject().value(QStringLiteral("idempotencyKey")).toString());
        }
        QCOMPARE(keys.size(), 2);
        QVERIFY(!keys.at(0).isEmpty());
        QVERIFY(keys.at(0) != keys.at(1));
        QCOMPARE(lastParams(QStringLiteral("send")).value(QStringLiteral("channel")).toString(),
                 QStringLiteral("signal"));
    }

    void unexpectedAnswerShapeIsProtocolError()
    {
        m_server->onRequest = [this](const RequestFrame &request) {
            m_server->respond(request.id, QJsonArray{1});
        };
        connectWithProtocol(4);
        GatewayClient client(m_connection.get());
        std::optional<Result<LogsTail>> tail;
        client.logsTail({5, 10, std::nullopt}, this, [&](const Result<LogsTail> &result) { tail = result; });
        QTRY_VERIFY_WITH_TIMEOUT(tail.has_value(), 5000);
        QCOMPARE(tail->error().kind(), GatewayError::Kind::Protocol);
        QVERIFY(tail->error().message().contains(QStringLiteral("logs.tail")));
        const QJsonObject params = lastParams(QStringLiteral("logs.tail"));
        QCOMPARE(params.value(QStringLiteral("cursor")).toInt(), 5);
        QCOMPARE(params.value(QStringLiteral("limit")).toInt(), 10);
        QVERIFY(!params.contains(QStringLiteral("maxBytes")));
    }

    // The answers the window acts on come typed, in the shapes a real 2026.9.6 gateway sends
    // (shared/reference/real-gateway-answers.md): nothing above app/gateway picks JSON fields.
    void stopLogoutAndDismissAnswersAreTyped()
    {
        m_server->onRequest = [this](const RequestFrame &request) {
            const QJsonObject params = request.params.toObject();
            const QJsonValue channel = params.value(QStringLiteral("channel"));
            const QJsonValue account = params.value(QStringLiteral("accountId"));
            if (request.method == QLatin1String("channels.stop"))
                m_server->respond(request.id, QJsonObject{{QStringLiteral("channel"), channel},
                                                          {QStringLiteral("accountId"), account},
                                                          {QStringLiteral("stopped"), true}});
            else if (request.method == QLatin1String("channels.logout"))
                m_server->respond(request.id, QJsonObject{{QStringLiteral("channel"), channel},
                                                          {QStringLiteral("accountId"), account},
                                                          {QStringLiteral("cleared"), false},
                                                          {QStringLiteral("loggedOut"), false}});
            else
                m_server->respond(request.id,
                                  QJsonObject{{QStringLiteral("requestId"), QStringLiteral("r1")},
                                              {QStringLiteral("senderId"), QStringLiteral("7123")}});
        };
        connectWithProtocol(4);
        GatewayClient client(m_connection.get());

        std::optional<Result<ChannelStopResult>> stop;
        client.channelsStop(QStringLiteral("telegram"), QStringLiteral("worker"), this,
                            [&](const Result<ChannelStopResult> &result) { stop = result; });
        QTRY_VERIFY_WITH_TIMEOUT(stop.has_value(), 5000);
        QVERIFY(stop->ok());
        QCOMPARE(stop->value().channel, QStringLiteral("telegram"));
        QCOMPARE(stop->value().accountId, QStringLiteral("worker"));
        QCOMPARE(stop->value().stopped, std::optional<bool>(true));

        std::optional<Result<ChannelLogoutResult>> logout;
        client.channelsLogout(QStringLiteral("whatsapp"), QStringLiteral("backup"), this,
                              [&](const Result<ChannelLogoutResult> &result) { logout = result; });
        QTRY_VERIFY_WITH_TIMEOUT(logout.has_value(), 5000);
        QVERIFY(logout->ok());
        QCOMPARE(logout->value().accountId, QStringLiteral("backup"));
        QVERIFY(!logout->value().cleared);
        QCOMPARE(logout->value().loggedOut, std::optional<bool>(false));

        std::optional<Result<PairingDismissal>> dismissal;
        client.pairingDismiss(QStringLiteral("telegram"), QStringLiteral("default"), QStringLiteral("r1"),
                              this, [&](const Result<PairingDismissal> &result) { dismissal = result; });
        QTRY_VERIFY_WITH_TIMEOUT(dismissal.has_value(), 5000);
        QVERIFY(dismissal->ok());
        QCOMPARE(dismissal->value().requestId, QStringLiteral("r1"));
        QCOMPARE(dismissal->value().senderId, QStringLiteral("7123"));
    }

    void aStopAnswerThatIsNotAnObjectIsAProtocolError()
    {
        m_server->onRequest = [this](const RequestFrame &request) {
            m_server->respond(request.id, QStringLiteral("stopped"));
        };
        connectWithProtocol(4);
        GatewayClient client(m_connection.get());
        std::optional<Result<ChannelStopResult>> stop;
        client.channelsStop(QStringLiteral("telegram"), {}, this,
                            [&](const Result<ChannelStopResult> &result) { stop = result; });
        QTRY_VERIFY_WITH_TIMEOUT(stop.has_value(), 5000);
        QCOMPARE(stop->error().kind(), GatewayError::Kind::Protocol);
        QVERIFY2(stop->error().message().contains(QStringLiteral("channels.stop")),
                 qPrintable(stop->error().message()));
    }

    void lastHeartbeatNullIsEmpty()
    {
        m_server->onRequest = [this](const RequestFrame &request) {
            m_server->respond(request.id, QJsonValue(QJsonValue::Null));
        };
        connectWithProtocol(4);
        GatewayClient client(m_connection.get());
        std::optional<Result<std::optional<HeartbeatRecord>>> heartbeat;
        client.lastHeartbeat(
            this, [&](const Result<std::optional<HeartbeatRecord>> &result) { heartbeat = result; });
        QTRY_VERIFY_WITH_TIMEOUT(heartbeat.has_value(), 5000);
        QVERIFY(heartbeat->ok());
        QVERIFY(!heartbeat->value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestGatewayClient)
#include "TestGatewayClient.moc"

#include "tests/gateway/ScriptedGateway.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb::test {

ScriptedGateway::ScriptedGateway(QObject *parent)
    : QObject(parent)
    , m_server(QStringLiteral("scripted-gateway"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &ScriptedGateway::onNewConnection);
}

ScriptedGateway::~ScriptedGateway()
{
    m_server.close();
}

bool ScriptedGateway::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

QUrl ScriptedGateway::url() const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ScriptedGateway::stopListening()
{
    m_server.pauseAccepting();
}

QJsonObject ScriptedGateway::helloPayload() const
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("hello-ok")},
        {QStringLiteral("protocol"), protocol},
        {QStringLiteral("server"), QJsonObject{{QStringLiteral("version"), QStringLiteral("2026.9.6")},
                                               {QStringLiteral("connId"), QStringLiteral("c-1")}}},
        {QStringLiteral("features"),
         QJsonObject{
             {QStringLiteral("methods"), QJsonArray{QStringLiteral("health"), QStringLiteral("status")}},
             {QStringLiteral("events"), QJsonArray{QStringLiteral("tick")}}}},
        {QStringLiteral("snapshot"),
         QJsonObject{{QStringLiteral("presence"), QJsonArray()},
                     {QStringLiteral("health"), QJsonObject{{QStringLiteral("ok"), true}}},
                     {QStringLiteral("stateVersion"),
                      QJsonObject{{QStringLiteral("presence"), 1}, {QStringLiteral("health"), 2}}},
                     {QStringLiteral("uptimeMs"), 4242},
                     {QStringLiteral("configPath"), QStringLiteral("/tmp/openclaw.json")},
                     {QStringLiteral("authMode"), QStringLiteral("token")}}},
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("role"), QStringLiteral("operator")},
                     {QStringLiteral("method"), QStringLiteral("token")},
                     {QStringLiteral("scopes"),
                      QJsonArray{QStringLiteral("operator.admin"), QStringLiteral("operator.read")}}}},
        {QStringLiteral("policy"), QJsonObject{{QStringLiteral("maxPayload"), maxPayload},
                                               {QStringLiteral("maxBufferedBytes"), 52428800},
                                               {QStringLiteral("tickIntervalMs"), tickIntervalMs}}},
    };
}

void ScriptedGateway::onNewConnection()
{
    QWebSocket *socket = m_server.nextPendingConnection();
    if (!socket)
        return;
    if (m_client)
        m_client->abort();
    m_client = socket;
    ++m_connections;
    origins.append(socket->origin());
    connect(socket, &QWebSocket::textMessageReceived, this, &ScriptedGateway::onMessage);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        const int code = static_cast<int>(socket->closeCode());
        clientCloseCodes.append(code);
        Q_EMIT clientClosed(code);
        socket->deleteLater();
    });
    if (sendChallenge) {
        sendEvent(
            QStringLiteral("connect.challenge"),
            QJsonObject{{QStringLiteral("nonce"), QStringLiteral("nonce-1")}, {QStringLiteral("ts"), 1}});
    }
    Q_EMIT clientConnected();
}

void ScriptedGateway::onMessage(const QString &text)
{
    auto decoded = gateway::decodeFrame(text.toUtf8());
    if (!std::holds_alternative<gateway::Frame>(decoded))
        return;
    const auto *request = std::get_if<gateway::RequestFrame>(&std::get<gateway::Frame>(decoded));
    if (!request)
        return;
    requests.append(*request);
    if (request->method == QLatin1String("connect")) {
        const ConnectAnswer answer = connectAnswers.isEmpty() ? ConnectAnswer{} : connectAnswers.takeFirst();
        if (answer.ok)
            respond(request->id, helloPayload());
        else
            respondError(request->id, answer.error);
        if (answer.closeCodeAfter != 0)
            closeClient(answer.closeCodeAfter);
    } else if (onRequest) {
        onRequest(*request);
    }
    Q_EMIT requestReceived(request->method);
}

void ScriptedGateway::respond(const QString &id, const QJsonValue &payload)
{
    sendRaw(gateway::encodeFrame(gateway::ResponseFrame{id, true, payload, std::nullopt}));
}

void ScriptedGateway::respondError(const QString &id, const gateway::ErrorShape &error)
{
    sendRaw(
        gateway::encodeFrame(gateway::ResponseFrame{id, false, QJsonValue(QJsonValue::Undefined), error}));
}

void ScriptedGateway::sendEvent(const QString &name, const QJsonValue &payload, std::optional<qint64> seq)
{
    sendRaw(gateway::encodeFrame(gateway::EventFrame{name, payload, seq, std::nullopt}));
}

void ScriptedGateway::sendRaw(const QByteArray &text)
{
    if (m_client)
        m_client->sendTextMessage(QString::fromUtf8(text));
}

void ScriptedGateway::closeClient(int code, const QString &reason)
{
    if (m_client)
        m_client->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

void ScriptedGateway::abortClient()
{
    if (m_client)
        m_client->abort();
}

} // namespace sb::test

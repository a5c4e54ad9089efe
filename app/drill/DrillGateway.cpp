#include "app/drill/DrillGateway.h"

#include "app/drill/DrillGatewayClient.h"
#include "app/drill/DrillMethods.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ParamsSchema.h"
#include "app/drill/WebLoginSession.h"
#include "app/platform/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>
#include <QWebSocket>
#include <QWebSocketServer>

namespace sb::drill {

using namespace Qt::StringLiterals;
using gateway::ErrorShape;

namespace {

constexpr qint64 kPreauthMaxBytes = 65536;
constexpr int kProtocolVersion = 4;

// A default QJsonValue is null, not undefined; pass undefined so no "details": null goes out.
ErrorShape makeError(const QString &code, const QString &message,
                     const QJsonValue &details = QJsonValue(QJsonValue::Undefined))
{
    ErrorShape error;
    error.code = code;
    error.message = message;
    error.details = details;
    return error;
}

void closeSocket(QWebSocket *socket, int code, const QString &reason)
{
    // Close codes the drill uses are all registered ones (1002, 1008, 1009, 1012, 1013).
    socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason.left(120));
}

} // namespace

DrillGateway::DrillGateway(DrillWorld *world, const Options &options, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_options(options)
    , m_webLogin(new WebLoginSession(world, this))
    , m_bootId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_methods = new DrillMethods(world, m_webLogin, this);
    connect(world, &DrillWorld::broadcast, this, &DrillGateway::broadcastEvent);
    connect(&m_tickTimer, &QTimer::timeout, this, &DrillGateway::tick);
    m_tickTimer.setInterval(m_options.tickIntervalMs);
    m_healthTimer.setInterval(60000);
    connect(&m_healthTimer, &QTimer::timeout, world, &DrillWorld::publishHealth);
    updatePresence();
}

DrillGateway::~DrillGateway()
{
    for (Client *client : std::as_const(m_clients)) {
        client->socket->disconnect(this);
        client->socket->abort();
        client->socket->deleteLater();
        delete client;
    }
    m_clients.clear();
}

bool DrillGateway::listen()
{
    m_server =
        std::make_unique<QWebSocketServer>(u"OpenClaw drill gateway"_s, QWebSocketServer::NonSecureMode);
    connect(m_server.get(), &QWebSocketServer::newConnection, this, &DrillGateway::onNewConnection);
    m_listener = std::make_unique<QTcpServer>();
    connect(m_listener.get(), &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
            // With Nagle on, a response written in two parts waits for the client's delayed ACK:
            // a 40 ms stall on about one event in a hundred (BenchLiveLatency).
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            // The listener goes on a restart fault; live connections must outlast it.
            socket->setParent(this);
            m_server->handleConnection(socket);
        }
    });
    // Keep the port across restarts: clients reconnect to the URL they already have.
    const quint16 wanted = m_port ? m_port : m_options.port;
    if (!m_listener->listen(m_options.address, wanted)) {
        sb::log::drill()->error("drill gateway cannot listen on port {}: {}", wanted,
                                m_listener->errorString().toStdString());
        m_listener.reset();
        m_server.reset();
        return false;
    }
    m_port = m_listener->serverPort();
    m_tickTimer.start();
    m_healthTimer.start();
    sb::log::drill()->info("drill gateway listening on {}", url().toString().toStdString());
    Q_EMIT listening(m_port);
    return true;
}

void DrillGateway::stopListening()
{
    m_tickTimer.stop();
    m_healthTimer.stop();
    if (m_listener) {
        m_listener->close();
        m_listener.reset();
    }
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
}

bool DrillGateway::isListening() const
{
    return m_listener && m_listener->isListening();
}

QUrl DrillGateway::url() const
{
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(m_options.address.toString());
    url.setPort(m_port);
    return url;
}

int DrillGateway::authenticatedClientCount() const
{
    return static_cast<int>(std::count_if(m_clients.cbegin(), m_clients.cend(),
                                          [](const Client *client) { return client->authenticated; }));
}

void DrillGateway::setTickIntervalMs(int ms)
{
    m_options.tickIntervalMs = ms;
    m_tickTimer.setInterval(ms);
}

void DrillGateway::onNewConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QWebSocket *socket = m_server->nextPendingConnection();
        // Sockets outlive the server object across restart(): the gateway owns them.
        socket->setParent(this);
        auto *client = new Client;
        client->socket = socket;
        client->connId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        client->nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
        client->connectedAtMs = m_world->nowMs();
        socket->setMaxAllowedIncomingMessageSize(static_cast<quint64>(m_options.maxPayload));
        m_clients.append(client);
        connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) {
            if (Client *c = findClient(socket))
                onText(c, text);
        });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket](const QByteArray &data) {
            if (Client *c = findClient(socket))
                onText(c, QString::fromUtf8(data));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            if (Client *c = findClient(socket))
                removeClient(c);
        });
        // connect.challenge goes out before any client frame and carries no seq.
        gateway::EventFrame challenge;
        challenge.event = u"connect.challenge"_s;
        challenge.payload = QJsonObject{{u"nonce"_s, client->nonce},
                                        {u"ts"_s, QDateTime::currentMSecsSinceEpoch()},
                                        {u"capabilities"_s, QJsonArray{u"model-catalog-snapshot"_s}}};
        socket->sendTextMessage(QString::fromUtf8(gateway::encodeFrame(challenge)));
    }
}

DrillGateway::Client *DrillGateway::findClient(QWebSocket *socket) const
{
    for (Client *client : m_clients) {
        if (client->socket == socket)
            return client;
    }
    return nullptr;
}

void DrillGateway::removeClient(Client *client)
{
    const bool wasAuthenticated = client->authenticated;
    const QString connId = client->connId;
    m_clients.removeOne(client);
    client->socket->deleteLater();
    delete client;
    if (wasAuthenticated) {
        updatePresence();
        Q_EMIT clientDisconnected(connId);
    }
}

void DrillGateway::onText(Client *client, const QString &text)
{
    if (client->closing)
        return;
    if (!client->authenticated) {
        handshake(client, text);
        return;
    }
    const QByteArray bytes = text.toUtf8();
    auto decoded = gateway::decodeFrame(bytes, m_options.maxPayload);
    if (auto *error = std::get_if<gateway::DecodeError>(&decoded)) {
        // Non-JSON is logged and ignored; a JSON object that is not a valid request frame
        // is answered (the real dispatcher does both).
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        sb::log::drill()->warn("drill: bad frame from {}: {}", client->connId.toStdString(),
                               error->reason.toStdString());
        if (document.isObject()) {
            const QJsonValue id = document.object().value(u"id"_s);
            sendResponse(client->socket, id.isString() ? id.toString() : u"invalid"_s, false, {},
                         makeError(u"INVALID_REQUEST"_s, u"invalid request frame: "_s + error->reason));
        }
        return;
    }
    const auto &frame = std::get<gateway::Frame>(decoded);
    if (const auto *req = std::get_if<gateway::RequestFrame>(&frame))
        request(client, *req);
}

void DrillGateway::handshake(Client *client, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.size() > kPreauthMaxBytes) {
        client->closing = true;
        closeSocket(client->socket, 1009, u"preauth payload too large"_s);
        return;
    }
    auto decoded = gateway::decodeFrame(bytes);
    const auto *frame = std::get_if<gateway::Frame>(&decoded);
    const auto *req = frame ? std::get_if<gateway::RequestFrame>(frame) : nullptr;
    if (!req) {
        client->closing = true;
        closeSocket(client->socket, 1008, u"invalid request frame"_s);
        return;
    }
    if (req->method != QLatin1String("connect")) {
        rejectHandshake(
            client, req->id,
            makeError(u"INVALID_REQUEST"_s, u"invalid handshake: first request must be connect"_s), 1008,
            u"invalid handshake: first request must be connect"_s);
        return;
    }
    if (auto problem = validateClosedObject(req->params, connectParamsRules())) {
        const QString message = u"invalid connect params: "_s + *problem;
        rejectHandshake(client, req->id, makeError(u"INVALID_REQUEST"_s, message), 1008, message);
        return;
    }
    const QJsonObject params = req->params.toObject();
    const QJsonObject info = params.value(u"client"_s).toObject();
    const qint64 minProtocol = params.value(u"minProtocol"_s).toInteger();
    const qint64 maxProtocol = params.value(u"maxProtocol"_s).toInteger();
    const QString mode = info.value(u"mode"_s).toString();
    const QString role = params.value(u"role"_s).toString(u"operator"_s);
    // connect-admission.ts: current protocol, or a probe/node client on the previous one.
    const bool current = maxProtocol >= kProtocolVersion && minProtocol <= kProtocolVersion;
    const bool probe = mode == QLatin1String("probe") && maxProtocol >= 3 && minProtocol <= kProtocolVersion;
    const bool node = role == QLatin1String("node") && maxProtocol >= 3 && minProtocol <= 3;
    if (!current && !probe && !node) {
        rejectHandshake(client, req->id,
                        makeError(u"INVALID_REQUEST"_s, u"protocol mismatch"_s,
                                  QJsonObject{{u"code"_s, u"PROTOCOL_MISMATCH"_s},
                                              {u"clientMinProtocol"_s, minProtocol},
                                              {u"clientMaxProtocol"_s, maxProtocol},
                                              {u"expectedProtocol"_s, kProtocolVersion},
                                              {u"minimumProbeProtocol"_s, 3}}),
                        1002, u"protocol mismatch"_s);
        return;
    }
    if (role != QLatin1String("operator") && role != QLatin1String("node")) {
        rejectHandshake(client, req->id, makeError(u"INVALID_REQUEST"_s, u"invalid role"_s), 1008,
                        u"invalid role"_s);
        return;
    }
    if (m_unavailableConnects > 0) {
        --m_unavailableConnects;
        ErrorShape error = makeError(u"UNAVAILABLE"_s, u"gateway starting; retry shortly"_s,
                                     QJsonObject{{u"reason"_s, u"startup-sidecars"_s}});
        error.retryable = true;
        error.retryAfterMs = 500;
        rejectHandshake(client, req->id, error, 1013, u"gateway starting"_s);
        return;
    }
    const QJsonObject auth = params.value(u"auth"_s).toObject();
    const QString provided = auth.value(u"token"_s).toString(auth.value(u"password"_s).toString());
    if (!m_options.token.isEmpty() && provided != m_options.token) {
        const bool missing = provided.isEmpty();
        const QString id = info.value(u"id"_s).toString();
        const bool ui = id == QLatin1String("openclaw-control-ui") || id == QLatin1String("webchat-ui") ||
                        mode == QLatin1String("webchat");
        const QString hint = mode == QLatin1String("cli")
                                 ? u"use this gateway's gateway.auth.token or pair the device"_s
                             : ui ? u"open the dashboard URL and paste the token in Control UI settings"_s
                                  : u"provide gateway auth token"_s;
        const QString message = missing ? u"unauthorized: gateway token missing (%1)"_s.arg(hint)
                                        : u"unauthorized: gateway token mismatch (%1)"_s.arg(hint);
        rejectHandshake(
            client, req->id,
            makeError(u"INVALID_REQUEST"_s, message,
                      QJsonObject{{u"code"_s, missing ? u"AUTH_TOKEN_MISSING"_s : u"AUTH_TOKEN_MISMATCH"_s},
                                  {u"authReason"_s, missing ? u"token_missing"_s : u"token_mismatch"_s},
                                  {u"canRetryWithDeviceToken"_s, false},
                                  {u"recommendedNextStep"_s,
                                   missing ? u"update_auth_configuration"_s : u"update_auth_credentials"_s}}),
            1008, message);
        return;
    }

    client->authenticated = true;
    client->role = role;
    client->clientInfo = info;
    const QString id = info.value(u"id"_s).toString();
    // Without a signed device only the local cli/cli and gateway-client/backend paths keep
    // their requested scopes; everyone else is connected with none (v4 connect-policy).
    const bool keepsScopes = (id == QLatin1String("cli") && mode == QLatin1String("cli")) ||
                             (id == QLatin1String("gateway-client") && mode == QLatin1String("backend")) ||
                             params.contains(u"device"_s);
    if (keepsScopes) {
        for (const QJsonValue &scope : params.value(u"scopes"_s).toArray())
            client->scopes.append(scope.toString());
    }
    gateway::ResponseFrame hello;
    hello.id = req->id;
    hello.ok = true;
    hello.payload = helloOk(*client);
    client->socket->sendTextMessage(QString::fromUtf8(gateway::encodeFrame(hello)));
    sb::log::drill()->info("drill: client {} connected as {}/{}", client->connId.toStdString(),
                           id.toStdString(), mode.toStdString());
    Q_EMIT clientAuthenticated(client->connId);
    updatePresence();
}

void DrillGateway::rejectHandshake(Client *client, const QString &id, const ErrorShape &error, int closeCode,
                                   const QString &closeReason)
{
    sendResponse(client->socket, id, false, {}, error);
    client->closing = true;
    closeSocket(client->socket, closeCode, closeReason);
}

void DrillGateway::request(Client *client, const gateway::RequestFrame &frame)
{
    Q_EMIT requestReceived(frame.method);
    if (m_dropOnRequest && (m_dropOnRequest->isEmpty() || *m_dropOnRequest == frame.method)) {
        m_dropOnRequest.reset();
        sb::log::drill()->info("drill fault: dropping socket mid-request ({})", frame.method.toStdString());
        client->closing = true;
        client->socket->abort();
        return;
    }
    QPointer<QWebSocket> socket = client->socket;
    if (m_responseDelayMs > 0)
        QTimer::singleShot(m_responseDelayMs, this, [this, socket, frame] { dispatch(socket, frame); });
    else
        dispatch(socket, frame);
}

void DrillGateway::dispatch(QPointer<QWebSocket> socket, const gateway::RequestFrame &frame)
{
    Client *client = socket ? findClient(socket) : nullptr;
    if (!client || client->closing)
        return;
    const Reply reply([this, socket, id = frame.id](bool ok, const QJsonValue &payload,
                                                    const std::optional<ErrorShape> &error) {
        if (socket)
            sendResponse(socket, id, ok, payload, error);
    });
    if (frame.method == QLatin1String("connect")) {
        reply.fail(u"INVALID_REQUEST"_s, u"connect already completed"_s);
        return;
    }
    const std::optional<QString> scope = DrillMethods::requiredScope(frame.method, frame.params);
    if (!scope && frame.method != QLatin1String("web.login.start")) {
        reply.fail(u"INVALID_REQUEST"_s, u"unknown method: "_s + frame.method);
        return;
    }
    if (auto problem = validateMethodParams(frame.method, frame.params)) {
        reply.fail(u"INVALID_REQUEST"_s, *problem);
        return;
    }
    if (scope && !DrillMethods::scopeSatisfied(client->scopes, *scope)) {
        reply.fail(makeError(u"FORBIDDEN"_s, u"missing scope: "_s + *scope,
                             QJsonObject{{u"code"_s, u"MISSING_SCOPE"_s},
                                         {u"missingScope"_s, *scope},
                                         {u"requiredScopes"_s, QJsonArray{*scope}}}));
        return;
    }
    const CallContext context{
        client->connId,
        client->clientInfo.value(u"displayName"_s).toString(client->clientInfo.value(u"id"_s).toString()),
        client->scopes};
    if (!m_methods->handle(frame.method, frame.params, context, reply))
        reply.fail(u"INVALID_REQUEST"_s, u"unknown method: "_s + frame.method);
}

void DrillGateway::sendResponse(QWebSocket *socket, const QString &id, bool ok, const QJsonValue &payload,
                                const std::optional<ErrorShape> &error)
{
    gateway::ResponseFrame response;
    response.id = id;
    response.ok = ok;
    response.payload = payload;
    response.error = error;
    socket->sendTextMessage(QString::fromUtf8(gateway::encodeFrame(response)));
}

void DrillGateway::sendEvent(Client *client, const QString &event, const QJsonValue &payload,
                             bool withStateVersion)
{
    gateway::EventFrame frame;
    frame.event = event;
    frame.payload = payload;
    frame.seq = ++client->seq;
    if (withStateVersion) {
        const QJsonObject version = m_world->stateVersion();
        frame.stateVersion = gateway::StateVersion{version.value(u"presence"_s).toInteger(),
                                                   version.value(u"health"_s).toInteger()};
    }
    client->socket->sendTextMessage(QString::fromUtf8(gateway::encodeFrame(frame)));
}

void DrillGateway::broadcastEvent(const QString &event, const QJsonValue &payload, bool dropIfSlow,
                                  bool withStateVersion)
{
    // presence and config.changed need operator.read; health, heartbeat, tick, shutdown do not.
    const bool needsRead = event == QLatin1String("presence") || event == QLatin1String("config.changed");
    for (Client *client : std::as_const(m_clients)) {
        if (!client->authenticated || client->closing)
            continue;
        if (needsRead && !DrillMethods::scopeSatisfied(client->scopes, u"operator.read"_s))
            continue;
        if (m_pendingSeqSkip > 0)
            client->seq += m_pendingSeqSkip;
        if (dropIfSlow && client->socket->bytesToWrite() > m_options.maxBufferedBytes) {
            ++client->seq; // the real broadcaster consumes the number and drops the frame
            continue;
        }
        sendEvent(client, event, payload, withStateVersion);
    }
    m_pendingSeqSkip = 0;
}

void DrillGateway::tick()
{
    if (m_ticksStalled)
        return;
    broadcastEvent(u"tick"_s, QJsonObject{{u"ts"_s, m_world->nowMs()}}, true, false);
}

} // namespace sb::drill

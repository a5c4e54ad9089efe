#include "app/drill/SignalCliEmulator.h"

#include <memory>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUuid>

namespace sb::drill {

using namespace Qt::StringLiterals;

namespace {

// JSON-RPC error codes of SignalJsonRpcCommandHandler (signal-cli 0.13.19): minus the exit
// codes signal-cli(1) documents (1 user error, 3 server or IO error, 5 rate limiting), and the
// JSON-RPC 2.0 ones (-32600 as signal-cli-jsonrpc(5) shows it).
constexpr int kUserError = -1;
constexpr int kIoError = -3;
constexpr int kRateLimitError = -5;
constexpr int kInvalidRequest = -32600;
constexpr int kMethodNotFound = -32601;
constexpr int kInvalidParams = -32602;
constexpr int kParseError = -32700;

const QString kCaptchaRequired =
    u"Captcha required for verification, use --captcha CAPTCHA\n"
    u"To get the token, go to https://signalcaptchas.org/registration/generate.html\n"
    u"After solving the captcha, right-click on the \"Open Signal\" link and copy the link."_s;

QJsonObject rpcError(const QJsonValue &id, int code, const QString &message,
                     const QJsonValue &data = QJsonValue::Null)
{
    return {{u"jsonrpc"_s, u"2.0"_s},
            {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"data"_s, data}}},
            {u"id"_s, id}};
}

QJsonObject rpcResult(const QJsonValue &id, const QJsonValue &result)
{
    return {{u"jsonrpc"_s, u"2.0"_s}, {u"result"_s, result}, {u"id"_s, id}};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    default:
        return "Status";
    }
}

} // namespace

// Bytes received so far on one socket, until a whole request is in.
struct SignalCliEmulator::Pending
{
    QByteArray buffer;
};

SignalCliEmulator::SignalCliEmulator(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &SignalCliEmulator::onConnection);
}

SignalCliEmulator::~SignalCliEmulator() = default;

bool SignalCliEmulator::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 SignalCliEmulator::port() const
{
    return m_server->serverPort();
}

QString SignalCliEmulator::baseUrl() const
{
    return u"http://127.0.0.1:%1"_s.arg(port());
}

void SignalCliEmulator::configure(const QJsonObject &step)
{
    m_behaviour.registerOutcome = step.value(u"register"_s).toString(m_behaviour.registerOutcome);
    m_behaviour.verifyOutcome = step.value(u"verify"_s).toString(m_behaviour.verifyOutcome);
    m_behaviour.eventsOutcome = step.value(u"events"_s).toString(m_behaviour.eventsOutcome);
    m_behaviour.rateLimitStatus = step.value(u"rateLimitStatus"_s).toInt(m_behaviour.rateLimitStatus);
    m_behaviour.retryAfterSeconds = step.value(u"retryAfterSeconds"_s).toInt(m_behaviour.retryAfterSeconds);
    m_behaviour.challengeAccepted = step.value(u"challengeAccepted"_s).toBool(m_behaviour.challengeAccepted);
    m_behaviour.registrationLockPin =
        step.value(u"registrationLockPin"_s).toString(m_behaviour.registrationLockPin);
    m_behaviour.verificationCode = step.value(u"verificationCode"_s).toString(m_behaviour.verificationCode);
    const QString action = step.value(u"action"_s).toString();
    if (action == QLatin1String("dropEvents"))
        dropEventStreams();
    else if (action == QLatin1String("receive"))
        pushEnvelope(step.value(u"envelope"_s).toObject());
}

void SignalCliEmulator::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto pending = std::make_shared<Pending>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, pending] {
            pending->buffer += socket->readAll();
            const qsizetype headerEnd = pending->buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = pending->buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            qsizetype contentLength = 0;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
            }
            if (pending->buffer.size() < headerEnd + 4 + contentLength)
                return;
            const QByteArray body = pending->buffer.mid(headerEnd + 4, contentLength);
            pending->buffer.clear();
            route(socket, requestLine.value(0), requestLine.value(1), body);
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void SignalCliEmulator::reply(QTcpSocket *socket, int status, const QByteArray &contentType,
                              const QByteArray &body, const QList<QByteArray> &extraHeaders)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty())
        response += "Content-Type: " + contentType + "\r\n";
    for (const QByteArray &header : extraHeaders)
        response += header + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

void SignalCliEmulator::route(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
                              const QByteArray &body)
{
    const QUrl url(QString::fromLatin1(target));
    const QString path = url.path();
    if (method == "GET" && path == QLatin1String("/api/v1/check")) {
        reply(socket, 200, {}, {});
    } else if (method == "GET" && path == QLatin1String("/api/v1/events")) {
        if (m_behaviour.eventsOutcome == QLatin1String("reject")) {
            reply(socket, 403, "text/plain", "Forbidden");
            return;
        }
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n\r\n:\n\n");
        m_streams.append(socket);
        Q_EMIT eventStreamOpened();
    } else if (method == "POST" && path == QLatin1String("/api/v1/rpc")) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        QList<QByteArray> headers;
        QJsonObject response;
        if (!document.isObject())
            response = rpcError(QJsonValue::Null, kParseError, u"Failed to parse JSON-RPC request"_s);
        else
            response = rpc(document.object(), &headers);
        reply(socket, 200, "application/json", QJsonDocument(response).toJson(QJsonDocument::Compact),
              headers);
    } else {
        reply(socket, 404, "text/plain", "Not Found");
    }
}

QStringList SignalCliEmulator::documentedParams(const QString &method)
{
    // Multi-account mode: "requests for a single account require an additional account param".
    static const QHash<QString, QStringList> params{
        {u"register"_s, {u"account"_s, u"voice"_s, u"captcha"_s, u"reregister"_s}},
        {u"verify"_s, {u"account"_s, u"verificationCode"_s, u"pin"_s}},
        {u"startLink"_s, {}},
        {u"finishLink"_s, {u"deviceLinkUri"_s, u"deviceName"_s}},
        {u"submitRateLimitChallenge"_s, {u"account"_s, u"challenge"_s, u"captcha"_s}},
    };
    return params.value(method);
}

QJsonObject SignalCliEmulator::rpc(const QJsonObject &request, QList<QByteArray> *extraHeaders)
{
    const QJsonValue id = request.value(u"id"_s);
    const QString method = request.value(u"method"_s).toString();
    const QJsonObject params = request.value(u"params"_s).toObject();
    // signal-cli-jsonrpc(5): {"jsonrpc":"2.0"} → -32600 "method field must be set", id null.
    if (method.isEmpty())
        return rpcError(QJsonValue::Null, kInvalidRequest, u"method field must be set"_s);
    m_lastParams.insert(method, params);
    Q_EMIT rpcReceived(method);

    static const QStringList registrationMethods{u"register"_s, u"verify"_s, u"startLink"_s, u"finishLink"_s,
                                                 u"submitRateLimitChallenge"_s};
    if (registrationMethods.contains(method)) {
        const QStringList known = documentedParams(method);
        for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return rpcError(id, kInvalidParams, u"Invalid params: unknown parameter %1"_s.arg(it.key()));
        }
        if (known.contains(u"account"_s) && params.value(u"account"_s).toString().isEmpty())
            return rpcError(id, kInvalidParams, u"Invalid params: account is required"_s);
    }

    if (method == QLatin1String("register")) {
        const bool hasCaptcha = !params.value(u"captcha"_s).toString().isEmpty();
        const QString outcome = m_behaviour.registerOutcome;
        if ((outcome == QLatin1String("captcha-required") || outcome == QLatin1String("invalid-captcha")) &&
            !hasCaptcha)
            return rpcError(id, kUserError, kCaptchaRequired);
        if (outcome == QLatin1String("invalid-captcha"))
            return rpcError(id, kUserError, u"Invalid captcha given."_s);
        if (outcome == QLatin1String("authorization-failed"))
            return rpcError(
                id, kIoError,
                u"Failed to register: [403] Authorization failed! (AuthorizationFailedException)"_s);
        if (outcome == QLatin1String("rate-limited")) {
            extraHeaders->append("Retry-After: " + QByteArray::number(m_behaviour.retryAfterSeconds));
            return rpcError(id, kRateLimitError,
                            u"Failed to register: [%1] Rate limit exceeded (RateLimitException)"_s.arg(
                                m_behaviour.rateLimitStatus),
                            QJsonObject{{u"retryAfterSeconds"_s, m_behaviour.retryAfterSeconds}});
        }
        if (outcome == QLatin1String("challenge")) {
            // A proof-required rate limit, shaped like signal-cli's send results.
            const QJsonObject result{
                {u"type"_s, u"RATE_LIMIT_FAILURE"_s},
                {u"token"_s, u"challenge-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces))},
                {u"retryAfterSeconds"_s, m_behaviour.retryAfterSeconds}};
            return rpcError(id, kRateLimitError,
                            u"Failed to register: [428] Proof required (ProofRequiredException)"_s,
                            QJsonObject{{u"response"_s, QJsonObject{{u"results"_s, QJsonArray{result}}}}});
        }
        m_pendingNumber = params.value(u"account"_s).toString();
        return rpcResult(id, QJsonObject{});
    }
    if (method == QLatin1String("verify")) {
        const QString outcome = m_behaviour.verifyOutcome;
        const QString code = params.value(u"verificationCode"_s).toString();
        if (code.isEmpty())
            return rpcError(id, kInvalidParams, u"Invalid params: verificationCode is required"_s);
        if (outcome == QLatin1String("expired"))
            return rpcError(id, kIoError,
                            u"Verify error: [404] Verification session expired (NoSuchSessionException)"_s);
        if (outcome == QLatin1String("authorization-failed"))
            return rpcError(id, kIoError,
                            u"Verify error: [403] Authorization failed! (AuthorizationFailedException)"_s);
        if (outcome == QLatin1String("invalid-code") ||
            (!m_behaviour.verificationCode.isEmpty() && code != m_behaviour.verificationCode))
            return rpcError(id, kUserError,
                            u"Verify error: Invalid verification code (IncorrectCodeException)"_s);
        if (!m_behaviour.registrationLockPin.isEmpty()) {
            const QString pin = params.value(u"pin"_s).toString();
            if (pin.isEmpty())
                return rpcError(
                    id, kUserError,
                    u"Verification failed! This number is locked with a pin. Hours remaining until "
                    u"reset: 167\nUse '--pin PIN_CODE' to specify the registration lock PIN"_s);
            if (pin != m_behaviour.registrationLockPin)
                return rpcError(id, kUserError, u"Verification failed! Invalid pin, tries remaining: 4"_s);
        }
        const QString number = params.value(u"account"_s).toString(m_pendingNumber);
        if (!m_accounts.contains(number))
            m_accounts.append(number);
        return rpcResult(id, QJsonObject{});
    }
    if (method == QLatin1String("startLink")) {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        return rpcResult(id, QJsonObject{{u"deviceLinkUri"_s, u"sgnl://linkdevice?uuid=%1&pub_key=BQ%2"_s.arg(
                                                                  uuid, uuid.left(8))}});
    }
    if (method == QLatin1String("finishLink")) {
        const QString uri = params.value(u"deviceLinkUri"_s).toString();
        if (!uri.startsWith(QLatin1String("sgnl://linkdevice?")))
            return rpcError(id, kInvalidParams, u"Invalid params: deviceLinkUri is required"_s);
        const QString number = u"+819000000053"_s;
        if (!m_accounts.contains(number))
            m_accounts.append(number);
        // signal-cli-jsonrpc(5): RESPONSE {"result":{"deviceLinkUri":"sgnl://linkdevice?uuid=X&pub_key=X"}}.
        return rpcResult(id, QJsonObject{{u"deviceLinkUri"_s, uri}});
    }
    if (method == QLatin1String("listAccounts")) {
        QJsonArray accounts;
        for (const QString &number : std::as_const(m_accounts))
            accounts.append(QJsonObject{{u"number"_s, number}});
        return rpcResult(id, accounts);
    }
    if (method == QLatin1String("send")) {
        const qint64 timestamp = QDateTime::currentMSecsSinceEpoch();
        QJsonArray results;
        for (const QJsonValue &recipient : params.value(u"recipient"_s).toArray())
            results.append(QJsonObject{{u"recipientAddress"_s, QJsonObject{{u"number"_s, recipient}}},
                                       {u"type"_s, u"SUCCESS"_s}});
        return rpcResult(id, QJsonObject{{u"timestamp"_s, timestamp}, {u"results"_s, results}});
    }
    if (method == QLatin1String("submitRateLimitChallenge")) {
        // signal-cli(1): "--captcha CAPTCHA  The captcha result, starting with signalcaptcha://".
        if (!params.value(u"captcha"_s).toString().startsWith(QLatin1String("signalcaptcha://")) ||
            params.value(u"challenge"_s).toString().isEmpty())
            return rpcError(id, kInvalidParams, u"Invalid params: challenge and captcha are required"_s);
        if (!m_behaviour.challengeAccepted)
            return rpcError(
                id, kUserError,
                u"Captcha rejected, it may be outdated, already used or solved from a different IP address."_s);
        return rpcResult(id, QJsonObject{});
    }
    if (method == QLatin1String("version"))
        return rpcResult(id, QJsonObject{{u"version"_s, u"0.13.19"_s}});
    return rpcError(id, kMethodNotFound, u"Method not implemented"_s);
}

void SignalCliEmulator::dropEventStreams()
{
    const auto streams = std::exchange(m_streams, {});
    for (const QPointer<QTcpSocket> &socket : streams) {
        if (socket)
            socket->abort();
    }
}

void SignalCliEmulator::pushEnvelope(const QJsonObject &envelope)
{
    const QByteArray data =
        QJsonDocument(QJsonObject{{u"envelope"_s, envelope}}).toJson(QJsonDocument::Compact);
    const QByteArray event =
        "event:receive\ndata:" + data + "\nid:" + QByteArray::number(++m_eventId) + "\n\n";
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_streams)) {
        if (socket)
            socket->write(event);
    }
}

} // namespace sb::drill

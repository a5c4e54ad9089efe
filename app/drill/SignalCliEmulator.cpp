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

// JSON-RPC error codes of SignalJsonRpcCommandHandler (signal-cli 0.13.19).
constexpr int kUserError = -1;
constexpr int kIoError = -3;
constexpr int kRateLimitError = -5;
constexpr int kMethodNotFound = -32601;
constexpr int kParseError = -32700;

const QString kCaptchaRequired =
    u"Captcha required for verification, use --captcha CAPTCHA\n"
    u"To get the token, go to https://signalcaptchas.org/registration/generate.html\n"
    u"After solving the captcha, right-click on the \"Open Signal\" link and copy the link."_s;

QJsonObject rpcError(const QJsonValue &id, int code, const QString &message)
{
    return {
        {u"jsonrpc"_s, u"2.0"_s},
        {u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"data"_s, QJsonValue::Null}}},
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

QJsonObject SignalCliEmulator::rpc(const QJsonObject &request, QList<QByteArray> *extraHeaders)
{
    const QJsonValue id = request.value(u"id"_s);
    const QString method = request.value(u"method"_s).toString();
    const QJsonObject params = request.value(u"params"_s).toObject();
    Q_EMIT rpcReceived(method);
    if (method.isEmpty())
        return rpcError(QJsonValue::Null, -32600, u"method field must be set"_s);

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
            const QString next =
                QDateTime::currentDateTimeUtc().addSecs(m_behaviour.retryAfterSeconds).toString(Qt::ISODate);
            return rpcError(
                id, kRateLimitError,
                u"Failed to register: [%1] Rate limit reached, next attempt at %2 (RateLimitException)"_s
                    .arg(m_behaviour.rateLimitStatus)
                    .arg(next));
        }
        m_pendingNumber = params.value(u"account"_s).toString();
        return rpcResult(id, QJsonObject{});
    }
    if (method == QLatin1String("verify")) {
        if (m_behaviour.verifyOutcome != QLatin1String("ok"))
            return rpcError(id, kUserError,
                            u"Verify error: [403] Authorization failed! (AuthorizationFailedException)"_s);
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
        const QString number = u"+819000000053"_s;
        if (!m_accounts.contains(number))
            m_accounts.append(number);
        return rpcResult(
            id, QJsonObject{{u"deviceLinkUri"_s, params.value(u"deviceLinkUri"_s)}, {u"number"_s, number}});
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

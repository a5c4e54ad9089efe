#include "app/linking/signalcli/SignalCliClient.h"

#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace sb::linking::signalcli {

using namespace Qt::StringLiterals;

namespace {

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

// A short, printable excerpt of a body that was not what we expected.
QString excerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(80)).simplified();
    if (body.size() > 80)
        text += u"…"_s;
    return text;
}

// signal-cli puts a rate limit's wait in its send results (retryAfterSeconds, with the
// challenge token when a captcha can lift it); look wherever the error data carries one.
std::optional<qint64> retryAfterIn(const QJsonValue &data)
{
    if (data.isObject()) {
        const QJsonObject object = data.toObject();
        const QJsonValue seconds = object.value(u"retryAfterSeconds"_s);
        if (seconds.isDouble() && seconds.toDouble() >= 0)
            return static_cast<qint64>(seconds.toDouble());
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (auto found = retryAfterIn(it.value()))
                return found;
        }
    } else if (data.isArray()) {
        for (const QJsonValue &item : data.toArray()) {
            if (auto found = retryAfterIn(item))
                return found;
        }
    }
    return std::nullopt;
}

DaemonError fromNetworkError(QNetworkReply *reply)
{
    const QString what = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return {DaemonError::Kind::NotRunning, what};
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::NetworkSessionFailedError:
        return {DaemonError::Kind::Unreachable, what};
    case QNetworkReply::RemoteHostClosedError:
        return {DaemonError::Kind::BadResponse, what};
    default:
        break;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 404)
        return {DaemonError::Kind::WrongUrl, u"%1 answered 404 Not Found"_s.arg(reply->url().toString()),
                404};
    if (status != 0)
        return {DaemonError::Kind::HttpStatus, what, status};
    return {DaemonError::Kind::Unreachable, what};
}

} // namespace

DaemonResult<QJsonValue> parseRpcResponse(const QByteArray &body, const QJsonValue &id)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray start = body.trimmed().left(1);
        const bool looksLikeMarkup = start == "<";
        return DaemonError(DaemonError::Kind::NotJson,
                           looksLikeMarkup
                               ? u"an HTML page: %1"_s.arg(excerpt(body))
                               : u"%1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject())
        return DaemonError(DaemonError::Kind::BadResponse, u"the response is not a JSON object"_s);
    const QJsonObject response = document.object();
    if (response.value(u"jsonrpc"_s).toString() != QLatin1String("2.0"))
        return DaemonError(DaemonError::Kind::BadResponse, u"\"jsonrpc\" is not \"2.0\""_s);
    const bool hasResult = response.contains(u"result"_s);
    const bool hasError = response.contains(u"error"_s);
    if (hasResult == hasError)
        return DaemonError(DaemonError::Kind::BadResponse,
                           u"a response needs exactly one of result and error"_s);
    if (hasError) {
        const QJsonValue error = response.value(u"error"_s);
        if (!error.isObject() || !error.toObject().value(u"code"_s).isDouble() ||
            !error.toObject().value(u"message"_s).isString())
            return DaemonError(DaemonError::Kind::BadResponse, u"the error object lacks a code or message"_s);
        const QJsonObject object = error.toObject();
        DaemonError rpcError = DaemonError::rpc(
            object.value(u"code"_s).toInt(), object.value(u"message"_s).toString(), object.value(u"data"_s));
        if (auto seconds = retryAfterIn(object.value(u"data"_s)))
            rpcError.setRetryAfterSeconds(*seconds);
        return rpcError;
    }
    // An error about the request itself (parse error) carries id null; a result must be ours.
    if (response.value(u"id"_s) != id)
        return DaemonError(DaemonError::Kind::BadResponse, u"the response answers another request id"_s);
    return response.value(u"result"_s);
}

SignalCliClient::SignalCliClient(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    // The daemon is on this machine or behind a URL the operator gave; never a system proxy.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

SignalCliClient::~SignalCliClient() = default;

QList<MethodSpec> SignalCliClient::methodsUsed()
{
    return {
        {u"register"_s, {u"account"_s, u"captcha"_s, u"voice"_s, u"reregister"_s}},
        {u"verify"_s, {u"account"_s, u"verificationCode"_s, u"pin"_s}},
        {u"startLink"_s, {}},
        {u"finishLink"_s, {u"deviceLinkUri"_s, u"deviceName"_s}},
        {u"submitRateLimitChallenge"_s, {u"account"_s, u"challenge"_s, u"captcha"_s}},
    };
}

QNetworkReply *SignalCliClient::send(QNetworkReply *reply, int timeoutMs, QObject *context,
                                     std::function<void(QNetworkReply *, const DaemonError *)> done)
{
    // One outcome per reply: the first of finished, the deadline, an oversized body.
    auto settled = std::make_shared<bool>(false);
    QPointer<QObject> guard(context);
    auto settle = [reply, settled, guard, done](const DaemonError *error) {
        if (*settled)
            return;
        *settled = true;
        if (guard)
            done(reply, error);
        reply->deleteLater();
    };
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, timeoutMs, settle] {
        const DaemonError error(
            DaemonError::Kind::Timeout,
            tr("no answer from %1 within %2 s").arg(reply->url().toString()).arg(timeoutMs / 1000.0));
        settle(&error);
        reply->abort();
    });
    deadline->start(timeoutMs);
    const qint64 limit = m_options.maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, limit, settle](qint64 received, qint64) {
        if (received > limit) {
            const DaemonError error(DaemonError::Kind::BadResponse,
                                    tr("the answer is larger than %1 bytes").arg(limit));
            settle(&error);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, reply, [reply, settle] {
        if (reply->error() != QNetworkReply::NoError) {
            const DaemonError error = fromNetworkError(reply);
            settle(&error);
        } else {
            settle(nullptr);
        }
    });
    return reply;
}

void SignalCliClient::check(QObject *context, DaemonHandler<bool> handler)
{
    QNetworkRequest request(endpoint(m_options.baseUrl, u"/api/v1/check"_s));
    send(m_network->get(request), m_options.checkTimeoutMs, context,
         [handler](QNetworkReply *, const DaemonError *error) {
             if (error)
                 handler(*error);
             else
                 handler(true);
         });
}

void SignalCliClient::call(const QString &method, const QJsonObject &params, int timeoutMs, QObject *context,
                           DaemonHandler<QJsonValue> handler)
{
    const QJsonValue id = QString::number(m_nextId++);
    QJsonObject envelope{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, method}, {u"id"_s, id}};
    if (!params.isEmpty())
        envelope.insert(u"params"_s, params);
    QNetworkRequest request(endpoint(m_options.baseUrl, u"/api/v1/rpc"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json");
    const QByteArray payload = QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    send(m_network->post(request, payload), timeoutMs, context,
         [handler, id](QNetworkReply *reply, const DaemonError *failure) {
             std::optional<qint64> retryAfter;
             const QByteArray header = reply->rawHeader("Retry-After").trimmed();
             bool numeric = false;
             const qint64 seconds = header.toLongLong(&numeric);
             if (numeric && seconds >= 0)
                 retryAfter = seconds;
             if (failure) {
                 DaemonError error = *failure;
                 if (retryAfter)
                     error.setRetryAfterSeconds(*retryAfter);
                 handler(error);
                 return;
             }
             const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
             const QByteArray body = reply->readAll();
             // OpenClaw's client: 201 is success without a body.
             if (status == 201 && body.trimmed().isEmpty()) {
                 handler(QJsonValue());
                 return;
             }
             DaemonResult<QJsonValue> result = parseRpcResponse(body, id);
             if (!result.ok() && retryAfter && !result.error().retryAfterSeconds()) {
                 DaemonError withWait = result.error();
                 withWait.setRetryAfterSeconds(*retryAfter);
                 handler(withWait);
                 return;
             }
             handler(result);
         });
}

void SignalCliClient::registerAccount(const RegisterRequest &request, QObject *context,
                                      DaemonHandler<QJsonValue> handler)
{
    QJsonObject params{{u"account"_s, request.account}};
    if (!request.captcha.isEmpty())
        params.insert(u"captcha"_s, request.captcha);
    if (request.voice)
        params.insert(u"voice"_s, true);
    if (request.reregister)
        params.insert(u"reregister"_s, true);
    call(u"register"_s, params, m_options.rpcTimeoutMs, context, std::move(handler));
}

void SignalCliClient::verify(const VerifyRequest &request, QObject *context,
                             DaemonHandler<QJsonValue> handler)
{
    QJsonObject params{{u"account"_s, request.account}, {u"verificationCode"_s, request.verificationCode}};
    if (!request.pin.isEmpty())
        params.insert(u"pin"_s, request.pin);
    call(u"verify"_s, params, m_options.rpcTimeoutMs, context, std::move(handler));
}

void SignalCliClient::startLink(QObject *context, DaemonHandler<QString> handler)
{
    call(u"startLink"_s, {}, m_options.rpcTimeoutMs, context,
         [handler](const DaemonResult<QJsonValue> &result) {
             if (!result) {
                 handler(result.error());
                 return;
             }
             const QString uri = result.value().toObject().value(u"deviceLinkUri"_s).toString();
             if (!uri.startsWith(QLatin1String("sgnl://linkdevice?"))) {
                 handler(DaemonError(DaemonError::Kind::BadResponse,
                                     tr("startLink returned no sgnl://linkdevice URI")));
                 return;
             }
             handler(uri);
         });
}

void SignalCliClient::finishLink(const QString &deviceLinkUri, const QString &deviceName, QObject *context,
                                 DaemonHandler<QJsonValue> handler)
{
    QJsonObject params{{u"deviceLinkUri"_s, deviceLinkUri}};
    if (!deviceName.isEmpty())
        params.insert(u"deviceName"_s, deviceName);
    call(u"finishLink"_s, params, m_options.finishLinkTimeoutMs, context, std::move(handler));
}

void SignalCliClient::submitRateLimitChallenge(const QString &account, const QString &challenge,
                                               const QString &captcha, QObject *context,
                                               DaemonHandler<QJsonValue> handler)
{
    call(u"submitRateLimitChallenge"_s,
         {{u"account"_s, account}, {u"challenge"_s, challenge}, {u"captcha"_s, captcha}},
         m_options.rpcTimeoutMs, context, std::move(handler));
}

} // namespace sb::linking::signalcli

#include "app/gateway/GatewayClient.h"

#include "app/platform/Redactor.h"

#include <algorithm>

#include <QJsonDocument>
#include <QUuid>

namespace sb::gateway {

namespace {

// Long-polling calls run on the gateway for up to their own timeoutMs; our deadline must
// outlast theirs or every slow answer would read as a dead gateway.
constexpr int serverSideSlackMs = 5000;

QJsonObject channelAccountParams(const QString &channel, const QString &accountId)
{
    QJsonObject params{{QStringLiteral("channel"), channel}};
    if (!accountId.isEmpty())
        params.insert(QStringLiteral("accountId"), accountId);
    return params;
}

} // namespace

GatewayClient::GatewayClient(Connection *connection)
    : m_connection(connection)
{}

int GatewayClient::protocolVersion() const
{
    const Connection *connection = m_connection.data();
    return connection != nullptr ? connection->protocolVersion() : 0;
}

QString GatewayClient::generateIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

template <typename T>
void GatewayClient::refuse(const GatewayError &error, QObject *context, ResultHandler<T> handler)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QObject *target =
        m_connection ? static_cast<QObject *>(m_connection.data()) : QCoreApplication::instance();
    QMetaObject::invokeMethod(
        target,
        [guard, hadContext, handler = std::move(handler), error] {
            if ((!hadContext || guard) && handler)
                handler(error);
        },
        Qt::QueuedConnection);
}

template <typename T, typename Parser>
void GatewayClient::call(const QString &method, const QJsonValue &params, QObject *context,
                         ResultHandler<T> handler, Parser parse, int timeoutMs)
{
    if (!m_connection) {
        refuse<T>(GatewayError::transport(tr("no connection to the gateway")), context, std::move(handler));
        return;
    }
    // Gateway text becomes typed values here, so this is where secrets a gateway echoes
    // (our own token, a bot token in an error) are taken out: nothing above stores, prints
    // or exports them. Config answers are exempt: the editor writes them back as they came.
    const bool redact = !method.startsWith(QLatin1String("config."));
    m_connection->request(
        method, params, context,
        [method, redact, handler = std::move(handler), parse](const Result<QJsonValue> &answer) {
            if (!handler)
                return;
            if (!answer.ok()) {
                handler(answer.error().redacted());
                return;
            }
            QString why;
            auto parsed = parse(redact ? Redactor::redact(answer.value()) : answer.value(), &why);
            if (!parsed) {
                handler(
                    GatewayError::protocol(tr("unexpected answer to %1: %2").arg(method, why)).redacted());
                return;
            }
            handler(Result<T>(std::move(*parsed)));
        },
        timeoutMs);
}

void GatewayClient::health(QObject *context, ResultHandler<HealthSnapshot> handler, bool probe)
{
    QJsonObject params;
    if (probe)
        params.insert(QStringLiteral("probe"), true);
    call<HealthSnapshot>(QStringLiteral("health"), params, context, std::move(handler), parseHealthSnapshot);
}

void GatewayClient::channelsStatus(const ChannelsStatusOptions &options, QObject *context,
                                   ResultHandler<ChannelsStatus> handler)
{
    QJsonObject params{{QStringLiteral("probe"), options.probe}};
    if (options.timeoutMs)
        params.insert(QStringLiteral("timeoutMs"), *options.timeoutMs);
    const bool filterHere = !options.channel.isEmpty() && !isV4();
    if (!options.channel.isEmpty() && isV4())
        params.insert(QStringLiteral("channel"), options.channel);
    const int timeout = options.timeoutMs && m_connection ? std::max(m_connection->options().requestTimeoutMs,
                                                                     *options.timeoutMs + serverSideSlackMs)
                                                          : -1;
    const QString only = filterHere ? options.channel : QString();
    call<ChannelsStatus>(
        QStringLiteral("channels.status"), params, context, std::move(handler),
        [only](const QJsonValue &payload, QString *why) {
            auto status = parseChannelsStatus(payload, why);
            if (status && !only.isEmpty()) {
                status->channels.removeIf(
                    [&only](const ChannelStatus &channel) { return channel.id != only; });
            }
            return status;
        },
        timeout);
}

void GatewayClient::channelsStart(const QString &channel, const QString &accountId, QObject *context,
                                  ResultHandler<ChannelStartResult> handler)
{
    if (!isV4())
        return refuse<ChannelStartResult>(
            GatewayError::unsupported(QStringLiteral("channels.start"), protocolVersion()), context,
            std::move(handler));
    call<ChannelStartResult>(QStringLiteral("channels.start"), channelAccountParams(channel, accountId),
                             context, std::move(handler), parseChannelStartResult);
}

void GatewayClient::channelsStop(const QString &channel, const QString &accountId, QObject *context,
                                 ResultHandler<ChannelStopResult> handler)
{
    if (!isV4())
        return refuse<ChannelStopResult>(
            GatewayError::unsupported(QStringLiteral("channels.stop"), protocolVersion()), context,
            std::move(handler));
    // The gateway answers once the channel has stopped or its graceful stop has timed out
    // (5 s, then the shutdown goes on): 12 s were measured on 2026.9.6 for an offline Telegram.
    constexpr int kStopTimeoutMs = 60000;
    call<ChannelStopResult>(QStringLiteral("channels.stop"), channelAccountParams(channel, accountId),
                            context, std::move(handler), parseChannelStopResult, kStopTimeoutMs);
}

void GatewayClient::channelsLogout(const QString &channel, const QString &accountId, QObject *context,
                                   ResultHandler<ChannelLogoutResult> handler)
{
    call<ChannelLogoutResult>(QStringLiteral("channels.logout"), channelAccountParams(channel, accountId),
                              context, std::move(handler), parseChannelLogoutResult);
}

void GatewayClient::configGet(QObject *context, ResultHandler<ConfigSnapshot> handler)
{
    call<ConfigSnapshot>(QStringLiteral("config.get"), QJsonObject(), context, std::move(handler),
                         parseConfigSnapshot);
}

void GatewayClient::configPatch(const MergePatch &patch, const QString &baseHash, QObject *context,
                                ResultHandler<ConfigWriteResult> handler)
{
    QJsonObject params{{QStringLiteral("raw"), patch.toText()}};
    if (!baseHash.isEmpty())
        params.insert(QStringLiteral("baseHash"), baseHash);
    if (!patch.replacePaths().isEmpty()) {
        if (!isV4()) {
            return refuse<ConfigWriteResult>(
                GatewayError::unsupported(QStringLiteral("config.patch replacePaths"), protocolVersion()),
                context, std::move(handler));
        }
        params.insert(QStringLiteral("replacePaths"), QJsonArray::fromStringList(patch.replacePaths()));
    }
    call<ConfigWriteResult>(QStringLiteral("config.patch"), params, context, std::move(handler),
                            parseConfigWriteResult);
}

void GatewayClient::configSet(const QJsonObject &config, const QString &baseHash, QObject *context,
                              ResultHandler<ConfigWriteResult> handler)
{
    QJsonObject params{{QStringLiteral("raw"), QString::fromUtf8(QJsonDocument(config).toJson())}};
    if (!baseHash.isEmpty())
        params.insert(QStringLiteral("baseHash"), baseHash);
    call<ConfigWriteResult>(QStringLiteral("config.set"), params, context, std::move(handler),
                            parseConfigWriteResult);
}

void GatewayClient::logsTail(const LogsTailRequest &request, QObject *context,
                             ResultHandler<LogsTail> handler)
{
    QJsonObject params;
    if (request.cursor)
        params.insert(QStringLiteral("cursor"), *request.cursor);
    if (request.limit)
        params.insert(QStringLiteral("limit"), *request.limit);
    if (request.maxBytes)
        params.insert(QStringLiteral("maxBytes"), *request.maxBytes);
    call<LogsTail>(QStringLiteral("logs.tail"), params, context, std::move(handler), parseLogsTail);
}

void GatewayClient::send(const SendRequest &request, QObject *context, ResultHandler<SendResult> handler)
{
    QJsonObject params{{QStringLiteral("to"), request.to},
                       {QStringLiteral("idempotencyKey"), request.idempotencyKey.isEmpty()
                                                              ? generateIdempotencyKey()
                                                              : request.idempotencyKey}};
    if (!request.message.isEmpty())
        params.insert(QStringLiteral("message"), request.message);
    if (!request.channel.isEmpty())
        params.insert(QStringLiteral("channel"), request.channel);
    if (!request.accountId.isEmpty())
        params.insert(QStringLiteral("accountId"), request.accountId);
    call<SendResult>(QStringLiteral("send"), params, context, std::move(handler), parseSendResult);
}

void GatewayClient::pairingList(const QString &channel, const QString &accountId, QObject *context,
                                ResultHandler<PairingList> handler)
{
    if (!isV4())
        return refuse<PairingList>(
            GatewayError::unsupported(QStringLiteral("channels.pairing.list"), protocolVersion()), context,
            std::move(handler));
    QJsonObject params;
    if (!channel.isEmpty())
        params.insert(QStringLiteral("channel"), channel);
    if (!accountId.isEmpty())
        params.insert(QStringLiteral("accountId"), accountId);
    call<PairingList>(QStringLiteral("channels.pairing.list"), params, context, std::move(handler),
                      parsePairingList);
}

void GatewayClient::pairingApprove(const QString &channel, const QString &accountId, const QString &requestId,
                                   const PairingApproveOptions &options, QObject *context,
                                   ResultHandler<PairingApproval> handler)
{
    if (!isV4())
        return refuse<PairingApproval>(
            GatewayError::unsupported(QStringLiteral("channels.pairing.approve"), protocolVersion()), context,
            std::move(handler));
    QJsonObject params{{QStringLiteral("channel"), channel},
                       {QStringLiteral("accountId"), accountId},
                       {QStringLiteral("requestId"), requestId},
                       {QStringLiteral("notify"), options.notify}};
    // Asking for it needs operator.admin on the gateway: sent only when wanted.
    if (options.bootstrapCommandOwner)
        params.insert(QStringLiteral("bootstrapCommandOwner"), true);
    call<PairingApproval>(QStringLiteral("channels.pairing.approve"), params, context, std::move(handler),
                          parsePairingApproval);
}

void GatewayClient::pairingDismiss(const QString &channel, const QString &accountId, const QString &requestId,
                                   QObject *context, ResultHandler<PairingDismissal> handler)
{
    if (!isV4())
        return refuse<PairingDismissal>(
            GatewayError::unsupported(QStringLiteral("channels.pairing.dismiss"), protocolVersion()), context,
            std::move(handler));
    const QJsonObject params{{QStringLiteral("channel"), channel},
                             {QStringLiteral("accountId"), accountId},
                             {QStringLiteral("requestId"), requestId}};
    call<PairingDismissal>(QStringLiteral("channels.pairing.dismiss"), params, context, std::move(handler),
                           parsePairingDismissal);
}

void GatewayClient::webLoginStart(const WebLoginStartOptions &options, QObject *context,
                                  ResultHandler<WebLoginState> handler)
{
    QJsonObject params;
    if (isV4() && !options.channel.isEmpty())
        params.insert(QStringLiteral("channel"), options.channel);
    if (!options.accountId.isEmpty())
        params.insert(QStringLiteral("accountId"), options.accountId);
    if (options.force)
        params.insert(QStringLiteral("force"), true);
    if (options.timeoutMs)
        params.insert(QStringLiteral("timeoutMs"), *options.timeoutMs);
    const int timeout = std::max(m_connection ? m_connection->options().requestTimeoutMs : 0,
                                 options.timeoutMs.value_or(30000) + serverSideSlackMs);
    call<WebLoginState>(QStringLiteral("web.login.start"), params, context, std::move(handler),
                        parseWebLoginState, timeout);
}

void GatewayClient::webLoginWait(const WebLoginWaitOptions &options, QObject *context,
                                 ResultHandler<WebLoginState> handler)
{
    QJsonObject params;
    if (isV4() && !options.channel.isEmpty())
        params.insert(QStringLiteral("channel"), options.channel);
    if (isV4() && !options.currentQrDataUrl.isEmpty())
        params.insert(QStringLiteral("currentQrDataUrl"), options.currentQrDataUrl);
    if (!options.accountId.isEmpty())
        params.insert(QStringLiteral("accountId"), options.accountId);
    if (options.timeoutMs)
        params.insert(QStringLiteral("timeoutMs"), *options.timeoutMs);
    const int timeout = std::max(m_connection ? m_connection->options().requestTimeoutMs : 0,
                                 options.timeoutMs.value_or(120000) + serverSideSlackMs);
    call<WebLoginState>(QStringLiteral("web.login.wait"), params, context, std::move(handler),
                        parseWebLoginState, timeout);
}

void GatewayClient::systemPresence(QObject *context, ResultHandler<QList<PresenceEntry>> handler)
{
    call<QList<PresenceEntry>>(QStringLiteral("system-presence"), QJsonValue(QJsonValue::Undefined), context,
                               std::move(handler), [](const QJsonValue &payload, QString *why) {
                                   if (!payload.isArray() && !payload.isObject()) {
                                       *why = QStringLiteral("system-presence answer is not a list");
                                       return std::optional<QList<PresenceEntry>>();
                                   }
                                   return std::optional<QList<PresenceEntry>>(parsePresence(payload));
                               });
}

void GatewayClient::lastHeartbeat(QObject *context, ResultHandler<std::optional<HeartbeatRecord>> handler)
{
    using Answer = std::optional<HeartbeatRecord>;
    call<Answer>(QStringLiteral("last-heartbeat"), QJsonValue(QJsonValue::Undefined), context,
                 std::move(handler), [](const QJsonValue &payload, QString *why) -> std::optional<Answer> {
                     if (payload.isNull() || payload.isUndefined())
                         return Answer();
                     auto record = parseHeartbeat(payload);
                     if (!record) {
                         *why = QStringLiteral("last-heartbeat answer is not an object");
                         return std::nullopt;
                     }
                     return Answer(std::move(*record));
                 });
}

} // namespace sb::gateway

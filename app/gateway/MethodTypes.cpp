#include "app/gateway/MethodTypes.h"

#include "app/gateway/Hello.h"

#include <cmath>

namespace sb::gateway {

namespace {

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

qint64 integerOr(const QJsonObject &object, const char *key, qint64 fallback)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return fallback;
    return static_cast<qint64>(value.toDouble());
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

bool requireObject(const QJsonValue &payload, const char *method, QString *why)
{
    if (payload.isObject())
        return true;
    if (why)
        *why = QStringLiteral("%1 answer is not an object").arg(QLatin1String(method));
    return false;
}

} // namespace

std::optional<ConfigSnapshot> parseConfigSnapshot(const QJsonValue &payload, QString *why)
{
    if (!requireObject(payload, "config.get", why))
        return std::nullopt;
    QJsonObject object = payload.toObject();
    ConfigSnapshot snapshot;
    snapshot.path = str(object, "path");
    snapshot.exists = object.value(QLatin1String("exists")).toBool();
    if (object.value(QLatin1String("valid")).isBool())
        snapshot.valid = object.value(QLatin1String("valid")).toBool();
    snapshot.config = object.value(QLatin1String("config")).toObject();
    const QJsonValue parsed = object.value(QLatin1String("parsed"));
    snapshot.parsed = parsed.isObject() ? parsed.toObject() : snapshot.config;
    snapshot.hash = str(object, "hash");
    snapshot.configRevisionHash = str(object, "configRevisionHash");
    snapshot.appliedConfigHash = str(object, "appliedConfigHash");
    snapshot.issues = object.value(QLatin1String("issues")).toArray();
    snapshot.warnings = object.value(QLatin1String("warnings")).toArray();
    if (snapshot.exists && snapshot.hash.isEmpty()) {
        if (why)
            *why = QStringLiteral("config.get answer has no hash for an existing config");
        return std::nullopt;
    }
    object.remove(QStringLiteral("raw"));
    snapshot.rawPayload = object;
    return snapshot;
}

std::optional<ConfigWriteResult> parseConfigWriteResult(const QJsonValue &payload, QString *why)
{
    if (!requireObject(payload, "config write", why))
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    ConfigWriteResult result;
    result.raw = object;
    result.noop = object.value(QLatin1String("noop")).toBool();
    result.path = str(object, "path");
    result.hash = str(object, "hash");
    result.changedPaths = strings(object.value(QLatin1String("changedPaths")));
    result.config = object.value(QLatin1String("config")).toObject();
    result.restart = object.value(QLatin1String("restart"));
    const QJsonObject stats = object.value(QLatin1String("sentinel"))
                                  .toObject()
                                  .value(QLatin1String("payload"))
                                  .toObject()
                                  .value(QLatin1String("stats"))
                                  .toObject();
    result.requiresRestart = stats.value(QLatin1String("requiresRestart")).toBool();
    return result;
}

std::optional<LogsTail> parseLogsTail(const QJsonValue &payload, QString *why)
{
    if (!requireObject(payload, "logs.tail", why))
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    if (!object.value(QLatin1String("cursor")).isDouble() ||
        !object.value(QLatin1String("lines")).isArray()) {
        if (why)
            *why = QStringLiteral("logs.tail answer lacks a numeric cursor or a lines array");
        return std::nullopt;
    }
    LogsTail tail;
    tail.file = str(object, "file");
    tail.cursor = integerOr(object, "cursor", 0);
    tail.size = integerOr(object, "size", 0);
    tail.lines = strings(object.value(QLatin1String("lines")));
    tail.truncated = object.value(QLatin1String("truncated")).toBool();
    tail.reset = object.value(QLatin1String("reset")).toBool();
    tail.skippedBytes = integerOr(object, "skippedBytes", 0);
    return tail;
}

std::optional<SendResult> parseSendResult(const QJsonValue &payload, QString *why)
{
    if (!requireObject(payload, "send", why))
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    return SendResult{str(object, "runId"), str(object, "messageId"), str(object, "channel"), object};
}

std::optional<ChannelStartResult> parseChannelStartResult(const QJsonValue &payload, QString *why)
{
    if (!requireObject(payload, "channels.start", why))
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    const QJsonObject outcome = object.value(QLatin1String("outcome")).toObject();
    return ChannelStartResult{object.value(QLatin1String("started")).toBool(), str(outcome, "status"),
                              str(outcome, "reason"), object};
}

std::optional<ChannelStopResult> parseChannelStopResult(const QJsonValue &payload, QString *why)
{
    if (!requireObject(payload, "channels.stop", why))
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    ChannelStopResult result{str(object, "channel"), str(object, "accountId"), std::nullopt};
    if (object.value(QLatin1String("stopped")).isBool())
        result.stopped = object.value(QLatin1String("stopped")).toBool();
    return result;
}

std::optional<ChannelLogoutResult> parseChannelLogoutResult(const QJsonValue &payload, QString *why)
{
    if (!requireObject(payload, "channels.logout", why))
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    ChannelLogoutResult result{str(object, "channel"), str(object, "accountId"),
                               object.value(QLatin1String("cleared")).toBool(), std::nullopt};
    if (object.value(QLatin1String("loggedOut")).isBool())
        result.loggedOut = object.value(QLatin1String("loggedOut")).toBool();
    return result;
}

std::optional<PairingList> parsePairingList(const QJsonValue &payload, QString *why)
{
    if (!requireObject(payload, "channels.pairing.list", why))
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    PairingList list;
    list.raw = object;
    list.commandOwnerConfigured = object.value(QLatin1String("commandOwnerConfigured")).toBool();
    for (const QJsonValue &item : object.value(QLatin1String("accounts")).toArray()) {
        const QJsonObject account = item.toObject();
        list.accounts.append(PairingAccount{str(account, "channel"), str(account, "channelLabel"),
                                            str(account, "accountId"), str(account, "accountLabel"),
                                            account.value(QLatin1String("notifySupported")).toBool()});
    }
    for (const QJsonValue &item : object.value(QLatin1String("requests")).toArray()) {
        const QJsonObject request = item.toObject();
        PairingRequest entry;
        entry.raw = request;
        entry.requestId = str(request, "requestId");
        entry.channel = str(request, "channel");
        entry.channelLabel = str(request, "channelLabel");
        entry.accountId = str(request, "accountId");
        entry.accountLabel = str(request, "accountLabel");
        entry.senderId = str(request, "senderId");
        entry.senderLabel = str(request, "senderLabel");
        entry.createdAt = parseTimestamp(request.value(QLatin1String("createdAt")));
        entry.lastSeenAt = parseTimestamp(request.value(QLatin1String("lastSeenAt")));
        entry.expiresAt = parseTimestamp(request.value(QLatin1String("expiresAt")));
        entry.notifySupported = request.value(QLatin1String("notifySupported")).toBool();
        list.requests.append(entry);
    }
    return list;
}

std::optional<PairingApproval> parsePairingApproval(const QJsonValue &payload, QString *why)
{
    if (!requireObject(payload, "channels.pairing.approve", why))
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    return PairingApproval{str(object, "requestId"), str(object, "senderId"), str(object, "notification"),
                           str(object, "commandOwnerBootstrap"), object};
}

std::optional<PairingDismissal> parsePairingDismissal(const QJsonValue &payload, QString *why)
{
    if (!requireObject(payload, "channels.pairing.dismiss", why))
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    return PairingDismissal{str(object, "requestId"), str(object, "senderId")};
}

std::optional<WebLoginState> parseWebLoginState(const QJsonValue &payload, QString *why)
{
    if (!requireObject(payload, "web.login", why))
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    WebLoginState state;
    state.raw = object;
    state.message = str(object, "message");
    state.qrDataUrl = str(object, "qrDataUrl");
    state.code = str(object, "code");
    if (object.value(QLatin1String("connected")).isBool())
        state.connected = object.value(QLatin1String("connected")).toBool();
    return state;
}

} // namespace sb::gateway

#include "app/gateway/Hello.h"

#include <cmath>
#include <limits>

namespace sb::gateway {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > 9007199254740992.0)
        return std::nullopt;
    return static_cast<qint64>(number);
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

std::optional<QDateTime> parseTimestamp(const QJsonValue &value)
{
    if (const auto ms = integer(value))
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    if (value.isString()) {
        QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (at.isValid())
            return at.toUTC();
    }
    return std::nullopt;
}

std::optional<HelloOk> parseHelloOk(const QJsonValue &payload, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<HelloOk> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!payload.isObject())
        return fail(QStringLiteral("hello-ok payload is not an object"));
    const QJsonObject object = payload.toObject();
    if (str(object, "type") != QLatin1String("hello-ok"))
        return fail(
            QStringLiteral("connect answer is not a hello-ok (type \"%1\")").arg(str(object, "type")));

    HelloOk hello;
    hello.raw = object;
    const auto protocol = integer(object.value(QLatin1String("protocol")));
    if (!protocol)
        return fail(QStringLiteral("hello-ok has no integer \"protocol\""));
    if (*protocol >= std::numeric_limits<int>::min() && *protocol <= std::numeric_limits<int>::max())
        hello.protocol = static_cast<int>(*protocol);

    const QJsonObject server = object.value(QLatin1String("server")).toObject();
    hello.serverVersion = str(server, "version");
    hello.connectionId = str(server, "connId");

    const QJsonObject features = object.value(QLatin1String("features")).toObject();
    hello.methods = stringList(features.value(QLatin1String("methods")));
    hello.events = stringList(features.value(QLatin1String("events")));

    const QJsonObject policy = object.value(QLatin1String("policy")).toObject();
    const auto tick = integer(policy.value(QLatin1String("tickIntervalMs")));
    const auto maxPayload = integer(policy.value(QLatin1String("maxPayload")));
    if (!tick || *tick <= 0)
        return fail(QStringLiteral("hello-ok has no positive policy.tickIntervalMs"));
    if (!maxPayload || *maxPayload <= 0)
        return fail(QStringLiteral("hello-ok has no positive policy.maxPayload"));
    hello.tickIntervalMs = *tick;
    hello.maxPayloadBytes = *maxPayload;
    hello.maxBufferedBytes = integer(policy.value(QLatin1String("maxBufferedBytes"))).value_or(0);

    const QJsonObject snapshot = object.value(QLatin1String("snapshot")).toObject();
    hello.presence = snapshot.value(QLatin1String("presence")).toArray();
    hello.health = snapshot.value(QLatin1String("health")).toObject();
    const QJsonObject versions = snapshot.value(QLatin1String("stateVersion")).toObject();
    hello.stateVersion.presence = integer(versions.value(QLatin1String("presence"))).value_or(0);
    hello.stateVersion.health = integer(versions.value(QLatin1String("health"))).value_or(0);
    hello.uptimeMs = integer(snapshot.value(QLatin1String("uptimeMs")));
    hello.configPath = str(snapshot, "configPath");
    hello.stateDir = str(snapshot, "stateDir");
    hello.authMode = str(snapshot, "authMode");

    const QJsonValue auth = object.value(QLatin1String("auth"));
    if (auth.isObject()) {
        const QJsonObject authObject = auth.toObject();
        hello.authReported = true;
        hello.role = str(authObject, "role");
        hello.scopes = stringList(authObject.value(QLatin1String("scopes")));
        hello.authMethod = str(authObject, "method");
    }
    return hello;
}

EventKind eventKindFor(const QString &eventName)
{
    if (eventName == QLatin1String("tick"))
        return EventKind::Tick;
    if (eventName == QLatin1String("health"))
        return EventKind::Health;
    if (eventName == QLatin1String("presence"))
        return EventKind::Presence;
    if (eventName == QLatin1String("heartbeat"))
        return EventKind::Heartbeat;
    if (eventName == QLatin1String("shutdown"))
        return EventKind::Shutdown;
    if (eventName == QLatin1String("config.changed"))
        return EventKind::ConfigChanged;
    return EventKind::Other;
}

Event Event::fromFrame(const EventFrame &frame, const QDateTime &receivedAt)
{
    Event event;
    event.kind = eventKindFor(frame.event);
    event.name = frame.event;
    event.seq = frame.seq;
    event.stateVersion = frame.stateVersion;
    event.receivedAt = receivedAt;
    event.m_payload = frame.payload;
    event.gatewayTime = parseTimestamp(frame.payload.toObject().value(QLatin1String("ts")));
    if (event.kind == EventKind::Heartbeat)
        event.heartbeat = parseHeartbeat(frame.payload);
    else if (event.kind == EventKind::Shutdown)
        event.shutdown = parseShutdown(frame.payload);
    return event;
}

std::optional<ShutdownNotice> parseShutdown(const QJsonValue &payload)
{
    if (!payload.isObject())
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    ShutdownNotice notice;
    notice.reason = str(object, "reason");
    notice.restartExpectedMs = integer(object.value(QLatin1String("restartExpectedMs")));
    if (notice.restartExpectedMs && *notice.restartExpectedMs < 0)
        notice.restartExpectedMs.reset();
    return notice;
}

std::optional<ConfigChangedNotice> parseConfigChanged(const QJsonValue &payload)
{
    if (!payload.isObject())
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    ConfigChangedNotice notice;
    notice.path = str(object, "path");
    notice.hash = str(object, "hash");
    notice.at = parseTimestamp(object.value(QLatin1String("ts"))).value_or(QDateTime());
    return notice;
}

bool HeartbeatRecord::delivered() const
{
    return status == QLatin1String("sent") || status == QLatin1String("ok-empty") ||
           status == QLatin1String("ok-token");
}

std::optional<HeartbeatRecord> parseHeartbeat(const QJsonValue &payload)
{
    if (!payload.isObject())
        return std::nullopt;
    const QJsonObject object = payload.toObject();
    HeartbeatRecord record;
    record.at = parseTimestamp(object.value(QLatin1String("ts"))).value_or(QDateTime());
    record.status = str(object, "status");
    record.to = str(object, "to");
    record.accountId = str(object, "accountId");
    record.channel = str(object, "channel");
    record.preview = str(object, "preview");
    record.reason = str(object, "reason");
    record.indicatorType = str(object, "indicatorType");
    record.durationMs = integer(object.value(QLatin1String("durationMs")));
    return record;
}

QList<PresenceEntry> parsePresence(const QJsonValue &payload)
{
    const QJsonArray array =
        payload.isArray() ? payload.toArray() : payload.toObject().value(QLatin1String("presence")).toArray();
    QList<PresenceEntry> entries;
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            continue;
        const QJsonObject object = item.toObject();
        PresenceEntry entry;
        entry.raw = object;
        entry.host = str(object, "host");
        entry.clientId = str(object, "clientId");
        entry.mode = str(object, "mode");
        entry.version = str(object, "version");
        entry.platform = str(object, "platform");
        entry.reason = str(object, "reason");
        entry.at = parseTimestamp(object.value(QLatin1String("ts"))).value_or(QDateTime());
        entry.roles = stringList(object.value(QLatin1String("roles")));
        entries.append(entry);
    }
    return entries;
}

} // namespace sb::gateway

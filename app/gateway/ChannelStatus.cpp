#include "app/gateway/ChannelStatus.h"

#include "app/gateway/Hello.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonDocument>

namespace sb::gateway {

namespace {

std::optional<bool> optionalBool(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

std::optional<qint64> optionalInteger(const QJsonValue &value)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    const double number = value.toDouble();
    if (std::floor(number) != number || std::fabs(number) > 9007199254740992.0)
        return std::nullopt;
    return static_cast<qint64>(number);
}

// A count or a status code: a number that does not fit an int is no number at all (4294967697
// must not read as 401, "logged out").
std::optional<int> optionalInt(const QJsonValue &value)
{
    const std::optional<qint64> number = optionalInteger(value);
    if (!number || *number < std::numeric_limits<int>::min() || *number > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(*number);
}

QString str(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

std::optional<QDateTime> timestamp(const QJsonObject &object, const char *key)
{
    return parseTimestamp(object.value(QLatin1String(key)));
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 integer = value.toInteger();
        return double(integer) == number ? QString::number(integer) : QString::number(number, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// Nested probe objects read as dotted keys: "bot.canReadAllGroupMessages: true".
void flattenProbe(const QJsonObject &object, const QString &prefix, QList<ProbeFact> &facts)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject() && !it.value().toObject().isEmpty())
            flattenProbe(it.value().toObject(), key, facts);
        else
            facts.append(ProbeFact{key, jsonText(it.value())});
    }
}

void readAccounts(ChannelStatus &channel, const QJsonValue &list)
{
    const QString path = QStringLiteral("channelAccounts.") + channel.id;
    if (list.isUndefined())
        return;
    if (!list.isArray()) {
        channel.problems << QStringLiteral("%1 is %2, not a list").arg(path, typeName(list));
        return;
    }
    const QJsonArray items = list.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!item.isObject()) {
            channel.problems << QStringLiteral("%1 is %2, not an object").arg(itemPath, typeName(item));
            continue;
        }
        const QJsonValue id = item.toObject().value(QLatin1String("accountId"));
        if (!id.isString() || id.toString().isEmpty()) {
            channel.problems << QStringLiteral("%1.accountId is %2, not a non-empty string")
                                    .arg(itemPath, id.isString() ? QStringLiteral("empty") : typeName(id));
            continue;
        }
        channel.accounts.append(parseAccountSnapshot(channel.id, item.toObject()));
    }
}

} // namespace

AccountSnapshot parseAccountSnapshot(const QString &channel, const QJsonObject &object)
{
    AccountSnapshot account;
    account.channel = channel;
    account.raw = object;
    account.accountId = str(object, "accountId");
    account.name = str(object, "name");
    account.enabled = optionalBool(object, "enabled");
    account.configured = optionalBool(object, "configured");
    account.linked = optionalBool(object, "linked");
    account.running = optionalBool(object, "running");
    account.connected = optionalBool(object, "connected");
    account.reconnectAttempts = optionalInt(object.value(QLatin1String("reconnectAttempts")));
    account.lastConnectedAt = timestamp(object, "lastConnectedAt");
    const QJsonValue disconnect = object.value(QLatin1String("lastDisconnect"));
    if (disconnect.isObject()) {
        const QJsonObject d = disconnect.toObject();
        DisconnectInfo info;
        info.at = timestamp(d, "at");
        info.status = optionalInt(d.value(QLatin1String("status")));
        info.error = str(d, "error");
        info.loggedOut = d.value(QLatin1String("loggedOut")).toBool();
        account.lastDisconnect = info;
    }
    account.lastError = str(object, "lastError");
    account.endpoint = str(object, "baseUrl");
    account.healthState = str(object, "healthState");
    account.lifecycle = str(object, "lifecycle");
    account.stateReason = str(object, "stateReason");
    account.lastInboundAt = timestamp(object, "lastInboundAt");
    account.lastOutboundAt = timestamp(object, "lastOutboundAt");
    account.lastStartAt = timestamp(object, "lastStartAt");
    account.lastStopAt = timestamp(object, "lastStopAt");
    account.lastProbeAt = timestamp(object, "lastProbeAt");
    flattenProbe(object.value(QLatin1String("probe")).toObject(), {}, account.probe);
    const QJsonValue authAge = object.value(QLatin1String("authAgeMs"));
    if (const auto ms = optionalInteger(authAge); ms && *ms >= 0)
        account.authAgeMs = *ms;
    return account;
}

std::optional<QString> AccountSnapshot::probeValue(const QString &key) const
{
    for (const ProbeFact &fact : probe) {
        if (fact.key == key)
            return fact.value;
    }
    return std::nullopt;
}

bool ChannelsStatus::hasProblems() const
{
    return std::any_of(channels.cbegin(), channels.cend(),
                       [](const ChannelStatus &channel) { return !channel.problems.isEmpty(); });
}

const ChannelStatus *ChannelsStatus::channel(const QString &id) const
{
    for (const ChannelStatus &status : channels) {
        if (status.id == id)
            return &status;
    }
    return nullptr;
}

std::optional<ChannelsStatus> parseChannelsStatus(const QJsonValue &payload, QString *why)
{
    if (!payload.isObject()) {
        if (why)
            *why = QStringLiteral("channels.status answer is not an object");
        return std::nullopt;
    }
    const QJsonObject object = payload.toObject();
    const QJsonObject accounts = object.value(QLatin1String("channelAccounts")).toObject();
    const QJsonObject summaries = object.value(QLatin1String("channels")).toObject();
    if (!object.value(QLatin1String("channelAccounts")).isObject() && !summaries.isEmpty()) {
        if (why)
            *why = QStringLiteral("channels.status answer has no channelAccounts object");
        return std::nullopt;
    }
    const QJsonObject labels = object.value(QLatin1String("channelLabels")).toObject();
    const QJsonObject detailLabels = object.value(QLatin1String("channelDetailLabels")).toObject();
    const QJsonObject defaults = object.value(QLatin1String("channelDefaultAccountId")).toObject();

    ChannelsStatus status;
    status.raw = object;
    status.at = parseTimestamp(object.value(QLatin1String("ts"))).value_or(QDateTime());
    status.partial = object.value(QLatin1String("partial")).toBool();
    for (const QJsonValue &warning : object.value(QLatin1String("warnings")).toArray())
        status.warnings.append(warning.toString());

    // channelOrder first, then any channel the order forgot, so nothing is silently dropped.
    QStringList order;
    for (const QJsonValue &id : object.value(QLatin1String("channelOrder")).toArray()) {
        if (id.isString() && !order.contains(id.toString()))
            order.append(id.toString());
    }
    for (const QString &id : accounts.keys()) {
        if (!order.contains(id))
            order.append(id);
    }
    for (const QString &id : std::as_const(order)) {
        ChannelStatus channel;
        channel.id = id;
        channel.label = labels.value(id).toString(id);
        channel.detailLabel = detailLabels.value(id).toString();
        channel.defaultAccountId = defaults.value(id).toString();
        channel.summary = summaries.value(id).toObject();
        readAccounts(channel, accounts.value(id));
        status.channels.append(channel);
    }
    for (const QJsonValue &item : object.value(QLatin1String("statusIssues")).toArray()) {
        const QJsonObject issue = item.toObject();
        status.issues.append(StatusIssue{str(issue, "channel"), str(issue, "accountId"), str(issue, "kind"),
                                         str(issue, "message"), str(issue, "fix")});
    }
    return status;
}

std::optional<HealthSnapshot> parseHealthSnapshot(const QJsonValue &payload, QString *why)
{
    if (!payload.isObject()) {
        if (why)
            *why = QStringLiteral("health answer is not an object");
        return std::nullopt;
    }
    const QJsonObject object = payload.toObject();
    HealthSnapshot health;
    health.raw = object;
    health.ok = optionalBool(object, "ok");
    health.at = parseTimestamp(object.value(QLatin1String("ts"))).value_or(QDateTime());
    health.durationMs = optionalInteger(object.value(QLatin1String("durationMs")));
    health.heartbeatSeconds = optionalInteger(object.value(QLatin1String("heartbeatSeconds")));
    health.defaultAgentId = str(object, "defaultAgentId");
    const QJsonObject labels = object.value(QLatin1String("channelLabels")).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        health.channelLabels.insert(it.key(), it.value().toString());
    for (const QJsonValue &id : object.value(QLatin1String("channelOrder")).toArray())
        health.channelOrder.append(id.toString());

    const QJsonObject channels = object.value(QLatin1String("channels")).toObject();
    for (auto it = channels.begin(); it != channels.end(); ++it) {
        const QJsonObject summary = it.value().toObject();
        QList<AccountSnapshot> list;
        const QJsonObject perAccount = summary.value(QLatin1String("accounts")).toObject();
        for (auto account = perAccount.begin(); account != perAccount.end(); ++account) {
            AccountSnapshot snapshot = parseAccountSnapshot(it.key(), account.value().toObject());
            if (snapshot.accountId.isEmpty())
                snapshot.accountId = account.key();
            list.append(snapshot);
        }
        if (list.isEmpty())
            list.append(parseAccountSnapshot(it.key(), summary));
        health.channels.insert(it.key(), list);
        if (!health.channelOrder.contains(it.key()))
            health.channelOrder.append(it.key());
    }
    return health;
}

} // namespace sb::gateway

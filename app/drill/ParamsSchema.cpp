#include "app/drill/ParamsSchema.h"

#include <QHash>
#include <QJsonArray>

namespace sb::drill {

using namespace Qt::StringLiterals;
using Type = FieldRule::Type;

namespace {

QString where(const QString &path)
{
    return path.isEmpty() ? u"at root"_s : u"at "_s + path;
}

QString prefix(const QString &path)
{
    return path.isEmpty() ? QString() : u"at "_s + path + u": "_s;
}

std::optional<QString> checkValue(const QJsonValue &value, const FieldRule &rule, const QString &path)
{
    switch (rule.type) {
    case Type::Any:
        return std::nullopt;
    case Type::String:
    case Type::NonEmptyString: {
        if (!value.isString())
            return prefix(path) + u"must be string"_s;
        const QString text = value.toString();
        if (rule.type == Type::NonEmptyString && text.isEmpty())
            return prefix(path) + u"must NOT have fewer than 1 characters"_s;
        if (rule.maxLength && text.size() > *rule.maxLength)
            return prefix(path) + u"must NOT have more than %1 characters"_s.arg(*rule.maxLength);
        if (!rule.allowed.isEmpty() && !rule.allowed.contains(text))
            return prefix(path) + u"must be equal to one of the allowed values"_s;
        return std::nullopt;
    }
    case Type::Integer: {
        const double number = value.toDouble();
        if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)))
            return prefix(path) + u"must be integer"_s;
        if (rule.minimum && static_cast<qint64>(number) < *rule.minimum)
            return prefix(path) + u"must be >= %1"_s.arg(*rule.minimum);
        return std::nullopt;
    }
    case Type::Boolean:
        if (!value.isBool())
            return prefix(path) + u"must be boolean"_s;
        return std::nullopt;
    case Type::StringArray: {
        if (!value.isArray())
            return prefix(path) + u"must be array"_s;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                return prefix(path + u'/' + QString::number(i)) + u"must be string"_s;
        }
        return std::nullopt;
    }
    case Type::Object:
        if (!value.isObject())
            return prefix(path) + u"must be object"_s;
        return std::nullopt;
    case Type::ClosedObject:
        return validateClosedObject(value, rule.children, path);
    }
    return std::nullopt;
}

FieldRule str(const QString &name, bool required = false)
{
    return FieldRule{name, Type::String, required, {}, {}, {}, {}};
}
FieldRule nonEmpty(const QString &name, bool required = false)
{
    return FieldRule{name, Type::NonEmptyString, required, {}, {}, {}, {}};
}
FieldRule integer(const QString &name, qint64 minimum, bool required = false)
{
    return FieldRule{name, Type::Integer, required, {}, minimum, {}, {}};
}
FieldRule boolean(const QString &name)
{
    return FieldRule{name, Type::Boolean, false, {}, {}, {}, {}};
}
FieldRule strings(const QString &name)
{
    return FieldRule{name, Type::StringArray, false, {}, {}, {}, {}};
}
FieldRule any(const QString &name)
{
    return FieldRule{name, Type::Any, false, {}, {}, {}, {}};
}

const QHash<QString, QList<FieldRule>> &methodRules()
{
    static const QHash<QString, QList<FieldRule>> rules = [] {
        QHash<QString, QList<FieldRule>> r;
        const QList<FieldRule> none;
        r.insert(u"health"_s, {boolean(u"probe"_s)});
        r.insert(u"status"_s, {boolean(u"includeChannelSummary"_s), boolean(u"includeCliProjection"_s)});
        r.insert(u"channels.status"_s, {boolean(u"probe"_s), integer(u"timeoutMs"_s, 0), str(u"channel"_s)});
        const QList<FieldRule> channelAccount{nonEmpty(u"channel"_s, true), str(u"accountId"_s)};
        r.insert(u"channels.start"_s, channelAccount);
        r.insert(u"channels.stop"_s, channelAccount);
        r.insert(u"channels.logout"_s, channelAccount);
        r.insert(u"config.get"_s, none);
        r.insert(u"config.schema"_s, none);
        r.insert(u"config.set"_s, {nonEmpty(u"raw"_s, true), nonEmpty(u"baseHash"_s)});
        QList<FieldRule> apply{
            nonEmpty(u"raw"_s, true), nonEmpty(u"baseHash"_s),
            str(u"sessionKey"_s),     FieldRule{u"deliveryContext"_s, Type::Object, false, {}, {}, {}, {}},
            str(u"note"_s),           integer(u"restartDelayMs"_s, 0)};
        r.insert(u"config.apply"_s, apply);
        apply.append(strings(u"replacePaths"_s));
        r.insert(u"config.patch"_s, apply);
        r.insert(u"logs.tail"_s,
                 {integer(u"cursor"_s, 0), integer(u"limit"_s, 1), integer(u"maxBytes"_s, 1)});
        r.insert(u"send"_s,
                 {nonEmpty(u"to"_s, true), str(u"message"_s), str(u"mediaUrl"_s), strings(u"mediaUrls"_s),
                  str(u"buffer"_s), str(u"filename"_s), str(u"contentType"_s), boolean(u"asVoice"_s),
                  boolean(u"gifPlayback"_s), str(u"channel"_s), str(u"accountId"_s), str(u"agentId"_s),
                  str(u"replyToId"_s), any(u"threadId"_s), boolean(u"forceDocument"_s), boolean(u"silent"_s),
                  str(u"parseMode"_s), str(u"sessionKey"_s), nonEmpty(u"idempotencyKey"_s, true)});
        r.insert(u"channels.pairing.list"_s, {str(u"channel"_s), str(u"accountId"_s)});
        r.insert(u"channels.pairing.approve"_s,
                 {nonEmpty(u"channel"_s, true), nonEmpty(u"accountId"_s, true),
                  nonEmpty(u"requestId"_s, true), boolean(u"notify"_s), boolean(u"bootstrapCommandOwner"_s)});
        r.insert(u"channels.pairing.dismiss"_s, {nonEmpty(u"channel"_s, true), nonEmpty(u"accountId"_s, true),
                                                 nonEmpty(u"requestId"_s, true)});
        r.insert(u"web.login.start"_s, {str(u"channel"_s), boolean(u"force"_s), integer(u"timeoutMs"_s, 0),
                                        boolean(u"verbose"_s), str(u"accountId"_s)});
        FieldRule qr = str(u"currentQrDataUrl"_s);
        qr.maxLength = 16384;
        r.insert(u"web.login.wait"_s, {str(u"channel"_s), str(u"sessionKey"_s), integer(u"timeoutMs"_s, 0),
                                       str(u"accountId"_s), qr});
        r.insert(u"system-presence"_s, none);
        r.insert(u"last-heartbeat"_s, none);
        r.insert(u"set-heartbeats"_s, {FieldRule{u"enabled"_s, Type::Boolean, true, {}, {}, {}, {}}});
        return r;
    }();
    return rules;
}

} // namespace

std::optional<QString> validateClosedObject(const QJsonValue &value, const QList<FieldRule> &rules,
                                            const QString &path)
{
    if (!value.isObject())
        return prefix(path) + u"must be object"_s;
    const QJsonObject object = value.toObject();
    for (const FieldRule &rule : rules) {
        if (rule.required && !object.contains(rule.name))
            return prefix(path) + u"must have required property '%1'"_s.arg(rule.name);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool known = std::any_of(rules.cbegin(), rules.cend(),
                                       [&](const FieldRule &rule) { return rule.name == it.key(); });
        if (!known)
            return where(path) + u": unexpected property '%1'"_s.arg(it.key());
    }
    for (const FieldRule &rule : rules) {
        if (!object.contains(rule.name))
            continue;
        if (auto problem = checkValue(object.value(rule.name), rule, path + u'/' + rule.name))
            return problem;
    }
    return std::nullopt;
}

std::optional<QString> validateMethodParams(const QString &method, const QJsonValue &params)
{
    const auto &rules = methodRules();
    const auto it = rules.constFind(method);
    if (it == rules.cend())
        return std::nullopt;
    const QJsonValue effective = params.isUndefined() || params.isNull() ? QJsonValue(QJsonObject{}) : params;
    if (auto problem = validateClosedObject(effective, *it))
        return u"invalid %1 params: %2"_s.arg(method, *problem);
    return std::nullopt;
}

const QList<FieldRule> &connectParamsRules()
{
    static const QList<FieldRule> rules = [] {
        const QStringList ids{u"webchat-ui"_s,
                              u"openclaw-control-ui"_s,
                              u"openclaw-browser-copilot"_s,
                              u"openclaw-tui"_s,
                              u"webchat"_s,
                              u"cli"_s,
                              u"gateway-client"_s,
                              u"openclaw-macos"_s,
                              u"openclaw-linux"_s,
                              u"openclaw-ios"_s,
                              u"openclaw-watchos"_s,
                              u"openclaw-android"_s,
                              u"node-host"_s,
                              u"openclaw-worker"_s,
                              u"test"_s,
                              u"fingerprint"_s,
                              u"openclaw-probe"_s};
        const QStringList modes{u"webchat"_s, u"cli"_s,    u"ui"_s,    u"backend"_s,
                                u"node"_s,    u"worker"_s, u"probe"_s, u"test"_s};
        FieldRule buildId = str(u"buildId"_s);
        buildId.maxLength = 96;
        FieldRule timeZone = str(u"timeZone"_s);
        timeZone.maxLength = 64;
        const QList<FieldRule> client{FieldRule{u"id"_s, Type::String, true, ids, {}, {}, {}},
                                      nonEmpty(u"displayName"_s),
                                      nonEmpty(u"version"_s, true),
                                      buildId,
                                      nonEmpty(u"platform"_s, true),
                                      nonEmpty(u"deviceFamily"_s),
                                      nonEmpty(u"modelIdentifier"_s),
                                      timeZone,
                                      FieldRule{u"mode"_s, Type::String, true, modes, {}, {}, {}},
                                      nonEmpty(u"instanceId"_s)};
        const QList<FieldRule> device{nonEmpty(u"id"_s, true), nonEmpty(u"publicKey"_s, true),
                                      nonEmpty(u"signature"_s, true), integer(u"signedAt"_s, 0, true),
                                      nonEmpty(u"nonce"_s, true)};
        const QList<FieldRule> auth{
            str(u"token"_s),    str(u"bootstrapToken"_s),       str(u"deviceToken"_s),
            str(u"password"_s), str(u"approvalRuntimeToken"_s), str(u"agentRuntimeIdentityToken"_s)};
        return QList<FieldRule>{integer(u"minProtocol"_s, 1, true),
                                integer(u"maxProtocol"_s, 1, true),
                                FieldRule{u"client"_s, Type::ClosedObject, true, {}, {}, {}, client},
                                strings(u"caps"_s),
                                strings(u"commands"_s),
                                any(u"computerUse"_s),
                                any(u"workerRuns"_s),
                                FieldRule{u"permissions"_s, Type::Object, false, {}, {}, {}, {}},
                                str(u"pathEnv"_s),
                                nonEmpty(u"role"_s),
                                strings(u"scopes"_s),
                                any(u"modelCatalog"_s),
                                FieldRule{u"device"_s, Type::ClosedObject, false, {}, {}, {}, device},
                                FieldRule{u"auth"_s, Type::ClosedObject, false, {}, {}, {}, auth},
                                str(u"locale"_s),
                                str(u"userAgent"_s)};
    }();
    return rules;
}

} // namespace sb::drill

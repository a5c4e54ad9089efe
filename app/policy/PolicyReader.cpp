#include "app/policy/PolicyReader.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>

namespace sb::policy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::policy::PolicyReader", text);
}

const QStringList kDmPolicies{QStringLiteral("pairing"), QStringLiteral("allowlist"), QStringLiteral("open"),
                              QStringLiteral("disabled")};
const QStringList kGroupPolicies{QStringLiteral("open"), QStringLiteral("disabled"),
                                 QStringLiteral("allowlist")};

// Keys under `channels` that are not channels.
const QStringList kNotChannels{QStringLiteral("defaults"), QStringLiteral("modelByChannel")};

class LevelReader
{
public:
    LevelReader(const QJsonObject &object, QString path, QStringList *problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    {}

    std::optional<QString> policy(const char *key, const QStringList &allowed) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isString() || !allowed.contains(value.toString())) {
            problem(key, tr("expected one of %1").arg(allowed.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<QStringList> ids(const char *key) const
    {
        return idsOf(m_object.value(QLatin1String(key)), key);
    }

    std::optional<bool> flag(const char *key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isBool()) {
            problem(key, tr("expected true or false"));
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<QList<GroupRule>> groups() const
    {
        const QJsonValue value = m_object.value(QLatin1String("groups"));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isObject()) {
            problem("groups", tr("expected an object keyed by group id"));
            return std::nullopt;
        }
        QList<GroupRule> rules;
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isObject()) {
                problem("groups", tr("entry %1 is not an object").arg(it.key()));
                continue;
            }
            const LevelReader entry(it.value().toObject(), m_path + QStringLiteral(".groups.") + it.key(),
                                    m_problems);
            GroupRule rule;
            rule.groupId = it.key();
            rule.requireMention = entry.flag("requireMention");
            rule.allowFrom = entry.ids("allowFrom");
            rule.groupPolicy = entry.policy("groupPolicy", kGroupPolicies);
            rules.append(rule);
        }
        return rules;
    }

    PolicyLevel level() const
    {
        PolicyLevel level;
        level.dmPolicy = policy("dmPolicy", kDmPolicies);
        level.allowFrom = ids("allowFrom");
        level.groupPolicy = policy("groupPolicy", kGroupPolicies);
        level.groupAllowFrom = ids("groupAllowFrom");
        level.groups = groups();
        level.selfChatMode = flag("selfChatMode");
        const QJsonValue legacyDm = m_object.value(QLatin1String("dm"));
        if (legacyDm.isObject() && legacyDm.toObject().contains(QLatin1String("policy")))
            problem("dm.policy", tr("the legacy key; `openclaw doctor --fix` moves it to dmPolicy"));
        return level;
    }

private:
    std::optional<QStringList> idsOf(const QJsonValue &value, const char *key) const
    {
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isArray()) {
            problem(key, tr("expected a list of ids"));
            return std::nullopt;
        }
        QStringList out;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString())
                out.append(item.toString());
            else if (item.isDouble())
                out.append(QString::number(qint64(item.toDouble())));
            else {
                problem(key, tr("an entry is neither text nor a number"));
                return std::nullopt;
            }
        }
        return out;
    }

    void problem(const char *key, const QString &what) const
    {
        m_problems->append(QStringLiteral("%1.%2: %3").arg(m_path, QLatin1String(key), what));
    }

    QJsonObject m_object;
    QString m_path;
    QStringList *m_problems;
};

ChannelConfig readChannel(const QString &name, const QJsonObject &object)
{
    ChannelConfig channel;
    channel.channel = name;
    const QString path = QStringLiteral("channels.") + name;
    channel.root = LevelReader(object, path, &channel.problems).level();
    const QJsonValue accounts = object.value(QLatin1String("accounts"));
    if (accounts.isObject()) {
        const QJsonObject map = accounts.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isObject()) {
                channel.problems.append(
                    QStringLiteral("%1.accounts.%2: %3").arg(path, it.key(), tr("expected an object")));
                continue;
            }
            AccountConfig account;
            account.accountId = it.key();
            account.declared = true;
            account.own = LevelReader(it.value().toObject(), path + QStringLiteral(".accounts.") + it.key(),
                                      &channel.problems)
                              .level();
            channel.accounts.append(account);
        }
    } else if (!accounts.isUndefined() && !accounts.isNull()) {
        channel.problems.append(
            QStringLiteral("%1.accounts: %2").arg(path, tr("expected an object keyed by account id")));
    }
    // The root is an account of its own (OpenClaw's "default") when nothing else is declared,
    // or when it carries credentials beside declared accounts (the story's Telegram: the ops
    // bot's token at the root, the worker bot under accounts).
    const bool rootHasCredentials = object.contains(QLatin1String("botToken")) ||
                                    object.contains(QLatin1String("tokenFile")) ||
                                    object.contains(QLatin1String("account"));
    const bool defaultDeclared =
        std::any_of(channel.accounts.cbegin(), channel.accounts.cend(),
                    [](const AccountConfig &a) { return a.accountId == QLatin1String("default"); });
    if (channel.accounts.isEmpty() || (rootHasCredentials && !defaultDeclared))
        channel.accounts.prepend(AccountConfig{QStringLiteral("default"), {}, false});
    return channel;
}

HeartbeatTarget readHeartbeat(const QString &agent, const QString &path, const QJsonObject &heartbeat)
{
    HeartbeatTarget target;
    target.agent = agent;
    const QJsonValue value = heartbeat.value(QLatin1String("target"));
    if (value.isString())
        target.target = {value.toString(), Provenance::Config, path + QStringLiteral(".target")};
    else
        target.target = {QStringLiteral("owner"), Provenance::Default, path + QStringLiteral(".target")};
    target.to = heartbeat.value(QLatin1String("to")).toString();
    target.accountId = heartbeat.value(QLatin1String("accountId")).toString();
    return target;
}

void readHeartbeats(const QJsonObject &agents, PolicyConfig *config)
{
    config->heartbeats.append(readHeartbeat(
        QStringLiteral("defaults"), QStringLiteral("agents.defaults.heartbeat"),
        agents.value(QLatin1String("defaults")).toObject().value(QLatin1String("heartbeat")).toObject()));
    const QJsonObject entries = agents.value(QLatin1String("entries")).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QJsonValue heartbeat = it.value().toObject().value(QLatin1String("heartbeat"));
        if (heartbeat.isObject()) {
            config->heartbeats.append(readHeartbeat(
                it.key(), QStringLiteral("agents.entries.%1.heartbeat").arg(it.key()), heartbeat.toObject()));
        }
    }
}

} // namespace

PolicyConfig readPolicyConfig(const QJsonObject &config)
{
    PolicyConfig out;
    const QJsonObject channels = config.value(QLatin1String("channels")).toObject();
    for (auto it = channels.begin(); it != channels.end(); ++it) {
        if (kNotChannels.contains(it.key()))
            continue;
        if (!it.value().isObject()) {
            out.problems.append(QStringLiteral("channels.%1: %2").arg(it.key(), tr("expected an object")));
            continue;
        }
        out.channels.append(readChannel(it.key(), it.value().toObject()));
    }

    const QJsonObject elevated =
        config.value(QLatin1String("tools")).toObject().value(QLatin1String("elevated")).toObject();
    const QJsonValue enabled = elevated.value(QLatin1String("enabled"));
    // The audit's rule: elevated counts as enabled unless it is literally false.
    out.elevated.enabled =
        enabled.isBool()
            ? Sourced<bool>{enabled.toBool(), Provenance::Config, QStringLiteral("tools.elevated.enabled")}
            : Sourced<bool>{true, Provenance::Default, QStringLiteral("tools.elevated.enabled")};
    const QJsonObject elevatedAllow = elevated.value(QLatin1String("allowFrom")).toObject();
    for (auto it = elevatedAllow.begin(); it != elevatedAllow.end(); ++it) {
        QStringList senders;
        for (const QJsonValue &sender : it.value().toArray())
            senders.append(sender.isDouble() ? QString::number(qint64(sender.toDouble()))
                                             : sender.toString());
        out.elevated.allowFrom.append({it.key(), senders});
    }

    const QJsonValue owners =
        config.value(QLatin1String("commands")).toObject().value(QLatin1String("ownerAllowFrom"));
    out.ownerAllowFrom.path = QStringLiteral("commands.ownerAllowFrom");
    if (owners.isArray()) {
        out.ownerAllowFrom.from = Provenance::Config;
        for (const QJsonValue &owner : owners.toArray())
            out.ownerAllowFrom.value.append(owner.isDouble() ? QString::number(qint64(owner.toDouble()))
                                                             : owner.toString());
    }

    readHeartbeats(config.value(QLatin1String("agents")).toObject(), &out);
    return out;
}

} // namespace sb::policy

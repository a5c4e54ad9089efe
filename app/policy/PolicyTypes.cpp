#include "app/policy/PolicyTypes.h"

#include <QCoreApplication>

namespace sb::policy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::policy::PolicyTypes", text);
}

// OpenClaw's runtime defaults (ChannelAccountPolicyDefaults; docs/channels/*/access-control).
const QString kDefaultDmPolicy = QStringLiteral("pairing");
const QString kDefaultGroupPolicy = QStringLiteral("allowlist");

QString rootPath(const ChannelConfig &channel, const char *key)
{
    return QStringLiteral("channels.%1.%2").arg(channel.channel, QLatin1String(key));
}

QString accountPath(const ChannelConfig &channel, const AccountConfig &account, const char *key)
{
    return QStringLiteral("channels.%1.accounts.%2.%3")
        .arg(channel.channel, account.accountId, QLatin1String(key));
}

// The account's own key, else the root's, else the default; the default's path names where
// an operator would set it (the account when it is declared, else the root).
template <typename T>
Sourced<T> resolve(const ChannelConfig &channel, const AccountConfig &account,
                   std::optional<T> PolicyLevel::*field, const char *key, const T &fallback)
{
    if (account.declared && (account.own.*field))
        return {*(account.own.*field), Provenance::Account, accountPath(channel, account, key)};
    if (channel.root.*field)
        return {*(channel.root.*field), Provenance::ChannelRoot, rootPath(channel, key)};
    return {fallback, Provenance::Default,
            account.declared ? accountPath(channel, account, key) : rootPath(channel, key)};
}

} // namespace

QString provenanceName(Provenance provenance)
{
    switch (provenance) {
    case Provenance::Account:
        return QStringLiteral("account");
    case Provenance::ChannelRoot:
        return QStringLiteral("channel");
    case Provenance::Config:
        return QStringLiteral("config");
    case Provenance::Default:
        break;
    }
    return QStringLiteral("default");
}

const ChannelConfig *PolicyConfig::channel(const QString &name) const
{
    for (const ChannelConfig &candidate : channels) {
        if (candidate.channel == name)
            return &candidate;
    }
    return nullptr;
}

EffectivePolicy effectivePolicy(const ChannelConfig &channel, const AccountConfig &account)
{
    EffectivePolicy policy;
    policy.channel = channel.channel;
    policy.accountId = account.accountId;
    policy.readOnly = channel.isReadOnly();
    policy.dmPolicy = resolve(channel, account, &PolicyLevel::dmPolicy, "dmPolicy", kDefaultDmPolicy);
    policy.allowFrom = resolve(channel, account, &PolicyLevel::allowFrom, "allowFrom", QStringList());
    policy.groupPolicy =
        resolve(channel, account, &PolicyLevel::groupPolicy, "groupPolicy", kDefaultGroupPolicy);
    policy.groupAllowFrom =
        resolve(channel, account, &PolicyLevel::groupAllowFrom, "groupAllowFrom", QStringList());
    if (policy.groupAllowFrom.from == Provenance::Default) {
        // "If groupAllowFrom is unset, sender checks fall back to allowFrom" (never to the
        // pairing store): the value is allowFrom's, the provenance stays "default".
        policy.groupAllowFromFallsBack = true;
        policy.groupAllowFrom.value = policy.allowFrom.value;
    }
    policy.groups = resolve(channel, account, &PolicyLevel::groups, "groups", QList<GroupRule>());
    return policy;
}

QList<EffectivePolicy> effectivePolicies(const PolicyConfig &config)
{
    QList<EffectivePolicy> out;
    for (const ChannelConfig &channel : config.channels) {
        for (const AccountConfig &account : channel.accounts)
            out.append(effectivePolicy(channel, account));
    }
    return out;
}

int dmPolicyLooseness(const QString &policy)
{
    if (policy == QLatin1String("disabled"))
        return 0;
    if (policy == QLatin1String("allowlist"))
        return 1;
    if (policy == QLatin1String("pairing"))
        return 2;
    return 3;
}

int groupPolicyLooseness(const QString &policy)
{
    if (policy == QLatin1String("disabled"))
        return 0;
    if (policy == QLatin1String("allowlist"))
        return 1;
    return 3;
}

QString pairingStoreNote()
{
    return tr("Senders approved through DM pairing are kept in the gateway's state database, not in "
              "the config: they are not listed here.");
}

} // namespace sb::policy

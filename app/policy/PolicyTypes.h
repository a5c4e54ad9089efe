#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace sb::policy {

// Where an effective value came from. OpenClaw merges an account's own keys over its
// channel's root keys, key by key; what neither sets is the runtime default.
enum class Provenance
{
    Account,     // channels.<ch>.accounts.<id>.<key>
    ChannelRoot, // channels.<ch>.<key>
    Config,      // a key outside the channels (tools.elevated, commands, agents), as set
    Default,     // not in the config: OpenClaw's documented default
};
QString provenanceName(Provenance provenance); // "account", "channel", "default"

template <typename T>
struct Sourced
{
    T value{};
    Provenance from = Provenance::Default;
    QString path; // the config path it was read from; for a default, where it would be set
};

// One entry of a channel's `groups` map (the map is also the group allowlist: "*" admits
// every group).
struct GroupRule
{
    QString groupId;
    std::optional<bool> requireMention; // unset: mention required (OpenClaw's default)
    std::optional<QStringList> allowFrom;
    std::optional<QString> groupPolicy; // Telegram's per-group override
};

// The keys one level (channel root or account) sets itself; unset keys are empty optionals.
struct PolicyLevel
{
    std::optional<QString> dmPolicy;
    std::optional<QStringList> allowFrom;
    std::optional<QString> groupPolicy;
    std::optional<QStringList> groupAllowFrom;
    std::optional<QList<GroupRule>> groups;
    std::optional<bool> selfChatMode; // WhatsApp: the bot runs on the operator's own number
};

struct AccountConfig
{
    QString accountId;
    PolicyLevel own;
    bool declared = false; // listed under accounts (false: the implicit "default" account)
};

struct ChannelConfig
{
    QString channel;
    PolicyLevel root;
    QList<AccountConfig> accounts; // the declared ones, or the implicit "default"
    // Shapes this reader does not understand, in words with their path. A channel with any is
    // shown read-only and never rewritten.
    QStringList problems;
    bool isReadOnly() const { return !problems.isEmpty(); }
};

// tools.elevated: enabled unless `enabled` is literally false (the audit's own rule).
struct ElevatedTools
{
    Sourced<bool> enabled;
    QList<QPair<QString, QStringList>> allowFrom; // provider → senders
};

// agents.defaults.heartbeat / agents.entries.<id>.heartbeat (agents.list[] on v3).
struct HeartbeatTarget
{
    QString agent;           // "defaults" or the agent's id
    Sourced<QString> target; // owner (default) | last | none | a channel id
    QString to;              // explicit recipient, if any
    QString accountId;       // explicit account, if any
};

// What config.get's parsed config says about who may reach the bots, typed.
struct PolicyConfig
{
    QList<ChannelConfig> channels;
    ElevatedTools elevated;
    Sourced<QStringList> ownerAllowFrom; // commands.ownerAllowFrom
    QList<HeartbeatTarget> heartbeats;
    QStringList problems; // unreadable shapes outside any channel

    const ChannelConfig *channel(const QString &name) const;
};

// One account's policy after OpenClaw's merge, every field with its provenance.
struct EffectivePolicy
{
    QString channel;
    QString accountId;
    Sourced<QString> dmPolicy;            // default "pairing"
    Sourced<QStringList> allowFrom;       // default empty
    Sourced<QString> groupPolicy;         // default "allowlist"
    Sourced<QStringList> groupAllowFrom;  // unset: falls back to allowFrom (see below)
    bool groupAllowFromFallsBack = false; // true when groupAllowFrom is allowFrom's
    Sourced<QList<GroupRule>> groups;     // unset: every group eligible, subject to groupPolicy
    bool readOnly = false;
};

// Every account of every channel, in config order.
QList<EffectivePolicy> effectivePolicies(const PolicyConfig &config);
EffectivePolicy effectivePolicy(const ChannelConfig &channel, const AccountConfig &account);

// How permissive a policy value is, for comparing an override with its root (higher is
// looser): disabled < allowlist < pairing < open. Unknown values rank as open.
int dmPolicyLooseness(const QString &policy);
int groupPolicyLooseness(const QString &policy);

// Said wherever an allowlist is shown: approvals live elsewhere.
QString pairingStoreNote();

} // namespace sb::policy

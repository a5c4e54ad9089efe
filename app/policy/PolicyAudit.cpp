#include "app/policy/PolicyAudit.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace sb::policy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::policy::PolicyAudit", text);
}

const QString kWildcard = QStringLiteral("*");

// A path as ConfigEdit keys: channels.<ch>[.accounts.<id>].<key>.
QStringList levelPath(const QString &channel, const QString &accountId, bool account, const QString &key)
{
    QStringList path{QStringLiteral("channels"), channel};
    if (account)
        path << QStringLiteral("accounts") << accountId;
    path << key;
    return path;
}

QString dotted(const QStringList &path)
{
    return path.join(u'.');
}

// Tightens one level that says dmPolicy "open": back to pairing (OpenClaw's default), and the
// wildcard out of that level's allowFrom, which would otherwise still admit everyone.
void closeDm(ConfigEdit &edit, const QString &channel, const QString &accountId, bool account,
             const PolicyLevel &level)
{
    edit.set(levelPath(channel, accountId, account, QStringLiteral("dmPolicy")), QStringLiteral("pairing"));
    if (level.allowFrom && level.allowFrom->contains(kWildcard)) {
        QStringList kept = *level.allowFrom;
        kept.removeAll(kWildcard);
        edit.set(levelPath(channel, accountId, account, QStringLiteral("allowFrom")), kept);
    }
}

// security.exposure.open_groups_with_elevated, as OpenClaw's audit computes it: literal
// "open" group or DM policies (root or account), elevated tools not disabled.
QList<Finding> openInboundWithElevated(const PolicyConfig &config, const QList<BotFacts> &)
{
    if (!config.elevated.enabled.value)
        return {};
    QStringList paths;
    ConfigEdit fix;
    fix.summary = tr("Set every open group policy to \"allowlist\" and every open DM policy to \"pairing\"");
    for (const ChannelConfig &channel : config.channels) {
        auto scan = [&](const PolicyLevel &level, const QString &accountId, bool account) {
            if (level.groupPolicy == QStringLiteral("open")) {
                const QStringList path =
                    levelPath(channel.channel, accountId, account, QStringLiteral("groupPolicy"));
                paths << dotted(path);
                fix.set(path, QStringLiteral("allowlist"));
            }
            if (level.dmPolicy == QStringLiteral("open")) {
                paths << dotted(levelPath(channel.channel, accountId, account, QStringLiteral("dmPolicy")));
                closeDm(fix, channel.channel, accountId, account, level);
            }
            if (!paths.isEmpty() && fix.channel.isEmpty()) {
                fix.channel = channel.channel;
                fix.accountId = account ? accountId : QStringLiteral("default");
            }
        };
        scan(channel.root, {}, false);
        for (const AccountConfig &account : channel.accounts) {
            if (account.declared)
                scan(account.own, account.accountId, true);
        }
    }
    if (paths.isEmpty())
        return {};
    Finding finding;
    finding.checkId = QStringLiteral("security.exposure.open_groups_with_elevated");
    finding.severity = Severity::Critical;
    finding.title = tr("Open group/DM policy with elevated tools enabled");
    QStringList bullets;
    for (const QString &path : std::as_const(paths))
        bullets << QStringLiteral("- ") + path;
    finding.detail =
        tr("Found inbound policy=\"open\" at:\n%1\nWith tools.elevated enabled, a prompt injection in "
           "those conversations can become a high-impact incident.")
            .arg(bullets.join(u'\n'));
    finding.remediation =
        tr("Set each listed group/DM policy to \"allowlist\" and keep elevated allowlists extremely tight.");
    finding.channel = fix.channel;
    finding.accountId = fix.accountId;
    finding.fix = fix;
    return {finding};
}

// channels.<ch>.dm.open: an account whose effective DM policy admits anyone ("open" requires
// allowFrom to contain "*").
QList<Finding> openDms(const PolicyConfig &config, const QList<BotFacts> &)
{
    QList<Finding> out;
    for (const ChannelConfig &channel : config.channels) {
        for (const AccountConfig &account : channel.accounts) {
            const EffectivePolicy policy = effectivePolicy(channel, account);
            if (policy.dmPolicy.value != QLatin1String("open"))
                continue;
            Finding finding;
            finding.checkId = QStringLiteral("channels.%1.dm.open").arg(channel.channel);
            finding.severity = Severity::Critical;
            finding.title = tr("%1 DMs are open to anyone").arg(channel.channel);
            finding.detail = tr("%1=\"open\" with allowFrom %2 allows anyone to DM the bot (account %3).")
                                 .arg(policy.dmPolicy.path, policy.allowFrom.value.join(QStringLiteral(", ")),
                                      account.accountId);
            finding.remediation =
                tr("Use dmPolicy \"pairing\" (the default) or \"allowlist\" with explicit ids.");
            finding.channel = channel.channel;
            finding.accountId = account.accountId;
            ConfigEdit fix;
            fix.summary = tr("Close %1's DMs to pairing").arg(dotted({channel.channel, account.accountId}));
            fix.channel = channel.channel;
            fix.accountId = account.accountId;
            const bool onAccount = policy.dmPolicy.from == Provenance::Account;
            closeDm(fix, channel.channel, account.accountId, onAccount,
                    onAccount ? account.own : channel.root);
            if (policy.allowFrom.from != policy.dmPolicy.from && policy.allowFrom.value.contains(kWildcard)) {
                QStringList kept = policy.allowFrom.value;
                kept.removeAll(kWildcard);
                fix.set(policy.allowFrom.path.split(u'.'), kept);
            }
            finding.fix = fix;
            out << finding;
        }
    }
    return out;
}

// An account that loosens what its channel root says (openclaw#73756: WhatsApp account
// `biz` with dmPolicy "open" and allowFrom ["*"] under a root allowlist).
QList<Finding> looserOverrides(const PolicyConfig &config, const QList<BotFacts> &)
{
    QList<Finding> out;
    for (const ChannelConfig &channel : config.channels) {
        const AccountConfig rootOnly{QStringLiteral("default"), {}, false};
        const EffectivePolicy root = effectivePolicy(channel, rootOnly);
        for (const AccountConfig &account : channel.accounts) {
            if (!account.declared)
                continue;
            QStringList looser;
            ConfigEdit fix;
            fix.summary = tr("Remove %1's looser overrides so the channel's policy applies")
                              .arg(dotted({channel.channel, account.accountId}));
            fix.channel = channel.channel;
            fix.accountId = account.accountId;
            auto drop = [&](const char *key, const QString &said, const QString &rootSaid) {
                looser << tr("%1 %2 (channel: %3)").arg(QLatin1String(key), said, rootSaid);
                fix.remove(levelPath(channel.channel, account.accountId, true, QLatin1String(key)));
            };
            const PolicyLevel &own = account.own;
            if (own.dmPolicy && dmPolicyLooseness(*own.dmPolicy) > dmPolicyLooseness(root.dmPolicy.value))
                drop("dmPolicy", *own.dmPolicy, root.dmPolicy.value);
            if (own.allowFrom && own.allowFrom->contains(kWildcard) &&
                !root.allowFrom.value.contains(kWildcard))
                drop("allowFrom", own.allowFrom->join(u','), root.allowFrom.value.join(u','));
            if (own.groupPolicy &&
                groupPolicyLooseness(*own.groupPolicy) > groupPolicyLooseness(root.groupPolicy.value))
                drop("groupPolicy", *own.groupPolicy, root.groupPolicy.value);
            if (own.groupAllowFrom && own.groupAllowFrom->contains(kWildcard) &&
                !root.groupAllowFrom.value.contains(kWildcard))
                drop("groupAllowFrom", own.groupAllowFrom->join(u','), root.groupAllowFrom.value.join(u','));
            if (looser.isEmpty())
                continue;
            Finding finding;
            finding.checkId = QStringLiteral("switchboard.policy.account_looser_than_channel");
            finding.severity = Severity::Warn;
            finding.title =
                tr("Account %1 on %2 is looser than its channel").arg(account.accountId, channel.channel);
            finding.detail = tr("The account's own settings override the channel's: %1.")
                                 .arg(looser.join(QStringLiteral("; ")));
            finding.remediation =
                tr("Remove the account's overrides, or make them at least as strict as the channel.");
            finding.channel = channel.channel;
            finding.accountId = account.accountId;
            finding.fix = fix;
            out << finding;
        }
    }
    return out;
}

const BotFacts *factsFor(const QList<BotFacts> &bots, const QString &channel, const QString &accountId)
{
    for (const BotFacts &bot : bots) {
        if (bot.channel == channel && bot.accountId == accountId)
            return &bot;
    }
    return nullptr;
}

// Telegram privacy mode hides unmentioned group messages from a bot; groups configured to read
// them (requireMention false) then silently see nothing.
QList<Finding> privacyModeHidesGroups(const PolicyConfig &config, const QList<BotFacts> &bots)
{
    QList<Finding> out;
    const ChannelConfig *telegram = config.channel(QStringLiteral("telegram"));
    if (!telegram)
        return out;
    for (const AccountConfig &account : telegram->accounts) {
        const BotFacts *facts = factsFor(bots, telegram->channel, account.accountId);
        if (!facts || facts->canReadAllGroupMessages != false)
            continue;
        const EffectivePolicy policy = effectivePolicy(*telegram, account);
        QStringList unmentioned;
        ConfigEdit fix;
        fix.summary = tr("Require a mention in the groups the bot cannot read in full");
        fix.channel = telegram->channel;
        fix.accountId = account.accountId;
        QStringList prefix = policy.groups.path.split(u'.');
        for (const GroupRule &group : policy.groups.value) {
            if (group.requireMention == false) {
                unmentioned << group.groupId;
                fix.set(prefix + QStringList{group.groupId, QStringLiteral("requireMention")}, true);
            }
        }
        if (unmentioned.isEmpty())
            continue;
        Finding finding;
        finding.checkId = QStringLiteral("switchboard.telegram.privacy_mode_hides_group_messages");
        finding.severity = Severity::Warn;
        finding.title = tr("Telegram privacy mode hides the group messages this bot is set to read");
        finding.detail =
            tr("Groups %1 have requireMention false, but the probe says the bot cannot read all group "
               "messages (privacy mode is on): it only sees mentions and replies there.")
                .arg(unmentioned.join(QStringLiteral(", ")));
        finding.remediation =
            tr("BotFather /setprivacy → Disable, then remove and re-add the bot in each group; or "
               "require a mention in those groups.");
        finding.channel = telegram->channel;
        finding.accountId = account.accountId;
        finding.fix = fix;
        out << finding;
    }
    return out;
}

// Telegram bots never see each other's messages: two bots of one gateway in the same group
// cannot hand work to each other there.
QList<Finding> botsShareGroup(const PolicyConfig &config, const QList<BotFacts> &)
{
    QList<Finding> out;
    const ChannelConfig *telegram = config.channel(QStringLiteral("telegram"));
    if (!telegram || telegram->accounts.size() < 2)
        return out;
    QHash<QString, QStringList> accountsByGroup;
    QStringList order;
    for (const AccountConfig &account : telegram->accounts) {
        for (const GroupRule &group : effectivePolicy(*telegram, account).groups.value) {
            if (group.groupId == kWildcard)
                continue;
            if (!accountsByGroup.contains(group.groupId))
                order << group.groupId;
            accountsByGroup[group.groupId] << account.accountId;
        }
    }
    for (const QString &group : std::as_const(order)) {
        const QStringList accounts = accountsByGroup.value(group);
        if (accounts.size() < 2)
            continue;
        Finding finding;
        finding.checkId = QStringLiteral("switchboard.telegram.bots_share_group");
        finding.severity = Severity::Info;
        finding.title = tr("Two bots of this gateway share Telegram group %1").arg(group);
        finding.detail =
            tr("Accounts %1 are all configured for group %2. Telegram never shows a bot another bot's "
               "messages, so they cannot see or answer each other there.")
                .arg(accounts.join(QStringLiteral(", ")), group);
        finding.remediation =
            tr("Keep one bot per group, or route between them through the gateway, not the chat.");
        finding.channel = telegram->channel;
        finding.accountId = accounts.first();
        out << finding;
    }
    return out;
}

// A WhatsApp account in self-chat mode runs on the operator's own number: automated traffic
// on a personal number risks a ban.
QList<Finding> personalWhatsAppNumber(const PolicyConfig &config, const QList<BotFacts> &)
{
    QList<Finding> out;
    const ChannelConfig *whatsapp = config.channel(QStringLiteral("whatsapp"));
    if (!whatsapp)
        return out;
    for (const AccountConfig &account : whatsapp->accounts) {
        const std::optional<bool> self = account.declared && account.own.selfChatMode
                                             ? account.own.selfChatMode
                                             : whatsapp->root.selfChatMode;
        if (self != true)
            continue;
        Finding finding;
        finding.checkId = QStringLiteral("switchboard.whatsapp.personal_number");
        finding.severity = Severity::Info;
        finding.title = tr("WhatsApp account %1 runs on a personal number").arg(account.accountId);
        finding.detail =
            tr("selfChatMode is on: the bot answers as the operator's own WhatsApp number. WhatsApp may "
               "ban a personal number that sends automated messages.");
        finding.remediation = tr("Prefer a separate number for the bot.");
        finding.channel = whatsapp->channel;
        finding.accountId = account.accountId;
        out << finding;
    }
    return out;
}

// tools.elevated.allowFrom.<provider>.wildcard: anyone on that channel may run elevated tools.
QList<Finding> elevatedWildcard(const PolicyConfig &config, const QList<BotFacts> &)
{
    QList<Finding> out;
    for (const auto &[provider, senders] : config.elevated.allowFrom) {
        if (!senders.contains(kWildcard))
            continue;
        Finding finding;
        finding.checkId = QStringLiteral("tools.elevated.allowFrom.%1.wildcard").arg(provider);
        finding.severity = Severity::Critical;
        finding.title = tr("Anyone on %1 may use elevated tools").arg(provider);
        finding.detail = tr("tools.elevated.allowFrom.%1 contains \"*\".").arg(provider);
        finding.remediation = tr("List the few senders who need elevated tools.");
        ConfigEdit fix;
        fix.summary = tr("Remove \"*\" from tools.elevated.allowFrom.%1").arg(provider);
        QStringList kept = senders;
        kept.removeAll(kWildcard);
        fix.set({QStringLiteral("tools"), QStringLiteral("elevated"), QStringLiteral("allowFrom"), provider},
                kept);
        finding.fix = fix;
        out << finding;
    }
    return out;
}

const AuditRule kRules[] = {
    {"security.exposure.open_groups_with_elevated", Severity::Critical,
     "Open group/DM policy with elevated tools enabled", openInboundWithElevated},
    {"channels.<channel>.dm.open", Severity::Critical, "DMs open to anyone", openDms},
    {"tools.elevated.allowFrom.<provider>.wildcard", Severity::Critical, "Anyone may use elevated tools",
     elevatedWildcard},
    {"switchboard.policy.account_looser_than_channel", Severity::Warn, "Account looser than its channel",
     looserOverrides},
    {"switchboard.telegram.privacy_mode_hides_group_messages", Severity::Warn,
     "Telegram privacy mode hides group messages", privacyModeHidesGroups},
    {"switchboard.telegram.bots_share_group", Severity::Info, "Two bots share a Telegram group",
     botsShareGroup},
    {"switchboard.whatsapp.personal_number", Severity::Info, "WhatsApp on a personal number",
     personalWhatsAppNumber},
};

void worstFirst(QList<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return int(a.severity) > int(b.severity); });
}

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("critical");
    case Severity::Warn:
        return QStringLiteral("warn");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

std::optional<Severity> severityFromName(const QString &name)
{
    if (name == QLatin1String("critical"))
        return Severity::Critical;
    if (name == QLatin1String("warn"))
        return Severity::Warn;
    if (name == QLatin1String("info"))
        return Severity::Info;
    return std::nullopt;
}

QString findingSourceName(FindingSource source)
{
    switch (source) {
    case FindingSource::OpenClaw:
        return QStringLiteral("openclaw");
    case FindingSource::Both:
        return QStringLiteral("both");
    case FindingSource::BuiltIn:
        break;
    }
    return QStringLiteral("switchboard");
}

std::span<const AuditRule> auditRules()
{
    return kRules;
}

QList<Finding> runBuiltInAudit(const PolicyConfig &config, const QList<BotFacts> &bots)
{
    QList<Finding> out;
    for (const AuditRule &rule : kRules)
        out << rule.evaluate(config, bots);
    worstFirst(out);
    return out;
}

QList<Finding> mergeFindings(const QList<Finding> &builtIn, const QList<Finding> &openclaw)
{
    QList<Finding> out = builtIn;
    for (const Finding &theirs : openclaw) {
        bool matched = false;
        for (Finding &ours : out) {
            if (ours.checkId != theirs.checkId || ours.source == FindingSource::OpenClaw)
                continue;
            matched = true;
            ours.source = FindingSource::Both;
            ours.severity = std::max(ours.severity, theirs.severity);
            ours.title = theirs.title;
            ours.detail = theirs.detail;
            if (!theirs.remediation.isEmpty())
                ours.remediation = theirs.remediation;
        }
        if (!matched) {
            Finding added = theirs;
            added.source = FindingSource::OpenClaw;
            // OpenClaw's companions of the open-policy finding (runtime/fs and control-plane
            // tools in open rooms) go away with the same fix: closing the open policies.
            if (added.checkId.startsWith(QLatin1String("security.exposure.open_groups_with_"))) {
                for (const Finding &ours : builtIn) {
                    if (ours.checkId == QLatin1String("security.exposure.open_groups_with_elevated") &&
                        ours.fix) {
                        added.fix = ours.fix;
                        added.channel = ours.channel;
                        added.accountId = ours.accountId;
                    }
                }
            }
            out << added;
        }
    }
    worstFirst(out);
    return out;
}

} // namespace sb::policy

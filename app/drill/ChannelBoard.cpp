#include "app/drill/ChannelBoard.h"

#include <algorithm>

#include <QJsonArray>

namespace sb::drill {

using namespace Qt::StringLiterals;

namespace {

QJsonObject whatsappDefaults()
{
    return {{u"accountId"_s, u"default"_s},
            {u"enabled"_s, true},
            {u"lastStartAt"_s, QJsonValue::Null},
            {u"lastStopAt"_s, QJsonValue::Null},
            {u"restartPending"_s, false},
            {u"configured"_s, true},
            {u"linked"_s, true},
            {u"authAgeMs"_s, QJsonValue::Null},
            {u"self"_s, QJsonObject{{u"e164"_s, QJsonValue::Null},
                                    {u"jid"_s, QJsonValue::Null},
                                    {u"lid"_s, QJsonValue::Null}}},
            {u"running"_s, true},
            {u"connected"_s, true},
            {u"reconnectAttempts"_s, 0},
            {u"lastConnectedAt"_s, QJsonValue::Null},
            {u"lastDisconnect"_s, QJsonValue::Null},
            {u"lastInboundAt"_s, QJsonValue::Null},
            {u"lastMessageAt"_s, QJsonValue::Null},
            {u"lastEventAt"_s, QJsonValue::Null},
            {u"lastOutboundAt"_s, QJsonValue::Null},
            {u"lastError"_s, QJsonValue::Null},
            {u"busy"_s, false},
            {u"lastRunActivityAt"_s, QJsonValue::Null},
            {u"healthState"_s, u"healthy"_s},
            {u"lifecycle"_s, u"ready"_s},
            {u"dmPolicy"_s, u"pairing"_s},
            {u"allowFrom"_s, QJsonArray{}}};
}

QJsonObject telegramDefaults()
{
    return {{u"accountId"_s, u"default"_s},
            {u"enabled"_s, false},
            {u"configured"_s, false},
            {u"restartPending"_s, false},
            {u"reconnectAttempts"_s, 0},
            {u"lifecycle"_s, u"stopped"_s},
            {u"healthState"_s, u"not-running"_s},
            {u"tokenSource"_s, u"none"_s},
            {u"tokenStatus"_s, u"missing"_s},
            {u"lastProbeAt"_s, QJsonValue::Null},
            {u"allowUnmentionedGroups"_s, false},
            {u"running"_s, false},
            {u"connected"_s, false},
            {u"lastStartAt"_s, QJsonValue::Null},
            {u"lastStopAt"_s, QJsonValue::Null},
            {u"lastError"_s, QJsonValue::Null},
            {u"mode"_s, u"polling"_s},
            {u"lastInboundAt"_s, QJsonValue::Null},
            {u"lastOutboundAt"_s, QJsonValue::Null},
            {u"dmPolicy"_s, u"pairing"_s},
            {u"allowFrom"_s, QJsonArray{}}};
}

QJsonObject signalDefaults()
{
    return {{u"accountId"_s, u"default"_s},
            {u"enabled"_s, false},
            {u"configured"_s, false},
            {u"running"_s, false},
            {u"connected"_s, false},
            {u"reconnectAttempts"_s, 0},
            {u"restartPending"_s, false},
            {u"baseUrl"_s, u"http://127.0.0.1:8080"_s},
            {u"lastProbeAt"_s, QJsonValue::Null},
            {u"lastStartAt"_s, QJsonValue::Null},
            {u"lastStopAt"_s, QJsonValue::Null},
            {u"lastError"_s, QJsonValue::Null},
            {u"lastInboundAt"_s, QJsonValue::Null},
            {u"lastOutboundAt"_s, QJsonValue::Null},
            {u"healthState"_s, u"stopped"_s},
            {u"lifecycle"_s, u"stopped"_s},
            {u"dmPolicy"_s, u"pairing"_s},
            {u"allowFrom"_s, QJsonArray{}}};
}

} // namespace

ChannelBoard::ChannelBoard()
    // The real gateway lists channels alphabetically.
    : m_order{u"signal"_s, u"telegram"_s, u"whatsapp"_s}
{
    m_channels.insert(u"whatsapp"_s, Channel{u"whatsapp"_s,
                                             u"WhatsApp"_s,
                                             u"WhatsApp Web"_s,
                                             u"message"_s,
                                             u"default"_s,
                                             {{u"default"_s, whatsappDefaults()}}});
    m_channels.insert(u"telegram"_s, Channel{u"telegram"_s,
                                             u"Telegram"_s,
                                             u"Telegram Bot"_s,
                                             u"paperplane"_s,
                                             u"default"_s,
                                             {{u"default"_s, telegramDefaults()}}});
    m_channels.insert(u"signal"_s, Channel{u"signal"_s,
                                           u"Signal"_s,
                                           u"Signal REST"_s,
                                           u"antenna.radiowaves.left.and.right"_s,
                                           u"default"_s,
                                           {{u"default"_s, signalDefaults()}}});
}

bool ChannelBoard::hasAccount(const QString &channel, const QString &accountId) const
{
    const auto it = m_channels.constFind(channel);
    return it != m_channels.cend() && it->accounts.contains(accountId);
}

QString ChannelBoard::defaultAccount(const QString &channel) const
{
    return m_channels.value(channel).defaultAccountId;
}

QJsonObject ChannelBoard::account(const QString &channel, const QString &accountId) const
{
    return m_channels.value(channel).accounts.value(accountId);
}

void ChannelBoard::merge(const QString &channel, const QString &accountId, const QJsonObject &fields)
{
    auto it = m_channels.find(channel);
    if (it == m_channels.end())
        return;
    QJsonObject &snapshot = it->accounts[accountId];
    if (!snapshot.contains(u"accountId"_s))
        snapshot.insert(u"accountId"_s, accountId);
    for (auto field = fields.begin(); field != fields.end(); ++field) {
        // Scenario JSON uses null to clear a field; the snapshots themselves carry explicit
        // nulls for "never happened", so only `{"$remove": true}` deletes a key.
        if (field.value().isObject() && field.value().toObject().value(u"$remove"_s).toBool())
            snapshot.remove(field.key());
        else
            snapshot.insert(field.key(), field.value());
    }
}

QString ChannelBoard::lifecycleFor(const QString &healthState)
{
    // LIFECYCLE_BY_HEALTH_STATE in @openclaw/whatsapp's monitor.
    if (healthState == QLatin1String("starting"))
        return u"starting"_s;
    if (healthState == QLatin1String("healthy"))
        return u"ready"_s;
    if (healthState == QLatin1String("stale") || healthState == QLatin1String("reconnecting"))
        return u"recovering"_s;
    return u"blocked"_s;
}

QString ChannelBoard::disconnect(const QString &channel, const QString &accountId, const QDateTime &at,
                                 int status, const QString &error, std::optional<QString> healthState)
{
    const QJsonObject before = account(channel, accountId);
    const bool loggedOut = status == 401;
    QString state = healthState.value_or(QString());
    if (state.isEmpty())
        state = loggedOut ? u"logged-out"_s : status == 440 ? u"conflict"_s : u"reconnecting"_s;
    const bool stops = state != QLatin1String("reconnecting") && state != QLatin1String("stale");
    // Only the WhatsApp monitor says "reconnecting"; Telegram and Signal report "disconnected"
    // while their lifecycle is "recovering".
    const QString lifecycle = lifecycleFor(state);
    if (channel != QLatin1String("whatsapp") && state == QLatin1String("reconnecting"))
        state = u"disconnected"_s;
    // A stream that just ends (Signal SSE) has no status code; leave the key out then.
    QJsonObject lastDisconnect{
        {u"at"_s, at.toMSecsSinceEpoch()}, {u"error"_s, error}, {u"loggedOut"_s, loggedOut}};
    if (status > 0)
        lastDisconnect.insert(u"status"_s, status);
    QJsonObject fields{{u"connected"_s, false},
                       {u"running"_s, !stops},
                       {u"healthState"_s, state},
                       {u"lifecycle"_s, lifecycle},
                       // The Signal monitor does not count its SSE reconnects (recorded: 0).
                       {u"reconnectAttempts"_s, stops || channel == QLatin1String("signal")
                                                    ? before.value(u"reconnectAttempts"_s).toInt()
                                                    : before.value(u"reconnectAttempts"_s).toInt() + 1},
                       {u"lastError"_s, error},
                       {u"lastDisconnect"_s, lastDisconnect},
                       {u"lastEventAt"_s, at.toMSecsSinceEpoch()}};
    if (loggedOut) {
        // resolveAccountSnapshot forces these when the session is logged out.
        fields.insert(u"linked"_s, false);
        fields.insert(u"statusState"_s, u"not-linked"_s);
        fields.insert(u"stateReason"_s, u"logged out"_s);
    }
    merge(channel, accountId, fields);
    return state;
}

void ChannelBoard::connected(const QString &channel, const QString &accountId, const QDateTime &at)
{
    merge(channel, accountId,
          {{u"connected"_s, true},
           {u"running"_s, true},
           {u"linked"_s, true},
           {u"configured"_s, true},
           {u"enabled"_s, true},
           {u"healthState"_s, u"healthy"_s},
           {u"lifecycle"_s, u"ready"_s},
           {u"reconnectAttempts"_s, 0},
           {u"lastConnectedAt"_s, at.toMSecsSinceEpoch()},
           {u"lastError"_s, QJsonValue::Null},
           {u"lastEventAt"_s, at.toMSecsSinceEpoch()},
           {u"statusState"_s, QJsonObject{{u"$remove"_s, true}}},
           {u"stateReason"_s, QJsonObject{{u"$remove"_s, true}}}});
}

void ChannelBoard::stopped(const QString &channel, const QString &accountId, const QDateTime &at,
                           bool disabled)
{
    QJsonObject fields{{u"connected"_s, false},
                       {u"running"_s, false},
                       {u"healthState"_s, u"stopped"_s},
                       {u"lifecycle"_s, u"stopped"_s},
                       {u"lastStopAt"_s, at.toMSecsSinceEpoch()}};
    if (disabled)
        fields.insert(u"enabled"_s, false);
    merge(channel, accountId, fields);
}

void ChannelBoard::started(const QString &channel, const QString &accountId, const QDateTime &at)
{
    merge(channel, accountId,
          {{u"running"_s, true},
           {u"healthState"_s, u"starting"_s},
           {u"lifecycle"_s, u"starting"_s},
           {u"lastStartAt"_s, at.toMSecsSinceEpoch()}});
}

void ChannelBoard::noteOutbound(const QString &channel, const QString &accountId, const QDateTime &at)
{
    // Every outbound moves the mark, as on the real gateway, where no two sends complete in the
    // same millisecond; the drill answers fast enough for two to share one.
    const qint64 previous = account(channel, accountId).value(u"lastOutboundAt"_s).toInteger(0);
    const qint64 ms = std::max(at.toMSecsSinceEpoch(), previous + 1);
    merge(channel, accountId, {{u"lastOutboundAt"_s, ms}, {u"lastMessageAt"_s, ms}});
}

void ChannelBoard::noteInbound(const QString &channel, const QString &accountId, const QDateTime &at)
{
    merge(channel, accountId,
          {{u"lastInboundAt"_s, at.toMSecsSinceEpoch()}, {u"lastMessageAt"_s, at.toMSecsSinceEpoch()}});
}

QJsonObject ChannelBoard::summary(const Channel &channel) const
{
    // Each plugin's buildChannelSummary picks its own fields (tests/gateway/data/
    // res-channels-status.json); the values come from the default account.
    static const QMap<QString, QStringList> keys{
        {u"whatsapp"_s,
         {u"configured"_s, u"statusState"_s, u"linked"_s, u"authAgeMs"_s, u"self"_s, u"running"_s,
          u"connected"_s, u"lastConnectedAt"_s, u"lastDisconnect"_s, u"reconnectAttempts"_s,
          u"lastInboundAt"_s, u"lastMessageAt"_s, u"lastEventAt"_s, u"busy"_s, u"lastRunActivityAt"_s,
          u"lastError"_s, u"healthState"_s, u"lifecycle"_s}},
        {u"telegram"_s,
         {u"configured"_s, u"running"_s, u"lastStartAt"_s, u"lastStopAt"_s, u"lastError"_s, u"tokenSource"_s,
          u"lastProbeAt"_s, u"mode"_s, u"probe"_s}},
        {u"signal"_s,
         {u"configured"_s, u"baseUrl"_s, u"lastProbeAt"_s, u"running"_s, u"lastStartAt"_s, u"lastStopAt"_s,
          u"lastError"_s, u"probe"_s}}};
    const QJsonObject account = channel.accounts.value(channel.defaultAccountId);
    QJsonObject out;
    for (const QString &key : keys.value(channel.id)) {
        if (account.contains(key))
            out.insert(key, account.value(key));
        else if (key == QLatin1String("lastProbeAt"))
            out.insert(key, QJsonValue::Null);
    }
    return out;
}

QJsonObject ChannelBoard::accountForStatus(const QString &channel, const QJsonObject &account)
{
    // channels.status account snapshots carry fewer fields than the health entries
    // (tests/data/real-gateway/channels-status-res.json vs health-res.json).
    QJsonObject out = account;
    if (out.value(u"allowFrom"_s).toArray().isEmpty())
        out.remove(u"allowFrom"_s);
    if (channel == QLatin1String("whatsapp")) {
        out.remove(u"self"_s);
        out.remove(u"authAgeMs"_s);
    } else {
        out.remove(u"healthState"_s);
        out.remove(u"dmPolicy"_s);
        out.remove(u"allowFrom"_s);
        out.remove(u"lastProbeAt"_s);
    }
    return out;
}

QJsonArray ChannelBoard::statusIssues() const
{
    // The same issue texts the real gateway derives from the snapshots.
    QJsonArray issues;
    for (const QString &id : m_order) {
        const Channel &channel = m_channels[id];
        for (auto it = channel.accounts.cbegin(); it != channel.accounts.cend(); ++it) {
            const QJsonObject &a = it.value();
            const auto issue = [&](const QString &kind, const QString &message, const QString &fix = {}) {
                QJsonObject entry{{u"channel"_s, id},
                                  {u"accountId"_s, it.key()},
                                  {u"kind"_s, kind},
                                  {u"message"_s, message}};
                if (!fix.isEmpty())
                    entry.insert(u"fix"_s, fix);
                issues.append(entry);
            };
            if (!a.value(u"enabled"_s).toBool())
                continue;
            if (id == QLatin1String("whatsapp") && !a.value(u"linked"_s).toBool()) {
                issue(u"auth"_s, u"Not linked (no WhatsApp Web session)."_s,
                      u"Run: openclaw channels login (scan QR on the gateway host)."_s);
                continue;
            }
            if (a.value(u"configured"_s).toBool() && !a.value(u"running"_s).toBool())
                issue(u"runtime"_s, u"Channel is enabled and configured, but its runtime is not running."_s,
                      u"restart the channel or gateway"_s);
            else if (a.value(u"lastError"_s).isString())
                issue(u"runtime"_s, u"Channel error: "_s + a.value(u"lastError"_s).toString());
            if (id == QLatin1String("telegram") && a.value(u"allowUnmentionedGroups"_s).toBool() &&
                !a[u"probe"_s][u"bot"_s][u"canReadAllGroupMessages"_s].toBool())
                issue(
                    u"config"_s,
                    u"Config allows unmentioned group messages (requireMention=false). Telegram Bot API privacy mode will block most group messages unless disabled."_s,
                    u"In BotFather run /setprivacy → Disable for this bot (then restart the gateway)."_s);
        }
    }
    return issues;
}

QJsonObject ChannelBoard::channelLabels() const
{
    QJsonObject labels;
    for (const QString &id : m_order)
        labels.insert(id, m_channels.value(id).label);
    return labels;
}

QJsonObject ChannelBoard::statusPayload(const QDateTime &now, const QString &onlyChannel) const
{
    QJsonArray order;
    QJsonObject labels;
    QJsonObject detailLabels;
    QJsonObject images;
    QJsonArray meta;
    QJsonObject summaries;
    QJsonObject accounts;
    QJsonObject defaults;
    for (const QString &id : m_order) {
        if (!onlyChannel.isEmpty() && id != onlyChannel)
            continue;
        const Channel &channel = m_channels[id];
        order.append(id);
        labels.insert(id, channel.label);
        detailLabels.insert(id, channel.detailLabel);
        images.insert(id, channel.systemImage);
        meta.append(QJsonObject{{u"id"_s, id},
                                {u"label"_s, channel.label},
                                {u"detailLabel"_s, channel.detailLabel},
                                {u"systemImage"_s, channel.systemImage}});
        summaries.insert(id, summary(channel));
        QJsonArray list;
        for (const QJsonObject &snapshot : channel.accounts)
            list.append(accountForStatus(id, snapshot));
        accounts.insert(id, list);
        defaults.insert(id, channel.defaultAccountId);
    }
    return {{u"ts"_s, now.toMSecsSinceEpoch()},
            {u"channelOrder"_s, order},
            {u"channelLabels"_s, labels},
            {u"channelDetailLabels"_s, detailLabels},
            {u"channelSystemImages"_s, images},
            {u"channelMeta"_s, meta},
            {u"channels"_s, summaries},
            {u"channelAccounts"_s, accounts},
            {u"channelDefaultAccountId"_s, defaults},
            {u"statusIssues"_s, statusIssues()}};
}

QJsonObject ChannelBoard::healthChannels() const
{
    QJsonObject out;
    for (const QString &id : m_order) {
        const Channel &channel = m_channels[id];
        QJsonObject entry = channel.accounts.value(channel.defaultAccountId);
        QJsonObject perAccount;
        for (auto it = channel.accounts.cbegin(); it != channel.accounts.cend(); ++it)
            perAccount.insert(it.key(), it.value());
        entry.insert(u"accounts"_s, perAccount);
        out.insert(id, entry);
    }
    return out;
}

} // namespace sb::drill

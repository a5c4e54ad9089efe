#include "app/drill/DrillWorld.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace sb::drill {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kHeartbeatEveryMs = 30 * 60 * 1000;
constexpr qint64 kPairingTtlMs = 60 * 60 * 1000; // "Expire after 1 hour"
} // namespace

DrillWorld::DrillWorld(ScenarioClock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_bootedAt(clock->now())
    , m_config({}, u"/tmp/openclaw-drill/.openclaw/openclaw.json"_s)
{}

void DrillWorld::log(const QString &level, const QString &subsystem, const QString &message)
{
    m_logs.append(now(), m_clock->timeZone(), level, subsystem, message);
}

qint64 DrillWorld::uptimeMs() const
{
    return m_bootedAt.msecsTo(now());
}

QJsonObject DrillWorld::stateVersion() const
{
    return {{u"presence"_s, m_presenceVersion}, {u"health"_s, m_healthVersion}};
}

QJsonObject DrillWorld::healthSnapshot() const
{
    // Shaped like the real HealthSnapshot (tests/gateway/data/res-health.json).
    const QJsonObject heartbeat{
        {u"enabled"_s, true},
        {u"every"_s, u"30m"_s},
        {u"everyMs"_s, kHeartbeatEveryMs},
        {u"prompt"_s,
         u"Follow the heartbeat monitor scratch context when provided. Recurring tasks are automations; create or change their schedules with the automations tool, not heartbeat scratch. Do not infer or repeat old tasks from prior chats. If nothing needs attention, reply NO_REPLY."_s},
        {u"target"_s, u"owner"_s},
        {u"ackMaxChars"_s, 300}};
    const QJsonObject sessions{
        {u"path"_s, u"/tmp/openclaw-drill/.openclaw/agents/main/agent/openclaw-agent.sqlite"_s},
        {u"count"_s, 0},
        {u"recent"_s, QJsonArray{}}};
    const QJsonObject eventLoop{{u"degraded"_s, false},       {u"degradedSinceMs"_s, QJsonValue::Null},
                                {u"reasons"_s, QJsonArray{}}, {u"intervalMs"_s, 1000},
                                {u"delayP99Ms"_s, 1.0},       {u"delayMaxMs"_s, 1.0},
                                {u"utilization"_s, 0.01}};
    return {{u"ok"_s, true},
            {u"ts"_s, nowMs()},
            {u"durationMs"_s, 1},
            {u"plugins"_s, QJsonObject{{u"loaded"_s, QJsonArray{u"signal"_s, u"telegram"_s, u"whatsapp"_s}},
                                       {u"errors"_s, QJsonArray{}},
                                       {u"unavailable"_s, QJsonArray{}}}},
            {u"configReload"_s, QJsonObject{{u"hotReloadStatus"_s, u"active"_s}}},
            {u"channels"_s, m_channels.healthChannels()},
            {u"channelOrder"_s, QJsonArray::fromStringList(m_channels.order())},
            {u"channelLabels"_s, m_channels.channelLabels()},
            {u"heartbeatSeconds"_s, kHeartbeatEveryMs / 1000},
            {u"defaultAgentId"_s, u"main"_s},
            {u"agents"_s, QJsonArray{QJsonObject{{u"agentId"_s, u"main"_s},
                                                 {u"isDefault"_s, true},
                                                 {u"heartbeat"_s, heartbeat},
                                                 {u"sessions"_s, sessions}}}},
            {u"sessions"_s, sessions},
            {u"eventLoop"_s, eventLoop}};
}

QJsonObject DrillWorld::statusSummary() const
{
    // The parts of the real `status` payload a console reads (tests/data/real-gateway/
    // status-res.json): version, the link channel, heartbeat, the channel summary lines, pid.
    QJsonArray lines;
    for (const QString &id : m_channels.order()) {
        const QString label = m_channels.channelLabels().value(id).toString();
        const QJsonObject account = m_channels.account(id, m_channels.defaultAccount(id));
        QString state;
        if (!account.value(u"enabled"_s).toBool())
            state = u"disabled"_s;
        else if (id == QLatin1String("whatsapp"))
            state = account.value(u"linked"_s).toBool() ? u"linked"_s : u"not linked"_s;
        else
            state = account.value(u"configured"_s).toBool() ? u"configured"_s : u"not configured"_s;
        lines.append(u"%1: %2"_s.arg(label, state));
        QString detail;
        if (id == QLatin1String("signal"))
            detail = account.value(u"baseUrl"_s).toString();
        else if (id == QLatin1String("telegram"))
            detail = u"token:"_s + account.value(u"tokenSource"_s).toString(u"none"_s);
        else
            detail = u"dm:"_s + account.value(u"dmPolicy"_s).toString(u"pairing"_s);
        lines.append(u"  - %1 (%2)"_s.arg(m_channels.defaultAccount(id), detail));
    }
    const QJsonObject wa = m_channels.account(u"whatsapp"_s, m_channels.defaultAccount(u"whatsapp"_s));
    return {{u"runtimeVersion"_s, u"2026.9.6"_s},
            {u"linkChannel"_s, QJsonObject{{u"id"_s, u"whatsapp"_s},
                                           {u"label"_s, u"WhatsApp"_s},
                                           {u"linked"_s, wa.value(u"linked"_s).toBool()},
                                           {u"authAgeMs"_s, wa.value(u"authAgeMs"_s)}}},
            {u"heartbeat"_s,
             QJsonObject{{u"defaultAgentId"_s, u"main"_s},
                         {u"agents"_s, QJsonArray{QJsonObject{{u"agentId"_s, u"main"_s},
                                                              {u"enabled"_s, true},
                                                              {u"every"_s, u"30m"_s},
                                                              {u"everyMs"_s, kHeartbeatEveryMs}}}}}},
            {u"channelSummary"_s, lines},
            {u"queuedSystemEvents"_s, QJsonArray{}},
            {u"degradedPlugins"_s, QJsonArray{}},
            {u"modelRuntime"_s, QJsonObject{{u"degraded"_s, false}, {u"pendingAgents"_s, QJsonArray{}}}},
            {u"pid"_s, static_cast<qint64>(QCoreApplication::applicationPid())}};
}

void DrillWorld::publishHealth()
{
    ++m_healthVersion;
    Q_EMIT broadcast(u"health"_s, healthSnapshot(), false, true);
}

void DrillWorld::heartbeat(const QJsonObject &payload)
{
    m_lastHeartbeat = payload;
    Q_EMIT broadcast(u"heartbeat"_s, payload, true, false);
}

ConfigStore::WriteResult DrillWorld::patchConfig(const QJsonObject &patch, const QString &actor)
{
    const ConfigStore::WriteResult result = m_config.patch(patch, {});
    if (result.ok && !result.noop) {
        log(u"INFO"_s, u"gateway"_s,
            u"config.patch write %1 changedPaths=%2 restartReason=config.patch"_s.arg(
                actor, result.changedPaths.join(u',')));
        announceConfigChange();
    }
    return result;
}

void DrillWorld::announceConfigChange()
{
    Q_EMIT broadcast(
        u"config.changed"_s,
        QJsonObject{{u"path"_s, m_config.path()}, {u"hash"_s, m_config.hash()}, {u"ts"_s, nowMs()}}, true,
        false);
}

PairingRequest DrillWorld::addPairingRequest(const QString &channel, const QString &accountId,
                                             const QString &senderId, const QString &senderLabel,
                                             const QString &code)
{
    PairingRequest request;
    request.channel = channel;
    request.accountId = accountId;
    request.senderId = senderId;
    request.senderLabel = senderLabel;
    request.code = code;
    request.createdAt = nowMs();
    request.lastSeenAt = request.createdAt;
    request.expiresAt = request.createdAt + kPairingTtlMs;
    // sha256(channel \0 accountId \0 id \0 createdAt), base64url, 32 chars: opaque like the real id.
    const QByteArray seed = channel.toUtf8() + '\0' + accountId.toUtf8() + '\0' + code.toUtf8() + '\0' +
                            QByteArray::number(request.createdAt);
    request.requestId =
        QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                                .left(32));
    m_pairing.append(request);
    return request;
}

SendOutcome DrillWorld::takeSendOutcome(const QString &channel)
{
    if (m_nextSend.contains(channel))
        return m_nextSend.take(channel);
    return m_stickySend.value(channel);
}

void DrillWorld::setSendOutcome(const QString &channel, const SendOutcome &outcome, bool sticky)
{
    if (sticky)
        m_stickySend.insert(channel, outcome);
    else
        m_nextSend.insert(channel, outcome);
}

void DrillWorld::setPresence(const QJsonArray &entries)
{
    m_presence = entries;
    ++m_presenceVersion;
    Q_EMIT broadcast(u"presence"_s, QJsonObject{{u"presence"_s, m_presence}}, true, true);
}

} // namespace sb::drill

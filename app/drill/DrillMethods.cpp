#include "app/drill/DrillMethods.h"

#include "app/drill/DrillWorld.h"
#include "app/drill/WebLoginSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUuid>

namespace sb::drill {

using namespace Qt::StringLiterals;

namespace {

const QString kRead = u"operator.read"_s;
const QString kWrite = u"operator.write"_s;
const QString kAdmin = u"operator.admin"_s;
const QString kPairing = u"operator.pairing"_s;

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

void Reply::fail(const QString &code, const QString &message) const
{
    gateway::ErrorShape error;
    error.code = code;
    error.message = message;
    error.details = QJsonValue(QJsonValue::Undefined); // the real errors carry no "details" key
    fail(error);
}

DrillMethods::DrillMethods(DrillWorld *world, WebLoginSession *webLogin, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_webLogin(webLogin)
{}

QStringList DrillMethods::advertisedMethods()
{
    return {u"health"_s, u"status"_s, u"channels.status"_s, u"channels.start"_s, u"channels.stop"_s,
            u"channels.logout"_s, u"config.get"_s, u"config.set"_s, u"config.patch"_s, u"config.apply"_s,
            u"logs.tail"_s, u"send"_s, u"system-presence"_s, u"last-heartbeat"_s, u"set-heartbeats"_s,
            u"channels.pairing.list"_s, u"channels.pairing.approve"_s, u"channels.pairing.dismiss"_s,
            // A real 2026.9.6 gateway with the WhatsApp plugin does list these (recorded hello-ok).
            u"web.login.start"_s, u"web.login.wait"_s};
}

QStringList DrillMethods::advertisedEvents()
{
    // The real list is much longer (agent, chat, sessions…); these are the ones the drill emits,
    // in the real list's order. config.changed is broadcast but not listed, as on the real one.
    return {u"connect.challenge"_s, u"presence"_s, u"tick"_s, u"shutdown"_s, u"health"_s, u"heartbeat"_s};
}

std::optional<QString> DrillMethods::requiredScope(const QString &method, const QJsonValue &params)
{
    static const QStringList read{u"health"_s,          u"status"_s,       u"logs.tail"_s,
                                  u"channels.status"_s, u"config.get"_s,   u"system-presence"_s,
                                  u"last-heartbeat"_s,  u"config.schema"_s};
    static const QStringList admin{u"config.set"_s,      u"config.apply"_s,   u"config.patch"_s,
                                   u"channels.logout"_s, u"channels.start"_s, u"channels.stop"_s,
                                   u"web.login.start"_s, u"web.login.wait"_s, u"set-heartbeats"_s};
    if (read.contains(method))
        return kRead;
    if (admin.contains(method))
        return kAdmin;
    if (method == QLatin1String("send"))
        return kWrite;
    if (method == QLatin1String("channels.pairing.approve"))
        return params.toObject().value(u"bootstrapCommandOwner"_s).toBool() ? kAdmin : kPairing;
    if (method.startsWith(QLatin1String("channels.pairing.")))
        return kPairing;
    return std::nullopt;
}

bool DrillMethods::scopeSatisfied(const QStringList &granted, const QString &required)
{
    // operator-scope-compat: admin satisfies everything, write satisfies read.
    if (required.isEmpty() || granted.contains(kAdmin) || granted.contains(required))
        return true;
    return required == kRead && granted.contains(kWrite);
}

bool DrillMethods::handle(const QString &method, const QJsonValue &params, const CallContext &context,
                          const Reply &reply)
{
    m_world->catchUp();
    const QJsonObject p = params.toObject();
    if (method == QLatin1String("health")) {
        // The RPC adds modelRuntime; the periodic `health` event does not (recorded).
        QJsonObject health = m_world->healthSnapshot();
        health.insert(u"modelRuntime"_s,
                      QJsonObject{{u"degraded"_s, false}, {u"pendingAgents"_s, QJsonArray{}}});
        reply.ok(health);
    } else if (method == QLatin1String("status")) {
        reply.ok(m_world->statusSummary());
    } else if (method == QLatin1String("channels.status")) {
        channelsStatus(p, reply);
    } else if (method == QLatin1String("channels.start") || method == QLatin1String("channels.stop") ||
               method == QLatin1String("channels.logout")) {
        channelsLifecycle(method, p, reply);
    } else if (method == QLatin1String("config.get")) {
        configGet(reply);
    } else if (method == QLatin1String("config.set") || method == QLatin1String("config.patch") ||
               method == QLatin1String("config.apply")) {
        configWrite(method, p, context, reply);
    } else if (method == QLatin1String("logs.tail")) {
        logsTail(p, reply);
    } else if (method == QLatin1String("send")) {
        send(p, reply);
    } else if (method == QLatin1String("system-presence")) {
        reply.ok(m_world->presence());
    } else if (method == QLatin1String("last-heartbeat")) {
        reply.ok(m_world->lastHeartbeat());
    } else if (method == QLatin1String("set-heartbeats")) {
        reply.ok(QJsonObject{{u"ok"_s, true}, {u"enabled"_s, p.value(u"enabled"_s).toBool()}});
    } else if (method == QLatin1String("channels.pairing.list")) {
        pairingList(p, reply);
    } else if (method == QLatin1String("channels.pairing.approve") ||
               method == QLatin1String("channels.pairing.dismiss")) {
        pairingResolve(method, p, reply);
    } else if (method == QLatin1String("web.login.start") && m_webLogin) {
        m_webLogin->start(p, reply);
    } else if (method == QLatin1String("web.login.wait") && m_webLogin) {
        m_webLogin->wait(p, reply);
    } else {
        return false;
    }
    return true;
}

void DrillMethods::channelsStatus(const QJsonObject &params, const Reply &reply)
{
    const QString channel = params.value(u"channel"_s).toString();
    if (!channel.isEmpty() && !m_world->channels().hasChannel(channel)) {
        reply.fail(u"INVALID_REQUEST"_s, u"unknown channel: %1"_s.arg(channel));
        return;
    }
    QJsonObject payload = m_world->channels().statusPayload(m_world->now(), channel);
    payload.insert(u"eventLoop"_s, m_world->healthSnapshot().value(u"eventLoop"_s));
    reply.ok(payload);
}

void DrillMethods::channelsLifecycle(const QString &method, const QJsonObject &params, const Reply &reply)
{
    ChannelBoard &board = m_world->channels();
    const QString channel = params.value(u"channel"_s).toString();
    if (!board.hasChannel(channel)) {
        reply.fail(u"INVALID_REQUEST"_s, u"unknown channel: %1"_s.arg(channel));
        return;
    }
    const QString accountId = params.value(u"accountId"_s).toString(board.defaultAccount(channel));
    const QDateTime now = m_world->now();
    const QString subsystem = u"channels/"_s + channel;
    const QString key = channel + u'/' + accountId;
    if (method == QLatin1String("channels.stop")) {
        const QJsonObject before = board.account(channel, accountId);
        if (before.value(u"connected"_s).toBool())
            m_connectedAtStop.insert(key);
        if (before.value(u"running"_s).toBool())
            m_stopInProgress.insert(key);
        board.stopped(channel, accountId, now, false);
        m_world->log(u"INFO"_s, subsystem, u"[%1] channel stopped by operator"_s.arg(accountId));
        reply.ok(QJsonObject{{u"channel"_s, channel}, {u"accountId"_s, accountId}, {u"stopped"_s, true}});
    } else if (method == QLatin1String("channels.start")) {
        const QJsonObject snapshot = board.account(channel, accountId);
        if (!snapshot.value(u"enabled"_s).toBool(true)) {
            reply.ok(QJsonObject{
                {u"channel"_s, channel},
                {u"accountId"_s, accountId},
                {u"started"_s, false},
                {u"outcome"_s, QJsonObject{{u"status"_s, u"skipped"_s}, {u"reason"_s, u"disabled"_s}}}});
            return;
        }
        // A running account's task takes a moment to let go after channels.stop; OpenClaw 2026.9.6
        // answers a start in that window with "retry" / "task-owned" and starts nothing.
        if (m_stopInProgress.remove(key)) {
            reply.ok(QJsonObject{
                {u"channel"_s, channel},
                {u"accountId"_s, accountId},
                {u"started"_s, snapshot.value(u"running"_s).toBool()},
                {u"outcome"_s, QJsonObject{{u"status"_s, u"retry"_s}, {u"reason"_s, u"task-owned"_s}}}});
            return;
        }
        board.started(channel, accountId, now);
        m_world->log(u"INFO"_s, subsystem, u"[%1] starting provider"_s.arg(accountId));
        if (m_connectedAtStop.remove(key))
            board.connected(channel, accountId, now);
        reply.ok(QJsonObject{{u"channel"_s, channel},
                             {u"accountId"_s, accountId},
                             {u"started"_s, true},
                             {u"outcome"_s, QJsonObject{{u"status"_s, u"handed-off"_s}}}});
    } else {
        board.stopped(channel, accountId, now, false);
        QJsonObject result{{u"channel"_s, channel}, {u"accountId"_s, accountId}, {u"cleared"_s, true}};
        if (channel == QLatin1String("whatsapp")) {
            board.merge(channel, accountId,
                        {{u"linked"_s, false},
                         {u"healthState"_s, u"logged-out"_s},
                         {u"statusState"_s, u"not-linked"_s}});
            result.insert(u"loggedOut"_s, true);
        }
        m_world->log(u"INFO"_s, subsystem, u"[%1] logged out; cleared cached credentials"_s.arg(accountId));
        reply.ok(result);
    }
    m_world->publishHealth();
}

void DrillMethods::logsTail(const QJsonObject &params, const Reply &reply)
{
    std::optional<qint64> cursor;
    if (params.contains(u"cursor"_s))
        cursor = params.value(u"cursor"_s).toInteger();
    const int limit = params.value(u"limit"_s).toInt(500);
    const qint64 maxBytes = params.value(u"maxBytes"_s).toInteger(250000);
    reply.ok(m_world->logs().tail(cursor, limit, maxBytes));
}

void DrillMethods::send(const QJsonObject &params, const Reply &reply)
{
    ChannelBoard &board = m_world->channels();
    const QString channel = params.value(u"channel"_s).toString(u"whatsapp"_s);
    if (channel == QLatin1String("webchat")) {
        reply.fail(u"INVALID_REQUEST"_s,
                   u"unsupported channel: webchat (internal-only). Use chat.send for WebChat."_s);
        return;
    }
    if (!board.hasChannel(channel)) {
        reply.fail(u"INVALID_REQUEST"_s, u"unsupported channel: %1"_s.arg(channel));
        return;
    }
    const QString accountId = params.value(u"accountId"_s).toString(board.defaultAccount(channel));
    const QString to = params.value(u"to"_s).toString();
    const QString subsystem = u"channels/"_s + channel;
    const QDateTime now = m_world->now();
    const QJsonObject snapshot = board.account(channel, accountId);
    SendOutcome outcome = m_world->takeSendOutcome(channel);
    std::optional<QJsonObject> details;
    if (outcome.ok && !snapshot.value(u"connected"_s).toBool()) {
        // The real error for a channel without a live listener (tests/gateway/data/res-send.json).
        outcome.ok = false;
        outcome.errorCode = u"UNAVAILABLE"_s;
        outcome.errorMessage =
            channel == QLatin1String("whatsapp")
                ? u"OutboundDeliveryError: No active WhatsApp Web listener (account: %1). Start the gateway, then link WhatsApp with: openclaw channels login --channel whatsapp --account %1."_s
                      .arg(accountId)
            : channel == QLatin1String("telegram")
                ? u"OutboundDeliveryError: Network request for 'sendMessage' failed!"_s
                : u"OutboundDeliveryError: connect ECONNREFUSED %1"_s.arg(
                      QUrl(snapshot.value(u"baseUrl"_s).toString()).authority());
        details = QJsonObject{{u"code"_s, u"OUTBOUND_DELIVERY_QUEUED"_s}};
    }
    if (!outcome.ok) {
        // The real gateway's Telegram API logger reports the failed Bot API call itself (and
        // again on every retry of its delivery queue) before the send is refused.
        if (channel == QLatin1String("telegram") && details)
            m_world->log(u"ERROR"_s, u"telegram/api"_s,
                         u"telegram sendMessage failed: Network request for 'sendMessage' failed!"_s);
        m_world->log(u"ERROR"_s, subsystem,
                     u"[%1] outbound send to %2 failed: %3"_s.arg(accountId, to, outcome.errorMessage));
        if (outcome.disconnectStatus) {
            board.disconnect(channel, accountId, now, *outcome.disconnectStatus, outcome.disconnectError);
            if (outcome.disableChannel) {
                board.stopped(channel, accountId, now, true);
                board.merge(channel, accountId, {{u"lastError"_s, outcome.disconnectError}});
            }
            m_world->publishHealth();
        }
        gateway::ErrorShape error;
        error.code = outcome.errorCode;
        error.message = outcome.errorMessage;
        error.details = QJsonValue(QJsonValue::Undefined);
        if (details)
            error.details = *details;
        reply.fail(error);
        return;
    }
    board.noteOutbound(channel, accountId, now);
    const QString messageId = channel == QLatin1String("whatsapp")
                                  ? u"3EB0"_s + newId().remove(u'-').left(16).toUpper()
                                  : QString::number(now.toMSecsSinceEpoch() % 1000000);
    m_world->log(u"INFO"_s, subsystem, u"[%1] sent message %2 to %3"_s.arg(accountId, messageId, to));
    QJsonObject result{{u"runId"_s, newId()}, {u"messageId"_s, messageId}, {u"channel"_s, channel}};
    if (channel == QLatin1String("whatsapp"))
        result.insert(u"toJid"_s, QString(QString(to).remove(u'+') + u"@s.whatsapp.net"_s));
    else
        result.insert(u"chatId"_s, to);
    reply.ok(result);
}

void DrillMethods::pairingList(const QJsonObject &params, const Reply &reply)
{
    const QString channelFilter = params.value(u"channel"_s).toString();
    const QString accountFilter = params.value(u"accountId"_s).toString();
    ChannelBoard &board = m_world->channels();
    QJsonArray accounts;
    QJsonArray requests;
    for (const QString &channel : board.order()) {
        if (!channelFilter.isEmpty() && channel != channelFilter)
            continue;
        const QString accountId = board.defaultAccount(channel);
        if (!accountFilter.isEmpty() && accountId != accountFilter)
            continue;
        // Only accounts whose effective dmPolicy is "pairing" take part, as in the real handler.
        const QJsonObject section =
            m_world->config().config().value(u"channels"_s).toObject().value(channel).toObject();
        if (section.value(u"dmPolicy"_s).toString(u"pairing"_s) != QLatin1String("pairing"))
            continue;
        const QString label = board.channelLabels().value(channel).toString();
        // WhatsApp cannot notify an approved sender (recorded channels.pairing.list).
        const bool notifySupported = channel != QLatin1String("whatsapp");
        accounts.append(QJsonObject{{u"channel"_s, channel},
                                    {u"channelLabel"_s, label},
                                    {u"accountId"_s, accountId},
                                    {u"notifySupported"_s, notifySupported}});
        for (const PairingRequest &request : std::as_const(m_world->pairing())) {
            if (request.channel != channel || request.accountId != accountId)
                continue;
            requests.append(QJsonObject{{u"requestId"_s, request.requestId},
                                        {u"channel"_s, channel},
                                        {u"channelLabel"_s, label},
                                        {u"accountId"_s, accountId},
                                        {u"senderId"_s, request.senderId},
                                        {u"senderLabel"_s, request.senderLabel},
                                        {u"createdAt"_s, request.createdAt},
                                        {u"lastSeenAt"_s, request.lastSeenAt},
                                        {u"expiresAt"_s, request.expiresAt},
                                        {u"notifySupported"_s, notifySupported}});
        }
    }
    const QJsonObject commands = m_world->config().config().value(u"commands"_s).toObject();
    reply.ok(
        QJsonObject{{u"accounts"_s, accounts},
                    {u"requests"_s, requests},
                    {u"commandOwnerConfigured"_s, !commands.value(u"ownerAllowFrom"_s).toArray().isEmpty()},
                    {u"limits"_s, QJsonObject{{u"pendingPerAccount"_s, 3}, {u"ttlMs"_s, 3600000}}}});
}

void DrillMethods::pairingResolve(const QString &method, const QJsonObject &params, const Reply &reply)
{
    QList<PairingRequest> &pending = m_world->pairing();
    const QString requestId = params.value(u"requestId"_s).toString();
    const auto it = std::find_if(pending.begin(), pending.end(), [&](const PairingRequest &request) {
        return request.requestId == requestId && request.channel == params.value(u"channel"_s).toString() &&
               request.accountId == params.value(u"accountId"_s).toString();
    });
    if (it == pending.end()) {
        reply.fail(u"INVALID_REQUEST"_s, u"pending DM access request no longer exists"_s);
        return;
    }
    const PairingRequest request = *it;
    pending.erase(it);
    const QString subsystem = u"channels/"_s + request.channel;
    if (method == QLatin1String("channels.pairing.dismiss")) {
        m_world->log(u"INFO"_s, subsystem,
                     u"pairing request %1 from %2 dismissed"_s.arg(request.code, request.senderId));
        reply.ok(QJsonObject{{u"requestId"_s, request.requestId}, {u"senderId"_s, request.senderId}});
        return;
    }
    m_world->log(u"INFO"_s, subsystem,
                 u"pairing request %1 approved for %2"_s.arg(request.code, request.senderId));
    const bool notify = params.value(u"notify"_s).toBool();
    const bool bootstrap = params.value(u"bootstrapCommandOwner"_s).toBool();
    reply.ok(QJsonObject{{u"requestId"_s, request.requestId},
                         {u"senderId"_s, request.senderId},
                         {u"notification"_s, notify ? u"sent"_s : u"not-requested"_s},
                         {u"commandOwnerBootstrap"_s, bootstrap ? u"configured"_s : u"not-requested"_s}});
}

} // namespace sb::drill

#pragma once

#include "app/gateway/Frame.h"

#include <optional>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace sb::gateway {

// The hello-ok payload, typed: everything the Gateway panel shows and the Connection relies on.
struct HelloOk
{
    // 3 or 4: gates every v4-only method and field. A number an int cannot hold reads as 0 (never
    // truncated: 2^32 + 4 is not 4); raw["protocol"] keeps what the gateway sent.
    int protocol = 0;
    QString serverVersion;
    QString connectionId;        // server.connId
    QStringList methods;         // features.methods (conservative: web.login.* is missing on v4)
    QStringList events;          // features.events
    qint64 maxPayloadBytes = 0;  // policy.maxPayload
    qint64 maxBufferedBytes = 0; // policy.maxBufferedBytes (0 when absent)
    qint64 tickIntervalMs = 0;   // policy.tickIntervalMs (30000 in code; always read it)

    // snapshot
    QJsonArray presence;
    QJsonObject health; // parse with parseHealthSnapshot()
    StateVersion stateVersion;
    std::optional<qint64> uptimeMs;
    QString configPath;
    QString stateDir;
    QString authMode; // "none" | "token" | "password" | "trusted-proxy" (or empty)

    // auth: always present on v4; on v3 only when a device token is issued.
    bool authReported = false;
    QString role;
    QStringList scopes; // the socket's live authority
    QString authMethod; // "token", "password", "device-token"...

    QDateTime receivedAt;
    QJsonObject raw; // for display and debugging
};

// Reads a hello-ok payload. On failure returns nothing and says why in *why.
std::optional<HelloOk> parseHelloOk(const QJsonValue &payload, QString *why);

enum class EventKind
{
    Tick,
    Health,
    Presence,
    Heartbeat,
    Shutdown,
    ConfigChanged,
    Other,
};

EventKind eventKindFor(const QString &eventName);

struct ShutdownNotice
{
    QString reason;
    std::optional<qint64> restartExpectedMs;
};
std::optional<ShutdownNotice> parseShutdown(const QJsonValue &payload);

struct ConfigChangedNotice
{
    QString path;
    QString hash;
    QDateTime at;
};
std::optional<ConfigChangedNotice> parseConfigChanged(const QJsonValue &payload);

// heartbeat event and the last-heartbeat answer share this shape.
struct HeartbeatRecord
{
    QDateTime at;
    QString status; // "sent" | "ok-empty" | "ok-token" | "skipped" | "failed"
    QString to;
    QString accountId;
    QString channel;
    QString preview;
    QString reason;
    QString indicatorType; // "ok" | "alert" | "error"
    std::optional<qint64> durationMs;

    bool delivered() const; // a real outbound delivery (sent/ok-*): counts towards proof of recovery
};
std::optional<HeartbeatRecord> parseHeartbeat(const QJsonValue &payload);

struct PresenceEntry
{
    QString host;
    QString clientId;
    QString mode;
    QString version;
    QString platform;
    QString reason;
    QDateTime at;
    QStringList roles;
    QJsonObject raw;
};
// Accepts both the system-presence array and the presence event's {presence: [...]}.
QList<PresenceEntry> parsePresence(const QJsonValue &payload);

// One gateway event, typed: its kind, the gateway's own time and the typed payload of the kinds
// the layers above use. The frame's JSON stays inside app/gateway (nothing above reads it).
struct Event
{
    EventKind kind = EventKind::Other;
    QString name;
    std::optional<qint64> seq;
    std::optional<StateVersion> stateVersion;
    QDateTime receivedAt; // our clock
    // payload.ts: the gateway's clock when it sent the event (all a tick carries).
    std::optional<QDateTime> gatewayTime;
    std::optional<HeartbeatRecord> heartbeat; // kind Heartbeat, when the payload is a record
    std::optional<ShutdownNotice> shutdown;   // kind Shutdown, when the payload is an object

    static Event fromFrame(const EventFrame &frame, const QDateTime &receivedAt);
    // The same event with every string the gateway sent passed through the Redactor: heartbeat
    // previews and reasons are gateway text like any answer (see GatewayClient::call).
    Event redacted() const;

private:
    QJsonValue m_payload; // what the typed fields were read from, kept for redacted()
};

// Gateway timestamps are epoch milliseconds; a few older fields are ISO strings. Null/absent
// gives nothing.
std::optional<QDateTime> parseTimestamp(const QJsonValue &value);

} // namespace sb::gateway

Q_DECLARE_METATYPE(sb::gateway::Event)
Q_DECLARE_METATYPE(sb::gateway::HelloOk)

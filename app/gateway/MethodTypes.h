#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb::gateway {

// config.get: the parsed, redacted config and the hash that guards the next write. The JSON5
// `raw` text is deliberately not exposed: it is for editors, not for programs.
struct ConfigSnapshot
{
    QString path;
    bool exists = false;
    std::optional<bool> valid;
    QJsonObject config; // secrets read "__OPENCLAW_REDACTED__" and survive a patch untouched
    // What the file says (`parsed`, redacted), without the runtime defaults `config` has filled
    // in: whether a value is set or defaulted can only be read here. `config` when absent.
    QJsonObject parsed;
    QString hash; // send back as baseHash
    // The revision on disk and the one the running gateway accepted: they differ after a
    // write that waits for a restart ("saved, not yet applied"). Empty on v3.
    QString configRevisionHash;
    QString appliedConfigHash;
    QJsonArray issues;
    QJsonArray warnings;
    QJsonObject rawPayload; // the answer minus `raw`, for display

    static constexpr char redactedSentinel[] = "__OPENCLAW_REDACTED__";
};
std::optional<ConfigSnapshot> parseConfigSnapshot(const QJsonValue &payload, QString *why);

// config.patch / config.set
struct ConfigWriteResult
{
    bool noop = false;
    QString path;
    QString hash; // the new baseHash (empty for a no-op)
    QStringList changedPaths;
    QJsonObject config;
    QJsonValue restart; // what the gateway will restart, if anything (shape varies)
    // sentinel.payload.stats.requiresRestart: the change applies after a gateway restart.
    bool requiresRestart = false;
    QJsonObject raw;
};
std::optional<ConfigWriteResult> parseConfigWriteResult(const QJsonValue &payload, QString *why);

struct LogsTailRequest
{
    std::optional<qint64> cursor;
    std::optional<int> limit;    // 1..5000 (gateway default 500)
    std::optional<int> maxBytes; // 1..1000000 (gateway default 250000)
};

struct LogsTail
{
    QString file;
    qint64 cursor = 0; // pass back in the next call
    qint64 size = 0;
    QStringList lines; // JSON (tslog) lines; ingest parses them
    bool truncated = false;
    bool reset = false; // the file rotated or we fell too far behind
    qint64 skippedBytes = 0;
};
std::optional<LogsTail> parseLogsTail(const QJsonValue &payload, QString *why);

struct SendRequest
{
    QString to;
    QString message;
    QString channel;
    QString accountId;
    QString idempotencyKey; // empty: generated (a fresh UUID per call)
};

struct SendResult
{
    QString runId;
    QString messageId;
    QString channel;
    QJsonObject raw;
};
std::optional<SendResult> parseSendResult(const QJsonValue &payload, QString *why);

// channels.start (v4): whether the gateway handed the account to its channel manager, and
// when not, why ("retry" with a reason, or "skipped": disabled, not configured...).
struct ChannelStartResult
{
    bool started = false;
    QString outcome; // "handed-off", "retry", "skipped", or empty when the gateway gave none
    QString reason;  // plain text from the gateway
    QJsonObject raw;
};
std::optional<ChannelStartResult> parseChannelStartResult(const QJsonValue &payload, QString *why);

// channels.stop (v4): {channel, accountId, stopped}. The gateway answers once the account has
// stopped or its graceful stop timed out; `stopped` says which when it is given.
struct ChannelStopResult
{
    QString channel;
    QString accountId;
    std::optional<bool> stopped;
};
std::optional<ChannelStopResult> parseChannelStopResult(const QJsonValue &payload, QString *why);

// channels.logout: {channel, accountId, cleared, ...the plugin's result}; WhatsApp adds
// loggedOut. With no session to log out both are false (verified on 2026.9.6).
struct ChannelLogoutResult
{
    QString channel;
    QString accountId;
    bool cleared = false;
    std::optional<bool> loggedOut;
};
std::optional<ChannelLogoutResult> parseChannelLogoutResult(const QJsonValue &payload, QString *why);

struct PairingRequest
{
    QString requestId; // opaque, not the 8-character code the sender sees
    QString channel;
    QString channelLabel;
    QString accountId;
    QString accountLabel;
    QString senderId;
    QString senderLabel; // the sender's own words: plain text wherever it is shown
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> lastSeenAt;
    std::optional<QDateTime> expiresAt;
    bool notifySupported = false;
    QJsonObject raw;
};

struct PairingAccount
{
    QString channel;
    QString channelLabel;
    QString accountId;
    QString accountLabel;
    bool notifySupported = false;
};

struct PairingList
{
    QList<PairingAccount> accounts;
    QList<PairingRequest> requests;
    bool commandOwnerConfigured = false;
    QJsonObject raw;
};
std::optional<PairingList> parsePairingList(const QJsonValue &payload, QString *why);

// channels.pairing.approve: what became of the notification and of the command-owner bootstrap
// ("not-requested", "sent", "unsupported", "failed" / "configured", "already-configured",
// "unavailable"), as the gateway words them.
struct PairingApproval
{
    QString requestId;
    QString senderId;
    QString notification;
    QString commandOwnerBootstrap;
    QJsonObject raw;
};
std::optional<PairingApproval> parsePairingApproval(const QJsonValue &payload, QString *why);

// channels.pairing.dismiss: {requestId, senderId}.
struct PairingDismissal
{
    QString requestId;
    QString senderId;
};
std::optional<PairingDismissal> parsePairingDismissal(const QJsonValue &payload, QString *why);

// web.login.start / web.login.wait (WhatsApp QR). The gateway answers ok with a message
// both for success and for many failures; qrDataUrl / connected say which.
struct WebLoginState
{
    QString message;
    QString qrDataUrl;             // "data:image/png;base64,..." or empty
    std::optional<bool> connected; // wait only
    QString code;                  // e.g. "whatsapp-auth-unstable"
    QJsonObject raw;
};
std::optional<WebLoginState> parseWebLoginState(const QJsonValue &payload, QString *why);

} // namespace sb::gateway

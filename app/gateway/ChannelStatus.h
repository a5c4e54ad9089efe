#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sb::gateway {

struct DisconnectInfo
{
    std::optional<QDateTime> at;
    std::optional<int> status; // WhatsApp/Baileys close code: 401, 408, 428, 440, 499, 503, 515...
    QString error;
    bool loggedOut = false;
};

// One result of a channel probe, nested keys dotted ("bot.canReadAllGroupMessages") and the
// value as text ("false", "42", "[\"a\"]"): what the lane panel shows and the audit reads.
struct ProbeFact
{
    QString key;
    QString value;

    friend bool operator==(const ProbeFact &, const ProbeFact &) = default;
};

// One channel account as the gateway reports it (channels.status channelAccounts[*][*], or a
// health channel entry). Optional fields stay empty when the channel plugin does not report
// them: "unknown" must not read as "false".
struct AccountSnapshot
{
    QString channel;
    QString accountId;
    QString name;
    std::optional<bool> enabled;
    std::optional<bool> configured;
    std::optional<bool> linked;
    std::optional<bool> running;
    std::optional<bool> connected;
    std::optional<int> reconnectAttempts;
    std::optional<QDateTime> lastConnectedAt;
    std::optional<DisconnectInfo> lastDisconnect;
    QString lastError;
    QString healthState; // starting|healthy|stale|reconnecting|conflict|logged-out|stopped|not-running...
    QString lifecycle;   // starting|ready|recovering|blocked|stopped
    QString stateReason; // e.g. "not linked"
    QString endpoint;    // what the channel connects to, when reported (Signal: the daemon's baseUrl)
    std::optional<QDateTime> lastInboundAt;
    std::optional<QDateTime> lastOutboundAt;
    std::optional<QDateTime> lastStartAt;
    std::optional<QDateTime> lastStopAt;
    std::optional<QDateTime> lastProbeAt;
    std::optional<qint64> authAgeMs; // how old the linked credentials are, when the plugin says
    QList<ProbeFact> probe; // plugin-specific (Telegram bot.canReadAllGroupMessages, Signal version...)
    QJsonObject raw;        // everything, for switchboardctl --json only

    std::optional<QString> probeValue(const QString &key) const;
};

struct StatusIssue
{
    QString channel;
    QString accountId;
    QString kind; // intent | permissions | config | auth | runtime
    QString message;
    QString fix;
};

struct ChannelStatus
{
    QString id; // "whatsapp", "telegram", "signal"
    QString label;
    QString detailLabel;
    QString defaultAccountId;
    QJsonObject summary; // channels[id], plugin-specific
    QList<AccountSnapshot> accounts;
    // What could not be read about this channel's accounts (wrong types), in words. A channel
    // with problems is never taken for one without accounts.
    QStringList problems;
};

// channels.status, in the gateway's channelOrder.
struct ChannelsStatus
{
    QDateTime at;
    QList<ChannelStatus> channels;
    QList<StatusIssue> issues;
    bool partial = false;
    QStringList warnings;
    QJsonObject raw;

    const ChannelStatus *channel(const QString &id) const;
    bool hasProblems() const;
};

std::optional<ChannelsStatus> parseChannelsStatus(const QJsonValue &payload, QString *why);

// The health RPC answer and the health event payload.
struct HealthSnapshot
{
    std::optional<bool> ok;
    QDateTime at;
    std::optional<qint64> durationMs;
    QStringList channelOrder;
    QMap<QString, QString> channelLabels;
    // Per channel, per account (a channel without "accounts" yields one snapshot from its summary).
    QMap<QString, QList<AccountSnapshot>> channels;
    std::optional<qint64> heartbeatSeconds;
    QString defaultAgentId;
    QJsonObject raw;
};

std::optional<HealthSnapshot> parseHealthSnapshot(const QJsonValue &payload, QString *why);

AccountSnapshot parseAccountSnapshot(const QString &channel, const QJsonObject &object);

} // namespace sb::gateway

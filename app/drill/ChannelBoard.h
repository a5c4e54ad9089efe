#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sb::drill {

// What the drill's channel plugins report: one open JSON snapshot per (channel, account),
// shaped like the real plugins' account snapshots (@openclaw/whatsapp resolveAccountSnapshot,
// the Telegram and Signal snapshots), plus the helpers scenarios use to move them the way the
// real monitors do (a 401 logs out, a 440 is a conflict, anything else is a retry).
class ChannelBoard
{
public:
    struct Channel
    {
        QString id;
        QString label;
        QString detailLabel;
        QString systemImage;
        QString defaultAccountId = QStringLiteral("default");
        QMap<QString, QJsonObject> accounts;
    };

    ChannelBoard();

    QStringList order() const { return m_order; }
    bool hasChannel(const QString &channel) const { return m_channels.contains(channel); }
    bool hasAccount(const QString &channel, const QString &accountId) const;
    QString defaultAccount(const QString &channel) const;
    QJsonObject account(const QString &channel, const QString &accountId) const;

    // Shallow-merges `fields` into the account snapshot (a null value removes the key).
    void merge(const QString &channel, const QString &accountId, const QJsonObject &fields);

    // A transport close with a status code, as the WhatsApp connection controller records it
    // (lastDisconnect {at,status,error,loggedOut}, lastError, healthState, reconnectAttempts).
    // Returns the health state chosen.
    QString disconnect(const QString &channel, const QString &accountId, const QDateTime &at, int status,
                       const QString &error, std::optional<QString> healthState = std::nullopt);
    void connected(const QString &channel, const QString &accountId, const QDateTime &at);
    void stopped(const QString &channel, const QString &accountId, const QDateTime &at, bool disabled);
    void started(const QString &channel, const QString &accountId, const QDateTime &at);
    void noteOutbound(const QString &channel, const QString &accountId, const QDateTime &at);
    void noteInbound(const QString &channel, const QString &accountId, const QDateTime &at);

    // The channels.status payload (v4 ChannelsStatusResultSchema).
    QJsonObject statusPayload(const QDateTime &now, const QString &onlyChannel = {}) const;
    // The `channels` map of the health snapshot (summary per channel with `accounts`).
    QJsonObject healthChannels() const;
    QJsonObject channelLabels() const;
    QJsonArray statusIssues() const;

    static QString lifecycleFor(const QString &healthState);

private:
    QJsonObject summary(const Channel &channel) const;
    static QJsonObject accountForStatus(const QString &channel, const QJsonObject &account);

    QStringList m_order;
    QMap<QString, Channel> m_channels;
};

} // namespace sb::drill

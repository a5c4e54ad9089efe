#pragma once

#include "app/linking/PairingQueue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimeZone>

namespace sb {

class Clock;

// The pending DM access requests of every watched gateway, one row per request: which gateway,
// who asks (their own label, shown as plain characters), which channel and account, when they
// asked and how long until the request expires, both in the gateway's display zone (its
// profile's; named where it is not this machine's). Each gateway's queue replaces its own rows:
// the ones that changed, keeping the others (and a view's selection) in place. A gateway that
// is not connected keeps its rows, marked in words as last seen; the expiry counts down on tick().
class PairingRequestsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairingRequestsModel)

public:
    enum Column
    {
        GatewayColumn,
        SenderColumn,
        ChannelColumn,
        AccountColumn,
        RequestedColumn,
        ExpiresColumn,
        ColumnCount,
    };

    explicit PairingRequestsModel(const Clock &clock, QObject *parent = nullptr);

    // How a gateway is named and in which zone its times are shown (the system's until set).
    void setGateway(const QString &gatewayId, const QString &title, const QTimeZone &zone);
    // The gateway's whole queue: its rows that went away are removed, new ones appended.
    void setEntries(const QString &gatewayId, const QList<linking::PairingEntry> &entries);
    // Not connected: its rows stay, marked as last seen and not to be acted on until it is back.
    void setGatewayConnected(const QString &gatewayId, bool connected);
    // The gateway is no longer watched: its rows go.
    void removeGateway(const QString &gatewayId);
    // The expiry countdown moved: the Expires column changes.
    void tick();

    const linking::PairingEntry &entryAt(int row) const { return m_entries.at(row); }
    bool isConnected(const QString &gatewayId) const { return !m_offline.contains(gatewayId); }
    QString gatewayTitle(const QString &gatewayId) const;
    int rowOf(const QString &gatewayId, const QString &requestId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "expires in 59 min", "expires in 40 s", "expired".
    static QString expiryText(qint64 expiresAt, qint64 nowMs);
    // "19:20" in `zone`, with the zone's name ("19:20 JST") where it is not this machine's.
    static QString clockTime(qint64 at, const QTimeZone &zone);

private:
    struct Gateway
    {
        QString title;
        QTimeZone zone = QTimeZone::systemTimeZone();
    };

    QString cellText(const linking::PairingEntry &entry, int column) const;
    void gatewayRowsChanged(const QString &gatewayId);

    const Clock &m_clock;
    QList<linking::PairingEntry> m_entries;
    QHash<QString, Gateway> m_gateways;
    QSet<QString> m_offline;
};

} // namespace sb

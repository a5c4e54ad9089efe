#pragma once

#include "app/linking/PairingQueue.h"

#include <QAbstractTableModel>
#include <QList>

namespace sb {

class Clock;

// The pending DM access requests of the Pairing panel, one row per request: who asks (their
// own label, made safe for a label: shown as plain characters), which channel and account,
// when they asked and how long until the request expires. The expiry column counts down on
// tick(); a new list from the queue replaces the rows that changed, keeping the others (and
// a view's selection) in place.
class PairingRequestsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairingRequestsModel)

public:
    enum Column
    {
        SenderColumn,
        ChannelColumn,
        AccountColumn,
        RequestedColumn,
        ExpiresColumn,
        ColumnCount,
    };

    explicit PairingRequestsModel(const Clock &clock, QObject *parent = nullptr);

    void setEntries(const QList<linking::PairingEntry> &entries);
    // The expiry countdown moved: the Expires column changes.
    void tick();
    const linking::PairingEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowOf(const QString &requestId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "expires in 59 min", "expires in 40 s", "expired".
    static QString expiryText(qint64 expiresAt, qint64 nowMs);

private:
    const Clock &m_clock;
    QList<linking::PairingEntry> m_entries;
};

} // namespace sb

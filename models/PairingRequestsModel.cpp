#include "models/PairingRequestsModel.h"

#include "app/platform/Clock.h"
#include "app/platform/SafeText.h"

#include <algorithm>

#include <QDateTime>

namespace sb {

PairingRequestsModel::PairingRequestsModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

QString PairingRequestsModel::expiryText(qint64 expiresAt, qint64 nowMs)
{
    if (expiresAt <= 0)
        return {};
    const qint64 left = expiresAt - nowMs;
    if (left <= 0)
        return tr("expired");
    if (left < 60000)
        return tr("expires in %1 s").arg((left + 999) / 1000);
    return tr("expires in %1 min").arg((left + 59999) / 60000);
}

void PairingRequestsModel::setEntries(const QList<linking::PairingEntry> &entries)
{
    // Rows that went away, from the bottom up; then rows that are new, appended; the rest stay.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const QString id = m_entries.at(row).requestId;
        const bool kept =
            std::any_of(entries.begin(), entries.end(),
                        [&id](const linking::PairingEntry &entry) { return entry.requestId == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    for (const linking::PairingEntry &entry : entries) {
        const int row = rowOf(entry.requestId);
        if (row >= 0) {
            m_entries[row] = entry;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            continue;
        }
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
        m_entries.append(entry);
        endInsertRows();
    }
}

void PairingRequestsModel::tick()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, ExpiresColumn), index(int(m_entries.size()) - 1, ExpiresColumn),
                           {Qt::DisplayRole});
}

int PairingRequestsModel::rowOf(const QString &requestId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).requestId == requestId)
            return row;
    }
    return -1;
}

int PairingRequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PairingRequestsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairingRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const linking::PairingEntry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == SenderColumn)
        return SafeText::forLabel(entry.senderId);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SenderColumn:
        return SafeText::forLabel(entry.senderLabel);
    case ChannelColumn:
        return SafeText::forLabel(entry.channelLabel);
    case AccountColumn:
        return SafeText::forLabel(entry.accountLabel);
    case RequestedColumn:
        return entry.createdAt > 0 ? QDateTime::fromMSecsSinceEpoch(entry.createdAt)
                                         .toLocalTime()
                                         .toString(QStringLiteral("HH:mm"))
                                   : QString();
    case ExpiresColumn:
        return expiryText(entry.expiresAt, m_clock.nowMs());
    default:
        return {};
    }
}

QVariant PairingRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SenderColumn:
        return tr("Sender");
    case ChannelColumn:
        return tr("Channel");
    case AccountColumn:
        return tr("Account");
    case RequestedColumn:
        return tr("Requested");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return {};
    }
}

} // namespace sb

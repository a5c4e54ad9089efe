#include "models/PairingRequestsModel.h"

#include "app/platform/Clock.h"
#include "app/platform/SafeText.h"

#include <algorithm>

#include <QDateTime>
#include <QLocale>

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

QString PairingRequestsModel::clockTime(qint64 at, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, zone);
    const QString time = local.toString(QStringLiteral("HH:mm"));
    // The operator reads the machine's zone without a name; another one is named, as the
    // incident reports name theirs.
    if (zone.id() == QTimeZone::systemTimeZoneId())
        return time;
    return time + u' ' + zone.abbreviation(local);
}

void PairingRequestsModel::setGateway(const QString &gatewayId, const QString &title, const QTimeZone &zone)
{
    m_gateways.insert(gatewayId, Gateway{title, zone.isValid() ? zone : QTimeZone::systemTimeZone()});
    gatewayRowsChanged(gatewayId);
}

QString PairingRequestsModel::gatewayTitle(const QString &gatewayId) const
{
    const QString title = m_gateways.value(gatewayId).title;
    return title.isEmpty() ? gatewayId : title;
}

void PairingRequestsModel::setEntries(const QString &gatewayId, const QList<linking::PairingEntry> &entries)
{
    // The gateway's rows that went away, from the bottom up; then its new rows, appended; the
    // rest stay where they are.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const linking::PairingEntry &shown = m_entries.at(row);
        if (shown.lane.gatewayId != gatewayId)
            continue;
        const bool kept =
            std::any_of(entries.begin(), entries.end(),
                        [&shown](const linking::PairingEntry &e) { return e.requestId == shown.requestId; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    for (linking::PairingEntry entry : entries) {
        entry.lane.gatewayId = gatewayId; // a row belongs to the queue that listed it
        const int row = rowOf(gatewayId, entry.requestId);
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

void PairingRequestsModel::setGatewayConnected(const QString &gatewayId, bool connected)
{
    if (connected == isConnected(gatewayId))
        return;
    if (connected)
        m_offline.remove(gatewayId);
    else
        m_offline.insert(gatewayId);
    gatewayRowsChanged(gatewayId);
}

void PairingRequestsModel::removeGateway(const QString &gatewayId)
{
    setEntries(gatewayId, {});
    m_gateways.remove(gatewayId);
    m_offline.remove(gatewayId);
}

void PairingRequestsModel::gatewayRowsChanged(const QString &gatewayId)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).lane.gatewayId == gatewayId)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void PairingRequestsModel::tick()
{
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, ExpiresColumn), index(int(m_entries.size()) - 1, ExpiresColumn),
                           {Qt::DisplayRole});
}

int PairingRequestsModel::rowOf(const QString &gatewayId, const QString &requestId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const linking::PairingEntry &entry = m_entries.at(row);
        if (entry.lane.gatewayId == gatewayId && entry.requestId == requestId)
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

QString PairingRequestsModel::cellText(const linking::PairingEntry &entry, int column) const
{
    const QTimeZone zone = m_gateways.value(entry.lane.gatewayId).zone;
    switch (column) {
    case GatewayColumn: {
        const QString title = SafeText::forLabel(gatewayTitle(entry.lane.gatewayId));
        return isConnected(entry.lane.gatewayId) ? title : tr("%1 (not connected)").arg(title);
    }
    case SenderColumn:
        return SafeText::forLabel(entry.senderLabel);
    case ChannelColumn:
        return SafeText::forLabel(entry.channelLabel);
    case AccountColumn:
        return SafeText::forLabel(entry.accountLabel);
    case RequestedColumn:
        return entry.createdAt > 0 ? clockTime(entry.createdAt, zone) : QString();
    case ExpiresColumn:
        if (entry.expiresAt <= 0)
            return {};
        return tr("%1 (%2)").arg(expiryText(entry.expiresAt, m_clock.nowMs()),
                                 clockTime(entry.expiresAt, zone));
    default:
        return {};
    }
}

QVariant PairingRequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const linking::PairingEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole)
        return cellText(entry, index.column());
    if (role != Qt::ToolTipRole)
        return {};
    if (!isConnected(entry.lane.gatewayId))
        return tr("%1 is not connected: this request is as it was last seen. It can be approved or "
                  "dismissed once the gateway is back.")
            .arg(SafeText::forLabel(gatewayTitle(entry.lane.gatewayId)));
    switch (index.column()) {
    case GatewayColumn:
        return SafeText::forLabel(entry.lane.gatewayId);
    case SenderColumn:
        return SafeText::forLabel(entry.senderId);
    case RequestedColumn:
    case ExpiresColumn: {
        const qint64 at = index.column() == RequestedColumn ? entry.createdAt : entry.expiresAt;
        if (at <= 0)
            return {};
        const QTimeZone zone = m_gateways.value(entry.lane.gatewayId).zone;
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, zone);
        return QStringLiteral("%1 %2").arg(QLocale().toString(local, QStringLiteral("MMM d, HH:mm")),
                                           zone.abbreviation(local));
    }
    default:
        return {};
    }
}

QVariant PairingRequestsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GatewayColumn:
        return tr("Gateway");
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

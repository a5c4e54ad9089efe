#include "models/LaneStatusModel.h"

#include "app/platform/SafeText.h"

#include <algorithm>

#include <QDateTime>
#include <QLocale>

namespace sb {

LaneStatusModel::LaneStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LaneStatusModel::setLane(const health::LaneStatus &status)
{
    const int row = rowOf(status.lane);
    if (row < 0) {
        const int at = int(m_lanes.size());
        beginInsertRows({}, at, at);
        m_lanes.append(status);
        m_rowOf.insert(status.lane, at);
        endInsertRows();
        return;
    }
    const health::LaneStatus old = std::exchange(m_lanes[row], status);
    if (old.state != status.state) {
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    int first = ColumnCount;
    int last = -1;
    for (int column = 0; column < ColumnCount; ++column) {
        if (cellText(old, column) != cellText(status, column)) {
            first = std::min(first, column);
            last = column;
        }
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
}

void LaneStatusModel::removeGateway(const QString &gatewayId)
{
    // Back to front, one contiguous run at a time, so each removal is a single signal pair.
    int row = int(m_lanes.size()) - 1;
    while (row >= 0) {
        if (m_lanes[row].lane.gatewayId != gatewayId) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && m_lanes[first - 1].lane.gatewayId == gatewayId)
            --first;
        beginRemoveRows({}, first, row);
        m_lanes.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    reindexFrom(0);
}

void LaneStatusModel::reindexFrom(int row)
{
    for (auto it = m_rowOf.begin(); it != m_rowOf.end();) {
        if (*it >= row)
            it = m_rowOf.erase(it);
        else
            ++it;
    }
    for (int i = row; i < m_lanes.size(); ++i)
        m_rowOf.insert(m_lanes[i].lane, i);
}

int LaneStatusModel::rowOf(const LaneKey &lane) const
{
    return m_rowOf.value(lane, -1);
}

LaneKey LaneStatusModel::laneAt(int row) const
{
    return row >= 0 && row < m_lanes.size() ? m_lanes[row].lane : LaneKey{};
}

int LaneStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lanes.size());
}

int LaneStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void LaneStatusModel::setTimeZone(const QString &gatewayId, const QTimeZone &zone)
{
    m_zones.insert(gatewayId, zone);
    for (int row = 0; row < m_lanes.size(); ++row) {
        if (m_lanes[row].lane.gatewayId == gatewayId)
            Q_EMIT dataChanged(index(row, SinceColumn), index(row, SinceColumn));
    }
}

QString LaneStatusModel::cellText(const health::LaneStatus &status, int column) const
{
    switch (column) {
    case GatewayColumn:
        return SafeText::forLabel(status.lane.gatewayId);
    case ChannelColumn:
        return SafeText::forLabel(status.lane.channel);
    case AccountColumn:
        return SafeText::forLabel(status.lane.accountId);
    case StateColumn:
        return stateDisplayName(status.state);
    case SinceColumn:
        if (status.since <= 0)
            return {};
        return (status.sinceAtLeast ? tr("at least since %1") : QStringLiteral("%1"))
            .arg(QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(
                    status.since, m_zones.value(status.lane.gatewayId, QTimeZone::systemTimeZone())),
                QLocale::ShortFormat));
    case ReasonColumn:
        return SafeText::forLabel(status.reason.text());
    case ActionColumn:
        return status.action == OperatorAction::None ? QString() : status.actionText();
    default:
        return {};
    }
}

QVariant LaneStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const health::LaneStatus &status = m_lanes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(status, index.column());
    case GatewayIdRole:
        return status.lane.gatewayId;
    case LaneStateRole:
        return int(status.state);
    case SinceMsRole:
        return status.since;
    default:
        return {};
    }
}

QVariant LaneStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GatewayColumn:
        return tr("Gateway");
    case ChannelColumn:
        return tr("Channel");
    case AccountColumn:
        return tr("Account");
    case StateColumn:
        return tr("State");
    case SinceColumn:
        return tr("Since");
    case ReasonColumn:
        return tr("Reason");
    case ActionColumn:
        return tr("Next step");
    default:
        return {};
    }
}

} // namespace sb

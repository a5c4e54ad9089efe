#include "models/FleetModel.h"

#include "app/platform/SafeText.h"

#include <algorithm>

namespace sb {

FleetModel::FleetModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FleetModel::setGateway(const fleet::GatewaySummary &summary)
{
    const int row = rowOf(summary.gatewayId);
    if (row < 0) {
        beginInsertRows({}, int(m_gateways.size()), int(m_gateways.size()));
        m_gateways.append(summary);
        endInsertRows();
        return;
    }
    const fleet::GatewaySummary old = std::exchange(m_gateways[row], summary);
    if (old == summary)
        return;
    // Only the span of cells whose text changed: a poll that changed nothing repaints nothing.
    int first = ColumnCount;
    int last = -1;
    for (int column = 0; column < ColumnCount; ++column) {
        if (cellText(old, column) != cellText(summary, column)) {
            first = std::min(first, column);
            last = column;
        }
    }
    // The roles every cell carries changed: the whole row.
    if (old.severity() != summary.severity() || old.link != summary.link) {
        first = 0;
        last = ColumnCount - 1;
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
}

void FleetModel::removeGateway(const QString &gatewayId)
{
    const int row = rowOf(gatewayId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_gateways.removeAt(row);
    endRemoveRows();
}

int FleetModel::rowOf(const QString &gatewayId) const
{
    for (int row = 0; row < m_gateways.size(); ++row) {
        if (m_gateways[row].gatewayId == gatewayId)
            return row;
    }
    return -1;
}

QString FleetModel::gatewayIdAt(int row) const
{
    return row >= 0 && row < m_gateways.size() ? m_gateways[row].gatewayId : QString();
}

fleet::GatewaySummary FleetModel::summaryAt(int row) const
{
    return row >= 0 && row < m_gateways.size() ? m_gateways[row] : fleet::GatewaySummary{};
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_gateways.size());
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetModel::cellText(const fleet::GatewaySummary &summary, int column)
{
    switch (column) {
    case GatewayColumn:
        return SafeText::forLabel(summary.title);
    case LinkColumn:
        return fleet::linkStateText(summary.link);
    case VersionColumn:
        return SafeText::forLabel(summary.serverVersion);
    case ProtocolColumn:
        return summary.protocol > 0 ? QString::number(summary.protocol) : QString();
    case WorstLaneColumn:
        return summary.worstLane ? tr("%1 · %2: %3")
                                       .arg(SafeText::forLabel(summary.worstLane->channel),
                                            SafeText::forLabel(summary.worstLane->accountId),
                                            stateDisplayName(summary.worstState))
                                 : QString();
    case LanesColumn:
        return summary.countsText();
    case LastErrorColumn:
        return SafeText::forLabel(summary.lastError);
    default:
        return {};
    }
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const fleet::GatewaySummary &summary = m_gateways[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(summary, index.column());
    case Qt::ToolTipRole:
        if (index.column() == GatewayColumn)
            return SafeText::forLabel(summary.gatewayId);
        if (index.column() == LastErrorColumn)
            return SafeText::forLabel(summary.lastError);
        return {};
    case GatewayIdRole:
        return summary.gatewayId;
    case SeverityRole:
        return int(summary.severity());
    case LinkStateRole:
        return int(summary.link);
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GatewayColumn:
        return tr("Gateway");
    case LinkColumn:
        return tr("Link");
    case VersionColumn:
        return tr("Version");
    case ProtocolColumn:
        return tr("Protocol");
    case WorstLaneColumn:
        return tr("Worst lane");
    case LanesColumn:
        return tr("Lanes");
    case LastErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace sb

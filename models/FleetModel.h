#pragma once

#include "app/fleet/GatewaySummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace sb {

// The watched gateways, one row each, in the order they were first watched: the link in words,
// the server's version and protocol, the worst lane, how many lanes are in which state and the
// last error. Updates touch only the row (and the cells) that changed, so the overview keeps
// its selection while fifty gateways report.
class FleetModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetModel)

public:
    enum Column
    {
        GatewayColumn,
        LinkColumn,
        VersionColumn,
        ProtocolColumn,
        WorstLaneColumn,
        LanesColumn,
        LastErrorColumn,
        ColumnCount,
    };
    enum Role
    {
        GatewayIdRole = Qt::UserRole + 1,
        SeverityRole,  // the gateway's sb::Severity (worst lane or unseen link) as int
        LinkStateRole, // fleet::LinkState as int
    };
    Q_ENUM(Role)

    explicit FleetModel(QObject *parent = nullptr);

    // Inserts the gateway at the end, or updates its row.
    void setGateway(const fleet::GatewaySummary &summary);
    void removeGateway(const QString &gatewayId);

    int rowOf(const QString &gatewayId) const;
    QString gatewayIdAt(int row) const;
    fleet::GatewaySummary summaryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString cellText(const fleet::GatewaySummary &summary, int column);

    QList<fleet::GatewaySummary> m_gateways;
};

} // namespace sb

#pragma once

#include "app/health/HealthTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace sb {

// Every lane of the fleet as its health engine sees it now, one row per lane in the order the
// lanes were first seen: gateway, channel, account, state, since, reason, next step. A lane's
// update changes its row in place; a gateway that leaves the fleet takes its rows with it.
// Views filter it per gateway (QSortFilterProxyModel on GatewayIdRole).
class LaneStatusModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneStatusModel)

public:
    enum Column
    {
        GatewayColumn,
        ChannelColumn,
        AccountColumn,
        StateColumn,
        SinceColumn,
        ReasonColumn,
        ActionColumn,
        ColumnCount,
    };
    enum Role
    {
        GatewayIdRole = Qt::UserRole + 1,
        LaneStateRole, // sb::LaneState as int
        SinceMsRole,
    };
    Q_ENUM(Role)

    explicit LaneStatusModel(QObject *parent = nullptr);

    // Inserts the lane at the end, or updates its row when what it shows changed.
    void setLane(const health::LaneStatus &status);
    void removeGateway(const QString &gatewayId);
    // "Since" is shown in the gateway's display zone (its profile's; the drill's story is JST);
    // without one, in the system's.
    void setTimeZone(const QString &gatewayId, const QTimeZone &zone);

    int rowOf(const LaneKey &lane) const;
    LaneKey laneAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const health::LaneStatus &status, int column) const;
    void reindexFrom(int row);

    QList<health::LaneStatus> m_lanes;
    QHash<LaneKey, int> m_rowOf;
    QHash<QString, QTimeZone> m_zones;
};

} // namespace sb

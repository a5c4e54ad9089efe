#pragma once

#include "app/policy/PolicyTypes.h"

#include <QAbstractTableModel>

namespace sb::policy {

// Every account's effective policy, one row per (account, field): dmPolicy, allowFrom,
// groupPolicy, groupAllowFrom, groups. Each row says where its value comes from; a value an
// account overrides is marked (OverrideRole, bold) so a silent override such as openclaw#73756
// (an account opening DMs under a root allowlist) stands out. Read-only channels say so.
class EffectivePolicyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EffectivePolicyModel)

public:
    enum Column
    {
        LaneColumn,
        FieldColumn,
        ValueColumn,
        SourceColumn,
        PathColumn,
        ColumnCount,
    };
    enum Role
    {
        ProvenanceRole = Qt::UserRole + 1, // int(Provenance)
        OverrideRole,                      // bool: the account overrides its channel
        ChannelRole,
        AccountRole,
        FieldRole,    // "dmPolicy", "allowFrom"...
        ListRole,     // QStringList: the value of a list field
        ReadOnlyRole, // bool
    };

    explicit EffectivePolicyModel(QObject *parent = nullptr);

    void setPolicy(const PolicyConfig &config);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString channel;
        QString accountId;
        QString field;
        QString value;
        QStringList list;
        bool isList = false;
        Provenance from = Provenance::Default;
        QString path;
        bool readOnly = false;
    };
    QList<Row> m_rows;
};

} // namespace sb::policy

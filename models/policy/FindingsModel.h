#pragma once

#include "app/policy/PolicyAudit.h"

#include <QAbstractTableModel>

namespace sb::policy {

// The audit's findings, worst first: severity, check id, lane, where each came from
// (Switchboard's rules, OpenClaw's audit, or both) and its title. The whole finding is one
// role away for the detail pane and the fix.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Column
    {
        SeverityColumn,
        CheckColumn,
        LaneColumn,
        SourceColumn,
        TitleColumn,
        ColumnCount,
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1, // int(Severity)
        CheckIdRole,
        FixableRole,
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const Finding *finding(int row) const;
    int rowOf(const QString &checkId) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

} // namespace sb::policy

#pragma once

#include "app/failover/FailoverFlow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QStringList>

namespace sb::failover {

// The plan's preview: one row per changed path, before → after (the flow's plan lines).
class PlanChangesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanChangesModel)

public:
    enum Column
    {
        PathColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount,
    };

    explicit PlanChangesModel(QObject *parent = nullptr);

    void setLines(const QList<policy::ChangeLine> &lines);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<policy::ChangeLine> m_lines;
};

// The pre-flight list: each check's id, passed / failed in words, and for a failed check a
// check box that overrides it. The boxes are the operator's explicit choice: only failed
// checks have one, only while the flow waits for "Fail over" (setOverridable).
class PreflightChecksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightChecksModel)

public:
    enum Column
    {
        CheckColumn, // the id, with the override box
        ResultColumn,
        WordsColumn,
        ColumnCount,
    };

    explicit PreflightChecksModel(QObject *parent = nullptr);

    void setChecks(const QList<PreflightCheck> &checks);
    void setOverridable(bool overridable);
    // The failed checks the operator ticked, for FailoverFlow::apply().
    QStringList overrides() const;
    // True when nothing fails that is not ticked.
    bool clear() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void overridesChanged();

private:
    QList<PreflightCheck> m_checks;
    QSet<QString> m_ticked;
    bool m_overridable = false;
};

// Progress per operator: who, where, and how their test message went (waiting, sending,
// confirmed, failed, not tried) in words.
class OperatorProgressModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorProgressModel)

public:
    enum Column
    {
        NameColumn,
        IdentityColumn,
        OutcomeColumn,
        WordsColumn,
        ColumnCount,
    };

    explicit OperatorProgressModel(QObject *parent = nullptr);

    // `verifying`: the first operator still pending is being sent to right now.
    void setReports(const QList<OperatorReport> &reports, bool verifying);

    static QString outcomeText(OperatorReport::Outcome outcome, bool sending);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    int sendingRow() const;

    QList<OperatorReport> m_reports;
    bool m_verifying = false;
};

} // namespace sb::failover

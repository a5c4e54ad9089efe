#include "models/failover/FailoverModels.h"

#include <QBrush>
#include <QColor>

namespace sb::failover {

namespace {

const QColor kPassed(0x1b, 0x7f, 0x3a);
const QColor kFailed(0xb0, 0x1e, 0x1e);
const QColor kOverridden(0xa3, 0x5f, 0x00);

} // namespace

// --- PlanChangesModel -------------------------------------------------------------------------

PlanChangesModel::PlanChangesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PlanChangesModel::setLines(const QList<policy::ChangeLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int PlanChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PlanChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const policy::ChangeLine &line = m_lines.at(index.row());
    if (role == Qt::ToolTipRole)
        return line.inWords();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case PathColumn:
        return line.path;
    case BeforeColumn:
        return line.before.isEmpty() ? tr("(not set)") : line.before;
    case AfterColumn:
        return line.after.isEmpty() ? tr("(removed)") : line.after;
    default:
        return {};
    }
}

QVariant PlanChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("Setting");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

// --- PreflightChecksModel ---------------------------------------------------------------------

PreflightChecksModel::PreflightChecksModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PreflightChecksModel::setChecks(const QList<PreflightCheck> &checks)
{
    beginResetModel();
    m_checks = checks;
    // A tick survives a refresh only while its check still fails.
    QSet<QString> failing;
    for (const PreflightCheck &check : checks) {
        if (!check.passed)
            failing.insert(check.id);
    }
    m_ticked.intersect(failing);
    endResetModel();
}

void PreflightChecksModel::setOverridable(bool overridable)
{
    if (overridable == m_overridable)
        return;
    beginResetModel(); // every row's flags change
    m_overridable = overridable;
    endResetModel();
}

QStringList PreflightChecksModel::overrides() const
{
    QStringList out;
    for (const PreflightCheck &check : m_checks) {
        if (m_ticked.contains(check.id))
            out.append(check.id);
    }
    return out;
}

bool PreflightChecksModel::clear() const
{
    for (const PreflightCheck &check : m_checks) {
        if (!check.passed && !check.overridden && !m_ticked.contains(check.id))
            return false;
    }
    return true;
}

int PreflightChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int PreflightChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreflightChecksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PreflightCheck &check = m_checks.at(index.row());
    const bool overridden = check.overridden || m_ticked.contains(check.id);
    if (role == Qt::CheckStateRole && index.column() == CheckColumn && !check.passed)
        return overridden ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole)
        return check.words;
    if (role == Qt::ForegroundRole && index.column() == ResultColumn)
        return QBrush(check.passed ? kPassed : overridden ? kOverridden : kFailed);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CheckColumn:
        return check.id;
    case ResultColumn:
        return check.passed ? tr("Passed") : overridden ? tr("Failed — overridden") : tr("Failed");
    case WordsColumn:
        return check.words;
    default:
        return {};
    }
}

bool PreflightChecksModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() != CheckColumn || !m_overridable)
        return false;
    const PreflightCheck &check = m_checks.at(index.row());
    if (check.passed)
        return false;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_ticked.insert(check.id);
    else
        m_ticked.remove(check.id);
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT overridesChanged();
    return true;
}

Qt::ItemFlags PreflightChecksModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == CheckColumn && m_overridable && !m_checks.at(index.row()).passed)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant PreflightChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CheckColumn:
        return tr("Check");
    case ResultColumn:
        return tr("Result");
    case WordsColumn:
        return tr("Why");
    default:
        return {};
    }
}

// --- OperatorProgressModel --------------------------------------------------------------------

OperatorProgressModel::OperatorProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OperatorProgressModel::setReports(const QList<OperatorReport> &reports, bool verifying)
{
    if (reports.size() != m_reports.size()) {
        beginResetModel();
        m_reports = reports;
        m_verifying = verifying;
        endResetModel();
        return;
    }
    m_reports = reports;
    m_verifying = verifying;
    if (!m_reports.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_reports.size()) - 1, ColumnCount - 1));
}

QString OperatorProgressModel::outcomeText(OperatorReport::Outcome outcome, bool sending)
{
    switch (outcome) {
    case OperatorReport::Outcome::Pending:
        return sending ? tr("Sending…") : tr("Waiting");
    case OperatorReport::Outcome::Confirmed:
        return tr("Confirmed");
    case OperatorReport::Outcome::SendFailed:
        return tr("Failed: not delivered");
    case OperatorReport::Outcome::NotConfirmed:
        return tr("Failed: not confirmed");
    case OperatorReport::Outcome::NotTried:
        return tr("Not tried");
    }
    return {};
}

int OperatorProgressModel::sendingRow() const
{
    if (!m_verifying)
        return -1;
    for (int row = 0; row < m_reports.size(); ++row) {
        if (m_reports.at(row).outcome == OperatorReport::Outcome::Pending)
            return row;
    }
    return -1;
}

int OperatorProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int OperatorProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OperatorReport &report = m_reports.at(index.row());
    if (role == Qt::ToolTipRole)
        return report.words;
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn) {
        if (report.outcome == OperatorReport::Outcome::Confirmed)
            return QBrush(kPassed);
        if (report.outcome == OperatorReport::Outcome::SendFailed ||
            report.outcome == OperatorReport::Outcome::NotConfirmed)
            return QBrush(kFailed);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return report.name;
    case IdentityColumn:
        return report.identity;
    case OutcomeColumn:
        return outcomeText(report.outcome, index.row() == sendingRow());
    case WordsColumn:
        return report.words;
    default:
        return {};
    }
}

QVariant OperatorProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Operator");
    case IdentityColumn:
        return tr("Address");
    case OutcomeColumn:
        return tr("Test message");
    case WordsColumn:
        return tr("What happened");
    default:
        return {};
    }
}

} // namespace sb::failover

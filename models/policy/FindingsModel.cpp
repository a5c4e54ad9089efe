#include "models/policy/FindingsModel.h"

#include "app/platform/SafeText.h"

#include <QBrush>
#include <QColor>

namespace sb::policy {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

const Finding *FindingsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int FindingsModel::rowOf(const QString &checkId) const
{
    for (qsizetype row = 0; row < m_findings.size(); ++row) {
        if (m_findings.at(row).checkId == checkId)
            return int(row);
    }
    return -1;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Finding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return finding.severity == Severity::Critical ? tr("CRITICAL")
                   : finding.severity == Severity::Warn   ? tr("warning")
                                                          : tr("info");
        case CheckColumn:
            return SafeText::forLabel(finding.checkId);
        case LaneColumn:
            return finding.channel.isEmpty() ? QString()
                                             : SafeText::forLabel(finding.channel + u'/' + finding.accountId);
        case SourceColumn:
            return finding.source == FindingSource::Both       ? tr("Switchboard + OpenClaw")
                   : finding.source == FindingSource::OpenClaw ? tr("OpenClaw")
                                                               : tr("Switchboard");
        case TitleColumn:
            return SafeText::forLabel(finding.title);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn && finding.severity == Severity::Critical)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::ToolTipRole:
        return SafeText::forLabel(finding.detail, 0);
    case SeverityRole:
        return int(finding.severity);
    case CheckIdRole:
        return finding.checkId;
    case FixableRole:
        return finding.fix.has_value();
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CheckColumn:
        return tr("Check");
    case LaneColumn:
        return tr("Account");
    case SourceColumn:
        return tr("Reported by");
    case TitleColumn:
        return tr("Finding");
    default:
        return {};
    }
}

} // namespace sb::policy

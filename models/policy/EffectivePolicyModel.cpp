#include "models/policy/EffectivePolicyModel.h"

#include "app/platform/SafeText.h"

#include <QFont>

namespace sb::policy {

namespace {

QString listText(const QStringList &list)
{
    return list.isEmpty() ? EffectivePolicyModel::tr("(none)") : list.join(QStringLiteral(", "));
}

QString groupsText(const QList<GroupRule> &groups)
{
    if (groups.isEmpty())
        return EffectivePolicyModel::tr("(no groups map: every group, subject to groupPolicy)");
    QStringList out;
    for (const GroupRule &group : groups) {
        QString entry = group.groupId;
        if (group.requireMention == false)
            entry += EffectivePolicyModel::tr(" (reads every message)");
        if (group.allowFrom)
            entry += EffectivePolicyModel::tr(" (allowFrom %1)").arg(listText(*group.allowFrom));
        out << entry;
    }
    return out.join(QStringLiteral(", "));
}

QString sourceText(Provenance from)
{
    switch (from) {
    case Provenance::Account:
        return EffectivePolicyModel::tr("account override");
    case Provenance::ChannelRoot:
        return EffectivePolicyModel::tr("channel");
    case Provenance::Config:
        return EffectivePolicyModel::tr("config");
    case Provenance::Default:
        break;
    }
    return EffectivePolicyModel::tr("OpenClaw default");
}

} // namespace

EffectivePolicyModel::EffectivePolicyModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EffectivePolicyModel::setPolicy(const PolicyConfig &config)
{
    beginResetModel();
    m_rows.clear();
    for (const EffectivePolicy &policy : effectivePolicies(config)) {
        auto add = [&](const char *field, const QString &value, const QStringList &list, bool isList,
                       Provenance from, const QString &path) {
            m_rows.append(Row{policy.channel, policy.accountId, QLatin1String(field), value, list, isList,
                              from, path, policy.readOnly});
        };
        add("dmPolicy", policy.dmPolicy.value, {}, false, policy.dmPolicy.from, policy.dmPolicy.path);
        add("allowFrom", listText(policy.allowFrom.value), policy.allowFrom.value, true,
            policy.allowFrom.from, policy.allowFrom.path);
        add("groupPolicy", policy.groupPolicy.value, {}, false, policy.groupPolicy.from,
            policy.groupPolicy.path);
        add("groupAllowFrom",
            policy.groupAllowFromFallsBack ? tr("allowFrom's: %1").arg(listText(policy.groupAllowFrom.value))
                                           : listText(policy.groupAllowFrom.value),
            policy.groupAllowFromFallsBack ? QStringList() : policy.groupAllowFrom.value, true,
            policy.groupAllowFrom.from, policy.groupAllowFrom.path);
        add("groups", groupsText(policy.groups.value), {}, false, policy.groups.from, policy.groups.path);
    }
    endResetModel();
}

int EffectivePolicyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EffectivePolicyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EffectivePolicyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool override = row.from == Provenance::Account;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LaneColumn:
            return SafeText::forLabel(row.channel + u'/' + row.accountId);
        case FieldColumn:
            return row.field;
        case ValueColumn:
            return SafeText::forLabel(row.value);
        case SourceColumn:
            return row.readOnly ? tr("%1 (read-only)").arg(sourceText(row.from)) : sourceText(row.from);
        case PathColumn:
            return SafeText::forLabel(row.path);
        default:
            return {};
        }
    case Qt::FontRole:
        if (override) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (override)
            return tr("This account overrides its channel's %1.").arg(row.field);
        return {};
    case ProvenanceRole:
        return int(row.from);
    case OverrideRole:
        return override;
    case ChannelRole:
        return row.channel;
    case AccountRole:
        return row.accountId;
    case FieldRole:
        return row.field;
    case ListRole:
        return row.isList ? QVariant(row.list) : QVariant();
    case ReadOnlyRole:
        return row.readOnly;
    default:
        return {};
    }
}

QVariant EffectivePolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LaneColumn:
        return tr("Account");
    case FieldColumn:
        return tr("Setting");
    case ValueColumn:
        return tr("Effective value");
    case SourceColumn:
        return tr("From");
    case PathColumn:
        return tr("Config path");
    default:
        return {};
    }
}

} // namespace sb::policy

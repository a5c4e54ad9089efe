#include "models/failover/OperatorsModel.h"

#include "app/failover/Recommendation.h"
#include "app/policy/IdentityRules.h"

namespace sb::failover {

OperatorsModel::OperatorsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString OperatorsModel::channelOf(int column)
{
    switch (column) {
    case WhatsAppColumn:
        return QStringLiteral("whatsapp");
    case SignalColumn:
        return QStringLiteral("signal");
    case TelegramColumn:
        return QStringLiteral("telegram");
    default:
        return {};
    }
}

void OperatorsModel::setOperators(const QList<Operator> &operators)
{
    beginResetModel();
    m_operators = operators;
    endResetModel();
}

bool OperatorsModel::nameTaken(const QString &name, int exceptRow) const
{
    for (int row = 0; row < m_operators.size(); ++row) {
        if (row != exceptRow && m_operators.at(row).name == name)
            return true;
    }
    return false;
}

int OperatorsModel::addOperator()
{
    int n = int(m_operators.size()) + 1;
    while (nameTaken(tr("Operator %1").arg(n), -1))
        ++n;
    const int row = int(m_operators.size());
    beginInsertRows({}, row, row);
    m_operators.append(Operator{tr("Operator %1").arg(n), {}});
    endInsertRows();
    return row;
}

void OperatorsModel::removeOperator(int row)
{
    if (row < 0 || row >= m_operators.size())
        return;
    beginRemoveRows({}, row, row);
    m_operators.removeAt(row);
    endRemoveRows();
}

int OperatorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_operators.size());
}

int OperatorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Operator &person = m_operators.at(index.row());
    const QString channel = channelOf(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return channel.isEmpty() ? person.name : person.identityOn(channel);
    case Qt::ToolTipRole:
        if (channel.isEmpty())
            return tr("The name the failover's report uses for this person.");
        return tr("%1's %2 identity, e.g. %3")
            .arg(person.name, channelDisplayName(channel), policy::identityExample(channel));
    default:
        return {};
    }
}

bool OperatorsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Operator &person = m_operators[index.row()];
    const QString text = value.toString().trimmed();
    const QString channel = channelOf(index.column());
    if (channel.isEmpty()) {
        if (text.isEmpty()) {
            Q_EMIT refused(tr("An operator needs a name."));
            return false;
        }
        if (nameTaken(text, index.row())) {
            Q_EMIT refused(tr("The name \"%1\" is already used by another operator.").arg(text));
            return false;
        }
        if (text == person.name)
            return true;
        person.name = text;
    } else if (text.isEmpty()) {
        if (!person.identities.contains(channel))
            return true;
        person.identities.remove(channel); // no identity on this channel
    } else {
        QString problem;
        const std::optional<QString> id = operatorIdentity(channel, text, &problem);
        if (!id) {
            Q_EMIT refused(tr("%1: \"%2\" is not a %3 identity: %4")
                               .arg(person.name, text, channelDisplayName(channel), problem));
            return false;
        }
        if (person.identities.value(channel) == *id)
            return true;
        person.identities.insert(channel, *id);
    }
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    return true;
}

Qt::ItemFlags OperatorsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant OperatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    const QString channel = channelOf(section);
    if (role == Qt::DisplayRole)
        return channel.isEmpty() ? tr("Name") : channelDisplayName(channel);
    if (role == Qt::ToolTipRole && !channel.isEmpty())
        return tr("e.g. %1").arg(policy::identityExample(channel));
    return {};
}

} // namespace sb::failover

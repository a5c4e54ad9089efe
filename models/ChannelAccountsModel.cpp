#include "models/ChannelAccountsModel.h"

#include "app/platform/SafeText.h"

#include <QLocale>
#include <QSet>

namespace sb {

namespace {

QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return QStringLiteral("–");
    return *value ? ChannelAccountsModel::tr("yes") : ChannelAccountsModel::tr("no");
}

QString describeAccountState(const gateway::AccountSnapshot &account)
{
    QStringList parts;
    if (!account.healthState.isEmpty())
        parts << account.healthState;
    if (!account.lifecycle.isEmpty() && account.lifecycle != account.healthState)
        parts << account.lifecycle;
    if (!account.stateReason.isEmpty())
        parts << account.stateReason;
    return parts.join(QStringLiteral(" · "));
}

QString describeDisconnect(const gateway::AccountSnapshot &account)
{
    if (!account.lastDisconnect)
        return {};
    const gateway::DisconnectInfo &info = *account.lastDisconnect;
    QStringList parts;
    if (info.at)
        parts << QLocale().toString(info.at->toLocalTime(), QLocale::ShortFormat);
    if (info.status)
        parts << QString::number(*info.status);
    if (!info.error.isEmpty())
        parts << info.error;
    return parts.join(QStringLiteral(" · "));
}

} // namespace

ChannelAccountsModel::ChannelAccountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QList<ChannelAccountsModel::Row> ChannelAccountsModel::rowsOf(const gateway::ChannelsStatus &status)
{
    QList<Row> rows;
    QSet<QString> seen;
    for (const gateway::ChannelStatus &channel : status.channels) {
        for (const gateway::AccountSnapshot &account : channel.accounts) {
            Row row{channel.id, account.accountId, {}};
            if (seen.contains(row.key()))
                continue; // a gateway listing one account twice: the first one counts
            seen.insert(row.key());
            const QStringList texts{channel.label.isEmpty() ? channel.id : channel.label,
                                    account.accountId,
                                    yesNo(account.connected),
                                    describeAccountState(account),
                                    describeDisconnect(account),
                                    account.lastError};
            for (const QString &text : texts)
                row.cells << SafeText::forLabel(text);
            rows << row;
        }
    }
    return rows;
}

void ChannelAccountsModel::setStatus(const gateway::ChannelsStatus &status)
{
    const QList<Row> next = rowsOf(status);
    QSet<QString> nextKeys;
    for (const Row &row : next)
        nextKeys.insert(row.key());

    // Rows that went away, from the bottom so the indexes stay valid.
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (nextKeys.contains(m_rows.at(i).key()))
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_rows.removeAt(i);
        endRemoveRows();
    }
    // Then walk the new order: update in place, move into place, or insert.
    for (qsizetype i = 0; i < next.size(); ++i) {
        const Row &wanted = next.at(i);
        qsizetype at = i;
        while (at < m_rows.size() && m_rows.at(at).key() != wanted.key())
            ++at;
        if (at == m_rows.size()) {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, wanted);
            endInsertRows();
            continue;
        }
        if (at != i) {
            beginMoveRows({}, int(at), int(at), {}, int(i));
            m_rows.move(at, i);
            endMoveRows();
        }
        if (m_rows.at(i).cells != wanted.cells) {
            m_rows[i].cells = wanted.cells;
            Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1),
                               {Qt::DisplayRole, Qt::ToolTipRole});
        }
    }
}

int ChannelAccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChannelAccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChannelAccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_rows.at(index.row()).cells.at(index.column());
    return {};
}

QVariant ChannelAccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case AccountColumn:
        return tr("Account");
    case ConnectedColumn:
        return tr("Connected");
    case StateColumn:
        return tr("State");
    case LastDisconnectColumn:
        return tr("Last disconnect");
    case LastErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace sb

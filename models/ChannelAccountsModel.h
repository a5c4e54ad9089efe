#pragma once

#include "app/gateway/ChannelStatus.h"

#include <QAbstractTableModel>

namespace sb {

// Every channel account of one gateway as its last channels.status reported it, one row per
// (channel, account) in the gateway's channel order. A new answer changes only the rows that
// changed: accounts that appeared are inserted, those that went away removed, the others
// updated in place, so a view keeps its selection and scroll position across polls.
// Everything shown came from the gateway and is made safe for a label (SafeText::forLabel).
class ChannelAccountsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelAccountsModel)

public:
    enum Column
    {
        ChannelColumn,
        AccountColumn,
        ConnectedColumn,
        StateColumn,
        LastDisconnectColumn,
        LastErrorColumn,
        ColumnCount,
    };

    explicit ChannelAccountsModel(QObject *parent = nullptr);

    void setStatus(const gateway::ChannelsStatus &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString channel;
        QString account;
        QStringList cells; // ColumnCount display texts, already made safe

        QString key() const { return channel + QLatin1Char('\n') + account; }
    };

    static QList<Row> rowsOf(const gateway::ChannelsStatus &status);

    QList<Row> m_rows;
};

} // namespace sb

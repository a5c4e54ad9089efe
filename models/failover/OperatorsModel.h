#pragma once

#include "app/failover/Operators.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace sb::failover {

// The operators a failover keeps reachable, as Preferences → Operators edits them: one row per
// person, a name and an identity per channel. Every edit is checked as it is made (a name
// given once, each identity in its channel's form through operatorIdentity()); a refused edit
// changes nothing and says why through refused(), so nothing typed before is lost.
class OperatorsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorsModel)

public:
    enum Column
    {
        NameColumn,
        WhatsAppColumn,
        SignalColumn,
        TelegramColumn,
        ColumnCount,
    };

    explicit OperatorsModel(QObject *parent = nullptr);

    // The channel id an identity column holds ("whatsapp"...), empty for the name column.
    static QString channelOf(int column);

    void setOperators(const QList<Operator> &operators);
    const QList<Operator> &operators() const { return m_operators; }

    // A new row named "Operator N" (the first N not taken), no identity yet; its row.
    int addOperator();
    void removeOperator(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // An edit was refused: `problem` names the operator, the channel and its rule in words.
    void refused(const QString &problem);

private:
    bool nameTaken(const QString &name, int exceptRow) const;

    QList<Operator> m_operators;
};

} // namespace sb::failover

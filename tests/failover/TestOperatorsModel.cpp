// Preferences → Operators' model: rows added and removed exactly where asked, every edit
// checked against its channel's rule (a refused edit changes nothing and says why in words),
// identities kept in the form the flow sends to.
#include "models/failover/OperatorsModel.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace sb::failover {

class TestOperatorsModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OperatorsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QModelIndex cell(int row, int column) const { return m_model->index(row, column); }
    QString text(int row, int column) const { return m_model->data(cell(row, column)).toString(); }

    static QList<Operator> grace()
    {
        return {Operator{QStringLiteral("Grace"),
                         {{QStringLiteral("whatsapp"), QStringLiteral("+15555550100")},
                          {QStringLiteral("signal"), QStringLiteral("+15555550101")}}}};
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<OperatorsModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void showsNameAndOneColumnPerChannel()
    {
        m_model->setOperators(grace());
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(m_model->columnCount(), 4);
        QCOMPARE(m_model->headerData(OperatorsModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(m_model->headerData(OperatorsModel::WhatsAppColumn, Qt::Horizontal).toString(),
                 QStringLiteral("WhatsApp"));
        QCOMPARE(m_model->headerData(OperatorsModel::SignalColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Signal"));
        QCOMPARE(m_model->headerData(OperatorsModel::TelegramColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Telegram"));
        QCOMPARE(text(0, OperatorsModel::NameColumn), QStringLiteral("Grace"));
        QCOMPARE(text(0, OperatorsModel::WhatsAppColumn), QStringLiteral("+15555550100"));
        QCOMPARE(text(0, OperatorsModel::SignalColumn), QStringLiteral("+15555550101"));
        QCOMPARE(text(0, OperatorsModel::TelegramColumn), QString());
        QVERIFY(m_model->flags(cell(0, OperatorsModel::TelegramColumn)).testFlag(Qt::ItemIsEditable));
    }

    void addAndRemoveInsertAndRemoveExactlyThatRow()
    {
        m_model->setOperators(grace());
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        QCOMPARE(m_model->addOperator(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 1);
        QCOMPARE(text(1, OperatorsModel::NameColumn), QStringLiteral("Operator 2"));
        QCOMPARE(m_model->addOperator(), 2);
        QCOMPARE(text(2, OperatorsModel::NameColumn), QStringLiteral("Operator 3"));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 2);

        m_model->removeOperator(1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 1);
        QCOMPARE(removed.at(0).at(2).toInt(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(text(1, OperatorsModel::NameColumn), QStringLiteral("Operator 3"));
        // A name still taken is skipped: "Operator 3" exists, so the next is "Operator 4".
        QCOMPARE(m_model->addOperator(), 2);
        QCOMPARE(text(2, OperatorsModel::NameColumn), QStringLiteral("Operator 4"));

        m_model->removeOperator(7); // no such row: nothing happens
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
    }

    void identitiesAreNormalizedPerChannel()
    {
        m_model->setOperators(grace());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy refused(m_model.get(), &OperatorsModel::refused);
        QVERIFY(m_model->setData(cell(0, OperatorsModel::TelegramColumn), QStringLiteral(" tg:123456789 ")));
        QCOMPARE(text(0, OperatorsModel::TelegramColumn), QStringLiteral("123456789"));
        QVERIFY(m_model->setData(cell(0, OperatorsModel::WhatsAppColumn), QStringLiteral("+1 555-555-0199")));
        QCOMPARE(text(0, OperatorsModel::WhatsAppColumn), QStringLiteral("+15555550199"));
        QVERIFY(m_model->setData(cell(0, OperatorsModel::SignalColumn),
                                 QStringLiteral("1b2c3d4e-0000-4000-8000-123456789abc")));
        QCOMPARE(text(0, OperatorsModel::SignalColumn),
                 QStringLiteral("uuid:1b2c3d4e-0000-4000-8000-123456789abc"));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), cell(0, OperatorsModel::TelegramColumn));
        QCOMPARE(refused.count(), 0);

        const Operator stored = m_model->operators().first();
        QCOMPARE(stored.identityOn(QStringLiteral("telegram")), QStringLiteral("123456789"));
        QCOMPARE(stored.identityOn(QStringLiteral("whatsapp")), QStringLiteral("+15555550199"));

        // Emptying a cell drops that channel's identity.
        QVERIFY(m_model->setData(cell(0, OperatorsModel::SignalColumn), QString()));
        QVERIFY(!m_model->operators().first().identities.contains(QStringLiteral("signal")));
        QCOMPARE(changed.count(), 4);
    }

    void aBadIdentityIsRefusedWithItsRuleAndNothingIsLost()
    {
        m_model->setOperators(grace());
        QVERIFY(m_model->setData(cell(0, OperatorsModel::TelegramColumn), QStringLiteral("123456789")));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy refused(m_model.get(), &OperatorsModel::refused);

        QVERIFY(!m_model->setData(cell(0, OperatorsModel::TelegramColumn), QStringLiteral("grace")));
        QCOMPARE(refused.count(), 1);
        const QString words = refused.at(0).at(0).toString();
        QVERIFY2(words.contains(QLatin1String("Grace")), qPrintable(words));
        QVERIFY2(words.contains(QLatin1String("Telegram")), qPrintable(words));
        QVERIFY2(words.contains(QLatin1String("numeric id")), qPrintable(words));
        QCOMPARE(text(0, OperatorsModel::TelegramColumn), QStringLiteral("123456789"));

        // A form the channel knows but a person is not reached by: a @username, a group.
        QVERIFY(!m_model->setData(cell(0, OperatorsModel::TelegramColumn), QStringLiteral("@grace_h")));
        QVERIFY2(refused.at(1).at(0).toString().contains(QLatin1String("numeric user id")),
                 qPrintable(refused.at(1).at(0).toString()));
        QVERIFY(!m_model->setData(cell(0, OperatorsModel::WhatsAppColumn),
                                  QStringLiteral("120363012345678901@g.us")));
        QVERIFY(!m_model->setData(cell(0, OperatorsModel::SignalColumn), QStringLiteral("uuid:nope")));
        QCOMPARE(refused.count(), 4);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(m_model->operators().first().identities,
                 (QMap<QString, QString>{{QStringLiteral("whatsapp"), QStringLiteral("+15555550100")},
                                         {QStringLiteral("signal"), QStringLiteral("+15555550101")},
                                         {QStringLiteral("telegram"), QStringLiteral("123456789")}}));
    }

    void namesAreNeededAndUnique()
    {
        m_model->setOperators(grace());
        m_model->addOperator();
        QSignalSpy refused(m_model.get(), &OperatorsModel::refused);
        QVERIFY(!m_model->setData(cell(1, OperatorsModel::NameColumn), QStringLiteral("Grace")));
        QVERIFY(!m_model->setData(cell(1, OperatorsModel::NameColumn), QStringLiteral("   ")));
        QCOMPARE(refused.count(), 2);
        QVERIFY(refused.at(0).at(0).toString().contains(QLatin1String("already used")));
        QCOMPARE(text(1, OperatorsModel::NameColumn), QStringLiteral("Operator 2"));
        QVERIFY(m_model->setData(cell(1, OperatorsModel::NameColumn), QStringLiteral(" Ada ")));
        QCOMPARE(text(1, OperatorsModel::NameColumn), QStringLiteral("Ada"));
        // What the model holds reads back through the preference's own reader.
        QString problem;
        const std::optional<QList<Operator>> read =
            readOperators(operatorsToJson(m_model->operators()), &problem);
        QVERIFY2(read, qPrintable(problem));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(1).name, QStringLiteral("Ada"));
    }
};

} // namespace sb::failover

QTEST_GUILESS_MAIN(sb::failover::TestOperatorsModel)
#include "TestOperatorsModel.moc"

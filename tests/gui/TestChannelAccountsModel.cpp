#include "models/ChannelAccountsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using sb::ChannelAccountsModel;
using sb::gateway::AccountSnapshot;
using sb::gateway::ChannelsStatus;
using sb::gateway::ChannelStatus;

namespace {

AccountSnapshot account(const char *id, bool connected, const QString &lastError = {})
{
    AccountSnapshot a;
    a.accountId = QLatin1String(id);
    a.connected = connected;
    a.lastError = lastError;
    return a;
}

ChannelsStatus status(const QList<std::pair<const char *, QList<AccountSnapshot>>> &channels)
{
    ChannelsStatus s;
    for (const auto &[id, accounts] : channels) {
        ChannelStatus channel;
        channel.id = QLatin1String(id);
        channel.accounts = accounts;
        s.channels << channel;
    }
    return s;
}

QString cell(const ChannelAccountsModel &model, int row, int column)
{
    QString text = model.index(row, column).data().toString();
    text.remove(QChar(0x2068)); // the label isolates around gateway text
    text.remove(QChar(0x2069));
    return text;
}

} // namespace

// The Gateway panel's accounts table: each poll changes only the rows that changed, and the
// model passes Qt's own consistency checks through every change.
class TestChannelAccountsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowTheGatewayOneByOne()
    {
        ChannelAccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        model.setStatus(status({{"whatsapp", {account("default", true)}},
                                {"telegram", {account("default", false, QStringLiteral("fetch failed"))}}}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(cell(model, 1, ChannelAccountsModel::LastErrorColumn), QStringLiteral("fetch failed"));

        // The same answer again: nothing at all.
        inserted.clear();
        model.setStatus(status({{"whatsapp", {account("default", true)}},
                                {"telegram", {account("default", false, QStringLiteral("fetch failed"))}}}));
        QCOMPARE(inserted.size() + removed.size() + moved.size() + changed.size(), 0);

        // One account changes: exactly that row.
        model.setStatus(status({{"whatsapp", {account("default", false)}},
                                {"telegram", {account("default", false, QStringLiteral("fetch failed"))}}}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(cell(model, 0, ChannelAccountsModel::ConnectedColumn), QStringLiteral("no"));

        // A second WhatsApp account appears between the two: one insert at row 1.
        changed.clear();
        model.setStatus(status({{"whatsapp", {account("default", false), account("biz", true)}},
                                {"telegram", {account("default", false, QStringLiteral("fetch failed"))}}}));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(cell(model, 1, ChannelAccountsModel::AccountColumn), QStringLiteral("biz"));

        // The first goes away: one removal, the rest keep their rows' contents.
        model.setStatus(status({{"whatsapp", {account("biz", true)}},
                                {"telegram", {account("default", false, QStringLiteral("fetch failed"))}}}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, ChannelAccountsModel::AccountColumn), QStringLiteral("biz"));

        // The gateway reorders its channels: a move, not a reset.
        model.setStatus(status({{"telegram", {account("default", false, QStringLiteral("fetch failed"))}},
                                {"whatsapp", {account("biz", true)}}}));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(cell(model, 0, ChannelAccountsModel::ChannelColumn), QStringLiteral("telegram"));
        QCOMPARE(reset.size(), 0);
    }

    void gatewayTextIsOneSafeLine()
    {
        ChannelAccountsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatus(status(
            {{"signal", {account("default", false, QStringLiteral("a\nINJECTED\x1b[31m\u202eevil"))}}}));
        const QString text = model.index(0, ChannelAccountsModel::LastErrorColumn).data().toString();
        QVERIFY(!text.contains(QLatin1Char('\n')));
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(!text.contains(QChar(0x202e)));
        QVERIFY(text.startsWith(QChar(0x2068)) && text.endsWith(QChar(0x2069)));
        QCOMPARE(model.headerData(ChannelAccountsModel::LastErrorColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Last error"));
    }
};

QTEST_GUILESS_MAIN(TestChannelAccountsModel)
#include "TestChannelAccountsModel.moc"

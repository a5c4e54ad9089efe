#include "app/drill/DrillSession.h"
#include "app/gateway/GatewayMonitor.h"
#include "ui/GatewayPanel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTableView>
#include <QTest>

// The Gateway panel over a real connection to the drill gateway: the facts come from the
// hello-ok, the table from channels.status, and a refused token is explained in words.
class TestGatewayPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sb::drill::DrillSession> m_drill;

    std::unique_ptr<sb::gateway::GatewayMonitor> monitorFor(const QString &token)
    {
        sb::gateway::ConnectionOptions options;
        options.url = m_drill->url();
        options.token = token;
        return std::make_unique<sb::gateway::GatewayMonitor>(options);
    }

    // What the operator reads: gateway text comes wrapped in invisible isolates (FSI…PDI).
    static QString plain(QString shown)
    {
        shown.remove(QChar(0x2068));
        shown.remove(QChar(0x2069));
        return shown;
    }

    static QStringList column(const QTableView *table, int column)
    {
        QStringList values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values << plain(table->model()->index(row, column).data().toString());
        return values;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        sb::drill::DrillSession::Options options;
        options.autoPlay = false; // the scenario's opening state is enough here
        m_drill = sb::drill::DrillSession::start(options, &error);
        QVERIFY2(m_drill, qPrintable(error));
    }

    void cleanup() { m_drill.reset(); }

    void showsGatewayFactsAndEveryChannelAccount()
    {
        auto monitor = monitorFor(m_drill->token());
        sb::GatewayPanel panel(QStringLiteral("Drill"), *monitor);
        panel.show();
        monitor->start();

        auto *table = panel.findChild<QTableView *>(QStringLiteral("accountsTableView"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 3, 10000);
        const QStringList channels = column(table, 0);
        QVERIFY2(channels.contains(QStringLiteral("WhatsApp")), qPrintable(channels.join(u',')));
        QVERIFY(channels.contains(QStringLiteral("Telegram")));
        QVERIFY(channels.contains(QStringLiteral("Signal")));

        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("protocolLabel"))->text(), QStringLiteral("4"));
        const QString scopes = panel.findChild<QLabel *>(QStringLiteral("scopesLabel"))->text();
        QVERIFY2(scopes.contains(QLatin1String("operator.admin")), qPrintable(scopes));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("tickIntervalLabel"))
                    ->text()
                    .contains(QLatin1String("30")));
        QVERIFY(plain(panel.findChild<QLabel *>(QStringLiteral("gatewayStateLabel"))->text())
                    .startsWith(QLatin1String("Connected")));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("gatewayErrorLabel"))->isHidden());
    }

    // What the console cannot read is said on the panel, not dropped with the lane.
    void unreadableAnswersAreShown()
    {
        auto monitor = monitorFor(m_drill->token());
        sb::GatewayPanel panel(QStringLiteral("Drill"), *monitor);
        const QJsonObject payload{
            {QStringLiteral("channelOrder"), QJsonArray{QStringLiteral("whatsapp")}},
            {QStringLiteral("channelAccounts"),
             QJsonObject{{QStringLiteral("whatsapp"), QJsonObject{{QStringLiteral("accountId"), 7}}}}}};
        QString why;
        const auto status = sb::gateway::parseChannelsStatus(payload, &why);
        QVERIFY2(status, qPrintable(why));
        panel.showChannels(*status);
        const QString text = plain(panel.findChild<QLabel *>(QStringLiteral("statusIssuesLabel"))->text());
        QVERIFY2(text.contains(QLatin1String("channelAccounts.whatsapp is an object, not a list")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("read unknown")));
    }

    void wrongTokenIsExplainedWithTheNextStep()
    {
        auto monitor = monitorFor(QStringLiteral("not-the-drill-token"));
        sb::GatewayPanel panel(QStringLiteral("Drill"), *monitor);
        panel.show();
        monitor->start();

        auto *error = panel.findChild<QLabel *>(QStringLiteral("gatewayErrorLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QVERIFY2(error->text().contains(QLatin1String("token"), Qt::CaseInsensitive),
                 qPrintable(error->text()));
        QCOMPARE(monitor->connection().state(), sb::gateway::ConnectionState::Failed);
        QCOMPARE(panel.findChild<QTableView *>(QStringLiteral("accountsTableView"))->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestGatewayPanel)
#include "TestGatewayPanel.moc"

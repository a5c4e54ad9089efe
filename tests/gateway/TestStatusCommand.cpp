#include "app/ctl/CommandLine.h"
#include "app/ctl/StatusCommand.h"
#include "tests/gateway/ScriptedGateway.h"

#include <memory>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTextStream>

using namespace sb::ctl;
using sb::test::ScriptedGateway;

class TestStatusCommand : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedGateway> m_server;

    StatusOptions optionsFor(const QUrl &url) const
    {
        StatusOptions options;
        options.url = url;
        options.token = QStringLiteral("status-test-token");
        options.timeoutSeconds = 3;
        return options;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedGateway>();
        QVERIFY(m_server->listen());
        m_server->onRequest = [this](const sb::gateway::RequestFrame &request) {
            QFile file(QStringLiteral(SB_GATEWAY_TEST_DATA "/res-channels-status.json"));
            QVERIFY(file.open(QIODevice::ReadOnly));
            m_server->respond(
                request.id,
                QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("payload")));
        };
    }

    void cleanup() { m_server.reset(); }

    void connectedPrintsEveryAccount()
    {
        const StatusOptions options = optionsFor(m_server->url());
        const StatusReport report = collectStatus(options);
        QCOMPARE(exitCodeFor(report), int(ExitCritical)); // WhatsApp is not linked: needs a person
        QString text;
        QTextStream out(&text);
        printStatusText(report, options, out);
        out.flush();
        for (const char *word : {"signal", "telegram", "whatsapp", "2026.9.6", "protocol 4", "not linked"})
            QVERIFY2(text.contains(QLatin1String(word)), word);
        QVERIFY(!text.contains(options.token));

        QString json;
        QTextStream jsonOut(&json);
        printStatusJson(report, options, jsonOut);
        jsonOut.flush();
        const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("connected")).toBool(), true);
        QCOMPARE(root.value(QStringLiteral("accounts")).toArray().size(), 3);
        QCOMPARE(root.value(QStringLiteral("gateway")).toObject().value(QStringLiteral("protocol")).toInt(),
                 4);
    }

    void authRefusalExits3()
    {
        m_server->connectAnswers = {
            {false,
             sb::gateway::ErrorShape{
                 QStringLiteral("INVALID_REQUEST"), QStringLiteral("unauthorized: gateway token mismatch"),
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("AUTH_TOKEN_MISMATCH")}}, false,
                 std::nullopt},
             1008}};
        const StatusReport report = collectStatus(optionsFor(m_server->url()));
        QCOMPARE(exitCodeFor(report), int(ExitAuthRefused));
    }

    void protocolMismatchExits4()
    {
        m_server->connectAnswers = {
            {false,
             sb::gateway::ErrorShape{
                 QStringLiteral("INVALID_REQUEST"), QStringLiteral("protocol mismatch"),
                 QJsonObject{{QStringLiteral("code"), QStringLiteral("PROTOCOL_MISMATCH")}}, false,
                 std::nullopt},
             1002}};
        const StatusReport report = collectStatus(optionsFor(m_server->url()));
        QCOMPARE(exitCodeFor(report), int(ExitProtocolMismatch));
    }

    void usageErrorsExit64_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString url = QStringLiteral("ws://127.0.0.1:1");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("no gateway") << QStringList{QStringLiteral("status"), QStringLiteral("--token-stdin")};
        QTest::newRow("no token source")
            << QStringList{QStringLiteral("status"), QStringLiteral("--gateway"), url};
        QTest::newRow("token in argv")
            << QStringList{QStringLiteral("status"), QStringLiteral("--gateway"), url,
                           QStringLiteral("--token"), QStringLiteral("secret-secret")};
        QTest::newRow("unset variable")
            << QStringList{QStringLiteral("status"), QStringLiteral("--gateway"), url,
                           QStringLiteral("--token-env"), QStringLiteral("SB_TEST_SURELY_UNSET_VARIABLE")};
        QTest::newRow("bad log level") << QStringList{QStringLiteral("status"),
                                                      QStringLiteral("--gateway"),
                                                      url,
                                                      QStringLiteral("--token-stdin"),
                                                      QStringLiteral("--log-level"),
                                                      QStringLiteral("nosuchlogger=debug")};
        QTest::newRow("bad timeout") << QStringList{
            QStringLiteral("status"),        QStringLiteral("--gateway"), url,
            QStringLiteral("--token-stdin"), QStringLiteral("--timeout"), QStringLiteral("soon")};
        QTest::newRow("plain ws to remote")
            << QStringList{QStringLiteral("status"), QStringLiteral("--gateway"),
                           QStringLiteral("ws://192.0.2.1:18789"), QStringLiteral("--token-stdin")};
    }

    void usageErrorsExit64()
    {
        QFETCH(QStringList, arguments);
        arguments.prepend(QStringLiteral("switchboardctl"));
        QCOMPARE(runCommandLine(arguments), int(ExitUsage));
    }

    void unreachableExits2()
    {
        const QUrl url = m_server->url();
        m_server.reset();
        StatusOptions options = optionsFor(url);
        options.timeoutSeconds = 1;
        const StatusReport report = collectStatus(options);
        QCOMPARE(exitCodeFor(report), int(ExitCritical));
        QVERIFY(report.error);
        QCOMPARE(report.error->kind(), sb::gateway::GatewayError::Kind::Transport);
    }
};

QTEST_GUILESS_MAIN(TestStatusCommand)
#include "TestStatusCommand.moc"

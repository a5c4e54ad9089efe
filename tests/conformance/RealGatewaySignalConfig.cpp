// The Signal flows find the daemon and the number in the gateway's config. Against the real
// OpenClaw 2026.9.6 gateway (its Signal transport pointed at a dead loopback port, its account
// a made-up number): config.get's parsed config yields exactly that URL and number, from
// channels.signal.transport.url, and the daemon client reports the dead port as "not running"
// within its deadline.
#include "app/ctl/GatewayArguments.h"
#include "app/gateway/Connection.h"
#include "app/gateway/GatewayClient.h"
#include "app/linking/SignalAccountConfig.h"
#include "app/linking/signalcli/SignalCliClient.h"
#include "tests/conformance/RealGatewayEnv.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTest>

namespace {} // namespace

class RealGatewaySignalConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void daemonUrlAndNumberComeFromTheRealConfig()
    {
        const QHash<QString, QString> env = sb::test::readRealGatewayEnv();
        QVERIFY2(!env.value(QStringLiteral("OPENCLAW_TEST_URL")).isEmpty(),
                 "no real gateway: run through ctest (fixture RealGateway) or real-gateway.sh start DIR");
        sb::ctl::StatusOptions options;
        options.url = QUrl(env.value(QStringLiteral("OPENCLAW_TEST_URL")));
        options.token = env.value(QStringLiteral("OPENCLAW_TEST_TOKEN"));
        options.timeoutSeconds = 120; // the shared gateway may just have restarted
        sb::ctl::CommandConnection link = sb::ctl::connectForCommand(options);
        QVERIFY2(link.connection, qPrintable(link.error ? link.error->userMessage() : QString()));

        sb::gateway::GatewayClient client(link.connection.get());
        std::optional<sb::gateway::Result<sb::gateway::ConfigSnapshot>> config;
        client.configGet(this, [&config](const sb::gateway::Result<sb::gateway::ConfigSnapshot> &result) {
            config = result;
        });
        QTRY_VERIFY_WITH_TIMEOUT(config.has_value(), 60000);
        QVERIFY2(config->ok(), qPrintable(config->ok() ? QString() : config->error().userMessage()));

        const sb::linking::SignalAccountConfig account =
            sb::linking::signalAccountConfig(config->value().config, QStringLiteral("default"));
        QCOMPARE(account.number, QStringLiteral("+15555550123"));
        QVERIFY(account.daemonUrl.has_value());
        QCOMPARE(account.daemonUrl->toString(), env.value(QStringLiteral("OPENCLAW_TEST_SIGNAL_URL")));
        QCOMPARE(account.daemonUrlSource, QStringLiteral("channels.signal.transport.url"));

        sb::linking::signalcli::SignalCliClient::Options daemonOptions;
        daemonOptions.baseUrl = *account.daemonUrl;
        daemonOptions.checkTimeoutMs = 5000;
        sb::linking::signalcli::SignalCliClient daemon(daemonOptions);
        std::optional<sb::linking::signalcli::DaemonResult<bool>> checked;
        QElapsedTimer timer;
        timer.start();
        daemon.check(
            this, [&checked](const sb::linking::signalcli::DaemonResult<bool> &result) { checked = result; });
        QTRY_VERIFY_WITH_TIMEOUT(checked.has_value(), 10000);
        QVERIFY(!checked->ok());
        QCOMPARE(checked->error().kind(), sb::linking::signalcli::DaemonError::Kind::NotRunning);
        QVERIFY(timer.elapsed() < 6000);
    }
};

QTEST_GUILESS_MAIN(RealGatewaySignalConfig)
#include "RealGatewaySignalConfig.moc"

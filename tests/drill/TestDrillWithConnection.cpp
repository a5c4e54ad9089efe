// The console's own client (sb::gateway::Connection) against the drill: the fault knobs must
// produce the recoveries DESIGN §3 asks for (reconnect after shutdown, retry UNAVAILABLE,
// watchdog on stalled ticks, resync on a seq gap).
#include "app/drill/DrillGateway.h"
#include "app/drill/DrillSession.h"
#include "app/drill/DrillWorld.h"
#include "app/gateway/Connection.h"
#include "tests/support/TestEnvironment.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using sb::drill::DrillSession;
using sb::gateway::Connection;
using sb::gateway::ConnectionState;

class TestDrillWithConnection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DrillSession> startDrill(int tickMs = 30000)
    {
        DrillSession::Options options;
        options.token = u"conn-token"_s;
        options.autoPlay = false;
        options.signalEmulator = false;
        options.tickIntervalMs = tickMs;
        QString error;
        auto session = DrillSession::start(options, &error);
        if (!session)
            qWarning("drill did not start: %s", qPrintable(error));
        return session;
    }

    static std::unique_ptr<Connection> connectTo(const DrillSession &drill)
    {
        sb::gateway::ConnectionOptions options;
        options.url = drill.url();
        options.token = drill.token();
        options.reconnect.initialDelayMs = 50;
        options.reconnect.maxDelayMs = 500;
        options.reconnect.loopbackMaxDelayMs = 500;
        auto connection = std::make_unique<Connection>(options);
        connection->open();
        return connection;
    }

private Q_SLOTS:
    void connectsWithProtocol4()
    {
        auto drill = startDrill();
        QVERIFY(drill);
        auto connection = connectTo(*drill);
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), ConnectionState::Connected, 10000);
        QCOMPARE(connection->protocolVersion(), 4);
        QCOMPARE(connection->hello()->tickIntervalMs, 30000);
    }

    void reconnectsAfterShutdownAndRestart()
    {
        auto drill = startDrill();
        auto connection = connectTo(*drill);
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), ConnectionState::Connected, 10000);
        QSignalSpy connected(connection.get(), &Connection::connected);
        drill->gateway()->restart(200, 200);
        QTRY_VERIFY_WITH_TIMEOUT(connection->state() != ConnectionState::Connected, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
        QCOMPARE(connection->state(), ConnectionState::Connected);
    }

    void retriesStartupUnavailable()
    {
        auto drill = startDrill();
        drill->gateway()->setStartupUnavailable(2);
        auto connection = connectTo(*drill);
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), ConnectionState::Connected, 15000);
    }

    void watchdogFiresOnStalledTicks()
    {
        auto drill = startDrill(100);
        auto connection = connectTo(*drill);
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), ConnectionState::Connected, 10000);
        QSignalSpy states(connection.get(), &Connection::stateChanged);
        drill->gateway()->setTicksStalled(true);
        // Silence for 2 × 100 ms must end the link.
        QTRY_VERIFY_WITH_TIMEOUT(connection->state() != ConnectionState::Connected, 5000);
        drill->gateway()->setTicksStalled(false);
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), ConnectionState::Connected, 10000);
    }

    void seqGapAsksForAResync()
    {
        auto drill = startDrill();
        auto connection = connectTo(*drill);
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), ConnectionState::Connected, 10000);
        QSignalSpy resync(connection.get(), &Connection::resyncNeeded);
        drill->world()->publishHealth();
        drill->gateway()->skipSeq(2);
        drill->world()->publishHealth();
        QTRY_VERIFY_WITH_TIMEOUT(!resync.isEmpty(), 5000);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sb::test::ScratchHome home;
    TestDrillWithConnection test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDrillWithConnection.moc"

// Connection against a gateway that sends legal-looking but hostile numbers: delays that would
// park the console for 285 000 years, a tick interval that turns the watchdog into a reconnect
// loop, a protocol number that only truncation makes acceptable, event seq going backwards.
#include "app/gateway/Connection.h"
#include "app/platform/Logging.h"
#include "tests/gateway/ScriptedGateway.h"

#include <memory>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sb::gateway;
using sb::test::ScriptedGateway;

namespace {

constexpr qint64 maxSafeInteger = 9007199254740991; // 2^53 - 1: the largest delay JSON can carry exactly
// The bound docs/protocol-client.md promises for any delay a gateway supplies.
constexpr qint64 documentedDelayBoundMs = 5 * 60 * 1000;

} // namespace

class TestHostileConnection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedGateway> m_server;
    QTemporaryDir m_logDir;

    ConnectionOptions optionsFor(const QUrl &url) const
    {
        ConnectionOptions options;
        options.url = url;
        options.token = QStringLiteral("hostile-token-123456");
        options.requestTimeoutMs = 5000;
        options.handshakeTimeoutMs = 5000;
        options.reconnect.initialDelayMs = 50;
        options.reconnect.factor = 2.0;
        options.reconnect.maxDelayMs = 400;
        options.reconnect.loopbackMaxDelayMs = 400;
        options.random = [] {
            return 0.0;
        };
        return options;
    }

    QByteArray logText() const
    {
        sb::log::gateway()->flush();
        QFile file(m_logDir.filePath(QStringLiteral("switchboard.log")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static qint64 plannedDelayMs(const Connection &connection)
    {
        return QDateTime::currentDateTimeUtc().msecsTo(connection.nextAttemptAt());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_logDir.isValid());
        sb::log::init({m_logDir.path(), false, QStringLiteral("info"), 4 * 1024 * 1024, 1});
    }

    void cleanupTestCase() { sb::log::shutdown(); }

    void init()
    {
        m_server = std::make_unique<ScriptedGateway>();
        QVERIFY(m_server->listen());
    }

    void cleanup() { m_server.reset(); }

    void shutdownRestartDelayIsClamped()
    {
        Connection connection(optionsFor(m_server->url()));
        QSignalSpy events(&connection, &Connection::eventReceived);
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        m_server->sendEvent(QStringLiteral("shutdown"),
                            QJsonObject{{QStringLiteral("reason"), QStringLiteral("gateway restarting")},
                                        {QStringLiteral("restartExpectedMs"), maxSafeInteger}},
                            1);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 5000);
        m_server->closeClient(1012, QStringLiteral("service restart"));
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::BackingOff, 5000);

        const qint64 planned = plannedDelayMs(connection);
        QVERIFY2(planned <= documentedDelayBoundMs, qPrintable(QString::number(planned)));
        // Clamped, not ignored: the gateway did say "later", so the console waits the bound.
        QVERIFY2(planned >= documentedDelayBoundMs - 5000, qPrintable(QString::number(planned)));
        const QByteArray log = logText();
        QVERIFY2(log.contains("restartExpectedMs 9007199254740991"), log.constData());
        QVERIFY2(log.contains("300000 ms"), log.constData());
    }

    void unavailableRetryAfterIsClamped()
    {
        const ErrorShape busy{QStringLiteral("UNAVAILABLE"),
                              QStringLiteral("gateway starting; retry shortly"),
                              QJsonObject{{QStringLiteral("reason"), QStringLiteral("startup-sidecars")}},
                              true, maxSafeInteger};
        m_server->connectAnswers = {{false, busy, 0}};
        Connection connection(optionsFor(m_server->url()));
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::BackingOff, 5000);

        const qint64 planned = plannedDelayMs(connection);
        QVERIFY2(planned <= documentedDelayBoundMs, qPrintable(QString::number(planned)));
        QVERIFY2(planned >= documentedDelayBoundMs - 5000, qPrintable(QString::number(planned)));
        // What the operator reads must not promise a retry in 9 billion seconds either.
        QVERIFY(connection.lastError().has_value());
        QVERIFY(connection.lastError()->retryAfterMs().value_or(-1) <= documentedDelayBoundMs);
        QVERIFY2(connection.lastError()->userMessage().contains(QStringLiteral("Retry in 300 s")),
                 qPrintable(connection.lastError()->userMessage()));
        const QByteArray log = logText();
        QVERIFY2(log.contains("retryAfterMs 9007199254740991"), log.constData());
    }

    void zeroRetryAfterDoesNotSpin()
    {
        const ErrorShape busy{QStringLiteral("UNAVAILABLE"),
                              QStringLiteral("gateway starting; retry shortly"),
                              QJsonValue(QJsonValue::Undefined), true, 0};
        for (int i = 0; i < 20; ++i)
            m_server->connectAnswers.append({false, busy, 0});
        Connection connection(optionsFor(m_server->url()));
        connection.open();
        // retryAfterMs 0 taken at its word reconnects as fast as the handshake runs: all 20
        // refusals are used up within a fraction of a second.
        QTest::qWait(1000); // a negative check: count the attempts in one second
        QVERIFY2(m_server->connectionCount() <= 12, qPrintable(QString::number(m_server->connectionCount())));
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 10000);
        QCOMPARE(m_server->connectionCount(), 21);
    }

    void tinyTickIntervalDoesNotLoop()
    {
        m_server->tickIntervalMs = 1;
        Connection connection(optionsFor(m_server->url()));
        QSignalSpy closed(m_server.get(), &ScriptedGateway::clientClosed);
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        // A 1 ms tick taken at its word means a 2 ms watchdog: the link dies at once, over and over.
        QVERIFY2(!closed.wait(1200), "the watchdog closed the link within 1.2 s of a 1 ms tick interval");
        QCOMPARE(m_server->connectionCount(), 1);
        // The floor still leaves a working watchdog: silence ends the link, with the tick-timeout code.
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 3000);
        QCOMPARE(closed.at(0).at(0).toInt(), 4000);
        const QByteArray log = logText();
        QVERIFY2(log.contains("tickIntervalMs 1 ms"), log.constData());
    }

    void hugeTickIntervalIsBounded()
    {
        m_server->tickIntervalMs = maxSafeInteger;
        Connection connection(optionsFor(m_server->url()));
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        // The gateway's word stays visible; the watchdog works from the bound (5 min, documented).
        QCOMPARE(connection.hello()->tickIntervalMs, maxSafeInteger);
        QCOMPARE(connection.tickIntervalMs(), documentedDelayBoundMs);
        const QByteArray log = logText();
        QVERIFY2(log.contains("tickIntervalMs 9007199254740991 ms"), log.constData());
    }

    void protocolOutsideIntRangeIsRefused_data()
    {
        QTest::addColumn<qint64>("protocol");
        QTest::newRow("2^32 + 4 (truncates to 4)") << qint64(4294967300);
        QTest::newRow("2^32 + 3 (truncates to 3)") << qint64(4294967299);
        QTest::newRow("-2^32 + 3 (truncates to 3)") << qint64(-4294967293);
        QTest::newRow("5") << qint64(5);
    }

    void protocolOutsideIntRangeIsRefused()
    {
        QFETCH(qint64, protocol);
        m_server->protocol = protocol;
        Connection connection(optionsFor(m_server->url()));
        QSignalSpy connected(&connection, &Connection::connected);
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Failed, 5000);
        QCOMPARE(connected.count(), 0);
        QCOMPARE(connection.protocolVersion(), 0);
        QVERIFY(connection.lastError().has_value());
        QCOMPARE(connection.lastError()->kind(), GatewayError::Kind::ProtocolMismatch);
        // The number the gateway sent, not what it would have been truncated to.
        QVERIFY2(connection.failureReason().contains(QString::number(protocol)),
                 qPrintable(connection.failureReason()));
    }

    void backwardsSeqAsksForResync()
    {
        Connection connection(optionsFor(m_server->url()));
        QSignalSpy resync(&connection, &Connection::resyncNeeded);
        QSignalSpy events(&connection, &Connection::eventReceived);
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        for (qint64 seq : {1, 2, 3})
            m_server->sendEvent(QStringLiteral("health"), QJsonObject(), seq);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 3, 5000);
        QCOMPARE(resync.count(), 0);

        m_server->sendEvent(QStringLiteral("presence"), QJsonObject(), 2); // backwards
        QTRY_COMPARE_WITH_TIMEOUT(resync.count(), 1, 5000);
        const QString reason = resync.at(0).at(0).toString();
        QVERIFY2(reason.contains(QStringLiteral("2")) && reason.contains(QStringLiteral("3")),
                 qPrintable(reason));

        m_server->sendEvent(QStringLiteral("presence"), QJsonObject(), 3); // follows the 2: fine
        m_server->sendEvent(QStringLiteral("presence"), QJsonObject(), 3); // repeated
        QTRY_COMPARE_WITH_TIMEOUT(resync.count(), 2, 5000);
        m_server->sendEvent(QStringLiteral("presence"), QJsonObject(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 7, 5000);
        QCOMPARE(resync.count(), 2);
        const QByteArray log = logText();
        QVERIFY2(log.contains("seq 2 after 3"), log.constData());
    }
};

QTEST_GUILESS_MAIN(TestHostileConnection)
#include "TestHostileConnection.moc"

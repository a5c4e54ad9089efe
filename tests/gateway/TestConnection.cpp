#include "app/gateway/Connection.h"
#include "app/platform/Redactor.h"
#include "tests/gateway/ScriptedGateway.h"

#include <memory>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace sb::gateway;
using sb::test::ScriptedGateway;

class TestConnection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedGateway> m_server;

    ConnectionOptions optionsFor(const QUrl &url) const
    {
        ConnectionOptions options;
        options.url = url;
        options.token = QStringLiteral("test-token-123456");
        options.requestTimeoutMs = 5000;
        options.handshakeTimeoutMs = 5000;
        options.reconnect.initialDelayMs = 50;
        options.reconnect.factor = 2.0;
        options.reconnect.maxDelayMs = 400;
        options.reconnect.loopbackMaxDelayMs = 400;
        options.random = [] {
            return 0.0;
        }; // no jitter: delays are exact
        return options;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedGateway>();
        QVERIFY(m_server->listen());
    }

    void cleanup() { m_server.reset(); }

    void handshakeSendsPortableConnectWithoutOrigin()
    {
        Connection connection(optionsFor(m_server->url()));
        QSignalSpy states(&connection, &Connection::stateChanged);
        QSignalSpy connected(&connection, &Connection::connected);
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 5000);

        QCOMPARE(connection.state(), ConnectionState::Connected);
        QCOMPARE(states.at(0).at(0).value<ConnectionState>(), ConnectionState::Connecting);
        QCOMPARE(states.at(1).at(0).value<ConnectionState>(), ConnectionState::Handshaking);
        QCOMPARE(states.at(2).at(0).value<ConnectionState>(), ConnectionState::Connected);
        QCOMPARE(m_server->origins, QList<QString>{QString()});

        const RequestFrame connect = m_server->requests.first();
        QCOMPARE(connect.method, QStringLiteral("connect"));
        const QJsonObject params = connect.params.toObject();
        QStringList keys = params.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("auth"), QStringLiteral("client"),
                                    QStringLiteral("maxProtocol"), QStringLiteral("minProtocol"),
                                    QStringLiteral("role"), QStringLiteral("scopes")}));
        QCOMPARE(params.value(QStringLiteral("minProtocol")).toInt(), 3);
        QCOMPARE(params.value(QStringLiteral("maxProtocol")).toInt(), 4);
        QCOMPARE(params.value(QStringLiteral("role")).toString(), QStringLiteral("operator"));
        const QJsonObject client = params.value(QStringLiteral("client")).toObject();
        QCOMPARE(client.value(QStringLiteral("id")).toString(), QStringLiteral("cli"));
        QCOMPARE(client.value(QStringLiteral("mode")).toString(), QStringLiteral("cli"));
        QCOMPARE(client.value(QStringLiteral("displayName")).toString(), QStringLiteral("Switchboard"));
        QVERIFY(!client.value(QStringLiteral("version")).toString().isEmpty());
        QVERIFY(!client.value(QStringLiteral("platform")).toString().isEmpty());
        QCOMPARE(client.keys().size(), 5);
        QCOMPARE(params.value(QStringLiteral("scopes")).toArray().size(), 5);
        QCOMPARE(params.value(QStringLiteral("auth")).toObject(),
                 QJsonObject({{QStringLiteral("token"), QStringLiteral("test-token-123456")}}));

        const HelloOk hello = connected.at(0).at(0).value<HelloOk>();
        QCOMPARE(hello.protocol, 4);
        QCOMPARE(hello.serverVersion, QStringLiteral("2026.9.6"));
        QCOMPARE(hello.tickIntervalMs, 30000);
        QCOMPARE(hello.uptimeMs.value_or(-1), 4242);
        QCOMPARE(hello.authMode, QStringLiteral("token"));
        QCOMPARE(hello.scopes,
                 (QStringList{QStringLiteral("operator.admin"), QStringLiteral("operator.read")}));
        QCOMPARE(hello.stateVersion.health, 2);
        QCOMPARE(connection.protocolVersion(), 4);
    }

    void waitsForChallengeBeforeConnect()
    {
        m_server->sendChallenge = false;
        Connection connection(optionsFor(m_server->url()));
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Handshaking, 5000);
        QTest::qWait(200); // a negative check: nothing may be sent without the challenge
        QVERIFY(m_server->requests.isEmpty());
        m_server->sendEvent(QStringLiteral("connect.challenge"),
                            QJsonObject{{QStringLiteral("nonce"), QStringLiteral("n")}});
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
    }

    void correlatesOutOfOrderResponses()
    {
        QList<RequestFrame> held;
        m_server->onRequest = [&held](const RequestFrame &request) {
            held.append(request);
        };
        Connection connection(optionsFor(m_server->url()));
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);

        QMap<QString, QString> answers;
        for (const QString &method : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
            connection.request(
                method, QJsonObject(), this, [&answers, method](const Result<QJsonValue> &result) {
                    answers.insert(method, result.ok() ? result.value().toString() : QStringLiteral("error"));
                });
        }
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 3, 5000);
        for (auto it = held.crbegin(); it != held.crend(); ++it)
            m_server->respond(it->id, QString(QStringLiteral("answer-") + it->method));
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 3, 5000);
        QCOMPARE(answers.value(QStringLiteral("a")), QStringLiteral("answer-a"));
        QCOMPARE(answers.value(QStringLiteral("b")), QStringLiteral("answer-b"));
        QCOMPARE(answers.value(QStringLiteral("c")), QStringLiteral("answer-c"));
        QCOMPARE(connection.pendingRequestCount(), 0);
    }

    void timesOutUnansweredRequests()
    {
        QList<RequestFrame> held;
        m_server->onRequest = [&held](const RequestFrame &request) {
            held.append(request);
        };
        Connection connection(optionsFor(m_server->url()));
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);

        std::optional<Result<QJsonValue>> outcome;
        int calls = 0;
        QElapsedTimer clock;
        clock.start();
        connection.request(
            QStringLiteral("health"), QJsonObject(), this,
            [&](const Result<QJsonValue> &result) {
                outcome = result;
                ++calls;
            },
            300);
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QVERIFY(clock.elapsed() >= 280);
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind(), GatewayError::Kind::Timeout);
        // The late answer must not call the handler a second time.
        m_server->respond(held.first().id, QStringLiteral("late"));
        QTest::qWait(100);
        QCOMPARE(calls, 1);
        QCOMPARE(connection.state(), ConnectionState::Connected);
    }

    void seqGapAsksForResync()
    {
        Connection connection(optionsFor(m_server->url()));
        QSignalSpy resync(&connection, &Connection::resyncNeeded);
        QSignalSpy events(&connection, &Connection::eventReceived);
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        m_server->sendEvent(QStringLiteral("health"), QJsonObject(), 1);
        m_server->sendEvent(QStringLiteral("presence"), QJsonObject(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 2, 5000);
        QCOMPARE(resync.count(), 0);
        m_server->sendEvent(QStringLiteral("heartbeat"), QJsonObject(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(resync.count(), 1, 5000);
        QVERIFY(resync.at(0).at(0).toString().contains(QStringLiteral("3 to 4")));
        QCOMPARE(events.count(), 3);
        QCOMPARE(events.at(0).at(0).value<Event>().kind, EventKind::Health);
        QCOMPARE(events.at(2).at(0).value<Event>().kind, EventKind::Heartbeat);
    }

    // Events come typed: the gateway's own time from any payload's ts, a heartbeat's record, a
    // shutdown's notice; the heartbeat's gateway text is redacted by the monitor, not here.
    void eventsAreTyped()
    {
        Connection connection(optionsFor(m_server->url()));
        QSignalSpy events(&connection, &Connection::eventReceived);
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        m_server->sendEvent(QStringLiteral("tick"), QJsonObject{{QStringLiteral("ts"), 1770854400000.0}}, 1);
        m_server->sendEvent(QStringLiteral("heartbeat"),
                            QJsonObject{{QStringLiteral("ts"), 1770854460000.0},
                                        {QStringLiteral("status"), QStringLiteral("sent")},
                                        {QStringLiteral("channel"), QStringLiteral("signal")},
                                        {QStringLiteral("to"), QStringLiteral("+818011112222")},
                                        {QStringLiteral("preview"), QStringLiteral("HEARTBEAT_OK")}},
                            2);
        m_server->sendEvent(QStringLiteral("tick"), QJsonObject(), 3);
        m_server->sendEvent(QStringLiteral("heartbeat"), QJsonArray{1}, 4);
        QTRY_COMPARE_WITH_TIMEOUT(events.count(), 4, 5000);

        const Event tick = events.at(0).at(0).value<Event>();
        QCOMPARE(tick.kind, EventKind::Tick);
        QCOMPARE(tick.gatewayTime, std::optional(QDateTime::fromMSecsSinceEpoch(1770854400000, Qt::UTC)));
        QVERIFY(!tick.heartbeat);

        const Event heartbeat = events.at(1).at(0).value<Event>();
        QCOMPARE(heartbeat.kind, EventKind::Heartbeat);
        QVERIFY(heartbeat.heartbeat);
        QCOMPARE(heartbeat.heartbeat->channel, QStringLiteral("signal"));
        QCOMPARE(heartbeat.heartbeat->preview, QStringLiteral("HEARTBEAT_OK"));
        QVERIFY(heartbeat.heartbeat->delivered());
        QCOMPARE(heartbeat.heartbeat->at, QDateTime::fromMSecsSinceEpoch(1770854460000, Qt::UTC));

        // No ts, or a payload that is not a record: nothing typed, nothing invented.
        QVERIFY(!events.at(2).at(0).value<Event>().gatewayTime);
        QCOMPARE(events.at(3).at(0).value<Event>().kind, EventKind::Heartbeat);
        QVERIFY(!events.at(3).at(0).value<Event>().heartbeat);

        // What the monitor hands to ingest: the same event, its gateway text redacted.
        const QString secret = QStringLiteral("hb-secret-123456");
        sb::Redactor::registerSecret(secret);
        const Event fromGateway =
            Event::fromFrame(EventFrame{QStringLiteral("heartbeat"),
                                        QJsonObject{{QStringLiteral("status"), QStringLiteral("failed")},
                                                    {QStringLiteral("reason"),
                                                     QString(QStringLiteral("bad token ") + secret)}},
                                        9, std::nullopt},
                             QDateTime::currentDateTimeUtc());
        const Event redacted = fromGateway.redacted();
        sb::Redactor::forgetSecret(secret);
        QVERIFY(fromGateway.heartbeat->reason.contains(secret));
        QCOMPARE(redacted.heartbeat->reason, QStringLiteral("bad token [REDACTED]"));
        QCOMPARE(redacted.seq, std::optional<qint64>(9));
        QCOMPARE(redacted.receivedAt, fromGateway.receivedAt);
    }

    void tickWatchdogClosesWith4000AndReconnects()
    {
        m_server->tickIntervalMs = 1000; // the shortest interval the console takes at its word
        Connection connection(optionsFor(m_server->url()));
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        QCOMPARE(connection.tickIntervalMs(), 1000);
        QElapsedTimer silence;
        silence.start();
        QSignalSpy closed(m_server.get(), &ScriptedGateway::clientClosed);
        // Ticks keep it alive past 2x the interval...
        for (int i = 0; i < 3; ++i) {
            QTest::qWait(750);
            m_server->sendEvent(QStringLiteral("tick"), QJsonObject{{QStringLiteral("ts"), i}});
        }
        QCOMPARE(closed.count(), 0);
        QCOMPARE(m_server->connectionCount(), 1);
        // ...silence kills it within 2x the interval.
        silence.restart();
        QTRY_COMPARE_WITH_TIMEOUT(closed.count(), 1, 5000);
        QVERIFY2(silence.elapsed() >= 1900, qPrintable(QString::number(silence.elapsed())));
        QVERIFY2(silence.elapsed() < 3500, qPrintable(QString::number(silence.elapsed())));
        QCOMPARE(closed.at(0).at(0).toInt(), 4000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 2, 5000);
    }

    void shutdownWaitsRestartExpectedMs()
    {
        Connection connection(optionsFor(m_server->url()));
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        m_server->sendEvent(QStringLiteral("shutdown"),
                            QJsonObject{{QStringLiteral("reason"), QStringLiteral("gateway restarting")},
                                        {QStringLiteral("restartExpectedMs"), 700}},
                            1);
        QTest::qWait(50);
        QElapsedTimer sinceClose;
        sinceClose.start();
        m_server->closeClient(1012, QStringLiteral("service restart"));
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::BackingOff, 5000);
        const qint64 plannedDelay =
            QDateTime::currentDateTimeUtc().msecsTo(connection.nextAttemptAt()) + sinceClose.elapsed();
        QVERIFY2(plannedDelay >= 600, qPrintable(QString::number(plannedDelay)));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 2, 5000);
        QVERIFY2(sinceClose.elapsed() >= 650, qPrintable(QString::number(sinceClose.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
    }

    void unavailableConnectIsRetried()
    {
        const ErrorShape starting{
            QStringLiteral("UNAVAILABLE"), QStringLiteral("gateway starting; retry shortly"),
            QJsonObject{{QStringLiteral("reason"), QStringLiteral("startup-sidecars")}}, true, 150};
        m_server->connectAnswers = {{false, starting, 0}, {false, starting, 0}};
        Connection connection(optionsFor(m_server->url()));
        QSignalSpy errors(&connection, &Connection::errorOccurred);
        QElapsedTimer clock;
        clock.start();
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        QVERIFY2(clock.elapsed() >= 280, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_server->connectionCount(), 3);
        QVERIFY(errors.count() >= 2);
        QCOMPARE(errors.at(0).at(0).value<GatewayError>().kind(), GatewayError::Kind::Unavailable);
    }

    void wrongTokenIsTerminal()
    {
        const ErrorShape refused{
            QStringLiteral("INVALID_REQUEST"), QStringLiteral("unauthorized: gateway token mismatch"),
            QJsonObject{{QStringLiteral("code"), QStringLiteral("AUTH_TOKEN_MISMATCH")},
                        {QStringLiteral("recommendedNextStep"), QStringLiteral("update_auth_credentials")}},
            false, std::nullopt};
        m_server->connectAnswers = {{false, refused, 1008}};
        Connection connection(optionsFor(m_server->url()));
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Failed, 5000);
        QCOMPARE(connection.lastError()->kind(), GatewayError::Kind::Auth);
        QVERIFY(connection.failureReason().contains(QStringLiteral("token mismatch")));
        QVERIFY(connection.failureReason().contains(QStringLiteral("current token")));
        QTest::qWait(400); // negative check: no retry loop
        QCOMPARE(m_server->connectionCount(), 1);
        QCOMPARE(connection.state(), ConnectionState::Failed);
    }

    void protocolMismatchIsTerminal()
    {
        const ErrorShape mismatch{QStringLiteral("INVALID_REQUEST"), QStringLiteral("protocol mismatch"),
                                  QJsonObject{{QStringLiteral("code"), QStringLiteral("PROTOCOL_MISMATCH")}},
                                  false, std::nullopt};
        m_server->connectAnswers = {{false, mismatch, 1002}};
        Connection connection(optionsFor(m_server->url()));
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Failed, 5000);
        QCOMPARE(connection.lastError()->kind(), GatewayError::Kind::ProtocolMismatch);
        QTest::qWait(300);
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void badFramesAreRejectedAndSurvived()
    {
        m_server->maxPayload = 1024;
        m_server->onRequest = [this](const RequestFrame &request) {
            m_server->respond(request.id, QStringLiteral("fine"));
        };
        Connection connection(optionsFor(m_server->url()));
        QSignalSpy rejected(&connection, &Connection::frameRejected);
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        m_server->sendRaw("{this is not json");
        m_server->sendRaw(R"({"type":"surprise"})");
        m_server->sendRaw(R"({"type":"event","event":"tick","seq":"one"})");
        m_server->sendRaw(R"({"type":"event","event":"tick","payload":")" + QByteArray(2048, 'x') + R"("})");
        m_server->sendRaw(R"({"type":"res","id":"999","ok":true})"); // nobody waits: ignored quietly
        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 4, 5000);
        QVERIFY(rejected.at(3).at(0).toString().contains(QStringLiteral("exceeds the limit")));
        QCOMPARE(connection.rejectedFrameCount(), 4);
        std::optional<Result<QJsonValue>> outcome;
        connection.request(QStringLiteral("health"), QJsonObject(), this,
                           [&outcome](const Result<QJsonValue> &result) { outcome = result; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QVERIFY(outcome->ok());
        QCOMPARE(connection.state(), ConnectionState::Connected);
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void refusesOversizedOutgoingFrames()
    {
        m_server->maxPayload = 512;
        Connection connection(optionsFor(m_server->url()));
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        const qsizetype before = m_server->requests.size();
        std::optional<Result<QJsonValue>> outcome;
        connection.request(QStringLiteral("config.set"),
                           QJsonObject{{QStringLiteral("raw"), QString(2048, QLatin1Char('x'))}}, this,
                           [&outcome](const Result<QJsonValue> &result) { outcome = result; });
        QVERIFY(!outcome.has_value()); // never synchronous
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QCOMPARE(outcome->error().kind(), GatewayError::Kind::Protocol);
        QVERIFY(outcome->error().message().contains(QStringLiteral("512")));
        QTest::qWait(100);
        QCOMPARE(m_server->requests.size(), before);
    }

    void reconnectsWithGrowingBackoffAndResyncs()
    {
        Connection connection(optionsFor(m_server->url()));
        QSignalSpy resync(&connection, &Connection::resyncNeeded);
        QList<qint64> plannedDelays;
        connect(&connection, &Connection::stateChanged, this, [&](ConnectionState state) {
            if (state == ConnectionState::BackingOff)
                plannedDelays.append(QDateTime::currentDateTimeUtc().msecsTo(connection.nextAttemptAt()));
        });
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        QCOMPARE(resync.count(), 0);

        // The socket drops: the client comes back on its own and asks for a resync.
        m_server->abortClient();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        QCOMPARE(resync.count(), 1);

        // The gateway goes away for good: every attempt is refused and the delay grows to the cap.
        const quint16 port = static_cast<quint16>(m_server->url().port());
        m_server.reset();
        QTRY_VERIFY_WITH_TIMEOUT(plannedDelays.size() >= 6, 10000);
        const QList<qint64> expected = {50, 100, 200, 400, 400, 400};
        for (int i = 0; i < expected.size(); ++i) {
            QVERIFY2(plannedDelays.at(i) <= expected.at(i) && plannedDelays.at(i) >= expected.at(i) - 30,
                     qPrintable(QStringLiteral("attempt %1 planned %2 ms").arg(i).arg(plannedDelays.at(i))));
        }

        // It returns on the same port: connected again without anyone calling open().
        m_server = std::make_unique<ScriptedGateway>();
        QVERIFY(m_server->listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        QCOMPARE(resync.count(), 2);
    }

    void stablePeriodResetsBackoff()
    {
        ConnectionOptions options = optionsFor(m_server->url());
        options.reconnect.stableAfterMs = 200;
        Connection connection(options);
        QList<qint64> plannedDelays;
        connect(&connection, &Connection::stateChanged, this, [&](ConnectionState state) {
            if (state == ConnectionState::BackingOff)
                plannedDelays.append(QDateTime::currentDateTimeUtc().msecsTo(connection.nextAttemptAt()));
        });
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        m_server->abortClient(); // short-lived: the next delay grows
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        m_server->abortClient();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        QTest::qWait(300); // lived longer than stableAfterMs
        m_server->abortClient();
        QTRY_COMPARE_WITH_TIMEOUT(plannedDelays.size(), 3, 5000);
        QVERIFY2(plannedDelays.at(1) > 80, qPrintable(QString::number(plannedDelays.at(1))));
        QVERIFY2(plannedDelays.at(2) <= 50, qPrintable(QString::number(plannedDelays.at(2))));
    }

    void requestWhileDisconnectedFailsAsynchronously()
    {
        Connection connection(optionsFor(m_server->url()));
        std::optional<Result<QJsonValue>> outcome;
        connection.request(QStringLiteral("health"), QJsonObject(), this,
                           [&outcome](const Result<QJsonValue> &result) { outcome = result; });
        QVERIFY(!outcome.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 2000);
        QCOMPARE(outcome->error().kind(), GatewayError::Kind::Transport);
    }

    void plainWsToRemoteHostIsRefused()
    {
        ConnectionOptions options = optionsFor(QUrl(QStringLiteral("ws://192.0.2.10:18789")));
        Connection connection(options);
        connection.open();
        QCOMPARE(connection.state(), ConnectionState::Failed);
        QVERIFY(connection.failureReason().contains(QStringLiteral("wss://")));
    }

    void contextDestructionSilencesHandler()
    {
        QList<RequestFrame> held;
        m_server->onRequest = [&held](const RequestFrame &request) {
            held.append(request);
        };
        Connection connection(optionsFor(m_server->url()));
        connection.open();
        QTRY_COMPARE_WITH_TIMEOUT(connection.state(), ConnectionState::Connected, 5000);
        bool called = false;
        auto context = std::make_unique<QObject>();
        connection.request(QStringLiteral("health"), QJsonObject(), context.get(),
                           [&called](const Result<QJsonValue> &) { called = true; });
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 1, 5000);
        context.reset();
        m_server->respond(held.first().id, QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(connection.pendingRequestCount(), 0, 5000);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "TestConnection.moc"

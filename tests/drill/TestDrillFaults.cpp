// Each fault knob of the drill, observed from the client side of the socket.
#include "app/drill/DrillGateway.h"
#include "app/drill/DrillSession.h"
#include "app/drill/DrillWorld.h"
#include "app/gateway/Frame.h"
#include "tests/drill/DrillTestClient.h"
#include "tests/drill/RawWebSocket.h"
#include "tests/support/TestEnvironment.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using sb::drill::DrillSession;
using sb::drill::test::DrillTestClient;
using sb::drill::test::RawWebSocket;

namespace {
// Challenge, connect, hello-ok over the raw socket.
bool rawHandshake(RawWebSocket &raw, const QUrl &url, const QString &token)
{
    if (!raw.open(url) || !raw.readText())
        return false;
    const QJsonObject connect{{u"type"_s, u"req"_s},
                              {u"id"_s, u"c1"_s},
                              {u"method"_s, u"connect"_s},
                              {u"params"_s, DrillTestClient::consoleConnectParams(token)}};
    raw.sendText(QJsonDocument(connect).toJson(QJsonDocument::Compact));
    const auto hello = raw.readText();
    return hello && QJsonDocument::fromJson(*hello).object().value(u"ok"_s).toBool();
}
} // namespace

class TestDrillFaults : public QObject
{
    Q_OBJECT

private:
    static constexpr auto kToken = "fault-token";

    std::unique_ptr<DrillSession> startDrill(int tickMs = 30000)
    {
        DrillSession::Options options;
        options.token = QString::fromLatin1(kToken);
        options.autoPlay = false;
        options.signalEmulator = false;
        options.tickIntervalMs = tickMs;
        QString error;
        auto session = DrillSession::start(options, &error);
        if (!session)
            qWarning("drill did not start: %s", qPrintable(error));
        return session;
    }

private Q_SLOTS:
    void dropKillsTheSocketWithoutACloseFrame()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), QString::fromLatin1(kToken)));
        RawWebSocket raw;
        QVERIFY(rawHandshake(raw, drill->url(), QString::fromLatin1(kToken)));
        drill->gateway()->dropConnections();
        QVERIFY(client.waitDisconnected());
        QCOMPARE(raw.waitClose(), std::nullopt); // the TCP connection ended, no close frame
        QVERIFY(!raw.sawCloseFrame());
    }

    void dropMidRequestLeavesTheRequestUnanswered()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), QString::fromLatin1(kToken)));
        drill->gateway()->dropOnNextRequest(u"config.get"_s);
        const QString id = client.sendRequest(u"config.get"_s, QJsonObject{});
        QVERIFY(client.waitDisconnected());
        QVERIFY(client.waitResponse(id, 50).isEmpty());
        // The gateway itself is fine: a new connection works.
        DrillTestClient again;
        QVERIFY(again.handshake(drill->url(), QString::fromLatin1(kToken)));
        QVERIFY(again.call(u"config.get"_s, QJsonObject{}).value(u"ok"_s).toBool());
    }

    void ticksFlowAndCanStall()
    {
        auto drill = startDrill(50);
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), QString::fromLatin1(kToken)));
        const QJsonObject tick = client.waitEvent(u"tick"_s, 2000);
        QVERIFY(!tick.isEmpty());
        QVERIFY(tick.value(u"seq"_s).toInteger() >= 1);
        QVERIFY(tick[u"payload"_s][u"ts"_s].toInteger() > 0);
        drill->gateway()->setTicksStalled(true);
        QTest::qWait(60); // let an in-flight tick land
        const qsizetype ticksAtStall = client.events(u"tick"_s).size();
        QSignalSpy frames(&client, &DrillTestClient::frameReceived);
        QVERIFY(!frames.wait(400)); // silence well past 2× tickIntervalMs
        QCOMPARE(client.events(u"tick"_s).size(), ticksAtStall);
        drill->gateway()->setTicksStalled(false);
        QVERIFY(!client.waitEvent(u"tick"_s, 2000, client.frames().size()).isEmpty());
    }

    void malformedOversizedAndUnknownFramesReachTheClient()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), QString::fromLatin1(kToken)));
        client.socket().setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
        const qint64 maxPayload = drill->gateway()->options().maxPayload;

        qsizetype mark = client.rawTexts().size();
        drill->gateway()->sendMalformedFrame();
        QTRY_VERIFY_WITH_TIMEOUT(client.rawTexts().size() > mark, 5000);
        QVERIFY(std::holds_alternative<sb::gateway::DecodeError>(
            sb::gateway::decodeFrame(client.rawTexts().at(mark).toUtf8())));

        mark = client.rawTexts().size();
        drill->gateway()->sendUnknownFrame();
        QTRY_VERIFY_WITH_TIMEOUT(client.rawTexts().size() > mark, 5000);
        QVERIFY(std::holds_alternative<sb::gateway::DecodeError>(
            sb::gateway::decodeFrame(client.rawTexts().at(mark).toUtf8())));

        mark = client.rawTexts().size();
        drill->gateway()->sendOversizedFrame(maxPayload + 100);
        QTRY_VERIFY_WITH_TIMEOUT(client.rawTexts().size() > mark, 20000);
        const QByteArray big = client.rawTexts().at(mark).toUtf8();
        QVERIFY(big.size() > maxPayload);
        QVERIFY(std::holds_alternative<sb::gateway::DecodeError>(sb::gateway::decodeFrame(big, maxPayload)));
        // After all that the connection still answers.
        QVERIFY(client.call(u"health"_s).value(u"ok"_s).toBool());
    }

    void skippedSeqNumbersShowAsAGap()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), QString::fromLatin1(kToken)));
        qsizetype mark = client.frames().size();
        drill->world()->publishHealth();
        const qint64 first = client.waitEvent(u"health"_s, 5000, mark).value(u"seq"_s).toInteger();
        drill->gateway()->skipSeq(3);
        mark = client.frames().size();
        drill->world()->publishHealth();
        const qint64 second = client.waitEvent(u"health"_s, 5000, mark).value(u"seq"_s).toInteger();
        QVERIFY(first >= 1);
        QCOMPARE(second, first + 4);
    }

    void configChangesBehindTheClientsBack()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), QString::fromLatin1(kToken)));
        const QString hash = client.call(u"config.get"_s, QJsonObject{})[u"payload"_s][u"hash"_s].toString();
        drill->world()->patchConfig(
            QJsonObject{{u"channels"_s, QJsonObject{{u"whatsapp"_s, QJsonObject{{u"enabled"_s, false}}}}}},
            u"doctor"_s);
        const QJsonObject changed = client.waitEvent(u"config.changed"_s);
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed[u"payload"_s][u"hash"_s].toString() != hash);
    }

    void restartSendsShutdownThenListensAgainOnTheSamePort()
    {
        auto drill = startDrill();
        const QUrl url = drill->url();
        DrillTestClient client;
        QVERIFY(client.handshake(url, QString::fromLatin1(kToken)));
        RawWebSocket raw;
        QVERIFY(rawHandshake(raw, url, QString::fromLatin1(kToken)));
        QSignalSpy restarted(drill->gateway(), &sb::drill::DrillGateway::restarted);
        drill->gateway()->restart(300, 300);
        const QJsonObject shutdown = client.waitEvent(u"shutdown"_s);
        QCOMPARE(shutdown[u"payload"_s][u"restartExpectedMs"_s].toInt(), 300);
        QVERIFY(!shutdown[u"payload"_s][u"reason"_s].toString().isEmpty());
        QVERIFY(client.waitDisconnected());
        // On the wire it is 1012 "service restart" (Qt's QWebSocket reports such codes as 1002).
        QCOMPARE(raw.waitClose(), std::optional<int>(1012));
        QVERIFY(!drill->gateway()->isListening());
        QVERIFY(restarted.wait(5000));
        QCOMPARE(drill->url(), url);
        DrillTestClient again;
        QVERIFY(again.handshake(url, QString::fromLatin1(kToken)));
    }

    void startupUnavailableIsRetryable()
    {
        auto drill = startDrill();
        drill->gateway()->setStartupUnavailable(1);
        DrillTestClient client;
        QVERIFY(client.open(drill->url()));
        QVERIFY(client.waitForChallenge());
        const QJsonObject response =
            client.connectWith(DrillTestClient::consoleConnectParams(QString::fromLatin1(kToken)));
        const QJsonObject error = response.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"UNAVAILABLE"_s);
        QCOMPARE(error.value(u"message"_s).toString(), u"gateway starting; retry shortly"_s);
        QCOMPARE(error.value(u"retryable"_s).toBool(), true);
        QCOMPARE(error.value(u"retryAfterMs"_s).toInt(), 500);
        QCOMPARE(error[u"details"_s][u"reason"_s].toString(), u"startup-sidecars"_s);
        QVERIFY(client.waitDisconnected());
        drill->gateway()->setStartupUnavailable(1);
        RawWebSocket raw;
        QVERIFY(raw.open(drill->url()));
        QVERIFY(raw.readText());
        raw.sendText(QJsonDocument(QJsonObject{{u"type"_s, u"req"_s},
                                               {u"id"_s, u"c1"_s},
                                               {u"method"_s, u"connect"_s},
                                               {u"params"_s, DrillTestClient::consoleConnectParams(
                                                                 QString::fromLatin1(kToken))}})
                         .toJson(QJsonDocument::Compact));
        QVERIFY(raw.readText()); // the UNAVAILABLE response
        QCOMPARE(raw.waitClose(), std::optional<int>(1013));
        DrillTestClient retry;
        QVERIFY(retry.handshake(drill->url(), QString::fromLatin1(kToken)));
    }

    void slowResponsesAreHeldBack()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), QString::fromLatin1(kToken)));
        drill->gateway()->setResponseDelayMs(300);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(client.call(u"health"_s).value(u"ok"_s).toBool());
        QVERIFY(timer.elapsed() >= 290);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sb::test::ScratchHome home;
    TestDrillFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDrillFaults.moc"

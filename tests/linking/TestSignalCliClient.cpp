// The signal-cli daemon client against the drill's emulator and against servers that are not
// a healthy daemon: nothing listening, a web page, malformed JSON-RPC, a daemon that never
// answers, an event stream that never sends. Each ends in its own clear error, in bounded time.
#include "app/drill/SignalCliEmulator.h"
#include "app/linking/signalcli/SignalCliClient.h"
#include "app/linking/signalcli/SignalCliEvents.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using sb::linking::signalcli::DaemonError;
using sb::linking::signalcli::DaemonResult;
using sb::linking::signalcli::ServerSentEvent;
using sb::linking::signalcli::SignalCliClient;
using sb::linking::signalcli::SignalCliEvents;
using sb::linking::signalcli::SseParser;

namespace {

// Answers every request with the same bytes once its headers are in (or never, when `reply`
// is empty), and keeps the connection open until the client closes it.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray reply)
        : m_reply(std::move(reply))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_received += socket->readAll();
                    if (!m_reply.isEmpty() && m_received.contains("\r\n\r\n")) {
                        socket->write(m_reply);
                        m_received.clear();
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    int connections = 0;

private:
    QByteArray m_reply;
    QByteArray m_received;
};

QByteArray httpResponse(const QByteArray &status, const QByteArray &type, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + type +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// A port nothing listens on (taken, then given back).
quint16 deadPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

struct Outcome
{
    std::optional<DaemonResult<QJsonValue>> result;
    qint64 elapsedMs = 0;
};

Outcome callAndWait(SignalCliClient &client, const QString &method, const QJsonObject &params = {})
{
    Outcome outcome;
    QElapsedTimer timer;
    timer.start();
    QObject context;
    client.call(method, params, client.options().rpcTimeoutMs, &context,
                [&outcome, &timer](const DaemonResult<QJsonValue> &result) {
                    outcome.result = result;
                    outcome.elapsedMs = timer.elapsed();
                });
    if (!QTest::qWaitFor([&outcome] { return outcome.result.has_value(); }, 10000))
        qWarning("no answer within 10 s");
    return outcome;
}

SignalCliClient::Options clientAt(const QUrl &url, int timeoutMs = 800)
{
    SignalCliClient::Options options;
    options.baseUrl = url;
    options.rpcTimeoutMs = timeoutMs;
    options.checkTimeoutMs = timeoutMs;
    return options;
}

} // namespace

class TestSignalCliClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsTheEmulator()
    {
        sb::drill::SignalCliEmulator emulator;
        QVERIFY(emulator.listen());
        SignalCliClient client(clientAt(QUrl(emulator.baseUrl()), 5000));
        std::optional<DaemonResult<bool>> checked;
        QObject context;
        client.check(&context, [&checked](const DaemonResult<bool> &result) { checked = result; });
        QTRY_VERIFY_WITH_TIMEOUT(checked.has_value(), 5000);
        QVERIFY(checked->ok());

        std::optional<DaemonResult<QString>> link;
        client.startLink(&context, [&link](const DaemonResult<QString> &result) { link = result; });
        QTRY_VERIFY_WITH_TIMEOUT(link.has_value(), 5000);
        QVERIFY(link->ok());
        QVERIFY(link->value().startsWith(QLatin1String("sgnl://linkdevice?uuid=")));

        // A JSON-RPC error keeps its code and message, and the Retry-After the daemon sent.
        sb::drill::SignalCliEmulator::Behaviour limited;
        limited.registerOutcome = QStringLiteral("rate-limited");
        limited.retryAfterSeconds = 90;
        emulator.setBehaviour(limited);
        std::optional<DaemonResult<QJsonValue>> registered;
        client.registerAccount(
            {QStringLiteral("+819000000053"), {}, false, false}, &context,
            [&registered](const DaemonResult<QJsonValue> &result) { registered = result; });
        QTRY_VERIFY_WITH_TIMEOUT(registered.has_value(), 5000);
        QVERIFY(!registered->ok());
        QCOMPARE(registered->error().kind(), DaemonError::Kind::Rpc);
        QCOMPARE(registered->error().rpcCode(), -5);
        QCOMPARE(registered->error().retryAfterSeconds().value_or(-1), 90);
        QCOMPARE(emulator.lastParams(QStringLiteral("register")).value(QStringLiteral("account")).toString(),
                 QStringLiteral("+819000000053"));
    }

    void daemonNotRunning()
    {
        SignalCliClient client(clientAt(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort()))));
        const Outcome outcome = callAndWait(client, QStringLiteral("startLink"));
        QVERIFY(outcome.result && !outcome.result->ok());
        QCOMPARE(outcome.result->error().kind(), DaemonError::Kind::NotRunning);
        QVERIFY(outcome.result->error().userMessage().contains(QLatin1String("not running")));
        QVERIFY(outcome.elapsedMs < 2000);
    }

    void wrongUrl()
    {
        CannedServer server(httpResponse("404 Not Found", "text/plain", "no such path"));
        SignalCliClient client(clientAt(server.url()));
        const Outcome outcome = callAndWait(client, QStringLiteral("startLink"));
        QVERIFY(outcome.result && !outcome.result->ok());
        QCOMPARE(outcome.result->error().kind(), DaemonError::Kind::WrongUrl);
    }

    void htmlPage()
    {
        CannedServer server(httpResponse(
            "200 OK", "text/html", "<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1></body></html>"));
        SignalCliClient client(clientAt(server.url()));
        const Outcome outcome = callAndWait(client, QStringLiteral("startLink"));
        QVERIFY(outcome.result && !outcome.result->ok());
        QCOMPARE(outcome.result->error().kind(), DaemonError::Kind::NotJson);
        QVERIFY(outcome.result->error().message().contains(QLatin1String("HTML")));
        QVERIFY(outcome.result->error().userMessage().contains(QLatin1String("daemon URL")));
    }

    void malformedJsonRpc_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not an object") << QByteArray("[1,2,3]");
        QTest::newRow("no jsonrpc") << QByteArray("{\"result\":{},\"id\":\"1\"}");
        QTest::newRow("neither result nor error") << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":\"1\"}");
        QTest::newRow("both") << QByteArray("{\"jsonrpc\":\"2.0\",\"result\":1,\"error\":{},\"id\":\"1\"}");
        QTest::newRow("error without code")
            << QByteArray("{\"jsonrpc\":\"2.0\",\"error\":{\"message\":\"x\"},\"id\":\"1\"}");
        QTest::newRow("another id") << QByteArray("{\"jsonrpc\":\"2.0\",\"result\":{},\"id\":\"999\"}");
        QTest::newRow("truncated") << QByteArray("{\"jsonrpc\":\"2.0\",\"res");
    }
    void malformedJsonRpc()
    {
        QFETCH(QByteArray, body);
        CannedServer server(httpResponse("200 OK", "application/json", body));
        SignalCliClient client(clientAt(server.url()));
        const Outcome outcome = callAndWait(client, QStringLiteral("startLink"));
        QVERIFY(outcome.result && !outcome.result->ok());
        const DaemonError::Kind kind = outcome.result->error().kind();
        QVERIFY2(kind == DaemonError::Kind::BadResponse || kind == DaemonError::Kind::NotJson,
                 qPrintable(outcome.result->error().userMessage()));
    }

    void daemonThatNeverAnswers()
    {
        CannedServer server({}); // accepts, reads, never writes
        SignalCliClient client(clientAt(server.url(), 700));
        const Outcome outcome = callAndWait(client, QStringLiteral("startLink"));
        QVERIFY(outcome.result && !outcome.result->ok());
        QCOMPARE(outcome.result->error().kind(), DaemonError::Kind::Timeout);
        QVERIFY(outcome.elapsedMs >= 600);
        QVERIFY(outcome.elapsedMs < 3000);
    }

    void sseParser()
    {
        SseParser parser;
        QList<ServerSentEvent> events = parser.feed(":\n\nevent:receive\ndata:{\"a\":");
        QVERIFY(events.isEmpty());
        events = parser.feed("1}\ndata: second\r\nid:7\r\n\r\ndata:x\n\n");
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).event, QStringLiteral("receive"));
        QCOMPARE(events.at(0).data, QStringLiteral("{\"a\":1}\nsecond"));
        QCOMPARE(events.at(0).id, QStringLiteral("7"));
        QCOMPARE(events.at(1).event, QStringLiteral("message"));
    }

    void eventStreamFromTheEmulator()
    {
        sb::drill::SignalCliEmulator emulator;
        QVERIFY(emulator.listen());
        SignalCliEvents::Options options;
        options.baseUrl = QUrl(emulator.baseUrl());
        options.account = QStringLiteral("+819000000053");
        options.initialBackoffMs = 50;
        options.maxBackoffMs = 200;
        SignalCliEvents events(options);
        QSignalSpy opened(&events, &SignalCliEvents::opened);
        QSignalSpy received(&events, &SignalCliEvents::eventReceived);
        QSignalSpy dropped(&events, &SignalCliEvents::dropped);
        events.start();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 5000);
        emulator.pushEnvelope(QJsonObject{{QStringLiteral("source"), QStringLiteral("+818011112222")}});
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        const auto event = received.at(0).at(0).value<ServerSentEvent>();
        QCOMPARE(event.event, QStringLiteral("receive"));
        QVERIFY(event.data.contains(QLatin1String("+818011112222")));

        // The flurry: the daemon drops the stream; it comes back on its own.
        emulator.dropEventStreams();
        QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), 1, 5000);
        QCOMPARE(dropped.at(0).at(3).toBool(), false);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 5000);

        // A permanent rejection (403) stops it, as the gateway's own monitor does.
        sb::drill::SignalCliEmulator::Behaviour reject;
        reject.eventsOutcome = QStringLiteral("reject");
        emulator.setBehaviour(reject);
        emulator.dropEventStreams();
        QTRY_VERIFY_WITH_TIMEOUT(!dropped.isEmpty() && dropped.last().at(3).toBool(), 5000);
        const auto error = dropped.last().at(0).value<DaemonError>();
        QCOMPARE(error.httpStatus(), 403);
    }

    void eventStreamThatNeverSends()
    {
        CannedServer server({});
        SignalCliEvents::Options options;
        options.baseUrl = server.url();
        options.openTimeoutMs = 400;
        options.initialBackoffMs = 50;
        options.maxBackoffMs = 200;
        SignalCliEvents events(options);
        QSignalSpy dropped(&events, &SignalCliEvents::dropped);
        QElapsedTimer timer;
        timer.start();
        events.start();
        QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), 1, 3000);
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(dropped.at(0).at(0).value<DaemonError>().kind(), DaemonError::Kind::Timeout);
        // Bounded backoff: 50, 100, 200, 200 ms — never beyond the maximum, never stopping.
        QTRY_VERIFY_WITH_TIMEOUT(dropped.size() >= 5, 10000);
        QList<int> delays;
        for (const QList<QVariant> &drop : std::as_const(dropped))
            delays << drop.at(2).toInt();
        QCOMPARE(delays.mid(0, 5), (QList<int>{50, 100, 200, 200, 200}));
        QVERIFY(server.connections >= 5);
        events.stop();
    }

    void eventStreamThatIsAWebPage()
    {
        CannedServer server(httpResponse("200 OK", "text/html", "<html>login</html>"));
        SignalCliEvents::Options options;
        options.baseUrl = server.url();
        SignalCliEvents events(options);
        QSignalSpy dropped(&events, &SignalCliEvents::dropped);
        events.start();
        QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), 1, 5000);
        QCOMPARE(dropped.at(0).at(0).value<DaemonError>().kind(), DaemonError::Kind::WrongUrl);
        QVERIFY(dropped.at(0).at(3).toBool());
    }
};

QTEST_GUILESS_MAIN(TestSignalCliClient)
#include "TestSignalCliClient.moc"

#pragma once

#include "app/gateway/GatewayError.h"
#include "app/gateway/Hello.h"
#include "app/gateway/Result.h"

#include <functional>
#include <optional>

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace sb {
class Clock;
}

namespace sb::gateway {

// Reconnect timing. Defaults are documented in docs/protocol-client.md; tests shrink them.
struct ReconnectPolicy
{
    int initialDelayMs = 500;
    double factor = 1.8;
    int maxDelayMs = 15000;
    // A loopback gateway that restarts comes back within seconds and a refused local connect
    // costs nothing, so the console checks more often (DESIGN §8: connected ≤ 1 s after the
    // gateway accepts again).
    int loopbackMaxDelayMs = 800;
    double jitter = 0.25;      // each delay is stretched by a random 0..25 %
    int stableAfterMs = 60000; // a connection that lived this long resets the backoff
};

struct ConnectionOptions
{
    QUrl url;
    QString token;
    bool allowInsecure = false; // ws:// to a non-loopback host (profile opt-in, warned)
    int requestTimeoutMs = 15000;
    int handshakeTimeoutMs = 15000; // socket open + challenge + hello-ok
    bool autoReconnect = true;
    ReconnectPolicy reconnect;
    QString clientVersion; // empty: the build's version
    QString displayName = QStringLiteral("Switchboard");
    std::function<double()> random; // [0, 1) for jitter; empty: QRandomGenerator
    const Clock *clock = nullptr;   // empty: Clock::instance()
};

enum class ConnectionState
{
    Disconnected, // not started, or closed by the operator
    Connecting,   // opening the WebSocket
    Handshaking,  // waiting for connect.challenge / hello-ok
    Connected,
    BackingOff, // waiting until nextAttemptAt()
    Failed,     // terminal until open() is called again: see failureReason()
};

QString connectionStateName(ConnectionState state);

// One live link to one gateway: the handshake, request/response correlation, event dispatch,
// liveness and reconnection. Everything that knows a socket lives here.
class Connection : public QObject
{
    Q_OBJECT

public:
    using ResponseHandler = ResultHandler<QJsonValue>;

    // Bounds on hello-ok's policy.tickIntervalMs (the real gateway says 30 000). Below the floor
    // the 2x watchdog fires before a gateway could send anything (1 ms: a reconnect loop every
    // 0.8 s); above the ceiling a dead link would go unnoticed for days.
    static constexpr qint64 minTickIntervalMs = 1000;
    static constexpr qint64 maxTickIntervalMs = 5 * 60 * 1000;

    explicit Connection(ConnectionOptions options, QObject *parent = nullptr);
    ~Connection() override;

    void open();
    void close();

    ConnectionState state() const { return m_state; }
    QDateTime nextAttemptAt() const { return m_nextAttemptAt; } // valid while BackingOff
    QString failureReason() const { return m_failureReason; }   // set when Failed
    std::optional<GatewayError> lastError() const { return m_lastError; }
    const std::optional<HelloOk> &hello() const { return m_hello; }
    int protocolVersion() const; // 0 until the first hello-ok
    // The tick interval the watchdog works from: hello-ok's policy.tickIntervalMs within
    // [minTickIntervalMs, maxTickIntervalMs]. 0 until the first hello-ok.
    qint64 tickIntervalMs() const { return m_tickIntervalMs; }
    int consecutiveFailures() const { return m_consecutiveFailures; }
    int pendingRequestCount() const { return static_cast<int>(m_pending.size()); }
    qint64 rejectedFrameCount() const { return m_rejectedFrames; }
    const ConnectionOptions &options() const { return m_options; }

    // Sends one request. The handler runs exactly once (answer, error, timeout or loss of the
    // connection), never synchronously inside this call, and not at all once `context` is
    // destroyed. timeoutMs < 0 uses options().requestTimeoutMs. Returns the request id.
    QString request(const QString &method, const QJsonValue &params, QObject *context,
                    ResponseHandler handler, int timeoutMs = -1);

Q_SIGNALS:
    void stateChanged(sb::gateway::ConnectionState state);
    void connected(const sb::gateway::HelloOk &hello);
    void eventReceived(const sb::gateway::Event &event);
    // State may have been missed (seq gap, reconnection): re-fetch health, channels.status,
    // presence. There is no replay in the protocol.
    void resyncNeeded(const QString &reason);
    void frameRejected(const QString &reason);
    void errorOccurred(const sb::gateway::GatewayError &error);

private:
    struct Pending
    {
        QString method;
        QPointer<QObject> context;
        bool hasContext = false; // a QPointer cannot tell "never set" from "destroyed"
        ResponseHandler handler;
        QTimer *timer = nullptr;
    };

    void startAttempt();
    void onSocketConnected();
    void onTextMessage(const QString &message);
    void onSocketGone(quint64 generation, const QString &why, int ourCloseCode = 1000);
    void handleEvent(const EventFrame &frame);
    void handleResponse(const ResponseFrame &frame);
    void handleConnectAnswer(const ResponseFrame &frame);
    void sendConnect();
    void onWatchdogExpired();
    void armWatchdog();
    void noticeSeq(qint64 seq);
    void onHandshakeTimeout();

    void setState(ConnectionState state);
    void failTerminally(const GatewayError &error);
    void scheduleRetry(qint64 delayMs);
    qint64 nextBackoffDelayMs();
    void releaseSocket(int closeCode, const QString &reason);
    void failAllPending(const GatewayError &error);
    void finishPending(const QString &id, const Result<QJsonValue> &result);
    void deliverLater(QObject *context, ResponseHandler handler, const GatewayError &error);
    qint64 incomingLimitBytes() const;
    qint64 nowMs() const;
    QString nextRequestId();

    ConnectionOptions m_options;
    ConnectionState m_state = ConnectionState::Disconnected;
    QWebSocket *m_socket = nullptr;
    quint64 m_generation = 0; // bumps per socket so late signals from an old socket are ignored
    QTimer m_handshakeTimer;
    QTimer m_watchdog;
    QTimer m_retryTimer;
    QHash<QString, Pending> m_pending;
    quint64 m_nextId = 0;
    QString m_connectRequestId;
    std::optional<HelloOk> m_hello;
    qint64 m_tickIntervalMs = 0; // bounded copy of m_hello->tickIntervalMs
    std::optional<qint64> m_lastSeq;
    std::optional<qint64> m_restartDelayMs; // from a shutdown event, used once
    std::optional<GatewayError> m_lastError;
    QString m_failureReason;
    QDateTime m_nextAttemptAt;
    qint64 m_connectedAtMs = -1;
    int m_consecutiveFailures = 0;
    bool m_everConnected = false;
    qint64 m_rejectedFrames = 0;
};

} // namespace sb::gateway

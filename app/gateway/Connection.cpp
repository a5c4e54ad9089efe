#include "app/gateway/Connection.h"

#include "app/platform/BuildInfo.h"
#include "app/platform/Clock.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/Logging.h"
#include "app/platform/Redactor.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QWebSocket>

namespace sb::gateway {

namespace {

// Before hello-ok tells us policy.maxPayload, accept what a v4 gateway may send (25 MiB).
constexpr qint64 defaultIncomingLimitBytes = 25 * 1024 * 1024;
// The WebSocket layer drops anything this far above the protocol limit without buffering
// it; between the two limits the decoder rejects the frame and the connection lives on.
constexpr qint64 socketLimitSlackFactor = 4;
constexpr int tickTimeoutFactor = 2;
constexpr int closeCodeTickTimeout = 4000;
constexpr int closeCodeGatewayAuthChanged = 4001;
constexpr int oldSocketGraceMs = 2000;
constexpr qsizetype logSampleChars = 160;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// The shortest wait taken from a gateway: retryAfterMs 0 on every connect would otherwise make a
// reconnect loop as fast as the handshake runs. The real gateway asks for 500-1000 ms.
constexpr qint64 minGatewayDelayMs = 100;

// Every wait a gateway asks for goes through here (see maxGatewayDelayMs), and a clamp is logged:
// the operator reading "next attempt in 300000 ms" must be able to see the gateway asked for more.
qint64 boundedGatewayDelayMs(qint64 askedMs, const char *field)
{
    const qint64 bounded = std::clamp(askedMs, minGatewayDelayMs, maxGatewayDelayMs);
    if (bounded != askedMs) {
        sb::log::gateway()->warn("the gateway asked to wait {} {} ms; waiting {} ms instead (Switchboard "
                                 "accepts {} to {} ms from a gateway)",
                                 field, askedMs, bounded, minGatewayDelayMs, maxGatewayDelayMs);
    }
    return bounded;
}

QString clientPlatform()
{
    const QString kernel = QSysInfo::kernelType();
    if (kernel == QLatin1String("darwin"))
        return QStringLiteral("macos");
    if (kernel == QLatin1String("winnt"))
        return QStringLiteral("windows");
    return kernel.isEmpty() ? QStringLiteral("linux") : kernel;
}

// The portable subset of ConnectParams (v3 and v4 both accept it): no device, no caps the
// console does not use, nothing v4-only. client.id "cli" + mode "cli" over loopback without
// an Origin header is what keeps the requested scopes on v4 (protocol notes §1.6).
QJsonObject connectParams(const ConnectionOptions &options)
{
    const QString version =
        options.clientVersion.isEmpty() ? QString::fromLatin1(sb::build::version) : options.clientVersion;
    return QJsonObject{
        {QStringLiteral("minProtocol"), 3},
        {QStringLiteral("maxProtocol"), 4},
        {QStringLiteral("client"), QJsonObject{{QStringLiteral("id"), QStringLiteral("cli")},
                                               {QStringLiteral("mode"), QStringLiteral("cli")},
                                               {QStringLiteral("version"), version},
                                               {QStringLiteral("platform"), clientPlatform()},
                                               {QStringLiteral("displayName"), options.displayName}}},
        {QStringLiteral("role"), QStringLiteral("operator")},
        {QStringLiteral("scopes"),
         QJsonArray{QStringLiteral("operator.admin"), QStringLiteral("operator.read"),
                    QStringLiteral("operator.write"), QStringLiteral("operator.approvals"),
                    QStringLiteral("operator.pairing")}},
        {QStringLiteral("auth"), QJsonObject{{QStringLiteral("token"), options.token}}},
    };
}

} // namespace

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return QStringLiteral("disconnected");
    case ConnectionState::Connecting:
        return QStringLiteral("connecting");
    case ConnectionState::Handshaking:
        return QStringLiteral("handshaking");
    case ConnectionState::Connected:
        return QStringLiteral("connected");
    case ConnectionState::BackingOff:
        return QStringLiteral("backing-off");
    case ConnectionState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("disconnected");
}

Connection::Connection(ConnectionOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    Redactor::registerSecret(m_options.token);
    for (QTimer *timer : {&m_handshakeTimer, &m_watchdog, &m_retryTimer})
        timer->setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, &Connection::onHandshakeTimeout);
    connect(&m_watchdog, &QTimer::timeout, this, &Connection::onWatchdogExpired);
    connect(&m_retryTimer, &QTimer::timeout, this, &Connection::startAttempt);
}

Connection::~Connection()
{
    // Handlers must not run into a half-destroyed owner; dropping them is the documented contract
    // for a connection that goes away.
    m_pending.clear();
    releaseSocket(1000, QStringLiteral("client closing"));
}

int Connection::protocolVersion() const
{
    return m_hello.has_value() ? m_hello->protocol : 0;
}

void Connection::open()
{
    if (m_state == ConnectionState::Connecting || m_state == ConnectionState::Handshaking ||
        m_state == ConnectionState::Connected)
        return;
    if (const QString why = validateGatewayUrl(m_options.url, m_options.allowInsecure); !why.isEmpty()) {
        failTerminally(GatewayError::transport(why));
        return;
    }
    if (m_options.url.scheme() == QLatin1String("ws") && !isLoopbackHost(m_options.url.host())) {
        sb::log::gateway()->warn("connecting to {} over unencrypted ws:// (allowed by the profile)",
                                 utf8(m_options.url.host()));
    }
    m_consecutiveFailures = 0;
    m_failureReason.clear();
    m_retryTimer.stop();
    startAttempt();
}

void Connection::close()
{
    m_retryTimer.stop();
    m_handshakeTimer.stop();
    m_watchdog.stop();
    releaseSocket(1000, QStringLiteral("operator closed the connection"));
    failAllPending(GatewayError::transport(tr("the connection was closed")));
    m_hello.reset();
    setState(ConnectionState::Disconnected);
}

void Connection::startAttempt()
{
    releaseSocket(1000, QStringLiteral("reconnecting"));
    const quint64 generation = ++m_generation;
    m_connectRequestId.clear();
    m_lastSeq.reset();
    m_restartDelayMs.reset();
    m_connectedAtMs = -1;
    // No origin argument: QWebSocket sends an Origin header only when one is given, and a v4
    // gateway treats any Origin as a browser (origin allow-list, scopes stripped).
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingMessageSize(
        static_cast<quint64>(incomingLimitBytes() * socketLimitSlackFactor));
    connect(m_socket, &QWebSocket::connected, this, &Connection::onSocketConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &Connection::onTextMessage);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        ++m_rejectedFrames;
        const QString reason = tr("binary WebSocket frame ignored (the protocol uses text frames)");
        sb::log::gateway()->warn("{}", utf8(reason));
        Q_EMIT frameRejected(reason);
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this, generation] {
        if (!m_socket || generation != m_generation)
            return;
        // A refused or unresolvable connect also ends in "disconnected"; the socket error says more.
        if (m_state == ConnectionState::Connecting &&
            m_socket->error() != QAbstractSocket::UnknownSocketError) {
            onSocketGone(generation, m_socket->errorString());
            return;
        }
        const QString why = m_socket->closeReason();
        const int code = static_cast<int>(m_socket->closeCode());
        onSocketGone(generation, why.isEmpty() ? tr("connection closed (code %1)").arg(code)
                                               : tr("connection closed (code %1: %2)").arg(code).arg(why));
    });
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, generation](QAbstractSocket::SocketError) {
                if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
                    onSocketGone(generation, m_socket->errorString());
            });
    setState(ConnectionState::Connecting);
    sb::log::gateway()->info("connecting to {}", utf8(m_options.url.toString()));
    m_handshakeTimer.start(m_options.handshakeTimeoutMs);
    m_socket->open(QNetworkRequest(m_options.url));
}

void Connection::onSocketConnected()
{
    setState(ConnectionState::Handshaking);
}

void Connection::onTextMessage(const QString &message)
{
    const QByteArray bytes = message.toUtf8();
    auto decoded = decodeFrame(bytes, incomingLimitBytes());
    if (const auto *error = std::get_if<DecodeError>(&decoded)) {
        ++m_rejectedFrames;
        sb::log::gateway()->warn("ignoring a frame from the gateway: {} (starts: {})", utf8(error->reason),
                                 utf8(message.left(logSampleChars)));
        Q_EMIT frameRejected(error->reason);
        return;
    }
    // Any well-formed frame proves the link is alive, not only ticks.
    if (m_state == ConnectionState::Connected && m_hello)
        armWatchdog();

    const Frame &frame = std::get<Frame>(decoded);
    if (const auto *event = std::get_if<EventFrame>(&frame))
        handleEvent(*event);
    else if (const auto *response = std::get_if<ResponseFrame>(&frame))
        handleResponse(*response);
    else
        sb::log::gateway()->warn("ignoring a req frame from the gateway ({})",
                                 utf8(std::get<RequestFrame>(frame).method));
}

void Connection::handleEvent(const EventFrame &frame)
{
    if (frame.event == QLatin1String("connect.challenge")) {
        if (m_state == ConnectionState::Handshaking && m_connectRequestId.isEmpty())
            sendConnect();
        return;
    }
    if (m_state != ConnectionState::Connected) {
        sb::log::gateway()->debug("event {} before hello-ok ignored", utf8(frame.event));
        return;
    }
    if (frame.seq)
        noticeSeq(*frame.seq);
    const Event event = Event::fromFrame(frame, QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC));
    if (event.kind == EventKind::Shutdown) {
        const std::optional<ShutdownNotice> &notice = event.shutdown;
        m_restartDelayMs.reset();
        if (notice && notice->restartExpectedMs)
            m_restartDelayMs = boundedGatewayDelayMs(*notice->restartExpectedMs, "restartExpectedMs");
        sb::log::gateway()->info("gateway is shutting down ({}); restart expected in {} ms",
                                 utf8(notice ? notice->reason : QString()), m_restartDelayMs.value_or(-1));
    }
    Q_EMIT eventReceived(event);
}

void Connection::noticeSeq(qint64 seq)
{
    // seq counts up by one per connection (it restarts with a new socket); anything else means
    // events were dropped, replayed or reordered, and there is no replay to ask for: re-fetch.
    QString reason;
    if (m_lastSeq && seq > *m_lastSeq + 1) {
        reason = tr("the gateway dropped events %1 to %2; state must be re-fetched")
                     .arg(*m_lastSeq + 1)
                     .arg(seq - 1);
    } else if (m_lastSeq && seq == *m_lastSeq) {
        reason = tr("the gateway repeated event seq %1; state must be re-fetched").arg(seq);
    } else if (m_lastSeq && seq < *m_lastSeq) {
        reason = tr("the gateway sent event seq %1 after %2 (backwards); state must be re-fetched")
                     .arg(seq)
                     .arg(*m_lastSeq);
    }
    // Count on from what arrived, as the reference client does: one resync per disorder.
    m_lastSeq = seq;
    if (reason.isEmpty())
        return;
    sb::log::gateway()->warn("{}", utf8(reason));
    Q_EMIT resyncNeeded(reason);
}

void Connection::handleResponse(const ResponseFrame &frame)
{
    if (!m_connectRequestId.isEmpty() && frame.id == m_connectRequestId &&
        m_state == ConnectionState::Handshaking) {
        handleConnectAnswer(frame);
        return;
    }
    if (!m_pending.contains(frame.id)) {
        // Normal after a timeout: the late answer has nobody waiting.
        sb::log::gateway()->debug("answer for request {} that nobody waits for", utf8(frame.id));
        return;
    }
    if (frame.ok) {
        finishPending(frame.id, frame.payload);
    } else if (frame.error) {
        finishPending(frame.id, GatewayError::fromErrorShape(*frame.error));
    } else {
        finishPending(frame.id,
                      GatewayError::protocol(tr("the gateway refused the request without saying why")));
    }
}

void Connection::sendConnect()
{
    m_connectRequestId = nextRequestId();
    const QByteArray text =
        encodeFrame(RequestFrame{m_connectRequestId, QStringLiteral("connect"), connectParams(m_options)});
    m_socket->sendTextMessage(QString::fromUtf8(text));
}

void Connection::handleConnectAnswer(const ResponseFrame &frame)
{
    m_handshakeTimer.stop();
    if (!frame.ok) {
        const GatewayError error = frame.error
                                       ? GatewayError::fromErrorShape(*frame.error)
                                       : GatewayError::protocol(tr("connect refused without a reason"));
        m_lastError = error;
        Q_EMIT errorOccurred(error);
        if (error.kind() == GatewayError::Kind::Unavailable) {
            // "gateway starting; retry shortly": a normal phase of start-up, not a failure.
            sb::log::gateway()->info("gateway not ready yet: {}", utf8(error.message()));
            releaseSocket(1000, QStringLiteral("retrying later"));
            // The frame's own number, not the error's (already bounded), so a clamp is logged.
            const std::optional<qint64> asked = frame.error ? frame.error->retryAfterMs : std::nullopt;
            scheduleRetry(asked ? boundedGatewayDelayMs(*asked, "retryAfterMs") : nextBackoffDelayMs());
        } else if (error.isTerminalForConnect()) {
            failTerminally(error);
        } else {
            releaseSocket(1000, QStringLiteral("retrying"));
            scheduleRetry(nextBackoffDelayMs());
        }
        return;
    }
    QString why;
    auto hello = parseHelloOk(frame.payload, &why);
    if (!hello) {
        failTerminally(GatewayError::protocol(why));
        return;
    }
    if (hello->protocol != 3 && hello->protocol != 4) {
        // Name what was sent: parseHelloOk reads a number outside int range as 0, never truncated.
        failTerminally(
            GatewayError::protocolMismatch(hello->raw.value(QLatin1String("protocol")).toInteger()));
        return;
    }
    m_tickIntervalMs = std::clamp(hello->tickIntervalMs, minTickIntervalMs, maxTickIntervalMs);
    if (m_tickIntervalMs != hello->tickIntervalMs) {
        sb::log::gateway()->warn(
            "the gateway announced policy.tickIntervalMs {} ms; the watchdog works from {} ms "
            "(Switchboard accepts {} to {} ms)",
            hello->tickIntervalMs, m_tickIntervalMs, minTickIntervalMs, maxTickIntervalMs);
    }
    hello->receivedAt = QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
    m_hello = std::move(hello);
    m_lastError.reset();
    m_connectedAtMs = nowMs();
    m_socket->setMaxAllowedIncomingMessageSize(
        static_cast<quint64>(incomingLimitBytes() * socketLimitSlackFactor));
    armWatchdog();
    sb::log::gateway()->info("connected to {} (protocol {}, server {}, tick {} ms)",
                             utf8(m_options.url.toString()), m_hello->protocol, utf8(m_hello->serverVersion),
                             m_hello->tickIntervalMs);
    setState(ConnectionState::Connected);
    Q_EMIT connected(*m_hello);
    if (m_everConnected)
        Q_EMIT resyncNeeded(tr("reconnected to the gateway; events may have been missed"));
    m_everConnected = true;
}

void Connection::onSocketGone(quint64 generation, const QString &why, int ourCloseCode)
{
    if (generation != m_generation || !m_socket)
        return;
    const int closeCode = static_cast<int>(m_socket->closeCode());
    m_handshakeTimer.stop();
    m_watchdog.stop();
    releaseSocket(ourCloseCode, why.left(100));
    const GatewayError error = GatewayError::transport(why);
    failAllPending(error);
    if (m_state == ConnectionState::Failed || m_state == ConnectionState::Disconnected)
        return;
    // Refused attempts while the gateway is down are routine; a lost live link is news.
    if (m_connectedAtMs >= 0)
        sb::log::gateway()->info("gateway link lost: {}", utf8(why));
    else
        sb::log::gateway()->debug("connection attempt failed: {}", utf8(why));
    if (closeCode == closeCodeGatewayAuthChanged) {
        // The shared token was rotated: the token we hold is no longer valid.
        failTerminally(GatewayError::fromErrorShape(ErrorShape{
            QStringLiteral("INVALID_REQUEST"), QStringLiteral("unauthorized: gateway auth changed"),
            QJsonObject{{QStringLiteral("recommendedNextStep"), QStringLiteral("update_auth_credentials")}},
            false, std::nullopt}));
        return;
    }
    if (!m_lastError || m_lastError->kind() != GatewayError::Kind::Unavailable)
        m_lastError = error;
    Q_EMIT errorOccurred(error);
    if (m_connectedAtMs >= 0 && nowMs() - m_connectedAtMs >= m_options.reconnect.stableAfterMs)
        m_consecutiveFailures = 0;
    if (m_restartDelayMs) {
        scheduleRetry(*m_restartDelayMs);
        m_restartDelayMs.reset();
    } else {
        scheduleRetry(nextBackoffDelayMs());
    }
}

void Connection::onWatchdogExpired()
{
    if (m_state != ConnectionState::Connected || !m_hello)
        return;
    const qint64 silenceMs = m_tickIntervalMs * tickTimeoutFactor;
    sb::log::gateway()->warn("no frame from the gateway for {} ms (2x tick interval): closing with {}",
                             silenceMs, closeCodeTickTimeout);
    onSocketGone(m_generation,
                 tr("no frame from the gateway for %1 s (tick timeout)").arg(silenceMs / 1000.0),
                 closeCodeTickTimeout);
}

void Connection::armWatchdog()
{
    // Bounded (maxTickIntervalMs): twice the interval always fits an int.
    m_watchdog.start(static_cast<int>(m_tickIntervalMs * tickTimeoutFactor));
}

void Connection::onHandshakeTimeout()
{
    const quint64 generation = m_generation;
    const QString why = m_state == ConnectionState::Connecting
                            ? tr("the gateway did not accept the connection within %1 s")
                                  .arg(m_options.handshakeTimeoutMs / 1000.0)
                            : tr("the gateway did not complete the handshake within %1 s")
                                  .arg(m_options.handshakeTimeoutMs / 1000.0);
    onSocketGone(generation, why);
}

void Connection::setState(ConnectionState state)
{
    if (state != ConnectionState::BackingOff)
        m_nextAttemptAt = QDateTime();
    if (m_state == state && state != ConnectionState::BackingOff)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Connection::failTerminally(const GatewayError &error)
{
    m_retryTimer.stop();
    m_handshakeTimer.stop();
    m_watchdog.stop();
    m_lastError = error;
    m_failureReason = error.userMessage();
    sb::log::gateway()->error("giving up on {}: {}", utf8(m_options.url.toString()), utf8(m_failureReason));
    releaseSocket(1000, QStringLiteral("giving up"));
    failAllPending(error);
    setState(ConnectionState::Failed);
}

void Connection::scheduleRetry(qint64 delayMs)
{
    if (!m_options.autoReconnect) {
        failTerminally(m_lastError.value_or(GatewayError::transport(tr("the connection was lost"))));
        return;
    }
    delayMs = std::max<qint64>(0, delayMs);
    m_nextAttemptAt = QDateTime::fromMSecsSinceEpoch(nowMs() + delayMs, Qt::UTC);
    sb::log::gateway()->debug("next connection attempt in {} ms", delayMs);
    m_retryTimer.start(static_cast<int>(std::min<qint64>(delayMs, INT_MAX)));
    m_state = ConnectionState::BackingOff;
    Q_EMIT stateChanged(m_state);
}

qint64 Connection::nextBackoffDelayMs()
{
    const ReconnectPolicy &policy = m_options.reconnect;
    const int cap = isLoopbackHost(m_options.url.host())
                        ? std::min(policy.loopbackMaxDelayMs, policy.maxDelayMs)
                        : policy.maxDelayMs;
    const double base = policy.initialDelayMs * std::pow(policy.factor, std::min(m_consecutiveFailures, 64));
    const double random =
        m_options.random ? m_options.random() : QRandomGenerator::global()->generateDouble();
    const double stretched = base * (1.0 + policy.jitter * std::clamp(random, 0.0, 1.0));
    ++m_consecutiveFailures;
    return static_cast<qint64>(std::min<double>(stretched, cap));
}

void Connection::releaseSocket(int closeCode, const QString &reason)
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    ++m_generation;
    socket->disconnect(this);
    if (socket->state() == QAbstractSocket::ConnectedState) {
        // Let the close frame reach the server (the watchdog's 4000 must be seen), but never
        // wait on a dead peer for long.
        socket->close(static_cast<QWebSocketProtocol::CloseCode>(closeCode), reason);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(oldSocketGraceMs, socket, &QObject::deleteLater);
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

qint64 Connection::incomingLimitBytes() const
{
    return m_hello ? m_hello->maxPayloadBytes : defaultIncomingLimitBytes;
}

qint64 Connection::nowMs() const
{
    return (m_options.clock ? *m_options.clock : Clock::instance()).nowMs();
}

QString Connection::nextRequestId()
{
    return QString::number(++m_nextId);
}

} // namespace sb::gateway

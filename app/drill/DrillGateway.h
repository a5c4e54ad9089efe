#pragma once

#include "app/gateway/Frame.h"

#include <memory>

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QWebSocket;
class QTcpServer;
class QWebSocketServer;

namespace sb::drill {

class DrillMethods;
class DrillWorld;
class ScenarioClock;
class WebLoginSession;

// The drill gateway: a loopback WebSocket server that speaks the OpenClaw Gateway Protocol
// the way a real v4 gateway does for everything the console uses (challenge, closed-schema
// connect validation, token auth, protocol negotiation, hello-ok, ticks, per-connection seq,
// broadcasts, RPCs), plus fault knobs no real gateway offers on demand.
class DrillGateway : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0; // 0: ephemeral
        QString token;
        int tickIntervalMs = 30000;
        qint64 maxPayload = 26214400;       // MAX_PAYLOAD_BYTES
        qint64 maxBufferedBytes = 52428800; // MAX_BUFFERED_BYTES
        QString serverVersion = QStringLiteral("2026.9.6");
    };

    DrillGateway(DrillWorld *world, const Options &options, QObject *parent = nullptr);
    ~DrillGateway() override;

    bool listen();
    void stopListening();
    bool isListening() const;
    quint16 port() const { return m_port; }
    QUrl url() const;
    QString token() const { return m_options.token; }
    DrillWorld *world() const { return m_world; }
    WebLoginSession *webLogin() const { return m_webLogin; }
    int authenticatedClientCount() const;
    Options options() const { return m_options; }

    // ---- Fault knobs (also reachable from scenario `fault` steps) ----
    // Abort every socket without a close frame (a half-open, crashed or unplugged gateway).
    void dropConnections();
    // Abort the socket when the next request arrives, before answering it (empty: any method).
    void dropOnNextRequest(const QString &method = {});
    void setTicksStalled(bool stalled);
    bool ticksStalled() const { return m_ticksStalled; }
    // Frames that are not valid: not JSON, over policy.maxPayload, or of an unknown type.
    void sendMalformedFrame();
    void sendOversizedFrame(qint64 bytes = -1);
    void sendUnknownFrame();
    // The next event to each client skips `count` sequence numbers.
    void skipSeq(int count = 1);
    // `shutdown {reason, restartExpectedMs}`, close 1012, stop listening, listen again on the
    // same port after restartAfterMs (answering the first connects UNAVAILABLE if asked).
    void restart(qint64 restartExpectedMs, qint64 restartAfterMs = -1, int unavailableConnectsAfter = 0,
                 const QString &reason = QStringLiteral("gateway restarting"));
    // The next `count` connects are answered UNAVAILABLE "gateway starting; retry shortly".
    void setStartupUnavailable(int count) { m_unavailableConnects = count; }
    // Every response is held back this long (wall ms).
    void setResponseDelayMs(int ms) { m_responseDelayMs = ms; }
    void setTickIntervalMs(int ms);
    // A clean stop as on SIGTERM: `shutdown {reason}`, close 1012 "service restart", port closed.
    void shutdown(const QString &reason = QStringLiteral("gateway stopping"));

    // Sends one event to every authenticated client (used by the world's broadcasts).
    void broadcastEvent(const QString &event, const QJsonValue &payload, bool dropIfSlow,
                        bool withStateVersion);

Q_SIGNALS:
    void listening(quint16 port);
    void clientAuthenticated(const QString &connId);
    void clientDisconnected(const QString &connId);
    void requestReceived(const QString &method);
    void restarted();

private:
    struct Client;

    void onNewConnection();
    void onText(Client *client, const QString &text);
    void handshake(Client *client, const QString &text);
    void request(Client *client, const gateway::RequestFrame &frame);
    void dispatch(QPointer<QWebSocket> socket, const gateway::RequestFrame &frame);
    void sendResponse(QWebSocket *socket, const QString &id, bool ok, const QJsonValue &payload,
                      const std::optional<gateway::ErrorShape> &error);
    void rejectHandshake(Client *client, const QString &id, const gateway::ErrorShape &error, int closeCode,
                         const QString &closeReason);
    void sendEvent(Client *client, const QString &event, const QJsonValue &payload, bool withStateVersion);
    QJsonObject helloOk(const Client &client) const;
    void updatePresence();
    void removeClient(Client *client);
    Client *findClient(QWebSocket *socket) const;
    void tick();

    DrillWorld *m_world;
    Options m_options;
    // Accepts the TCP connections itself so it can switch Nagle off (as Node's `ws` does for
    // the real gateway), then hands them to the WebSocket server for the upgrade.
    std::unique_ptr<QTcpServer> m_listener;
    std::unique_ptr<QWebSocketServer> m_server;
    DrillMethods *m_methods;
    WebLoginSession *m_webLogin;
    quint16 m_port = 0;
    QList<Client *> m_clients;
    QTimer m_tickTimer;
    QTimer m_healthTimer; // HEALTH_REFRESH_INTERVAL_MS: a `health` event every 60 s
    bool m_ticksStalled = false;
    int m_pendingSeqSkip = 0;
    int m_unavailableConnects = 0;
    int m_responseDelayMs = 0;
    std::optional<QString> m_dropOnRequest;
    QString m_bootId;
};

} // namespace sb::drill

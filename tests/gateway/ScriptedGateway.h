#pragma once

#include "app/gateway/Frame.h"

#include <functional>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QWebSocket>
#include <QWebSocketServer>

namespace sb::test {

// A programmable OpenClaw-speaking server on 127.0.0.1 for Connection tests: it sends the
// challenge, answers connect by policy, records what the client sent and lets the test
// script everything else.
class ScriptedGateway : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedGateway(QObject *parent = nullptr);
    ~ScriptedGateway() override;

    bool listen(quint16 port = 0);
    QUrl url() const;
    void stopListening();

    // How the next connect requests are answered, consumed front to back; when empty,
    // connect succeeds with helloPayload().
    struct ConnectAnswer
    {
        bool ok = true;
        gateway::ErrorShape error;
        int closeCodeAfter = 0; // non-zero: close the socket with this code after answering
    };
    QList<ConnectAnswer> connectAnswers;
    bool sendChallenge = true;
    qint64 protocol = 4; // qint64: tests send numbers outside int range
    qint64 tickIntervalMs = 30000;
    qint64 maxPayload = 25 * 1024 * 1024;
    QJsonObject helloPayload() const;

    // Called for every request except connect; answer with respond() or not at all.
    std::function<void(const gateway::RequestFrame &)> onRequest;

    void respond(const QString &id, const QJsonValue &payload);
    void respondError(const QString &id, const gateway::ErrorShape &error);
    void sendEvent(const QString &name, const QJsonValue &payload, std::optional<qint64> seq = std::nullopt);
    void sendRaw(const QByteArray &text);
    void closeClient(int code, const QString &reason = QString());
    void abortClient();

    QWebSocket *client() const { return m_client; }
    int connectionCount() const { return m_connections; }
    QList<gateway::RequestFrame> requests; // every request received, connect included
    QList<QString> origins;                // the Origin header of each connection ("" when none)
    QList<int> clientCloseCodes;           // close codes the client sent

Q_SIGNALS:
    void clientConnected();
    void requestReceived(const QString &method);
    void clientClosed(int code);

private:
    void onNewConnection();
    void onMessage(const QString &text);

    QWebSocketServer m_server;
    QPointer<QWebSocket> m_client;
    int m_connections = 0;
};

} // namespace sb::test

// The drill gateway's fault knobs: the failures a console must survive and a real gateway
// produces only by accident (see DESIGN §6 and §9).
#include "app/drill/DrillGateway.h"
#include "app/drill/DrillGatewayClient.h"
#include "app/drill/DrillWorld.h"
#include "app/platform/Logging.h"

#include <QJsonObject>
#include <QWebSocket>
#include <QWebSocketServer>

namespace sb::drill {

using namespace Qt::StringLiterals;

void DrillGateway::dropConnections()
{
    sb::log::drill()->info("drill fault: dropping {} socket(s) without a close frame", m_clients.size());
    const QList<Client *> clients = m_clients;
    for (Client *client : clients) {
        client->closing = true;
        client->socket->abort();
    }
}

void DrillGateway::dropOnNextRequest(const QString &method)
{
    m_dropOnRequest = method;
}

void DrillGateway::setTicksStalled(bool stalled)
{
    sb::log::drill()->info("drill fault: ticks {}", stalled ? "stalled" : "resumed");
    m_ticksStalled = stalled;
}

void DrillGateway::sendMalformedFrame()
{
    for (Client *client : std::as_const(m_clients)) {
        if (client->authenticated && !client->closing)
            client->socket->sendTextMessage(
                u"{\"type\":\"event\",\"event\":\"health\",\"payload\":{\"ok\":tru"_s);
    }
}

void DrillGateway::sendOversizedFrame(qint64 bytes)
{
    // A syntactically valid event whose size exceeds policy.maxPayload.
    const qint64 size = bytes > 0 ? bytes : m_options.maxPayload + 1024;
    const QString padding(static_cast<qsizetype>(size), u'x');
    const QString text =
        u"{\"type\":\"event\",\"event\":\"drill.oversized\",\"payload\":{\"pad\":\""_s + padding + u"\"}}"_s;
    for (Client *client : std::as_const(m_clients)) {
        if (client->authenticated && !client->closing)
            client->socket->sendTextMessage(text);
    }
}

void DrillGateway::sendUnknownFrame()
{
    for (Client *client : std::as_const(m_clients)) {
        if (client->authenticated && !client->closing)
            client->socket->sendTextMessage(u"{\"type\":\"drill-unknown\",\"id\":\"x\",\"data\":{}}"_s);
    }
}

void DrillGateway::skipSeq(int count)
{
    m_pendingSeqSkip += std::max(count, 1);
}

void DrillGateway::shutdown(const QString &reason)
{
    m_world->log(u"INFO"_s, u"gateway"_s, u"signal SIGTERM received; shutting down"_s);
    broadcastEvent(u"shutdown"_s, QJsonObject{{u"reason"_s, reason}}, false, false);
    const QList<Client *> clients = m_clients;
    for (Client *client : clients) {
        client->closing = true;
        client->socket->close(QWebSocketProtocol::CloseCode(1012), u"service restart"_s);
    }
    stopListening();
}

void DrillGateway::restart(qint64 restartExpectedMs, qint64 restartAfterMs, int unavailableConnectsAfter,
                           const QString &reason)
{
    if (restartAfterMs < 0)
        restartAfterMs = restartExpectedMs;
    sb::log::drill()->info("drill fault: restart (expected {} ms, listening again after {} ms)",
                           restartExpectedMs, restartAfterMs);
    m_world->log(u"INFO"_s, u"gateway"_s, u"received restart request; shutting down (%1)"_s.arg(reason));
    broadcastEvent(u"shutdown"_s,
                   QJsonObject{{u"reason"_s, reason}, {u"restartExpectedMs"_s, restartExpectedMs}}, false,
                   false);
    const QList<Client *> clients = m_clients;
    for (Client *client : clients) {
        client->closing = true;
        client->socket->close(QWebSocketProtocol::CloseCode(1012), u"service restart"_s);
    }
    stopListening();
    QTimer::singleShot(restartAfterMs, this, [this, unavailableConnectsAfter] {
        m_unavailableConnects = unavailableConnectsAfter;
        if (listen()) {
            m_world->log(u"INFO"_s, u"gateway"_s, u"listening on %1"_s.arg(url().toString()));
            Q_EMIT restarted();
        }
    });
}

} // namespace sb::drill

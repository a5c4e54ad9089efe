#include "app/gateway/Connection.h"
#include "app/platform/Logging.h"

#include <QWebSocket>

// Request/response correlation for Connection: sending, answering, timing out, and failing
// requests when the link goes. Split from Connection.cpp to keep both readable in one sitting.
namespace sb::gateway {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

} // namespace

QString Connection::request(const QString &method, const QJsonValue &params, QObject *context,
                            ResponseHandler handler, int timeoutMs)
{
    const QString id = nextRequestId();
    if (m_state != ConnectionState::Connected || !m_socket || !m_hello) {
        deliverLater(context, std::move(handler),
                     GatewayError::transport(
                         tr("not connected to the gateway (%1)").arg(connectionStateName(m_state))));
        return id;
    }
    const QByteArray text = encodeFrame(RequestFrame{id, method, params});
    if (text.size() > m_hello->maxPayloadBytes) {
        deliverLater(context, std::move(handler),
                     GatewayError::protocol(tr("%1 request is %2 bytes; the gateway accepts at most %3 bytes")
                                                .arg(method)
                                                .arg(text.size())
                                                .arg(m_hello->maxPayloadBytes)));
        return id;
    }
    const int timeout = timeoutMs < 0 ? m_options.requestTimeoutMs : timeoutMs;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, method, timeout] {
        sb::log::gateway()->warn("{} (request {}) timed out after {} ms", utf8(method), utf8(id), timeout);
        finishPending(id, GatewayError::timeout(method, timeout));
    });
    m_pending.insert(
        id, Pending{method, QPointer<QObject>(context), context != nullptr, std::move(handler), timer});
    timer->start(timeout);
    sb::log::gateway()->debug("-> {} {}", utf8(id), utf8(method));
    m_socket->sendTextMessage(QString::fromUtf8(text));
    return id;
}

void Connection::finishPending(const QString &id, const Result<QJsonValue> &result)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(it.value());
    m_pending.erase(it);
    pending.timer->deleteLater();
    pending.timer->stop();
    // A context given and already gone means the caller no longer cares.
    if (pending.hasContext && pending.context.isNull())
        return;
    if (pending.handler)
        pending.handler(result);
}

void Connection::deliverLater(QObject *context, ResponseHandler handler, const GatewayError &error)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [guard, hadContext, handler = std::move(handler), error] {
            if (hadContext && guard.isNull())
                return;
            if (handler)
                handler(error);
        },
        Qt::QueuedConnection);
}

void Connection::failAllPending(const GatewayError &error)
{
    const QStringList ids = m_pending.keys();
    for (const QString &id : ids)
        finishPending(id, error);
}

} // namespace sb::gateway

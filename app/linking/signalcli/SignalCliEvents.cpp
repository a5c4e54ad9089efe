#include "app/linking/signalcli/SignalCliEvents.h"

#include <algorithm>
#include <utility>

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace sb::linking::signalcli {

using namespace Qt::StringLiterals;

QList<ServerSentEvent> SseParser::feed(const QByteArray &bytes)
{
    QList<ServerSentEvent> events;
    auto endLine = [this, &events] {
        const QString line = QString::fromUtf8(m_line);
        m_line.clear();
        if (line.isEmpty()) {
            if (m_hasData) {
                if (m_current.event.isEmpty())
                    m_current.event = u"message"_s;
                events.append(m_current);
            }
            m_current = {};
            m_hasData = false;
            return;
        }
        if (line.startsWith(u':'))
            return;
        const qsizetype colon = line.indexOf(u':');
        const QString field = colon < 0 ? line : line.left(colon);
        QString value = colon < 0 ? QString() : line.mid(colon + 1);
        if (value.startsWith(u' '))
            value.remove(0, 1);
        if (field == QLatin1String("event")) {
            m_current.event = value;
        } else if (field == QLatin1String("data")) {
            if (m_hasData)
                m_current.data += u'\n';
            m_current.data += value;
            m_hasData = true;
        } else if (field == QLatin1String("id")) {
            m_current.id = value;
        }
    };
    for (const char byte : bytes) {
        if (byte == '\n') {
            if (m_lastWasCr) {
                m_lastWasCr = false;
                continue;
            }
            endLine();
        } else if (byte == '\r') {
            m_lastWasCr = true;
            endLine();
            continue;
        } else {
            m_line.append(byte);
        }
        m_lastWasCr = false;
    }
    return events;
}

SignalCliEvents::SignalCliEvents(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
    , m_openDeadline(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy);
    m_openDeadline->setSingleShot(true);
    m_retry->setSingleShot(true);
    connect(m_openDeadline, &QTimer::timeout, this, [this] {
        drop(DaemonError(
                 DaemonError::Kind::Timeout,
                 tr("the event stream sent no response within %1 s").arg(m_options.openTimeoutMs / 1000.0)),
             false);
    });
    connect(m_retry, &QTimer::timeout, this, &SignalCliEvents::connectStream);
}

SignalCliEvents::~SignalCliEvents()
{
    stop();
}

void SignalCliEvents::start()
{
    if (m_running)
        return;
    m_running = true;
    m_attempts = 0;
    connectStream();
}

void SignalCliEvents::stop()
{
    m_running = false;
    m_retry->stop();
    m_openDeadline->stop();
    m_open = false;
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

int SignalCliEvents::nextDelayMs() const
{
    // 1 s, 2 s, 4 s, 8 s, then 10 s: bounded, never a tight loop, never a long silence.
    const int exponent = std::clamp(m_attempts - 1, 0, 16);
    const qint64 delay = qint64(m_options.initialBackoffMs) << exponent;
    return int(std::min<qint64>(delay, m_options.maxBackoffMs));
}

void SignalCliEvents::connectStream()
{
    if (!m_running)
        return;
    QUrl url = m_options.baseUrl;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + u"/api/v1/events"_s);
    if (!m_options.account.isEmpty())
        url.setQuery(QUrlQuery{{u"account"_s, m_options.account}});
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "text/event-stream");
    request.setTransferTimeout(0);
    m_parser = SseParser();
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &SignalCliEvents::onHeaders);
    connect(m_reply, &QNetworkReply::readyRead, this, &SignalCliEvents::onData);
    connect(m_reply, &QNetworkReply::finished, this, &SignalCliEvents::onFinished);
    m_openDeadline->start(m_options.openTimeoutMs);
}

void SignalCliEvents::onHeaders()
{
    if (!m_reply || m_open)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return;
    m_openDeadline->stop();
    if (status < 200 || status >= 300) {
        const bool permanent =
            status >= 400 && status < 500 && status != 408 && status != 425 && status != 429;
        const DaemonError::Kind kind =
            status == 404 ? DaemonError::Kind::WrongUrl : DaemonError::Kind::HttpStatus;
        drop(DaemonError(kind, tr("the daemon rejected the event stream: HTTP %1").arg(status), status),
             permanent);
        return;
    }
    const QString type = m_reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (!type.startsWith(QLatin1String("text/event-stream"))) {
        drop(DaemonError(DaemonError::Kind::WrongUrl,
                         tr("%1 is not an event stream (Content-Type %2)")
                             .arg(m_reply->url().toString(), type.isEmpty() ? tr("none") : type)),
             true);
        return;
    }
    m_open = true;
    Q_EMIT opened();
}

void SignalCliEvents::onData()
{
    if (!m_reply)
        return;
    onHeaders();
    if (!m_reply || !m_open)
        return;
    for (const ServerSentEvent &event : m_parser.feed(m_reply->readAll())) {
        m_attempts = 0;
        Q_EMIT eventReceived(event);
    }
}

void SignalCliEvents::onFinished()
{
    if (!m_reply)
        return;
    onHeaders();
    if (!m_reply)
        return;
    const QString why = m_reply->error() == QNetworkReply::NoError ? tr("the daemon ended the event stream")
                                                                   : m_reply->errorString();
    const DaemonError::Kind kind = m_reply->error() == QNetworkReply::ConnectionRefusedError
                                       ? DaemonError::Kind::NotRunning
                                       : DaemonError::Kind::Unreachable;
    drop(DaemonError(kind, why), false);
}

void SignalCliEvents::drop(const DaemonError &error, bool permanent)
{
    m_openDeadline->stop();
    m_open = false;
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (!m_running)
        return;
    ++m_attempts;
    const int delay = permanent ? 0 : nextDelayMs();
    if (permanent)
        m_running = false;
    else
        m_retry->start(delay);
    Q_EMIT dropped(error, m_attempts, delay, permanent);
}

} // namespace sb::linking::signalcli

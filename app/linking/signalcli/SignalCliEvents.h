#pragma once

#include "app/linking/signalcli/DaemonError.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace sb::linking::signalcli {

// One server-sent event as signal-cli's /api/v1/events sends it ("event:receive", data the
// JSON of one envelope).
struct ServerSentEvent
{
    QString event; // "message" when the stream named none
    QString data;  // multi-line data joined with '\n'
    QString id;
};

// Incremental text/event-stream parser (event:, data:, id:, ':' comments, blank-line dispatch;
// CR, LF or CRLF line ends), fed bytes as they arrive.
class SseParser
{
public:
    // The events completed by `bytes`.
    QList<ServerSentEvent> feed(const QByteArray &bytes);

private:
    QByteArray m_line;
    bool m_lastWasCr = false;
    ServerSentEvent m_current;
    bool m_hasData = false;
};

// GET /api/v1/events?account=… kept open: no deadline on the stream itself (a quiet account
// sends nothing for hours; openclaw#74741 is what a deadline on it does), but one on its
// start: the response headers must come within `openTimeoutMs` or it counts as a drop. After a
// drop it reconnects with bounded backoff (1 s doubling to 10 s, as OpenClaw's monitor), until
// stop(); an HTTP 4xx other than 408/425/429 stops it for good, as the gateway's does.
class SignalCliEvents final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalCliEvents)

public:
    struct Options
    {
        QUrl baseUrl;
        QString account; // E.164; empty: every account of the daemon
        int openTimeoutMs = 15000;
        int initialBackoffMs = 1000;
        int maxBackoffMs = 10000;
    };

    explicit SignalCliEvents(Options options, QObject *parent = nullptr);
    ~SignalCliEvents() override;

    void start();
    void stop();
    bool isOpen() const { return m_open; }
    // Drops since the stream last delivered an event (OpenClaw resets its count the same way).
    int reconnectAttempts() const { return m_attempts; }
    int nextDelayMs() const;

Q_SIGNALS:
    void opened();
    void eventReceived(const sb::linking::signalcli::ServerSentEvent &event);
    // The stream ended or never opened; it reconnects after `retryInMs` unless `permanent`.
    void dropped(const sb::linking::signalcli::DaemonError &error, int attempt, int retryInMs,
                 bool permanent);

private:
    void connectStream();
    void onHeaders();
    void onData();
    void onFinished();
    void drop(const DaemonError &error, bool permanent);

    Options m_options;
    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr; // the stream in flight, ours until deleteLater
    QTimer *m_openDeadline;
    QTimer *m_retry;
    SseParser m_parser;
    bool m_running = false;
    bool m_open = false;
    int m_attempts = 0;
};

} // namespace sb::linking::signalcli

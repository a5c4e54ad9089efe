#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QWebSocket>

namespace sb::drill::test {

// A deliberately raw WebSocket client for the drill tests: it records every text frame as
// received, so tests assert on exactly what a console would see on the wire.
class DrillTestClient : public QObject
{
    Q_OBJECT

public:
    explicit DrillTestClient(QObject *parent = nullptr);

    // The connect frame of issue 3 (the console's own), with optional overrides merged in.
    static QJsonObject consoleConnectParams(const QString &token);

    bool open(const QUrl &url, int timeoutMs = 5000);
    bool waitForChallenge(int timeoutMs = 5000);
    // Sends connect and returns the response frame (empty object on timeout).
    QJsonObject connectWith(const QJsonObject &params, int timeoutMs = 5000);
    bool handshake(const QUrl &url, const QString &token);

    QString sendRequest(const QString &method, const QJsonValue &params = QJsonValue::Undefined);
    QJsonObject waitResponse(const QString &id, int timeoutMs = 5000);
    QJsonObject call(const QString &method, const QJsonValue &params = QJsonValue::Undefined,
                     int timeoutMs = 5000);
    QJsonObject waitEvent(const QString &event, int timeoutMs = 5000, qsizetype fromIndex = 0);
    bool waitDisconnected(int timeoutMs = 5000);

    QList<QJsonObject> events(const QString &name = {}) const;
    const QList<QJsonObject> &frames() const { return m_frames; }
    const QList<QString> &rawTexts() const { return m_raw; }
    QWebSocket &socket() { return m_socket; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    int closeCode() const { return m_socket.closeCode(); }
    QString closeReason() const { return m_socket.closeReason(); }

Q_SIGNALS:
    void frameReceived(const QJsonObject &frame);

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
    QList<QString> m_raw;
    int m_nextId = 1;
};

} // namespace sb::drill::test

#pragma once

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QTcpServer;
class QTcpSocket;

namespace sb::drill {

// A loopback stand-in for `signal-cli daemon --http` (signal-cli-jsonrpc(5), 0.13.19):
// POST /api/v1/rpc (JSON-RPC 2.0), GET /api/v1/events (SSE), GET /api/v1/check. Registration
// answers are scenario-controlled so the console's Signal wizard can meet a captcha, a bad
// captcha, a 403, a rate limit with Retry-After, and success, in any order.
class SignalCliEmulator : public QObject
{
    Q_OBJECT

public:
    struct Behaviour
    {
        QString registerOutcome = QStringLiteral("ok"); // ok | captcha-required | invalid-captcha |
                                                        // authorization-failed | rate-limited | challenge
        QString verifyOutcome = QStringLiteral("ok");   // ok | invalid-code | expired | authorization-failed
        QString eventsOutcome = QStringLiteral("ok");   // ok | reject (403)
        int rateLimitStatus = 429;                      // 413 or 429
        int retryAfterSeconds = 60;
        bool challengeAccepted = true;
        QString registrationLockPin; // non-empty: verify needs this PIN (423)
        // The code Signal "sends"; verify with another one is a wrong code. Empty: any code.
        QString verificationCode;
    };

    explicit SignalCliEmulator(QObject *parent = nullptr);
    ~SignalCliEmulator() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QString baseUrl() const;

    Behaviour behaviour() const { return m_behaviour; }
    void setBehaviour(const Behaviour &behaviour) { m_behaviour = behaviour; }
    QStringList accounts() const { return m_accounts; }

    // Applies a scenario `signal` step: behaviour fields, plus the actions "dropEvents"
    // (close every SSE stream: the reconnect flurry) and "receive" (push one envelope).
    void configure(const QJsonObject &step);
    void dropEventStreams();
    void pushEnvelope(const QJsonObject &envelope);
    int eventStreamCount() const { return static_cast<int>(m_streams.size()); }

    // The parameters each method the daemon documents accepts (signal-cli-jsonrpc(5), and
    // signal-cli(1)'s options in camelCase); anything else is refused as invalid params.
    static QStringList documentedParams(const QString &method);
    // What the last call of `method` carried.
    QJsonObject lastParams(const QString &method) const { return m_lastParams.value(method); }

Q_SIGNALS:
    void rpcReceived(const QString &method);
    void eventStreamOpened();

private:
    struct Pending;
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void route(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
               const QByteArray &body);
    QJsonObject rpc(const QJsonObject &request, QList<QByteArray> *extraHeaders);
    static void reply(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                      const QList<QByteArray> &extraHeaders = {});

    QTcpServer *m_server;
    Behaviour m_behaviour;
    QStringList m_accounts;
    QList<QPointer<QTcpSocket>> m_streams;
    QString m_pendingNumber;
    QHash<QString, QJsonObject> m_lastParams;
    qint64 m_eventId = 0;
};

} // namespace sb::drill

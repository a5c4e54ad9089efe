#pragma once

#include "app/drill/DrillMethods.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace sb::drill {

class DrillWorld;

// WhatsApp's QR login as the @openclaw/whatsapp plugin answers web.login.start/wait: a QR PNG
// data URL that rotates, then "✅ Linked! WhatsApp is ready." once the (simulated) phone has
// scanned. The scan happens after a configurable delay or when a drill command says so.
// Durations are wall milliseconds: the person in front of the wizard lives in real time.
class WebLoginSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int qrRotateMs = 20000;      // how long one QR stays current
        int completeAfterMs = 15000; // -1: only completeScan() links
        bool available = true;       // false: the plugin fails like an offline real gateway
        // What an offline real gateway answers (tests/gateway/data/res-web-login-start.json).
        QString failureMessage =
            QStringLiteral("WhatsApp login failed: WebSocket Error (getaddrinfo ENOTFOUND web.whatsapp.com)");
    };

    explicit WebLoginSession(DrillWorld *world, QObject *parent = nullptr);

    void setOptions(const Options &options) { m_options = options; }
    Options options() const { return m_options; }
    bool active() const { return m_active; }
    QString currentQr() const { return m_qr; }

    void start(const QJsonObject &params, const Reply &reply);
    void wait(const QJsonObject &params, const Reply &reply);

    // The drill command "the phone scanned the code".
    void completeScan();

Q_SIGNALS:
    void linked(const QString &accountId);

private:
    void rotate();
    void finishWaiters();
    QString makeQr();

    DrillWorld *m_world;
    Options m_options;
    bool m_active = false;
    bool m_scanned = false;
    QString m_accountId = QStringLiteral("default");
    QString m_qr;
    int m_generation = 0;
    QTimer m_rotateTimer;
    QTimer m_completeTimer;
    struct Waiter
    {
        Reply reply;
        QString shownQr;
        QTimer *timeout;
    };
    QList<Waiter> m_waiters;
};

} // namespace sb::drill

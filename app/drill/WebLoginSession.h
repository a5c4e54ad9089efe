#pragma once

#include "app/drill/DrillMethods.h"

#include <optional>

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
    // What the (simulated) phone's scan leads to. The sentences are the plugin's own.
    enum class ScanOutcome
    {
        Link,            // "✅ Linked! WhatsApp is ready."
        RestartThenLink, // 515 after pairing, then linked (see restartDelayMs)
        Conflict,        // 440: "WhatsApp login failed: Stream Errored (conflict)"
        LoggedOut,       // 401: the plugin's logged-out sentence
        Cooldown,        // the phone refuses new devices
        Fail,            // "Login ended without a connection."
    };

    struct Options
    {
        int qrRotateMs = 20000;      // how long one QR stays current
        int completeAfterMs = 15000; // -1: only completeScan() links
        bool available = true;       // false: the plugin fails like an offline real gateway
        int loginTtlMs = 180000;     // ACTIVE_LOGIN_TTL_MS: a wait after it answers "expired"
        ScanOutcome outcome = ScanOutcome::Link;
        int restartDelayMs = 1500; // RestartThenLink: from the 515 to linked
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
    // "link", "restart515", "conflict440", "loggedOut401", "cooldown", "fail"; nothing for others.
    static std::optional<ScanOutcome> outcomeFromName(const QString &name);
    int waitCalls() const { return m_waitCalls; } // web.login.wait requests received

Q_SIGNALS:
    void linked(const QString &accountId);

private:
    void rotate();
    void finishWaiters();
    void answerWaiters(const QJsonObject &answer);
    void endLogin(const QString &message);
    void link();
    QString makeQr();

    DrillWorld *m_world;
    Options m_options;
    bool m_active = false;
    bool m_scanned = false;
    QString m_accountId = QStringLiteral("default");
    QString m_qr;
    int m_generation = 0;
    int m_waitCalls = 0;
    QElapsedTimer m_startedAt;
    std::optional<QJsonObject> m_undelivered; // an outcome that found no wait running
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

#pragma once

#include "app/health/HealthTypes.h"
#include "app/health/LaneKey.h"
#include "app/linking/BanRisk.h"
#include "app/linking/LinkProof.h"
#include "app/linking/QrImage.h"

#include <optional>

#include <QObject>
#include <QString>
#include <QTimer>

namespace sb {
class Clock;
}
namespace sb::actions {
class ActionRunner;
}
namespace sb::gateway {
struct WebLoginState;
}
namespace sb::store {
class History;
}

namespace sb::linking {

// Links (or relinks) one WhatsApp account of one gateway by QR, UI-free, on an injectable
// clock. Every outcome is a named state with its own words (message()) and next step; the
// wizard and switchboardctl only render the states and pass the operator's input on.
//
//   start() → CheckingAccount → [BanRiskWarning → proceedDespiteRisk()] → Starting → ShowingQr
//   ShowingQr → (rotation: qrChanged) → [RestartingAfterPairing] → Probation → Proven
//
// Each gateway step runs through the ActionRunner (busy lane, flag, action log):
// "whatsapp.login.start" for web.login.start, "whatsapp.login.wait" from the first QR to the
// outcome. The gateway has no call to cancel a login: cancel() stops asking (no request is sent
// after it, no answer is acted on) and the gateway drops the unscanned QR after its 3 minutes.
class WhatsAppLinkFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatsAppLinkFlow)

public:
    enum class State
    {
        Idle,
        CheckingAccount,        // config.get: is the account configured?
        UnknownAccount,         // it is not: nothing was started
        BanRiskWarning,         // waits for proceedDespiteRisk() or cancel()
        Starting,               // web.login.start sent
        ShowingQr,              // a QR on screen, web.login.wait running
        RestartingAfterPairing, // 515 after the scan: expected, the gateway carries on
        Probation,              // linked; the lane proves itself (proof())
        Proven,                 // the lane is healthy again
        LostOnProbation,        // linked, then lost before the proof (blocked, stopped...)
        QrExpired,              // requestNewQr() for a fresh one
        AlreadyLinked,          // the account is linked and force was off
        Conflict,               // 440: another WhatsApp Web session took over
        LoggedOut,              // 401: WhatsApp logged the session out and it was cleared
        Cooldown,               // the phone refuses new devices for now: wait, no retry
        Failed,                 // the gateway's words (message()) and what to check
        Cancelled,
    };
    Q_ENUM(State)

    struct Options
    {
        bool force = true;                       // relink: a fresh QR even when the account is linked
        int waitTimeoutMs = 30000;               // one web.login.wait round; rounds repeat until the outcome
        qint64 loginTtlMs = 180000;              // the plugin's ACTIVE_LOGIN_TTL_MS: the QR countdown
        int tickMs = 1000;                       // countdown and proof refresh
        const Clock *clock = nullptr;            // null: the session's clock
        const store::History *history = nullptr; // for "last relink lost within 24 h"
    };

    WhatsAppLinkFlow(actions::ActionRunner &runner, LaneKey lane, Options options, QObject *parent = nullptr);
    ~WhatsAppLinkFlow() override;

    void start();
    void proceedDespiteRisk();
    void requestNewQr();
    // The phone says "can't link new devices at this time": stop, and wait it out.
    void reportPhoneCooldown();
    // Stops the login (nothing once linked: the probation is the engine's).
    void cancel();

    LaneKey lane() const { return m_lane; }
    State state() const { return m_state; }
    QString message() const { return m_message; } // plain text; may quote the gateway
    const std::optional<QrImage> &qr() const { return m_qr; }
    int qrGeneration() const { return m_qrGeneration; } // counts the images shown
    qint64 secondsLeft() const;                         // until the login (and its QR) expires
    const std::optional<BanRisk> &banRisk() const { return m_banRisk; }
    LinkProof proof() const;
    bool isWaitingForGateway() const; // a start or wait is in flight

    static QString stateName(State state);
    // Whether the flow has ended (no gateway call follows without the operator).
    static bool isFinal(State state);

Q_SIGNALS:
    void stateChanged(sb::linking::WhatsAppLinkFlow::State state);
    void qrChanged();
    void countdownChanged(qint64 secondsLeft);
    void proofChanged();

private:
    void checkAccount();
    void checkBanRisk();
    void beginLogin();
    void onStartAnswer(const gateway::WebLoginState &answer);
    void waitOnce();
    void onWaitAnswer(const gateway::WebLoginState &answer);
    bool takeQr(const QString &dataUrl);
    void onTick();
    void followLane();
    void finishWait(bool ok, const QString &answer);
    // Stops whatever step runs: no answer is acted on any more, an open action ends with `answer`.
    void stopRunningStep(const QString &answer);
    void setState(State state, const QString &message);
    qint64 now() const;

    actions::ActionRunner &m_runner;
    LaneKey m_lane;
    Options m_options;
    State m_state = State::Idle;
    QString m_message;
    std::optional<QrImage> m_qr;
    int m_qrGeneration = 0;
    std::optional<BanRisk> m_banRisk;
    qint64 m_loginStartedAt = 0;
    int m_round = 0; // answers from an earlier round (before cancel or expiry) are dropped
    bool m_inFlight = false;
    bool m_waitActionOpen = false;
    bool m_sawConnected = false; // since linking, the engine has seen the lane connected
    QTimer m_tick;
};

} // namespace sb::linking

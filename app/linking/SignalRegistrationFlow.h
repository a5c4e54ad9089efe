#pragma once

#include "app/health/HealthTypes.h"
#include "app/health/LaneKey.h"
#include "app/linking/SignalDaemonProblem.h"

#include <optional>

#include <QObject>
#include <QString>
#include <QUrl>

class QTimer;

namespace sb::actions {
class ActionRunner;
}
namespace sb::linking::signalcli {
class SignalCliClient;
}

namespace sb::linking {

class LaneBringUp;

// Registering a phone number as a Signal account through the signal-cli daemon, the way the
// story's night went (captcha, 403, re-registration), as a state machine with no window: the
// wizard and `switchboardctl signal` render its states and pass input on. Every daemon call is
// an action on the lane (ActionRunner: busy lane, timeline flag, action log row, outcome fed to
// the health engine). Time is the session's clock: a rate limit's countdown runs on it, and
// nothing reaches the daemon before it ends.
class SignalRegistrationFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalRegistrationFlow)

public:
    enum class State
    {
        EnterNumber,         // nothing asked yet
        Registering,         // register running
        CaptchaRequired,     // open captchaPage(), paste the token
        InvalidCaptcha,      // the token was refused: solve a fresh one
        RateLimited,         // countdown to retryAllowedAtMs(); no call before it ends
        ReadyToRetry,        // the countdown ended: retry() repeats what was limited
        ChallengeRequired,   // a rate limit a captcha can lift: challenge page, paste the token
        SubmittingChallenge, // submitRateLimitChallenge running
        CodeSent,            // enter the SMS (or voice) code
        Verifying,           // verify running
        WrongCode,           // not the code Signal sent: type it again
        CodeExpired,         // the code ran out: register again for a new one
        PinRequired,         // registration lock: the account's PIN
        PinIncorrect,        // not the lock's PIN: tries are limited
        AuthorizationFailed, // 403: explain, offer re-registration
        SignalCliOutdated,   // 499: upgrade signal-cli
        DaemonUnavailable,   // the daemon is not running, the URL is wrong...
        Failed,              // any other refusal, in signal-cli's words
        StartingChannel,     // channels.stop/start through the runner
        Proving,             // connected again; waiting for the proof of recovery
        Proven,              // healthy: the flow is done
    };
    Q_ENUM(State)

    SignalRegistrationFlow(actions::ActionRunner &runner, signalcli::SignalCliClient &daemon, LaneKey lane,
                           QObject *parent = nullptr);
    ~SignalRegistrationFlow() override;

    State state() const { return m_state; }
    static QString stateName(State state);
    LaneKey lane() const { return m_lane; }
    QString number() const { return m_number; }
    // What the current state means and what to do next, for the operator (plain text; it may
    // quote signal-cli).
    QString message() const { return m_message; }
    // The page to solve a captcha on: the registration page, or the challenge page.
    QUrl captchaPage() const;
    bool voice() const { return m_voice; }

    // Rate limits: when the next call is allowed (session clock, ms) and how long until then.
    qint64 retryAllowedAtMs() const { return m_retryAllowedAtMs; }
    int secondsUntilRetry() const;

    // The lane's proof of recovery once the channel is started again.
    health::LaneStatus proof() const;
    QString proofText() const;

    // Input. Each returns the reason it refused (bad input, wrong moment, countdown running),
    // or nothing when it went ahead.
    // `captcha`: a token solved beforehand (switchboardctl --captcha), sent with the first call;
    // `reregister`: take the number back even if it is registered (after a 403).
    std::optional<QString> registerNumber(const QString &number, bool voice = false,
                                          const QString &captcha = {}, bool reregister = false);
    // Picks the flow up where an earlier run left it: Signal sent `number` a code (a
    // switchboardctl `register` before this `verify`).
    std::optional<QString> resumeAtCode(const QString &number);
    // The same number again with `reregister` (after a 403, or to take the number back).
    std::optional<QString> reregister();
    std::optional<QString> submitCaptcha(const QString &pasted);
    std::optional<QString> submitCode(const QString &code, const QString &pin = {});
    std::optional<QString> submitPin(const QString &pin);
    // Ask for a voice call instead of an SMS (signal-cli: only after an SMS attempt).
    std::optional<QString> requestVoiceCode();
    // After a countdown: repeat the call that was rate limited.
    std::optional<QString> retry();

    // Re-reads the clock: ends a countdown that has run out. A timer calls it every second;
    // tests on a manual clock call it after moving time.
    void checkTime();

Q_SIGNALS:
    void stateChanged(sb::linking::SignalRegistrationFlow::State state);
    void countdownChanged(int secondsLeft);
    void proofChanged();

private:
    enum class Call
    {
        Register,
        Verify,
        Challenge,
    };
    std::optional<QString> refuseWhileBusyOrWaiting() const;
    void sendRegister(const QString &captcha);
    void sendVerify();
    void sendChallenge(const QString &captcha);
    struct Decision
    {
        State state;
        QString message;
    };
    // The state a daemon error leads to (and the countdown or challenge it sets up).
    Decision decide(Call call, const signalcli::DaemonError &error);
    void apply(const Decision &decision);
    void setState(State state, const QString &message);
    void startChannel();
    qint64 nowMs() const;

    actions::ActionRunner &m_runner;
    signalcli::SignalCliClient &m_daemon;
    LaneKey m_lane;
    LaneBringUp *m_bringUp;
    QTimer *m_tick;
    State m_state = State::EnterNumber;
    QString m_message;
    QString m_number;
    bool m_voice = false;
    bool m_reregister = false;
    QString m_captcha; // the last token accepted by the shape check, for a retry
    QString m_code;
    QString m_pin;
    QString m_challenge;
    Call m_limitedCall = Call::Register;
    qint64 m_retryAllowedAtMs = 0;
    bool m_actionOpen = false; // begun on the runner, its answer not yet in
};

} // namespace sb::linking

#include "app/linking/SignalRegistrationFlow.h"

#include "app/actions/ActionRunner.h"
#include "app/health/ChannelEvent.h"
#include "app/ingest/GatewaySession.h"
#include "app/linking/LaneBringUp.h"
#include "app/linking/SignalInput.h"
#include "app/linking/signalcli/SignalCliClient.h"
#include "app/platform/Clock.h"

#include <QMetaEnum>
#include <QTimer>

namespace sb::linking {

using namespace Qt::StringLiterals;

namespace {

// Signal did not say how long to wait: wait this long rather than retry at once.
constexpr qint64 kDefaultRateLimitSeconds = 60;

const QString kRegisterAction = u"signal.register"_s;
const QString kVerifyAction = u"signal.verify"_s;
const QString kChallengeAction = u"signal.challenge"_s;

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

} // namespace

SignalRegistrationFlow::SignalRegistrationFlow(actions::ActionRunner &runner,
                                               signalcli::SignalCliClient &daemon, LaneKey lane,
                                               QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_daemon(daemon)
    , m_lane(std::move(lane))
    , m_bringUp(new LaneBringUp(runner, m_lane, this))
    , m_tick(new QTimer(this))
{
    m_message = tr("Enter the phone number to register with Signal (E.164, e.g. +15555550100). Registering "
                   "a number with signal-cli de-authorizes the Signal app on a phone that uses it.");
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &SignalRegistrationFlow::checkTime);
    connect(m_bringUp, &LaneBringUp::channelStarted, this, [this] {
        setState(State::Proving, tr("The Signal channel is running again. It is on probation until it has "
                                    "proven itself: %1.")
                                     .arg(m_bringUp->progressText()));
    });
    connect(m_bringUp, &LaneBringUp::startFailed, this, [this](const QString &why) {
        setState(State::Failed, tr("Registered, but the channel did not start: %1").arg(why));
    });
    connect(m_bringUp, &LaneBringUp::progressed, this, [this] {
        if (m_state == State::Proving)
            m_message = tr("On probation: %1.").arg(m_bringUp->progressText());
        Q_EMIT proofChanged();
    });
    connect(m_bringUp, &LaneBringUp::proven, this,
            [this] { setState(State::Proven, tr("Signal is proven: %1.").arg(m_bringUp->progressText())); });
}

SignalRegistrationFlow::~SignalRegistrationFlow()
{
    // Closed while signal-cli had not answered: the answer will find no one, so the lane's
    // action ends here rather than keeping the lane busy.
    if (!m_actionOpen)
        return;
    actions::ActionOutcome outcome;
    outcome.message = tr("Closed before signal-cli answered.");
    outcome.answer = u"abandoned before the daemon answered"_s;
    m_runner.finish(m_lane, outcome);
}

QString SignalRegistrationFlow::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

QUrl SignalRegistrationFlow::captchaPage() const
{
    return QUrl(m_state == State::ChallengeRequired ? challengeCaptchaPage() : registrationCaptchaPage());
}

qint64 SignalRegistrationFlow::nowMs() const
{
    return m_runner.session().clock().nowMs();
}

int SignalRegistrationFlow::secondsUntilRetry() const
{
    if (m_state != State::RateLimited)
        return 0;
    const qint64 left = m_retryAllowedAtMs - nowMs();
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

health::LaneStatus SignalRegistrationFlow::proof() const
{
    return m_bringUp->status();
}

QString SignalRegistrationFlow::proofText() const
{
    return m_bringUp->progressText();
}

void SignalRegistrationFlow::setState(State state, const QString &message)
{
    m_message = message;
    if (state == State::RateLimited)
        m_tick->start();
    else
        m_tick->stop();
    m_state = state;
    Q_EMIT stateChanged(state);
}

std::optional<QString> SignalRegistrationFlow::refuseWhileBusyOrWaiting() const
{
    switch (m_state) {
    case State::Registering:
    case State::Verifying:
    case State::SubmittingChallenge:
    case State::StartingChannel:
        return tr("Wait for the step that is running to finish.");
    case State::RateLimited:
        return tr("Signal is rate limiting this number: nothing is sent for another %n second(s).", nullptr,
                  secondsUntilRetry());
    default:
        break;
    }
    if (m_runner.isBusy(m_lane))
        return tr("Another action is still running on this lane.");
    return std::nullopt;
}

std::optional<QString> SignalRegistrationFlow::registerNumber(const QString &number, bool voice,
                                                              const QString &captcha, bool reregister)
{
    if (auto refusal = refuseWhileBusyOrWaiting())
        return refusal;
    QString problem;
    const std::optional<QString> normalized = normalizeSignalNumber(number, &problem);
    if (!normalized)
        return problem;
    std::optional<QString> token;
    if (!captcha.trimmed().isEmpty()) {
        token = normalizeCaptchaToken(captcha, &problem);
        if (!token)
            return problem;
    }
    m_number = *normalized;
    m_voice = voice;
    m_reregister = reregister;
    sendRegister(token.value_or(QString()));
    return std::nullopt;
}

std::optional<QString> SignalRegistrationFlow::resumeAtCode(const QString &number)
{
    if (auto refusal = refuseWhileBusyOrWaiting())
        return refusal;
    QString problem;
    const std::optional<QString> normalized = normalizeSignalNumber(number, &problem);
    if (!normalized)
        return problem;
    m_number = *normalized;
    setState(State::CodeSent, tr("Enter the code Signal sent to %1.").arg(m_number));
    return std::nullopt;
}

std::optional<QString> SignalRegistrationFlow::reregister()
{
    if (auto refusal = refuseWhileBusyOrWaiting())
        return refusal;
    if (m_number.isEmpty())
        return tr("Enter the number to re-register first.");
    m_reregister = true;
    sendRegister({});
    return std::nullopt;
}

std::optional<QString> SignalRegistrationFlow::requestVoiceCode()
{
    if (m_state != State::CodeSent && m_state != State::CodeExpired && m_state != State::WrongCode)
        return tr("A voice call can be asked for once Signal has sent an SMS code.");
    if (auto refusal = refuseWhileBusyOrWaiting())
        return refusal;
    m_voice = true;
    sendRegister({});
    return std::nullopt;
}

std::optional<QString> SignalRegistrationFlow::submitCaptcha(const QString &pasted)
{
    const bool challenge = m_state == State::ChallengeRequired;
    if (m_state != State::CaptchaRequired && m_state != State::InvalidCaptcha && !challenge)
        return tr("Signal has not asked for a captcha.");
    if (auto refusal = refuseWhileBusyOrWaiting())
        return refusal;
    QString problem;
    const std::optional<QString> token = normalizeCaptchaToken(pasted, &problem);
    if (!token)
        return problem;
    m_captcha = *token;
    if (challenge)
        sendChallenge(*token);
    else
        sendRegister(*token);
    return std::nullopt;
}

std::optional<QString> SignalRegistrationFlow::submitCode(const QString &code, const QString &pin)
{
    if (m_state != State::CodeSent && m_state != State::WrongCode && m_state != State::PinRequired &&
        m_state != State::PinIncorrect)
        return tr("Signal has not sent a code yet: register the number first.");
    if (auto refusal = refuseWhileBusyOrWaiting())
        return refusal;
    QString problem;
    const std::optional<QString> normalized = normalizeVerificationCode(code, &problem);
    if (!normalized)
        return problem;
    std::optional<QString> normalizedPin;
    if (!pin.trimmed().isEmpty()) {
        normalizedPin = normalizeRegistrationPin(pin, &problem);
        if (!normalizedPin)
            return problem;
    }
    m_code = *normalized;
    m_pin = normalizedPin.value_or(QString());
    sendVerify();
    return std::nullopt;
}

std::optional<QString> SignalRegistrationFlow::submitPin(const QString &pin)
{
    if (m_state != State::PinRequired && m_state != State::PinIncorrect)
        return tr("Signal has not asked for the registration lock PIN.");
    if (auto refusal = refuseWhileBusyOrWaiting())
        return refusal;
    QString problem;
    const std::optional<QString> normalized = normalizeRegistrationPin(pin, &problem);
    if (!normalized)
        return problem;
    m_pin = *normalized;
    sendVerify();
    return std::nullopt;
}

std::optional<QString> SignalRegistrationFlow::retry()
{
    if (m_state != State::ReadyToRetry)
        return m_state == State::RateLimited ? refuseWhileBusyOrWaiting()
                                             : tr("Nothing is waiting to be tried again.");
    if (m_runner.isBusy(m_lane))
        return tr("Another action is still running on this lane.");
    switch (m_limitedCall) {
    case Call::Register:
        // A captcha token is good for one try: register without it; Signal asks again if it must.
        sendRegister({});
        break;
    case Call::Verify:
        sendVerify();
        break;
    case Call::Challenge:
        setState(
            State::ChallengeRequired,
            tr("Solve a fresh challenge captcha and paste its link: the last one was not accepted in time."));
        break;
    }
    return std::nullopt;
}

void SignalRegistrationFlow::checkTime()
{
    if (m_state != State::RateLimited)
        return;
    const int left = secondsUntilRetry();
    Q_EMIT countdownChanged(left);
    if (left == 0)
        setState(State::ReadyToRetry, tr("The rate limit has run out: you may try again now."));
}

void SignalRegistrationFlow::sendRegister(const QString &captcha)
{
    const bool withCaptcha = !captcha.isEmpty();
    std::optional<OperatorAction> code;
    if (withCaptcha)
        code = OperatorAction::SolveCaptcha;
    else if (m_reregister)
        code = OperatorAction::ReRegister;
    const QString flag = m_reregister ? tr("Signal re-registration of %1 requested").arg(m_number)
                                      : tr("Signal registration of %1 requested").arg(m_number);
    if (!m_runner.begin(m_lane, actions::ActionStart{kRegisterAction,
                                                     tr("asking signal-cli to register %1").arg(m_number),
                                                     flag, code}))
        return;
    m_actionOpen = true;
    setState(State::Registering, tr("Asking Signal to send a code to %1…").arg(m_number));
    // The log row says what was asked, never the captcha token itself.
    const QString asked = u"register account=%1 captcha=%2 voice=%3 reregister=%4"_s.arg(
        m_number, yesNo(withCaptcha), yesNo(m_voice), yesNo(m_reregister));
    signalcli::RegisterRequest request{m_number, captcha, m_voice, m_reregister};
    m_daemon.registerAccount(request, this, [this, asked](const signalcli::DaemonResult<QJsonValue> &result) {
        actions::ActionOutcome outcome;
        if (result) {
            outcome.ok = true;
            outcome.message = m_voice ? tr("Signal will call %1 with a code.").arg(m_number)
                                      : tr("Signal is sending a code by SMS to %1.").arg(m_number);
            outcome.answer = asked + u": ok"_s;
            m_actionOpen = false;
            m_runner.finish(m_lane, outcome);
            setState(State::CodeSent, outcome.message + u' ' +
                                          tr("Enter it here (spaces and dashes are fine). If no SMS arrives "
                                             "within a minute, ask for a voice call."));
            return;
        }
        const Decision decision = decide(Call::Register, result.error());
        outcome.message = decision.message;
        outcome.answer =
            u"%1: error %2 %3"_s.arg(asked).arg(result.error().rpcCode()).arg(result.error().message());
        const DaemonProblemInfo info = classifyDaemonError(result.error());
        const qint64 at = nowMs();
        if (info.problem == DaemonProblem::AuthorizationFailed)
            outcome.feedback << ChannelEvent{m_lane,
                                             at,
                                             EventKind::AuthFailed,
                                             info.httpStatus.value_or(403),
                                             result.error().message(),
                                             EventSource::Operator,
                                             std::nullopt};
        else if (info.problem != DaemonProblem::DaemonUnavailable)
            outcome.feedback << ChannelEvent{m_lane,
                                             at,
                                             EventKind::RegistrationProblem,
                                             info.httpStatus,
                                             result.error().message(),
                                             EventSource::Operator,
                                             info.retryAfterSeconds
                                                 ? std::optional<qint64>(*info.retryAfterSeconds * 1000)
                                                 : std::nullopt};
        m_actionOpen = false;
        m_runner.finish(m_lane, outcome);
        apply(decision);
    });
}

void SignalRegistrationFlow::sendVerify()
{
    if (!m_runner.begin(m_lane,
                        actions::ActionStart{kVerifyAction, tr("verifying %1 with signal-cli").arg(m_number),
                                             tr("Signal code entered for %1").arg(m_number), std::nullopt}))
        return;
    m_actionOpen = true;
    setState(State::Verifying, tr("Verifying the code with Signal…"));
    const QString asked = u"verify account=%1 pin=%2"_s.arg(m_number, yesNo(!m_pin.isEmpty()));
    m_daemon.verify(
        signalcli::VerifyRequest{m_number, m_code, m_pin}, this,
        [this, asked](const signalcli::DaemonResult<QJsonValue> &result) {
            actions::ActionOutcome outcome;
            if (result) {
                outcome.ok = true;
                outcome.message = tr("%1 is registered with Signal.").arg(m_number);
                outcome.answer = asked + u": ok"_s;
                m_actionOpen = false;
                m_runner.finish(m_lane, outcome);
                startChannel();
                return;
            }
            const Decision decision = decide(Call::Verify, result.error());
            outcome.message = decision.message;
            outcome.answer =
                u"%1: error %2 %3"_s.arg(asked).arg(result.error().rpcCode()).arg(result.error().message());
            const DaemonProblemInfo info = classifyDaemonError(result.error());
            if (info.problem == DaemonProblem::AuthorizationFailed)
                outcome.feedback << ChannelEvent{m_lane,
                                                 nowMs(),
                                                 EventKind::AuthFailed,
                                                 info.httpStatus.value_or(403),
                                                 result.error().message(),
                                                 EventSource::Operator,
                                                 std::nullopt};
            m_actionOpen = false;
            m_runner.finish(m_lane, outcome);
            apply(decision);
        });
}

void SignalRegistrationFlow::sendChallenge(const QString &captcha)
{
    if (!m_runner.begin(m_lane,
                        actions::ActionStart{
                            kChallengeAction, tr("submitting a rate-limit challenge for %1").arg(m_number),
                            tr("Signal rate-limit captcha submitted"), OperatorAction::SolveCaptcha}))
        return;
    m_actionOpen = true;
    setState(State::SubmittingChallenge, tr("Sending the solved captcha to Signal…"));
    // signal-cli(1): "--captcha CAPTCHA  The captcha result, starting with signalcaptcha://".
    m_daemon.submitRateLimitChallenge(
        m_number, m_challenge, u"signalcaptcha://"_s + captcha, this,
        [this](const signalcli::DaemonResult<QJsonValue> &result) {
            actions::ActionOutcome outcome;
            outcome.answer = u"submitRateLimitChallenge account=%1: "_s.arg(m_number);
            if (result) {
                outcome.ok = true;
                outcome.message = tr("Signal accepted the captcha and lifted the rate limit.");
                outcome.answer += u"ok"_s;
                m_actionOpen = false;
                m_runner.finish(m_lane, outcome);
                setState(State::ReadyToRetry, outcome.message + u' ' + tr("Try again now."));
                return;
            }
            const Decision decision = decide(Call::Challenge, result.error());
            outcome.message = decision.message;
            outcome.answer += u"error %1 %2"_s.arg(result.error().rpcCode()).arg(result.error().message());
            m_actionOpen = false;
            m_runner.finish(m_lane, outcome);
            apply(decision);
        });
}

SignalRegistrationFlow::Decision SignalRegistrationFlow::decide(Call call,
                                                                const signalcli::DaemonError &error)
{
    const DaemonProblemInfo info = classifyDaemonError(error);
    const QString said = error.message();
    switch (info.problem) {
    case DaemonProblem::CaptchaRequired:
        return Decision{
            State::CaptchaRequired,
            tr("Signal wants a captcha before it sends a code. Open the captcha page, solve it, then "
               "right-click “Open Signal” and copy the link, and paste it here. Solve it from this "
               "machine's network: a captcha solved from another IP address is refused, and tokens "
               "expire within minutes.")};
    case DaemonProblem::InvalidCaptcha:
        return Decision{
            call == Call::Challenge ? State::ChallengeRequired : State::InvalidCaptcha,
            tr("Signal refused the captcha: it was used already, expired, or solved from another IP "
               "address. Solve a fresh one and paste its link.")};
    case DaemonProblem::AuthorizationFailed:
        return Decision{
            State::AuthorizationFailed,
            tr("Signal answered 403 Authorization failed. Either another device registered %1 since "
               "(the phone's Signal app or another signal-cli took the number back, which "
               "de-authorizes this one), or the captcha was solved from a different IP address than "
               "the daemon's. Re-register the number to take it back; that de-authorizes the Signal "
               "app on any phone using it. (signal-cli: %2)")
                .arg(m_number, said)};
    case DaemonProblem::RateLimited: {
        const qint64 seconds = info.retryAfterSeconds.value_or(kDefaultRateLimitSeconds);
        m_limitedCall = call;
        m_retryAllowedAtMs = nowMs() + seconds * 1000;
        const QString status = info.httpStatus ? QString::number(*info.httpStatus) : tr("rate limit");
        return Decision{
            State::RateLimited,
            info.retryAfterSeconds
                ? tr("Signal is rate limiting this number (%1). Nothing is sent before the countdown ends; "
                     "retrying early only makes the wait longer.")
                      .arg(status)
                : tr("Signal is rate limiting this number (%1) and did not say for how long: Switchboard "
                     "waits %n second(s) before allowing another try.",
                     nullptr, int(seconds))
                      .arg(status)};
    }
    case DaemonProblem::ChallengeRequired:
        m_challenge = info.challenge;
        m_limitedCall = call;
        return Decision{
            State::ChallengeRequired,
            tr("Signal is rate limiting this number but will lift it for a solved captcha. Open the "
               "challenge page, solve it, copy the “Open Signal” link and paste it here.")};
    case DaemonProblem::WrongCode:
        return Decision{State::WrongCode,
                        tr("That is not the code Signal sent to %1. Check the SMS (or call) and type it "
                           "again; too many wrong tries get the number rate limited.")
                            .arg(m_number)};
    case DaemonProblem::CodeExpired:
        return Decision{State::CodeExpired,
                        tr("The code has expired. Register again to have Signal send a new one.")};
    case DaemonProblem::PinRequired:
        return Decision{State::PinRequired,
                        tr("%1 has a registration lock: enter the Signal PIN set on this number. "
                           "(signal-cli: %2)")
                            .arg(m_number, said)};
    case DaemonProblem::PinIncorrect:
        return Decision{
            State::PinIncorrect,
            tr("That PIN is not the registration lock's; the tries are limited. (signal-cli: %1)").arg(said)};
    case DaemonProblem::SignalCliOutdated:
        return Decision{
            State::SignalCliOutdated,
            tr("The Signal server refuses this signal-cli as too old (499). Upgrade signal-cli and "
               "restart the daemon, then try again.")};
    case DaemonProblem::DaemonUnavailable:
        return Decision{State::DaemonUnavailable, error.userMessage()};
    case DaemonProblem::Other:
        break;
    }
    return Decision{State::Failed, error.userMessage()};
}

void SignalRegistrationFlow::apply(const Decision &decision)
{
    setState(decision.state, decision.message);
    if (decision.state == State::RateLimited)
        Q_EMIT countdownChanged(secondsUntilRetry());
}

void SignalRegistrationFlow::startChannel()
{
    setState(State::StartingChannel,
             tr("%1 is registered. Starting the gateway's Signal channel again…").arg(m_number));
    m_bringUp->start();
}

} // namespace sb::linking

#include "app/linking/WhatsAppLinkFlow.h"

#include "app/actions/ActionRunner.h"
#include "app/gateway/GatewayClient.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/GatewaySession.h"
#include "app/linking/ChannelAccounts.h"
#include "app/linking/LoginAnswer.h"
#include "app/platform/Clock.h"
#include "app/store/History.h"

#include <QMetaEnum>

namespace sb::linking {

namespace {

const QString kStartAction = QStringLiteral("whatsapp.login.start");
const QString kWaitAction = QStringLiteral("whatsapp.login.wait");

// What the wait answers become in the action log: short, language-neutral.
QString logLine(const char *what, const QString &message)
{
    return message.isEmpty() ? QLatin1String(what)
                             : QStringLiteral("%1: %2").arg(QLatin1String(what), message);
}

} // namespace

WhatsAppLinkFlow::WhatsAppLinkFlow(actions::ActionRunner &runner, LaneKey lane, Options options,
                                   QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_lane(std::move(lane))
    , m_options(options)
{
    m_tick.setInterval(m_options.tickMs);
    connect(&m_tick, &QTimer::timeout, this, &WhatsAppLinkFlow::onTick);
    connect(&m_runner.session().engine(), &health::HealthEngine::laneUpdated, this,
            [this](const LaneKey &updated) {
                if (updated == m_lane)
                    followLane();
            });
}

// Not a word to the runner here: the flow may go with the session, after its runner. An open
// action ends through cancel() (closing the wizard) or an outcome.
WhatsAppLinkFlow::~WhatsAppLinkFlow() = default;

qint64 WhatsAppLinkFlow::now() const
{
    return (m_options.clock ? *m_options.clock : m_runner.session().clock()).nowMs();
}

QString WhatsAppLinkFlow::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

bool WhatsAppLinkFlow::isFinal(State state)
{
    switch (state) {
    case State::Idle:
    case State::CheckingAccount:
    case State::BanRiskWarning:
    case State::Starting:
    case State::ShowingQr:
    case State::RestartingAfterPairing:
    case State::Probation:
        return false;
    default:
        return true;
    }
}

bool WhatsAppLinkFlow::isWaitingForGateway() const
{
    return m_inFlight;
}

qint64 WhatsAppLinkFlow::secondsLeft() const
{
    if (!m_qr)
        return 0;
    return qMax<qint64>(0, (m_loginStartedAt + m_options.loginTtlMs - now() + 999) / 1000);
}

LinkProof WhatsAppLinkFlow::proof() const
{
    health::HealthEngine &engine = m_runner.session().engine();
    const qint64 engineNow = m_runner.session().clock().nowMs();
    return LinkProof::of(engine.status(m_lane, engineNow), engineNow);
}

void WhatsAppLinkFlow::setState(State state, const QString &message)
{
    m_message = message;
    const bool changed = m_state != state;
    m_state = state;
    const bool ticking =
        state == State::ShowingQr || state == State::RestartingAfterPairing || state == State::Probation;
    if (ticking && !m_tick.isActive())
        m_tick.start();
    else if (!ticking)
        m_tick.stop();
    if (changed)
        Q_EMIT stateChanged(state);
}

void WhatsAppLinkFlow::start()
{
    if (m_state != State::Idle && isFinal(m_state) == false)
        return;
    m_banRisk.reset();
    m_qr.reset();
    checkAccount();
}

void WhatsAppLinkFlow::checkAccount()
{
    setState(State::CheckingAccount, tr("Checking that the gateway has this WhatsApp account…"));
    const int round = ++m_round;
    m_inFlight = true;
    m_runner.session().monitor().client().configGet(
        this, [this, round](const gateway::Result<gateway::ConfigSnapshot> &result) {
            if (round != m_round)
                return;
            m_inFlight = false;
            if (!result) {
                setState(State::Failed, tr("The gateway's configuration could not be read: %1")
                                            .arg(result.error().userMessage()));
                return;
            }
            if (!accountConfigured(result.value().config, m_lane.channel, m_lane.accountId)) {
                setState(State::UnknownAccount,
                         tr("The gateway has no %1 account \"%2\" in its configuration. Nothing was started: "
                            "the gateway would accept the id and create empty credentials for it. Add the "
                            "account to channels.%1 first, or pick one of: %3.")
                             .arg(m_lane.channel, m_lane.accountId,
                                  configuredAccounts(result.value().config, m_lane.channel)
                                      .join(QStringLiteral(", "))));
                return;
            }
            checkBanRisk();
        });
}

void WhatsAppLinkFlow::checkBanRisk()
{
    const qint64 engineNow = m_runner.session().clock().nowMs();
    const health::LaneStatus status = m_runner.session().engine().status(m_lane, engineNow);
    QList<store::Segment> recent;
    if (m_options.history && m_options.history->isOpen())
        recent = m_options.history->segments(m_lane, engineNow - kRecentRelinkWindowMs, engineNow);
    m_banRisk = banRiskBeforeRelink(status, recent, engineNow);
    if (m_banRisk) {
        setState(State::BanRiskWarning, m_banRisk->text());
        return;
    }
    beginLogin();
}

void WhatsAppLinkFlow::proceedDespiteRisk()
{
    if (m_state == State::BanRiskWarning)
        beginLogin();
}

void WhatsAppLinkFlow::requestNewQr()
{
    switch (m_state) {
    case State::QrExpired:
    case State::Failed:
    case State::LoggedOut:
    case State::Conflict:
    case State::Cancelled:
        beginLogin();
        break;
    default:
        break;
    }
}

void WhatsAppLinkFlow::beginLogin()
{
    const bool relink = m_runner.session().engine().status(m_lane).state != LaneState::Unknown &&
                        m_runner.session().engine().status(m_lane).action != OperatorAction::Link;
    const actions::ActionStart start{kStartAction, tr("starting a WhatsApp login"),
                                     tr("WhatsApp login started by the operator"),
                                     relink ? OperatorAction::Relink : OperatorAction::Link};
    if (!m_runner.begin(m_lane, start)) {
        setState(State::Failed, tr("Another action is still running on this lane; try again when it ends."));
        return;
    }
    m_qr.reset();
    setState(State::Starting, tr("Asking the gateway for a QR code…"));
    const int round = ++m_round;
    m_inFlight = true;
    gateway::GatewayClient::WebLoginStartOptions options;
    options.accountId = m_lane.accountId;
    options.force = m_options.force;
    options.timeoutMs = 30000;
    m_runner.session().monitor().client().webLoginStart(
        options, this, [this, round](const gateway::Result<gateway::WebLoginState> &result) {
            if (round != m_round)
                return;
            m_inFlight = false;
            if (!result) {
                m_runner.finish(
                    m_lane, actions::ActionOutcome{false,
                                                   result.error().userMessage(),
                                                   QStringLiteral("start failed %1: %2")
                                                       .arg(result.error().code(), result.error().message()),
                                                   {},
                                                   {},
                                                   {}});
                setState(State::Failed,
                         tr("The gateway did not start a login: %1").arg(result.error().userMessage()));
                return;
            }
            onStartAnswer(result.value());
        });
}

void WhatsAppLinkFlow::onStartAnswer(const gateway::WebLoginState &answer)
{
    const LoginAnswer kind = classifyStartAnswer(answer);
    actions::ActionOutcome outcome;
    outcome.answer = logLine("start", answer.message);
    if (kind == LoginAnswer::Qr) {
        QString problem;
        auto image = readQrDataUrl(answer.qrDataUrl, &problem);
        if (!image) {
            outcome.message = problem;
            outcome.answer = QStringLiteral("start: unreadable QR: %1").arg(problem);
            m_runner.finish(m_lane, outcome);
            setState(State::Failed, problem);
            return;
        }
        outcome.ok = true;
        outcome.message = tr("The gateway issued a QR code.");
        outcome.answer = QStringLiteral("start: qr issued");
        m_runner.finish(m_lane, outcome);
        m_qr = std::move(*image);
        ++m_qrGeneration;
        m_loginStartedAt = now();
        // The wait action spans the QR on screen up to the outcome: the lane stays busy.
        m_waitActionOpen = m_runner.begin(
            m_lane, actions::ActionStart{kWaitAction, tr("waiting for the QR code to be scanned"),
                                         tr("WhatsApp QR shown to the operator"), std::nullopt});
        setState(State::ShowingQr, tr("Open WhatsApp on the phone → Settings → Linked Devices → Link a "
                                      "device, and point it at this code."));
        Q_EMIT qrChanged();
        Q_EMIT countdownChanged(secondsLeft());
        waitOnce();
        return;
    }
    outcome.ok = kind == LoginAnswer::AlreadyLinked;
    outcome.message = answer.message;
    m_runner.finish(m_lane, outcome);
    switch (kind) {
    case LoginAnswer::AlreadyLinked:
        setState(State::AlreadyLinked, answer.message);
        break;
    case LoginAnswer::Cooldown:
        setState(State::Cooldown,
                 tr("WhatsApp is not letting this phone link new devices right now (\"%1\"). "
                    "Wait: WhatsApp lifts this by itself, usually within hours, and trying "
                    "again and again can make it last longer. Nothing retries on its own.")
                     .arg(answer.message));
        break;
    case LoginAnswer::Conflict:
        setState(State::Conflict, answer.message);
        break;
    case LoginAnswer::LoggedOut:
        setState(State::LoggedOut, answer.message);
        break;
    default:
        setState(
            State::Failed,
            tr("The gateway could not start a WhatsApp login: \"%1\". Check that the gateway host reaches "
               "web.whatsapp.com (DNS, proxy, firewall) and that the WhatsApp plugin is running, then try "
               "again.")
                .arg(answer.message.isEmpty() ? tr("no QR code and no reason given") : answer.message));
        break;
    }
}

void WhatsAppLinkFlow::waitOnce()
{
    const int round = m_round;
    m_inFlight = true;
    gateway::GatewayClient::WebLoginWaitOptions options;
    options.accountId = m_lane.accountId;
    options.timeoutMs = m_options.waitTimeoutMs;
    if (m_qr)
        options.currentQrDataUrl = m_qr->dataUrl;
    m_runner.session().monitor().client().webLoginWait(
        options, this, [this, round](const gateway::Result<gateway::WebLoginState> &result) {
            if (round != m_round)
                return;
            m_inFlight = false;
            if (!result) {
                if (result.error().kind() == gateway::GatewayError::Kind::Timeout) {
                    waitOnce();
                    return;
                }
                finishWait(false, QStringLiteral("wait failed %1: %2")
                                      .arg(result.error().code(), result.error().message()));
                setState(State::Failed,
                         tr("Waiting for the scan failed: %1").arg(result.error().userMessage()));
                return;
            }
            onWaitAnswer(result.value());
        });
}

bool WhatsAppLinkFlow::takeQr(const QString &dataUrl)
{
    QString problem;
    auto image = readQrDataUrl(dataUrl, &problem);
    if (!image) {
        finishWait(false, QStringLiteral("unreadable QR: %1").arg(problem));
        setState(State::Failed, problem);
        return false;
    }
    m_qr = std::move(*image);
    ++m_qrGeneration;
    Q_EMIT qrChanged();
    return true;
}

void WhatsAppLinkFlow::onWaitAnswer(const gateway::WebLoginState &answer)
{
    switch (classifyWaitAnswer(answer)) {
    case LoginAnswer::Linked:
        finishWait(true, logLine("linked", answer.message));
        m_qr.reset();
        m_sawConnected = false;
        setState(State::Probation, tr("Linked. The lane is on probation until it proves itself: it must stay "
                                      "connected and deliver. Send a test message to help it along."));
        followLane();
        return;
    case LoginAnswer::QrRefreshed:
        if (takeQr(answer.qrDataUrl))
            waitOnce();
        return;
    case LoginAnswer::Qr:
    case LoginAnswer::StillWaiting:
        waitOnce();
        return;
    case LoginAnswer::RestartAfterPairing:
        setState(State::RestartingAfterPairing,
                 tr("Scanned. WhatsApp asked the gateway to restart the connection after pairing (code 515): "
                    "this is expected, the link carries on by itself."));
        waitOnce();
        return;
    case LoginAnswer::Expired:
    case LoginAnswer::NoActiveLogin:
        finishWait(false, logLine("expired", answer.message));
        setState(State::QrExpired, tr("The QR code expired before it was scanned (\"%1\"). Ask for a new one "
                                      "when the phone is at hand.")
                                       .arg(answer.message));
        return;
    case LoginAnswer::Conflict:
        finishWait(false, logLine("conflict", answer.message));
        setState(State::Conflict,
                 tr("Another WhatsApp Web session took over (440): \"%1\". Log the other session out on the "
                    "phone (Linked Devices) or stop the other process using this number, then link again.")
                     .arg(answer.message));
        return;
    case LoginAnswer::LoggedOut:
        finishWait(false, logLine("logged-out", answer.message));
        setState(State::LoggedOut, tr("WhatsApp logged the session out (401) and the gateway cleared it: "
                                      "\"%1\". Ask for a new QR code to link again.")
                                       .arg(answer.message));
        return;
    case LoginAnswer::Cooldown:
        finishWait(false, logLine("cooldown", answer.message));
        setState(State::Cooldown,
                 tr("WhatsApp is not letting this phone link new devices right now (\"%1\"). "
                    "Wait: WhatsApp lifts this by itself, usually within hours, and trying "
                    "again and again can make it last longer. Nothing retries on its own.")
                     .arg(answer.message));
        return;
    case LoginAnswer::AlreadyLinked:
    case LoginAnswer::AuthUnstable:
    case LoginAnswer::Failed:
        finishWait(false, logLine("failed", answer.message));
        setState(State::Failed, tr("The login failed: \"%1\". Check the phone's connection and the gateway's "
                                   "log, then ask for a new QR code.")
                                    .arg(answer.message));
        return;
    }
}

void WhatsAppLinkFlow::finishWait(bool ok, const QString &answer)
{
    if (!m_waitActionOpen)
        return;
    m_waitActionOpen = false;
    actions::ActionOutcome outcome;
    outcome.ok = ok;
    outcome.answer = answer;
    outcome.message = ok ? tr("WhatsApp linked; the lane is on probation.") : answer;
    m_runner.finish(m_lane, outcome);
}

void WhatsAppLinkFlow::onTick()
{
    if (m_state == State::Probation) {
        followLane();
        return;
    }
    const qint64 left = secondsLeft();
    Q_EMIT countdownChanged(left);
    if (left == 0 && m_state == State::ShowingQr) {
        stopRunningStep(QStringLiteral("expired: countdown ran out"));
        setState(State::QrExpired, tr("The QR code expired before it was scanned. Ask for a new one when the "
                                      "phone is at hand."));
    }
}

void WhatsAppLinkFlow::followLane()
{
    if (m_state != State::Probation)
        return;
    const health::LaneStatus status = m_runner.session().engine().status(m_lane);
    Q_EMIT proofChanged();
    if (status.state == LaneState::Probation || status.state == LaneState::Healthy)
        m_sawConnected = true;
    if (!m_sawConnected)
        return; // the engine has not seen the new link yet: an old "logged out" is not a loss
    switch (status.state) {
    case LaneState::Healthy:
        setState(State::Proven, tr("The lane has proven itself: %1.").arg(proof().text()));
        break;
    case LaneState::Conflict:
        setState(
            State::Conflict,
            tr("Linked, then another WhatsApp Web session took over (440). %1").arg(status.reason.text()));
        break;
    case LaneState::LoggedOut:
        setState(State::LoggedOut,
                 tr("Linked, then WhatsApp logged the session out (401). %1").arg(status.reason.text()));
        break;
    case LaneState::Blocked:
    case LaneState::Stopped:
    case LaneState::Disabled:
        setState(State::LostOnProbation,
                 tr("Linked, then lost while on probation: %1").arg(status.reason.text()));
        break;
    default:
        break;
    }
}

void WhatsAppLinkFlow::stopRunningStep(const QString &answer)
{
    ++m_round; // an answer still on its way is no longer acted on
    if (m_state == State::Starting && m_inFlight)
        m_runner.finish(m_lane, actions::ActionOutcome{false, answer, answer, {}, {}, {}});
    m_inFlight = false;
    finishWait(false, answer);
}

void WhatsAppLinkFlow::reportPhoneCooldown()
{
    if ((isFinal(m_state) && m_state != State::QrExpired) || m_state == State::Probation)
        return;
    stopRunningStep(QStringLiteral("cooldown: the phone cannot link new devices at this time"));
    setState(State::Cooldown,
             tr("The phone cannot link new devices at this time. Wait: WhatsApp lifts this by "
                "itself, usually within hours, and trying again and again can make it last "
                "longer. Nothing retries on its own."));
}

void WhatsAppLinkFlow::cancel()
{
    // Once linked there is nothing to cancel: the lane's probation is the engine's.
    if ((isFinal(m_state) && m_state != State::Idle) || m_state == State::Probation)
        return;
    stopRunningStep(QStringLiteral("cancelled by the operator"));
    setState(State::Cancelled,
             tr("Cancelled. No login is left waiting: the gateway forgets an unscanned QR code "
                "within 3 minutes."));
}

} // namespace sb::linking

#include "app/linking/SignalLinkFlow.h"

#include "app/actions/ActionRunner.h"
#include "app/linking/LaneBringUp.h"
#include "app/linking/SignalDaemonProblem.h"
#include "app/linking/signalcli/SignalCliClient.h"

#include <QMetaEnum>

namespace sb::linking {

using namespace Qt::StringLiterals;

SignalLinkFlow::SignalLinkFlow(actions::ActionRunner &runner, signalcli::SignalCliClient &daemon,
                               LaneKey lane, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_daemon(daemon)
    , m_lane(std::move(lane))
    , m_bringUp(new LaneBringUp(runner, m_lane, this))
{
    m_message =
        tr("Link the signal-cli daemon to the Signal account on a phone: the phone scans a code, and the "
           "daemon becomes one of its linked devices.");
    connect(m_bringUp, &LaneBringUp::channelStarted, this, [this] {
        setState(State::Proving,
                 tr("Linked, and the Signal channel is running again. It is on probation until "
                    "proven: %1.")
                     .arg(m_bringUp->progressText()));
    });
    connect(m_bringUp, &LaneBringUp::startFailed, this, [this](const QString &why) {
        setState(State::LinkFailed, tr("Linked, but the channel did not start: %1").arg(why));
    });
    connect(m_bringUp, &LaneBringUp::progressed, this, [this] {
        if (m_state == State::Proving)
            m_message = tr("On probation: %1.").arg(m_bringUp->progressText());
        Q_EMIT proofChanged();
    });
    connect(m_bringUp, &LaneBringUp::proven, this,
            [this] { setState(State::Proven, tr("Signal is proven: %1.").arg(m_bringUp->progressText())); });
}

SignalLinkFlow::~SignalLinkFlow()
{
    // Closed while the code was up: the lane's action ends here rather than staying busy.
    if (!m_actionOpen)
        return;
    actions::ActionOutcome outcome;
    outcome.message = tr("Closed before the link completed.");
    outcome.answer = u"abandoned before the daemon answered"_s;
    m_runner.finish(m_lane, outcome);
}

QString SignalLinkFlow::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

health::LaneStatus SignalLinkFlow::proof() const
{
    return m_bringUp->status();
}

QString SignalLinkFlow::proofText() const
{
    return m_bringUp->progressText();
}

void SignalLinkFlow::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT stateChanged(state);
}

std::optional<QString> SignalLinkFlow::start(const QString &deviceName)
{
    if (m_state == State::StartingLink || m_state == State::ShowingCode || m_state == State::StartingChannel)
        return tr("A link is already under way.");
    if (!m_runner.begin(m_lane, actions::ActionStart{u"signal.link"_s, tr("linking signal-cli as a device"),
                                                     tr("Signal device link started"), OperatorAction::Link}))
        return tr("Another action is still running on this lane.");
    m_actionOpen = true;
    setState(State::StartingLink, tr("Asking signal-cli for a link code…"));
    m_daemon.startLink(this, [this, deviceName](const signalcli::DaemonResult<QString> &started) {
        if (!started) {
            const signalcli::DaemonError &error = started.error();
            const bool unavailable = classifyDaemonError(error).problem == DaemonProblem::DaemonUnavailable;
            actions::ActionOutcome outcome;
            outcome.message = error.userMessage();
            outcome.answer = u"startLink: error %1 %2"_s.arg(error.rpcCode()).arg(error.message());
            m_actionOpen = false;
            m_runner.finish(m_lane, outcome);
            setState(unavailable ? State::DaemonUnavailable : State::LinkFailed, outcome.message);
            return;
        }
        m_uri = started.value();
        setState(State::ShowingCode,
                 tr("On the phone: Signal → Settings → Linked devices → Link new device, and scan this code. "
                    "It is valid for a short time only."));
        m_daemon.finishLink(
            m_uri, deviceName, this, [this](const signalcli::DaemonResult<QJsonValue> &finished) {
                actions::ActionOutcome outcome;
                if (!finished) {
                    const signalcli::DaemonError &error = finished.error();
                    outcome.message =
                        error.kind() == signalcli::DaemonError::Kind::Timeout
                            ? tr("The code was not scanned in time. Start again for a fresh code.")
                            : tr("The link did not complete: %1 Start again for a fresh code.")
                                  .arg(error.userMessage());
                    outcome.answer =
                        u"startLink: ok; finishLink: error %1 %2"_s.arg(error.rpcCode()).arg(error.message());
                    m_actionOpen = false;
                    m_runner.finish(m_lane, outcome);
                    setState(State::LinkFailed, outcome.message);
                    return;
                }
                outcome.ok = true;
                outcome.message = tr("signal-cli is now a linked device of the phone's Signal account.");
                outcome.answer = u"startLink: ok; finishLink: ok"_s;
                m_actionOpen = false;
                m_runner.finish(m_lane, outcome);
                setState(State::StartingChannel,
                         outcome.message + u' ' + tr("Starting the Signal channel again…"));
                m_bringUp->start();
            });
    });
    return std::nullopt;
}

} // namespace sb::linking

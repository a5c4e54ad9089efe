#include "ui/LaneActionController.h"

#include "app/actions/ActionRunner.h"
#include "app/actions/LaneActions.h"
#include "app/health/ManualSteps.h"
#include "app/platform/Settings.h"
#include "ui/LaneDetailsPanel.h"
#include "ui/TestMessageDialog.h"
#include "ui/failover/FailoverSetup.h"
#include "ui/wizards/LinkingController.h"
#include "ui/wizards/SignalWizard.h"

namespace sb {

LaneActionController::LaneActionController(actions::LaneActions &actions, LaneDetailsPanel &panel,
                                           Settings &settings, QWidget *dialogParent)
    : QObject(&panel)
    , m_actions(actions)
    , m_panel(panel)
    , m_settings(settings)
    , m_dialogParent(dialogParent)
{
    connect(&m_panel, &LaneDetailsPanel::actionRequested, this, &LaneActionController::onActionRequested);
    connect(&m_panel, &LaneDetailsPanel::testMessageRequested, this,
            &LaneActionController::openTestMessageDialog);
    connect(&m_actions.runner(), &actions::ActionRunner::started, this,
            [this](const LaneKey &lane, const QString &description) {
                m_panel.setActionRunning(lane, description);
            });
    connect(&m_actions.runner(), &actions::ActionRunner::finished, this,
            [this](const LaneKey &lane, bool ok, const QString &message) {
                m_panel.setActionResult(lane, ok, message);
                Q_EMIT statusMessage(tr("%1: %2").arg(lane.toString(), message));
            });
}

LaneActionController::~LaneActionController()
{
    delete m_dialog;
    delete m_signalWizard;
}

SignalWizard *LaneActionController::signalWizard() const
{
    return m_signalWizard;
}

void LaneActionController::openSignalWizard(const LaneKey &lane)
{
    delete m_signalWizard;
    m_signalWizard = new SignalWizard(m_actions.runner(), lane, m_dialogParent);
    m_signalWizard->setAttribute(Qt::WA_DeleteOnClose);
    m_signalWizard->open();
}

void LaneActionController::setLinking(LinkingController *linking)
{
    m_linking = linking;
}

void LaneActionController::setFailover(failover::FailoverLauncher *launcher)
{
    m_failover = launcher;
}

TestMessageDialog *LaneActionController::testMessageDialog() const
{
    return m_dialog;
}

void LaneActionController::onActionRequested(const LaneKey &lane, OperatorAction action)
{
    if (action == OperatorAction::RestartChannel) {
        m_actions.restartChannel(lane);
        return;
    }
    const bool signalFlow = action == OperatorAction::SolveCaptcha || action == OperatorAction::ReRegister ||
                            action == OperatorAction::Link || action == OperatorAction::Relink;
    if (lane.channel == QLatin1String("signal") && signalFlow) {
        openSignalWizard(lane);
        return;
    }
    if (m_linking && (action == OperatorAction::Link || action == OperatorAction::Relink) &&
        lane.channel == QLatin1String("whatsapp")) {
        m_linking->openWhatsAppLink(lane);
        return;
    }
    if (m_linking && action == OperatorAction::CheckToken && lane.channel == QLatin1String("telegram")) {
        m_linking->openTelegramSetup(lane);
        return;
    }
    if (m_failover && action == OperatorAction::FailOver) {
        m_failover->openFor(lane);
        return;
    }
    // Without a flow for it (no launcher on this gateway) the panel says how to do it by hand
    // instead of pretending.
    const QString step = health::manualStepFor(action, lane);
    if (step.isEmpty())
        return;
    m_panel.setActionResult(lane, true, step);
    Q_EMIT statusMessage(tr("%1: %2").arg(actionText(action), step));
}

void LaneActionController::openTestMessageDialog(const LaneKey &lane)
{
    delete m_dialog;
    m_dialog = new TestMessageDialog(lane, m_settings.testRecipient(lane.toString()), m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &TestMessageDialog::sendRequested, this,
            [this](const LaneKey &target, const QString &recipient, const QString &message) {
                m_settings.setTestRecipient(target.toString(), recipient);
                m_actions.sendTestMessage(target, recipient, message);
            });
    m_dialog->open();
}

} // namespace sb

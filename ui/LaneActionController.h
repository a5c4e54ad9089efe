#pragma once

#include "app/health/LaneKey.h"
#include "app/health/LaneState.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace sb {

namespace actions {
class LaneActions;
}
namespace failover {
class FailoverLauncher;
}

class LaneDetailsPanel;
class LinkingController;
class Settings;
class SignalWizard;
class TestMessageDialog;

// The lane details panel's buttons, carried out: "Restart channel" through LaneActions,
// "Send test message…" through its dialog (remembering the recipient per lane), link / relink
// and bot token through the linking wizards, a Signal lane's captcha, re-register and link
// through the Signal wizard, a failover through the Failover dialog, every other recommended
// action as the manual step to take until the console runs that flow itself.
// Progress and outcomes go back to the panel and, as one line, to statusMessage().
class LaneActionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneActionController)

public:
    // Lives as long as the panel (it is made the panel's child); `actions` must outlive it.
    // Progress is its runner's: any action on the panel's lane shows there.
    LaneActionController(actions::LaneActions &actions, LaneDetailsPanel &panel, Settings &settings,
                         QWidget *dialogParent);
    ~LaneActionController() override;

    // The dialog in front, if one is open (tests fill it in).
    TestMessageDialog *testMessageDialog() const;
    // Link / relink (WhatsApp) and a bad bot token (Telegram) open their wizards through it
    // instead of the manual step.
    void setLinking(LinkingController *linking);
    // "Fail over to a healthy channel" opens the Failover dialog through it instead of the
    // manual step.
    void setFailover(failover::FailoverLauncher *launcher);

    SignalWizard *signalWizard() const;

    // Signal registration, re-registration or linking for `lane` (the lane panel's captcha,
    // re-register and link actions; Gateway ▸ Set Up Signal…).
    void openSignalWizard(const LaneKey &lane);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void onActionRequested(const LaneKey &lane, OperatorAction action);
    void openTestMessageDialog(const LaneKey &lane);

    actions::LaneActions &m_actions;
    LaneDetailsPanel &m_panel;
    Settings &m_settings;
    QPointer<QWidget> m_dialogParent;
    QPointer<TestMessageDialog> m_dialog;
    QPointer<LinkingController> m_linking;
    QPointer<failover::FailoverLauncher> m_failover;
    QPointer<SignalWizard> m_signalWizard;
};

} // namespace sb

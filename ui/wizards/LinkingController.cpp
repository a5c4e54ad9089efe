#include "ui/wizards/LinkingController.h"

#include "app/actions/ActionRunner.h"
#include "app/actions/LaneActions.h"
#include "app/health/HealthTypes.h"
#include "app/ingest/GatewaySession.h"
#include "app/linking/PairingQueue.h"
#include "app/linking/TelegramSetupFlow.h"
#include "app/linking/WhatsAppLinkFlow.h"
#include "app/platform/SafeText.h"
#include "app/platform/Settings.h"
#include "ui/TestMessageDialog.h"
#include "ui/wizards/TelegramSetupWizard.h"
#include "ui/wizards/WhatsAppLinkWizard.h"

#include <QInputDialog>

namespace sb {

LinkingController::LinkingController(actions::LaneActions &laneActions, SecretStore &secrets,
                                     Settings &settings, const store::History *history, QWidget *dialogParent,
                                     QObject *parent)
    : QObject(parent)
    , m_laneActions(laneActions)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_history(history)
    , m_dialogParent(dialogParent)
    , m_queue(new linking::PairingQueue(laneActions.runner(), this))
{
    connect(m_queue, &linking::PairingQueue::newRequest, this, [this](const linking::PairingEntry &entry) {
        if (m_notifier)
            m_notifier(tr("DM access request"),
                       tr("%1 asks to talk to %2 (%3) on %4.")
                           .arg(SafeText::forLabel(entry.senderLabel), SafeText::forLabel(entry.channelLabel),
                                SafeText::forLabel(entry.accountLabel),
                                SafeText::forLabel(entry.lane.gatewayId)));
    });
    // Every 15 s, on health events and on (re)connecting.
    m_queue->start();
}

LinkingController::~LinkingController()
{
    delete m_testDialog;
    for (const QPointer<QWidget> &wizard : std::as_const(m_wizards))
        delete wizard.data();
}

WhatsAppLinkWizard *LinkingController::openWhatsAppLink(const LaneKey &lane)
{
    linking::WhatsAppLinkFlow::Options options;
    options.history = m_history;
    auto *wizard = new WhatsAppLinkWizard(
        new linking::WhatsAppLinkFlow(m_laneActions.runner(), lane, options), m_dialogParent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizards.removeAll(nullptr);
    m_wizards.append(wizard);
    connect(wizard, &WhatsAppLinkWizard::testMessageRequested, this,
            &LinkingController::openTestMessageDialog);
    wizard->show();
    return wizard;
}

TelegramSetupWizard *LinkingController::openTelegramSetup(const LaneKey &lane)
{
    auto *wizard = new TelegramSetupWizard(
        new linking::TelegramSetupFlow(m_laneActions.runner(), lane, m_secrets), m_dialogParent);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizards.removeAll(nullptr);
    m_wizards.append(wizard);
    wizard->show();
    return wizard;
}

LaneKey LinkingController::chooseLane(const QString &channel, const QString &title)
{
    ingest::GatewaySession &session = m_laneActions.runner().session();
    QStringList accounts;
    for (const health::LaneStatus &status : session.lanes()) {
        if (status.lane.channel == channel)
            accounts << status.lane.accountId;
    }
    if (accounts.isEmpty())
        accounts << QStringLiteral("default");
    QString account = accounts.first();
    if (accounts.size() > 1) {
        bool ok = false;
        account = QInputDialog::getItem(m_dialogParent, title, tr("Account:"), accounts, 0, false, &ok);
        if (!ok)
            return {};
    }
    return LaneKey{session.gatewayId(), channel, account};
}

void LinkingController::linkWhatsApp()
{
    const LaneKey lane = chooseLane(QStringLiteral("whatsapp"), tr("Link WhatsApp"));
    if (lane.isValid())
        openWhatsAppLink(lane);
}

void LinkingController::setUpTelegram()
{
    const LaneKey lane = chooseLane(QStringLiteral("telegram"), tr("Set Up Telegram"));
    if (lane.isValid())
        openTelegramSetup(lane);
}

void LinkingController::openTestMessageDialog(const LaneKey &lane)
{
    delete m_testDialog;
    m_testDialog = new TestMessageDialog(lane, m_settings.testRecipient(lane.toString()), m_dialogParent);
    m_testDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_testDialog, &TestMessageDialog::sendRequested, this,
            [this](const LaneKey &target, const QString &recipient, const QString &message) {
                m_settings.setTestRecipient(target.toString(), recipient);
                m_laneActions.sendTestMessage(target, recipient, message);
            });
    m_testDialog->open();
}

} // namespace sb

#pragma once

#include "app/health/LaneKey.h"

#include <functional>

#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace sb {

class SecretStore;
class Settings;
class TelegramSetupWizard;
class TestMessageDialog;
class WhatsAppLinkWizard;

namespace actions {
class LaneActions;
}
namespace linking {
class PairingQueue;
}
namespace store {
class History;
}

// Opens the linking wizards for one watched gateway (from the lane panel's recommended action
// and the Gateway menu) and runs its DM pairing queue (shown by the Pairing dock with every
// other gateway's), a desktop notification for each new request. Lives with the session's
// actions (make it their child); the wizards it opened go with it, as their flows go with the
// session, and the queue leaving takes its rows off the dock.
class LinkingController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkingController)

public:
    using Notifier = std::function<void(const QString &title, const QString &body)>;

    LinkingController(actions::LaneActions &laneActions, SecretStore &secrets, Settings &settings,
                      const store::History *history, QWidget *dialogParent, QObject *parent = nullptr);
    ~LinkingController() override;

    WhatsAppLinkWizard *openWhatsAppLink(const LaneKey &lane);
    TelegramSetupWizard *openTelegramSetup(const LaneKey &lane);
    // From the Gateway menu: the account asked for when the gateway has more than one.
    void linkWhatsApp();
    void setUpTelegram();

    // The gateway's DM pairing queue, for the Pairing dock over every gateway.
    linking::PairingQueue &pairingQueue() const { return *m_queue; }
    void setNotifier(Notifier notifier) { m_notifier = std::move(notifier); }

private:
    LaneKey chooseLane(const QString &channel, const QString &title);
    void openTestMessageDialog(const LaneKey &lane);

    actions::LaneActions &m_laneActions;
    SecretStore &m_secrets;
    Settings &m_settings;
    const store::History *m_history;
    QPointer<QWidget> m_dialogParent;
    linking::PairingQueue *m_queue;
    QPointer<TestMessageDialog> m_testDialog;
    QList<QPointer<QWidget>> m_wizards; // closed with the controller: their flows use its runner
    Notifier m_notifier;
};

} // namespace sb

#pragma once

#include "app/linking/WhatsAppLinkFlow.h"

#include <QWizard>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace sb {

// Renders a WhatsAppLinkFlow (it holds no state of its own) and passes the operator's input
// on: the account and any ban-risk warning, then the QR (at least 264 px, with a text
// alternative) with its countdown, then the outcome: the proof of recovery filling live with
// Send Test Message, or the outcome's own words and next step. Closing it cancels the login.
class WhatsAppLinkWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatsAppLinkWizard)

public:
    enum Page
    {
        IntroPage,
        QrPage,
        ResultPage,
    };

    static constexpr int kMinimumQrPixels = 264;

    // Takes the flow over (it becomes the wizard's child).
    WhatsAppLinkWizard(linking::WhatsAppLinkFlow *flow, QWidget *parent = nullptr);
    ~WhatsAppLinkWizard() override;

    linking::WhatsAppLinkFlow &flow() const { return *m_flow; }
    void reject() override;

Q_SIGNALS:
    void testMessageRequested(const sb::LaneKey &lane);

private:
    void render();
    void renderQr();
    void renderProof();
    void goTo(Page page);

    linking::WhatsAppLinkFlow *m_flow;
    QLabel *m_introText = nullptr;
    QLabel *m_riskText = nullptr;
    QCheckBox *m_riskAccepted = nullptr;
    QLabel *m_qrImage = nullptr;
    QLabel *m_qrAlternative = nullptr;
    QLabel *m_qrCountdown = nullptr;
    QLabel *m_qrStatus = nullptr;
    QPushButton *m_newQrButton = nullptr;
    QPushButton *m_cooldownButton = nullptr;
    QLabel *m_resultText = nullptr;
    QLabel *m_proofText = nullptr;
    QProgressBar *m_proofConnected = nullptr;
    QProgressBar *m_proofDeliveries = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_retryButton = nullptr;
};

} // namespace sb

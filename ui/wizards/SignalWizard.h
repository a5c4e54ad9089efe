#pragma once

#include "app/health/LaneKey.h"

#include <functional>
#include <memory>

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace sb::actions {
class ActionRunner;
}
namespace sb::linking {
class SignalLinkFlow;
class SignalRegistrationFlow;
namespace signalcli {
class SignalCliClient;
}
} // namespace sb::linking

namespace sb {

// Signal registration, re-registration and device linking for one lane, rendering the states
// of linking::SignalRegistrationFlow and linking::SignalLinkFlow and passing the operator's
// input on: the captcha page (opened in the browser), the pasted token, the rate limit's
// countdown, the code and PIN, the link QR code, and the lane's proof of recovery at the end.
// The number and the daemon URL are read from the gateway's config when it opens (both can be
// changed). Widgets carry object names for tests ("signalNumber", "signalRegister", …).
class SignalWizard final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWizard)

public:
    SignalWizard(actions::ActionRunner &runner, LaneKey lane, QWidget *parent = nullptr);
    ~SignalWizard() override;

    // Where "Open Captcha Page" sends the URL: QDesktopServices by default; tests record it.
    void setUrlOpener(std::function<void(const QUrl &)> opener) { m_openUrl = std::move(opener); }
    // Fills the daemon URL (the gateway's config is read on open; this overrides it).
    void setDaemonUrl(const QUrl &url);
    void setNumber(const QString &number);

    linking::SignalRegistrationFlow *registration() const { return m_registration.get(); }
    linking::SignalLinkFlow *link() const { return m_link.get(); }

private:
    void readConfig();
    bool ensureFlows();
    void render();
    void renderRegistration();
    void renderLink();
    void showRefusal(const std::optional<QString> &refusal);

    actions::ActionRunner &m_runner;
    LaneKey m_lane;
    std::function<void(const QUrl &)> m_openUrl;
    std::unique_ptr<linking::signalcli::SignalCliClient> m_daemon;
    std::unique_ptr<linking::SignalRegistrationFlow> m_registration;
    std::unique_ptr<linking::SignalLinkFlow> m_link;
    QUrl m_daemonUrlInUse;
    bool m_linking = false; // which flow the page shows

    QLineEdit *m_daemonUrlEdit;
    QLineEdit *m_numberEdit;
    QLabel *m_message;
    QPushButton *m_registerButton;
    QPushButton *m_reregisterButton;
    QPushButton *m_linkButton;
    QPushButton *m_captchaPageButton;
    QLineEdit *m_tokenEdit;
    QPushButton *m_submitCaptchaButton;
    QLabel *m_countdown;
    QPushButton *m_retryButton;
    QLineEdit *m_codeEdit;
    QLineEdit *m_pinEdit;
    QPushButton *m_verifyButton;
    QWidget *m_codeRow = nullptr; // the code and PIN fields with their labels and Verify
    QLabel *m_qr;
    QLabel *m_proof;
    QLabel *m_refusal;
};

} // namespace sb

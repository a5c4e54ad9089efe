#include "ui/wizards/SignalWizard.h"

#include "app/actions/ActionRunner.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/ingest/GatewaySession.h"
#include "app/linking/QrEncode.h"
#include "app/linking/SignalAccountConfig.h"
#include "app/linking/SignalLinkFlow.h"
#include "app/linking/SignalRegistrationFlow.h"
#include "app/linking/signalcli/SignalCliClient.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb {

using RegState = linking::SignalRegistrationFlow::State;
using LinkState = linking::SignalLinkFlow::State;

namespace {

QLabel *plainLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // signal-cli's and the gateway's words, never markup
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton *button(const QString &text, const QString &objectName)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    b->setAutoDefault(false);
    return b;
}

QPixmap qrPixmap(const QString &text)
{
    const std::optional<linking::QrModules> matrix = linking::encodeQr(text.toUtf8());
    if (!matrix)
        return {};
    constexpr int quiet = 4;
    const int side = matrix->size + 2 * quiet;
    QImage image(side, side, QImage::Format_Mono);
    image.fill(1);
    for (int y = 0; y < matrix->size; ++y)
        for (int x = 0; x < matrix->size; ++x)
            image.setPixel(x + quiet, y + quiet, matrix->isDark(x, y) ? 0 : 1);
    return QPixmap::fromImage(image.scaled(side * 6, side * 6));
}

} // namespace

SignalWizard::SignalWizard(actions::ActionRunner &runner, LaneKey lane, QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_lane(std::move(lane))
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
    , m_daemonUrlEdit(new QLineEdit)
    , m_numberEdit(new QLineEdit)
    , m_message(plainLabel(QStringLiteral("signalMessage")))
    , m_registerButton(button(tr("&Register"), QStringLiteral("signalRegister")))
    , m_reregisterButton(button(tr("Re-re&gister"), QStringLiteral("signalReregister")))
    , m_linkButton(button(tr("&Link as a Device"), QStringLiteral("signalLink")))
    , m_captchaPageButton(button(tr("&Open Captcha Page"), QStringLiteral("signalOpenCaptcha")))
    , m_tokenEdit(new QLineEdit)
    , m_submitCaptchaButton(button(tr("&Submit Captcha"), QStringLiteral("signalSubmitCaptcha")))
    , m_countdown(plainLabel(QStringLiteral("signalCountdown")))
    , m_retryButton(button(tr("Try &Again"), QStringLiteral("signalRetry")))
    , m_codeEdit(new QLineEdit)
    , m_pinEdit(new QLineEdit)
    , m_verifyButton(button(tr("&Verify"), QStringLiteral("signalVerify")))
    , m_qr(new QLabel)
    , m_proof(plainLabel(QStringLiteral("signalProof")))
    , m_refusal(plainLabel(QStringLiteral("signalRefusal")))
{
    setObjectName(QStringLiteral("signalWizard"));
    setWindowTitle(tr("Set Up Signal — %1").arg(m_lane.toString()));
    m_daemonUrlEdit->setObjectName(QStringLiteral("signalDaemonUrl"));
    m_daemonUrlEdit->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_numberEdit->setObjectName(QStringLiteral("signalNumber"));
    m_numberEdit->setPlaceholderText(QStringLiteral("+15555550100"));
    m_tokenEdit->setObjectName(QStringLiteral("signalCaptchaToken"));
    m_tokenEdit->setPlaceholderText(QStringLiteral("signalcaptcha://signal-hcaptcha.…"));
    m_codeEdit->setObjectName(QStringLiteral("signalCode"));
    m_codeEdit->setPlaceholderText(QStringLiteral("123-456"));
    m_pinEdit->setObjectName(QStringLiteral("signalPin"));
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_qr->setObjectName(QStringLiteral("signalQr"));
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *form = new QFormLayout;
    form->addRow(tr("signal-cli &daemon"), m_daemonUrlEdit);
    form->addRow(tr("&Number"), m_numberEdit);
    auto *start = new QHBoxLayout;
    start->addWidget(m_registerButton);
    start->addWidget(m_reregisterButton);
    start->addWidget(m_linkButton);
    start->addStretch();
    auto *captcha = new QHBoxLayout;
    captcha->addWidget(m_captchaPageButton);
    captcha->addWidget(m_tokenEdit, 1);
    captcha->addWidget(m_submitCaptchaButton);
    auto *wait = new QHBoxLayout;
    wait->addWidget(m_countdown, 1);
    wait->addWidget(m_retryButton);
    // One row, shown and hidden whole: its labels must not linger on pages without its fields.
    m_codeRow = new QWidget(this);
    m_codeRow->setObjectName(QStringLiteral("signalCodeRow"));
    auto *code = new QHBoxLayout(m_codeRow);
    code->setContentsMargins(0, 0, 0, 0);
    auto *codeLabel = new QLabel(tr("&Code"));
    codeLabel->setBuddy(m_codeEdit);
    auto *pinLabel = new QLabel(tr("&PIN (if locked)"));
    pinLabel->setBuddy(m_pinEdit);
    code->addWidget(codeLabel);
    code->addWidget(m_codeEdit);
    code->addWidget(pinLabel);
    code->addWidget(m_pinEdit);
    code->addWidget(m_verifyButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(start);
    layout->addWidget(m_message);
    layout->addLayout(captcha);
    layout->addLayout(wait);
    layout->addWidget(m_codeRow);
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);
    layout->addWidget(m_proof);
    layout->addWidget(m_refusal);
    layout->addWidget(buttons);

    connect(m_registerButton, &QPushButton::clicked, this, [this] {
        if (ensureFlows()) {
            m_linking = false;
            showRefusal(m_registration->registerNumber(m_numberEdit->text()));
        }
    });
    connect(m_reregisterButton, &QPushButton::clicked, this, [this] {
        if (!ensureFlows())
            return;
        m_linking = false;
        showRefusal(m_registration->number().isEmpty()
                        ? m_registration->registerNumber(m_numberEdit->text(), false, {}, true)
                        : m_registration->reregister());
    });
    connect(m_linkButton, &QPushButton::clicked, this, [this] {
        if (ensureFlows()) {
            m_linking = true;
            showRefusal(m_link->start(QStringLiteral("Switchboard")));
        }
    });
    connect(m_captchaPageButton, &QPushButton::clicked, this, [this] {
        if (m_registration)
            m_openUrl(m_registration->captchaPage());
    });
    connect(m_submitCaptchaButton, &QPushButton::clicked, this, [this] {
        if (m_registration)
            showRefusal(m_registration->submitCaptcha(m_tokenEdit->text()));
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        if (m_registration)
            showRefusal(m_registration->retry());
    });
    connect(m_verifyButton, &QPushButton::clicked, this, [this] {
        if (!m_registration)
            return;
        const bool pinOnly = m_registration->state() == RegState::PinRequired ||
                             m_registration->state() == RegState::PinIncorrect;
        showRefusal(pinOnly && !m_pinEdit->text().isEmpty() && m_codeEdit->text().isEmpty()
                        ? m_registration->submitPin(m_pinEdit->text())
                        : m_registration->submitCode(m_codeEdit->text(), m_pinEdit->text()));
    });
    readConfig();
    render();
}

SignalWizard::~SignalWizard() = default;

void SignalWizard::setDaemonUrl(const QUrl &url)
{
    m_daemonUrlEdit->setText(url.toString());
}

void SignalWizard::setNumber(const QString &number)
{
    m_numberEdit->setText(number);
}

void SignalWizard::readConfig()
{
    m_message->setText(tr("Reading the gateway's Signal settings…"));
    linking::fetchSignalAccountConfig(
        m_runner.session().monitor().client(), m_lane.accountId, this,
        [this](const gateway::Result<linking::SignalAccountConfig> &result) {
            if (!result) {
                m_message->setText(tr("The gateway's config could not be read (%1): enter the number and the "
                                      "signal-cli daemon's URL.")
                                       .arg(result.error().userMessage()));
                return;
            }
            if (m_numberEdit->text().isEmpty())
                m_numberEdit->setText(result.value().number);
            if (m_daemonUrlEdit->text().isEmpty() && result.value().daemonUrl)
                m_daemonUrlEdit->setText(result.value().daemonUrl->toString());
            render();
        });
}

bool SignalWizard::ensureFlows()
{
    const QUrl url(m_daemonUrlEdit->text().trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_refusal->setText(tr("Enter the signal-cli daemon's URL (http://host:port)."));
        return false;
    }
    if (m_daemon && url == m_daemonUrlInUse)
        return true;
    // A new daemon URL: flows start over against it.
    m_registration.reset();
    m_link.reset();
    linking::signalcli::SignalCliClient::Options options;
    options.baseUrl = url;
    m_daemon = std::make_unique<linking::signalcli::SignalCliClient>(options);
    m_daemonUrlInUse = url;
    m_registration = std::make_unique<linking::SignalRegistrationFlow>(m_runner, *m_daemon, m_lane);
    m_link = std::make_unique<linking::SignalLinkFlow>(m_runner, *m_daemon, m_lane);
    connect(m_registration.get(), &linking::SignalRegistrationFlow::stateChanged, this,
            &SignalWizard::render);
    connect(m_registration.get(), &linking::SignalRegistrationFlow::countdownChanged, this,
            &SignalWizard::render);
    connect(m_registration.get(), &linking::SignalRegistrationFlow::proofChanged, this,
            &SignalWizard::render);
    connect(m_link.get(), &linking::SignalLinkFlow::stateChanged, this, &SignalWizard::render);
    connect(m_link.get(), &linking::SignalLinkFlow::proofChanged, this, &SignalWizard::render);
    return true;
}

void SignalWizard::showRefusal(const std::optional<QString> &refusal)
{
    m_refusal->setText(refusal.value_or(QString()));
    render();
}

void SignalWizard::render()
{
    if (m_linking && m_link)
        renderLink();
    else
        renderRegistration();
}

void SignalWizard::renderRegistration()
{
    const RegState state = m_registration ? m_registration->state() : RegState::EnterNumber;
    const bool busy = state == RegState::Registering || state == RegState::Verifying ||
                      state == RegState::SubmittingChallenge || state == RegState::StartingChannel;
    const bool captcha = state == RegState::CaptchaRequired || state == RegState::InvalidCaptcha ||
                         state == RegState::ChallengeRequired;
    const bool limited = state == RegState::RateLimited || state == RegState::ReadyToRetry;
    const bool code = state == RegState::CodeSent || state == RegState::WrongCode ||
                      state == RegState::PinRequired || state == RegState::PinIncorrect;
    const bool proving = state == RegState::Proving || state == RegState::Proven;
    if (m_registration)
        m_message->setText(m_registration->message());
    m_registerButton->setEnabled(!busy && state != RegState::RateLimited);
    m_reregisterButton->setVisible(state == RegState::AuthorizationFailed || state == RegState::CodeExpired);
    m_linkButton->setEnabled(!busy);
    m_captchaPageButton->setVisible(captcha);
    m_tokenEdit->setVisible(captcha);
    m_submitCaptchaButton->setVisible(captcha);
    m_countdown->setVisible(limited);
    m_retryButton->setVisible(limited);
    m_retryButton->setEnabled(state == RegState::ReadyToRetry);
    if (limited)
        m_countdown->setText(state == RegState::ReadyToRetry
                                 ? tr("The wait is over.")
                                 : tr("Next try allowed in %1 s.").arg(m_registration->secondsUntilRetry()));
    m_codeRow->setVisible(code);
    m_qr->setVisible(false);
    m_proof->setVisible(proving);
    if (proving)
        m_proof->setText(state == RegState::Proven ? tr("Proven: %1").arg(m_registration->proofText())
                                                   : tr("On probation: %1").arg(m_registration->proofText()));
}

void SignalWizard::renderLink()
{
    const LinkState state = m_link->state();
    m_message->setText(m_link->message());
    const bool busy = state == LinkState::StartingLink || state == LinkState::ShowingCode ||
                      state == LinkState::StartingChannel;
    m_registerButton->setEnabled(!busy);
    m_reregisterButton->setVisible(false);
    m_linkButton->setEnabled(!busy);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_captchaPageButton), static_cast<QWidget *>(m_tokenEdit),
          static_cast<QWidget *>(m_submitCaptchaButton), static_cast<QWidget *>(m_countdown),
          static_cast<QWidget *>(m_retryButton), m_codeRow})
        widget->setVisible(false);
    const bool showCode = state == LinkState::ShowingCode;
    m_qr->setVisible(showCode);
    if (showCode) {
        m_qr->setPixmap(qrPixmap(m_link->deviceLinkUri()));
        m_qr->setToolTip(m_link->deviceLinkUri());
    }
    const bool proving = state == LinkState::Proving || state == LinkState::Proven;
    m_proof->setVisible(proving);
    if (proving)
        m_proof->setText(state == LinkState::Proven ? tr("Proven: %1").arg(m_link->proofText())
                                                    : tr("On probation: %1").arg(m_link->proofText()));
}

} // namespace sb

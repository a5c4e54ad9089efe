#include "ui/wizards/WhatsAppLinkWizard.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb {

namespace {

using State = linking::WhatsAppLinkFlow::State;

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // the flow quotes the gateway
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

bool onQrPage(State state)
{
    return state == State::Starting || state == State::ShowingQr || state == State::RestartingAfterPairing ||
           state == State::QrExpired;
}

// A page whose Next button the flow's state decides: the wizard moves on by itself.
class FlowPage final : public QWizardPage
{
public:
    FlowPage(std::function<int()> next, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_next(std::move(next))
    {}
    int nextId() const override { return m_next(); }

private:
    std::function<int()> m_next;
};

} // namespace

WhatsAppLinkWizard::WhatsAppLinkWizard(linking::WhatsAppLinkFlow *flow, QWidget *parent)
    : QWizard(parent)
    , m_flow(flow)
{
    m_flow->setParent(this);
    setObjectName(QStringLiteral("whatsAppLinkWizard"));
    setWindowTitle(tr("Link WhatsApp — %1").arg(m_flow->lane().toString()));
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoBackButtonOnLastPage |
               QWizard::NoCancelButtonOnLastPage);

    auto *intro = new FlowPage([] { return int(QrPage); });
    intro->setTitle(tr("Link WhatsApp account \"%1\"").arg(m_flow->lane().accountId));
    auto *introLayout = new QVBoxLayout(intro);
    m_introText = plainLabel(QStringLiteral("introText"), intro);
    m_introText->setText(
        tr("Switchboard asks the gateway for a QR code and shows it here. Have the phone of this "
           "number at hand: WhatsApp → Settings → Linked Devices → Link a device. After linking, "
           "the lane stays on probation until it has been connected for a while and delivered "
           "messages. Press Next to start."));
    m_riskText = plainLabel(QStringLiteral("banRiskText"), intro);
    m_riskText->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_riskAccepted = new QCheckBox(tr("I understand the risk and want to relink this number now"), intro);
    m_riskAccepted->setObjectName(QStringLiteral("banRiskAccepted"));
    introLayout->addWidget(m_introText);
    introLayout->addWidget(m_riskText);
    introLayout->addWidget(m_riskAccepted);
    introLayout->addStretch();
    setPage(IntroPage, intro);

    auto *qr = new FlowPage([] { return int(ResultPage); });
    qr->setTitle(tr("Scan the QR code"));
    auto *qrLayout = new QVBoxLayout(qr);
    m_qrImage = new QLabel(qr);
    m_qrImage->setObjectName(QStringLiteral("qrImage"));
    m_qrImage->setAlignment(Qt::AlignCenter);
    m_qrImage->setMinimumSize(kMinimumQrPixels, kMinimumQrPixels);
    m_qrImage->setStyleSheet(QStringLiteral("background: white;"));
    m_qrImage->setAccessibleName(tr("WhatsApp link QR code"));
    m_qrAlternative = plainLabel(QStringLiteral("qrTextAlternative"), qr);
    m_qrAlternative->setText(
        tr("The QR code cannot be typed. If the phone cannot scan it from this screen, draw it in a terminal "
           "instead: switchboardctl relink --lane %1 --gateway <url> --token-env <VAR>")
            .arg(m_flow->lane().toString()));
    m_qrImage->setAccessibleDescription(m_qrAlternative->text());
    m_qrCountdown = plainLabel(QStringLiteral("qrCountdown"), qr);
    m_qrStatus = plainLabel(QStringLiteral("qrStatus"), qr);
    m_newQrButton = new QPushButton(tr("&New QR Code"), qr);
    m_newQrButton->setObjectName(QStringLiteral("newQrButton"));
    m_cooldownButton = new QPushButton(tr("The phone says it &can't link new devices"), qr);
    m_cooldownButton->setObjectName(QStringLiteral("cooldownButton"));
    auto *qrButtons = new QHBoxLayout;
    qrButtons->addWidget(m_newQrButton);
    qrButtons->addWidget(m_cooldownButton);
    qrButtons->addStretch();
    qrLayout->addWidget(m_qrImage, 1);
    qrLayout->addWidget(m_qrCountdown);
    qrLayout->addWidget(m_qrStatus);
    qrLayout->addWidget(m_qrAlternative);
    qrLayout->addLayout(qrButtons);
    setPage(QrPage, qr);

    auto *result = new FlowPage([] { return -1; });
    result->setFinalPage(true);
    auto *resultLayout = new QVBoxLayout(result);
    m_resultText = plainLabel(QStringLiteral("resultText"), result);
    m_proofText = plainLabel(QStringLiteral("proofText"), result);
    m_proofConnected = new QProgressBar(result);
    m_proofConnected->setObjectName(QStringLiteral("proofConnected"));
    m_proofConnected->setFormat(tr("connected %v of %m min"));
    m_proofDeliveries = new QProgressBar(result);
    m_proofDeliveries->setObjectName(QStringLiteral("proofDeliveries"));
    m_proofDeliveries->setFormat(tr("%v of %m deliveries"));
    m_testButton = new QPushButton(tr("&Send Test Message…"), result);
    m_testButton->setObjectName(QStringLiteral("sendTestButton"));
    m_retryButton = new QPushButton(tr("&New QR Code"), result);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_testButton);
    resultButtons->addWidget(m_retryButton);
    resultButtons->addStretch();
    resultLayout->addWidget(m_resultText);
    resultLayout->addWidget(m_proofConnected);
    resultLayout->addWidget(m_proofDeliveries);
    resultLayout->addWidget(m_proofText);
    resultLayout->addLayout(resultButtons);
    resultLayout->addStretch();
    setPage(ResultPage, result);

    connect(m_newQrButton, &QPushButton::clicked, m_flow, &linking::WhatsAppLinkFlow::requestNewQr);
    connect(m_retryButton, &QPushButton::clicked, m_flow, &linking::WhatsAppLinkFlow::requestNewQr);
    connect(m_cooldownButton, &QPushButton::clicked, m_flow, &linking::WhatsAppLinkFlow::reportPhoneCooldown);
    connect(m_testButton, &QPushButton::clicked, this,
            [this] { Q_EMIT testMessageRequested(m_flow->lane()); });
    connect(m_riskAccepted, &QCheckBox::toggled, this, [this](bool accepted) {
        if (accepted)
            m_flow->proceedDespiteRisk();
    });
    // Next on the first page starts the flow; the flow's state moves the wizard on.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == QrPage &&
            (m_flow->state() == State::Idle || linking::WhatsAppLinkFlow::isFinal(m_flow->state())))
            m_flow->start();
        render();
    });
    connect(m_flow, &linking::WhatsAppLinkFlow::stateChanged, this, &WhatsAppLinkWizard::render);
    connect(m_flow, &linking::WhatsAppLinkFlow::qrChanged, this, &WhatsAppLinkWizard::renderQr);
    connect(m_flow, &linking::WhatsAppLinkFlow::countdownChanged, this, &WhatsAppLinkWizard::renderQr);
    connect(m_flow, &linking::WhatsAppLinkFlow::proofChanged, this, &WhatsAppLinkWizard::renderProof);
    render();
}

WhatsAppLinkWizard::~WhatsAppLinkWizard() = default;

void WhatsAppLinkWizard::reject()
{
    m_flow->cancel();
    QWizard::reject();
}

void WhatsAppLinkWizard::goTo(Page page)
{
    // Pages run Intro → QR → Result; the history leads back.
    for (int step = 0; step < 3 && currentId() != page; ++step) {
        if (currentId() < page)
            next();
        else
            back();
    }
}

void WhatsAppLinkWizard::render()
{
    const State state = m_flow->state();
    const bool risk = state == State::BanRiskWarning;
    m_riskText->setVisible(risk);
    m_riskAccepted->setVisible(risk);
    if (risk) {
        m_riskText->setText(m_flow->message());
        if (currentId() != IntroPage)
            goTo(IntroPage);
        return;
    }
    if (currentId() == IntroPage && state == State::Idle)
        return;
    if (onQrPage(state)) {
        if (currentId() != QrPage)
            goTo(QrPage);
        renderQr();
        return;
    }
    if (state == State::CheckingAccount) {
        m_qrStatus->setText(m_flow->message());
        return;
    }
    if (currentId() != ResultPage)
        goTo(ResultPage);
    const bool linked = state == State::Probation || state == State::Proven;
    page(ResultPage)->setTitle(linked ? tr("Linked — on probation") : tr("Not linked"));
    if (state == State::Proven)
        page(ResultPage)->setTitle(tr("Linked and proven"));
    else if (state == State::Cooldown)
        page(ResultPage)->setTitle(tr("Not linked — wait before trying again"));
    m_resultText->setText(m_flow->message());
    m_proofConnected->setVisible(linked);
    m_proofDeliveries->setVisible(linked);
    m_proofText->setVisible(linked);
    m_testButton->setVisible(linked);
    m_retryButton->setVisible(state == State::Failed || state == State::LoggedOut ||
                              state == State::Conflict);
    renderProof();
}

void WhatsAppLinkWizard::renderQr()
{
    const State state = m_flow->state();
    m_qrStatus->setText(m_flow->message());
    m_newQrButton->setVisible(state == State::QrExpired);
    m_cooldownButton->setEnabled(state == State::ShowingQr);
    if (state == State::QrExpired || !m_flow->qr()) {
        m_qrImage->setPixmap({});
        m_qrImage->setText(state == State::Starting ? tr("Asking the gateway for a QR code…")
                                                    : tr("No QR code"));
        m_qrCountdown->setText(state == State::QrExpired ? tr("The QR code expired.") : QString());
        return;
    }
    QImage image;
    if (!image.loadFromData(m_flow->qr()->png, "PNG")) {
        m_qrImage->setText(tr("The QR code cannot be shown."));
        return;
    }
    // Whole pixels per module keep the code sharp enough for a phone to read off the screen.
    const int factor = qMax(1, (kMinimumQrPixels + image.width() - 1) / image.width());
    m_qrImage->setPixmap(QPixmap::fromImage(image.scaled(image.width() * factor, image.height() * factor,
                                                         Qt::KeepAspectRatio, Qt::FastTransformation)));
    m_qrCountdown->setText(tr("Valid for %n more second(s).", nullptr, int(m_flow->secondsLeft())));
}

void WhatsAppLinkWizard::renderProof()
{
    const linking::LinkProof proof = m_flow->proof();
    m_proofConnected->setRange(0, int(qMax<qint64>(1, proof.connectedNeededMs / 60000)));
    m_proofConnected->setValue(int(qMin(proof.connectedMs, proof.connectedNeededMs) / 60000));
    m_proofDeliveries->setRange(0, qMax(1, proof.deliveriesNeeded));
    m_proofDeliveries->setValue(qMin(proof.deliveries, proof.deliveriesNeeded));
    m_proofText->setText(tr("Proof of recovery: %1.").arg(proof.text()));
}

} // namespace sb

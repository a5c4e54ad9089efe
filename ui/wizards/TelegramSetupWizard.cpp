#include "ui/wizards/TelegramSetupWizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sb {

namespace {

using State = linking::TelegramSetupFlow::State;

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

bool settled(State state)
{
    return state == State::Done || state == State::Failed;
}

// The token page: Next hands the token to the flow and waits for it to settle.
class TokenEntryPage final : public QWizardPage
{
public:
    TokenEntryPage(linking::TelegramSetupFlow &flow, QLineEdit *&token, QWidget *parent = nullptr)
        : QWizardPage(parent)
        , m_flow(flow)
        , m_token(token)
    {}
    bool validatePage() override
    {
        if (settled(m_flow.state()))
            return true;
        if (m_flow.state() == State::Idle || m_flow.state() == State::InvalidToken)
            m_flow.submit(m_token->text());
        return false;
    }

private:
    linking::TelegramSetupFlow &m_flow;
    QLineEdit *&m_token;
};

} // namespace

TelegramSetupWizard::TelegramSetupWizard(linking::TelegramSetupFlow *flow, QWidget *parent)
    : QWizard(parent)
    , m_flow(flow)
{
    m_flow->setParent(this);
    setObjectName(QStringLiteral("telegramSetupWizard"));
    setWindowTitle(tr("Set Up Telegram — %1").arg(m_flow->lane().toString()));
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage);

    auto *tokenPage = new TokenEntryPage(*m_flow, m_token);
    tokenPage->setTitle(tr("Bot token for account \"%1\"").arg(m_flow->lane().accountId));
    auto *tokenLayout = new QVBoxLayout(tokenPage);
    auto *explain = plainLabel(QStringLiteral("tokenExplanation"), tokenPage);
    explain->setText(
        tr("Paste the token @BotFather gave for this bot. It is kept in this computer's keychain, "
           "written to the gateway's configuration and never shown or logged again. Groups stay on an "
           "allowlist."));
    m_token = new QLineEdit(tokenPage);
    m_token->setObjectName(QStringLiteral("botTokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Bot token"));
    m_problem = plainLabel(QStringLiteral("tokenProblem"), tokenPage);
    tokenLayout->addWidget(explain);
    tokenLayout->addWidget(m_token);
    tokenLayout->addWidget(m_problem);
    tokenLayout->addStretch();
    setPage(TokenPage, tokenPage);

    auto *resultPage = new QWizardPage;
    resultPage->setFinalPage(true);
    auto *resultLayout = new QVBoxLayout(resultPage);
    m_result = plainLabel(QStringLiteral("telegramResult"), resultPage);
    m_identity = plainLabel(QStringLiteral("botIdentity"), resultPage);
    m_warnings = plainLabel(QStringLiteral("telegramWarnings"), resultPage);
    resultLayout->addWidget(m_result);
    resultLayout->addWidget(m_identity);
    resultLayout->addWidget(m_warnings);
    resultLayout->addStretch();
    setPage(ResultPage, resultPage);

    connect(m_flow, &linking::TelegramSetupFlow::stateChanged, this, &TelegramSetupWizard::render);
    render();
}

TelegramSetupWizard::~TelegramSetupWizard() = default;

void TelegramSetupWizard::render()
{
    const State state = m_flow->state();
    m_problem->setText(state == State::Idle ? QString() : m_flow->message());
    if (state == State::InvalidToken)
        m_token->selectAll();
    if (!settled(state))
        return;
    m_token->clear(); // the token does not stay in a widget
    page(ResultPage)
        ->setTitle(state == State::Done ? tr("Telegram bot set up") : tr("Telegram bot not set up"));
    m_result->setText(m_flow->message());
    if (const auto &bot = m_flow->bot()) {
        const QString privacy = !bot->canReadAllGroupMessages.has_value() ? tr("unknown")
                                : *bot->canReadAllGroupMessages
                                    ? tr("off (the bot reads every group message)")
                                    : tr("on (the bot sees only commands and mentions in groups)");
        m_identity->setText(tr("Bot: @%1 (id %2)\nPrivacy mode: %3").arg(bot->username, bot->id, privacy));
    }
    m_warnings->setText(m_flow->warnings().join(QStringLiteral("\n\n")));
    if (currentId() == TokenPage)
        next();
}

} // namespace sb

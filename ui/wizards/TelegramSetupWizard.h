#pragma once

#include "app/linking/TelegramSetupFlow.h"

#include <QWizard>

class QLabel;
class QLineEdit;

namespace sb {

// Renders a TelegramSetupFlow: the bot token typed (hidden, never shown again), refused in
// words before anything is written when its shape is wrong; then the bot as Telegram
// describes it, its privacy mode and the warnings, or why it did not work.
class TelegramSetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TelegramSetupWizard)

public:
    enum Page
    {
        TokenPage,
        ResultPage,
    };

    // Takes the flow over (it becomes the wizard's child).
    TelegramSetupWizard(linking::TelegramSetupFlow *flow, QWidget *parent = nullptr);
    ~TelegramSetupWizard() override;

    linking::TelegramSetupFlow &flow() const { return *m_flow; }

private:
    void render();

    linking::TelegramSetupFlow *m_flow;
    QLineEdit *m_token = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_identity = nullptr;
    QLabel *m_warnings = nullptr;
};

} // namespace sb

#include "ui/TestMessageDialog.h"

#include "app/actions/LaneActions.h"
#include "app/policy/IdentityRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb {

TestMessageDialog::TestMessageDialog(const LaneKey &lane, const QString &lastRecipient, QWidget *parent)
    : QDialog(parent)
    , m_lane(lane)
{
    setObjectName(QStringLiteral("testMessageDialog"));
    setWindowTitle(tr("Send a test message"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Send one message over %1. Delivered, it counts toward the lane's proof of "
                                "recovery; refused, it is recorded as a failed send.")
                                 .arg(lane.toString()));
    intro->setObjectName(QStringLiteral("testMessageIntroLabel"));
    intro->setTextFormat(Qt::PlainText); // the lane's names come from the gateway
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_recipientEdit = new QLineEdit(lastRecipient);
    m_recipientEdit->setObjectName(QStringLiteral("recipientLineEdit"));
    m_recipientEdit->setPlaceholderText(policy::identityExample(lane.channel));
    form->addRow(tr("&To"), m_recipientEdit);
    m_problemLabel = new QLabel;
    m_problemLabel->setObjectName(QStringLiteral("recipientProblemLabel"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #b31d1d; }"));
    form->addRow(QString(), m_problemLabel);
    m_messageEdit = new QPlainTextEdit(actions::LaneActions::defaultTestMessage());
    m_messageEdit->setObjectName(QStringLiteral("messagePlainTextEdit"));
    m_messageEdit->setTabChangesFocus(true);
    m_messageEdit->setMaximumHeight(m_messageEdit->fontMetrics().lineSpacing() * 5);
    form->addRow(tr("&Message"), m_messageEdit);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_sendButton = buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_sendButton->setObjectName(QStringLiteral("sendTestMessageButton"));
    // Enter sends, or does nothing while the recipient is wrong; it never means Cancel.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    m_sendButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &TestMessageDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_recipientEdit, &QLineEdit::textChanged, this, &TestMessageDialog::validate);
    connect(m_messageEdit, &QPlainTextEdit::textChanged, this, &TestMessageDialog::validate);
    validate();
    m_recipientEdit->setFocus();
    resize(460, sizeHint().height());
}

TestMessageDialog::~TestMessageDialog() = default;

QString TestMessageDialog::message() const
{
    return m_messageEdit->toPlainText().trimmed();
}

void TestMessageDialog::accept()
{
    validate();
    if (m_recipient.isEmpty() || message().isEmpty())
        return; // Enter in the field with a typo: stay open, the problem is shown
    Q_EMIT sendRequested(m_lane, m_recipient, message());
    QDialog::accept();
}

void TestMessageDialog::validate()
{
    QString problem;
    const std::optional<QString> normalized =
        policy::normalizeIdentity(m_lane.channel, m_recipientEdit->text(), &problem);
    m_recipient = normalized.value_or(QString());
    // Say nothing about an empty field until the operator has typed something.
    m_problemLabel->setText(normalized || m_recipientEdit->text().isEmpty() ? QString() : problem);
    if (normalized && message().isEmpty())
        m_problemLabel->setText(tr("The message is empty."));
    m_sendButton->setEnabled(normalized.has_value() && !message().isEmpty());
}

} // namespace sb

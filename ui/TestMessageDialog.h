#pragma once

#include "app/health/LaneKey.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sb {

// "Send test message…" on a lane: who receives it (checked against what the lane's channel
// accepts before anything is sent) and the text. The message proves the lane delivers; it is
// not a chat, so the text is plain and short.
class TestMessageDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestMessageDialog)

public:
    TestMessageDialog(const LaneKey &lane, const QString &lastRecipient, QWidget *parent = nullptr);
    ~TestMessageDialog() override;

    LaneKey lane() const { return m_lane; }
    // The recipient as the gateway expects it; empty while the field is not valid.
    QString recipient() const { return m_recipient; }
    QString message() const;

    void accept() override;

Q_SIGNALS:
    // Send was pressed with a valid recipient and a message.
    void sendRequested(const sb::LaneKey &lane, const QString &recipient, const QString &message);

private:
    void validate();

    LaneKey m_lane;
    QString m_recipient;
    QLineEdit *m_recipientEdit = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPlainTextEdit *m_messageEdit = nullptr;
    QPushButton *m_sendButton = nullptr;
};

} // namespace sb

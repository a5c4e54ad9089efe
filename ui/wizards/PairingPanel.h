#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace sb {

class Clock;
class PairingRequestsModel;

namespace linking {
class PairingQueue;
}

// The Pairing dock: a gateway's pending DM access requests (sender as plain text, channel,
// account, requested, expiry counting down) with Approve (notify the requester where the
// channel can; make the sender the first command owner while there is none) and Dismiss.
// It only renders the PairingQueue and passes the operator's choice on.
class PairingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairingPanel)

public:
    PairingPanel(linking::PairingQueue &queue, const Clock &clock, QWidget *parent = nullptr);
    ~PairingPanel() override;

    PairingRequestsModel *model() const { return m_model; }

private:
    void updateButtons();
    void resolveSelected(bool approve);

    linking::PairingQueue &m_queue;
    PairingRequestsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_notify = nullptr;
    QCheckBox *m_owner = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_dismiss = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_countdown;
};

} // namespace sb

#pragma once

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimeZone;

namespace sb {

class Clock;
class PairingRequestsModel;

namespace linking {
class PairingQueue;
}

// The Pairing dock over every watched gateway: the pending DM access requests of all their
// queues in one list (gateway, sender as plain text, channel, account, requested and expiry
// in the gateway's zone, the expiry counting down) with Approve (notify the requester where
// the channel can; make the sender the first command owner while the gateway has none) and
// Dismiss, each sent to the queue of the gateway the request came from. A gateway that is not
// connected keeps its rows, marked, and they cannot be acted on until it is back. It only
// renders the queues and passes the operator's choice on.
class PairingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairingPanel)

public:
    explicit PairingPanel(const Clock &clock, QWidget *parent = nullptr);
    ~PairingPanel() override;

    // One gateway's queue joins the list; it leaves when the queue is destroyed.
    void addQueue(linking::PairingQueue &queue, const QString &title, const QTimeZone &zone);

    PairingRequestsModel *model() const { return m_model; }

private:
    void updateButtons();
    void updateGatewayStates();
    void resolveSelected(bool approve);
    linking::PairingQueue *selectedQueue(int *row) const;

    PairingRequestsModel *m_model = nullptr;
    QHash<QString, QPointer<linking::PairingQueue>> m_queues; // gateway id → its queue
    QStringList m_order;                                      // gateway ids as they joined
    QTableView *m_table = nullptr;
    QCheckBox *m_notify = nullptr;
    QCheckBox *m_owner = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_dismiss = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_gatewayStates = nullptr;
    QTimer m_countdown;
};

} // namespace sb

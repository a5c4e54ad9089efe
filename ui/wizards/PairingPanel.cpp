#include "ui/wizards/PairingPanel.h"

#include "app/linking/PairingQueue.h"
#include "models/PairingRequestsModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

PairingPanel::PairingPanel(linking::PairingQueue &queue, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new PairingRequestsModel(clock, this))
{
    setObjectName(QStringLiteral("pairingPanel"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pairingTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Pending DM access requests"));
    m_notify = new QCheckBox(tr("&Notify the requester"), this);
    m_notify->setObjectName(QStringLiteral("pairingNotify"));
    m_owner = new QCheckBox(tr("Also make this sender the first &command owner"), this);
    m_owner->setObjectName(QStringLiteral("pairingOwner"));
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("pairingApprove"));
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("pairingDismiss"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pairingStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notify);
    layout->addWidget(m_owner);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(&m_queue, &linking::PairingQueue::entriesChanged, this, [this] {
        m_model->setEntries(m_queue.entries());
        updateButtons();
    });
    connect(&m_queue, &linking::PairingQueue::stateChanged, this, [this] {
        m_status->setText(m_queue.message());
        updateButtons();
    });
    connect(&m_queue, &linking::PairingQueue::resolved, this,
            [this](const QString &, bool, const QString &message) { m_status->setText(message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PairingPanel::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, m_model, &PairingRequestsModel::tick);
    m_countdown.start();
    m_model->setEntries(m_queue.entries());
    m_status->setText(m_queue.message());
    updateButtons();
}

PairingPanel::~PairingPanel() = default;

void PairingPanel::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool selected = !rows.isEmpty();
    m_approve->setEnabled(selected);
    m_dismiss->setEnabled(selected);
    const bool notifySupported = selected && m_model->entryAt(rows.first().row()).notifySupported;
    m_notify->setEnabled(notifySupported);
    if (!notifySupported)
        m_notify->setChecked(false);
    m_owner->setVisible(!m_queue.commandOwnerConfigured());
}

void PairingPanel::resolveSelected(bool approve)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const linking::PairingEntry entry = m_model->entryAt(rows.first().row());
    m_status->setText(approve ? tr("Approving %1…").arg(entry.senderLabel)
                              : tr("Dismissing %1…").arg(entry.senderLabel));
    if (approve)
        m_queue.approve(entry.lane, entry.requestId, m_notify->isChecked(),
                        m_owner->isVisible() && m_owner->isChecked());
    else
        m_queue.dismiss(entry.lane, entry.requestId);
}

} // namespace sb

#include "ui/wizards/PairingPanel.h"

#include "app/linking/PairingQueue.h"
#include "app/platform/SafeText.h"
#include "models/PairingRequestsModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sb {

PairingPanel::PairingPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new PairingRequestsModel(clock, this))
{
    setObjectName(QStringLiteral("pairingPanel"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("pairingTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Names and times whole on one line; the expiry takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Pending DM access requests of every gateway"));
    m_notify = new QCheckBox(tr("&Notify the requester"), this);
    m_notify->setObjectName(QStringLiteral("pairingNotify"));
    m_owner = new QCheckBox(tr("Also make this sender the first &command owner"), this);
    m_owner->setObjectName(QStringLiteral("pairingOwner"));
    m_approve = new QPushButton(tr("&Approve"), this);
    m_approve->setObjectName(QStringLiteral("pairingApprove"));
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("pairingDismiss"));
    const auto plainLabel = [this](const QString &name) {
        auto *label = new QLabel(this);
        label->setObjectName(name);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        return label;
    };
    m_status = plainLabel(QStringLiteral("pairingStatus"));
    m_gatewayStates = plainLabel(QStringLiteral("pairingGatewayStates"));

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
    layout->addWidget(m_gatewayStates);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PairingPanel::updateButtons);
    // A row's gateway dropping or coming back changes what may be done with it.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PairingPanel::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, m_model, &PairingRequestsModel::tick);
    m_countdown.start();
    updateButtons();
}

PairingPanel::~PairingPanel() = default;

void PairingPanel::addQueue(linking::PairingQueue &queue, const QString &title, const QTimeZone &zone)
{
    const QString gatewayId = queue.gatewayId();
    if (m_queues.contains(gatewayId))
        return;
    m_queues.insert(gatewayId, &queue);
    m_order.append(gatewayId);
    m_model->setGateway(gatewayId, title, zone);
    const auto showState = [this, gatewayId, &queue] {
        m_model->setGatewayConnected(gatewayId, queue.state() != linking::PairingQueue::State::Disconnected);
        updateGatewayStates();
        updateButtons();
    };
    connect(&queue, &linking::PairingQueue::entriesChanged, this, [this, gatewayId, &queue] {
        m_model->setEntries(gatewayId, queue.entries());
        updateGatewayStates();
        updateButtons();
    });
    connect(&queue, &linking::PairingQueue::stateChanged, this, showState);
    connect(&queue, &linking::PairingQueue::resolved, this,
            [this](const QString &, bool, const QString &message) { m_status->setText(message); });
    connect(&queue, &QObject::destroyed, this, [this, gatewayId] {
        m_queues.remove(gatewayId);
        m_order.removeAll(gatewayId);
        m_model->removeGateway(gatewayId);
        updateGatewayStates();
        updateButtons();
    });
    m_model->setEntries(gatewayId, queue.entries());
    showState();
}

void PairingPanel::updateGatewayStates()
{
    // One line per gateway whose queue has something to say beyond its rows: still loading,
    // not connected, could not be read, protocol 3's CLI line. With several gateways, named.
    QStringList lines;
    for (const QString &gatewayId : std::as_const(m_order)) {
        const linking::PairingQueue *queue = m_queues.value(gatewayId);
        if (!queue || queue->state() == linking::PairingQueue::State::Ready || queue->message().isEmpty())
            continue;
        lines << SafeText::forLabel(
            m_order.size() == 1 ? queue->message()
                                : tr("%1: %2").arg(m_model->gatewayTitle(gatewayId), queue->message()));
    }
    if (lines.isEmpty() && m_model->rowCount() == 0)
        lines << tr("No DM access request is waiting.");
    m_gatewayStates->setText(lines.join(u'\n'));
}

linking::PairingQueue *PairingPanel::selectedQueue(int *row) const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    *row = rows.first().row();
    return m_queues.value(m_model->entryAt(*row).lane.gatewayId);
}

void PairingPanel::updateButtons()
{
    int row = -1;
    const linking::PairingQueue *queue = selectedQueue(&row);
    const bool actionable = queue && m_model->isConnected(m_model->entryAt(row).lane.gatewayId);
    m_approve->setEnabled(actionable);
    m_dismiss->setEnabled(actionable);
    const bool notifySupported = actionable && m_model->entryAt(row).notifySupported;
    m_notify->setEnabled(notifySupported);
    if (!notifySupported)
        m_notify->setChecked(false);
    // Offered while the selected request's gateway has no command owner (with nothing
    // selected: while any gateway has none).
    bool ownerMissing = queue && !queue->commandOwnerConfigured();
    for (auto it = m_queues.cbegin(); !queue && it != m_queues.cend(); ++it) {
        if (const linking::PairingQueue *candidate = it.value().data())
            ownerMissing = ownerMissing || !candidate->commandOwnerConfigured();
    }
    m_owner->setVisible(ownerMissing);
}

void PairingPanel::resolveSelected(bool approve)
{
    int row = -1;
    linking::PairingQueue *queue = selectedQueue(&row);
    if (!queue)
        return;
    const linking::PairingEntry entry = m_model->entryAt(row);
    const QString gateway = m_model->gatewayTitle(entry.lane.gatewayId);
    const QString sender = SafeText::forLabel(entry.senderLabel);
    m_status->setText(approve ? tr("Approving %1 on %2…").arg(sender, gateway)
                              : tr("Dismissing %1 on %2…").arg(sender, gateway));
    if (approve)
        queue->approve(entry.lane, entry.requestId, m_notify->isChecked(),
                       !m_owner->isHidden() && m_owner->isChecked());
    else
        queue->dismiss(entry.lane, entry.requestId);
}

} // namespace sb

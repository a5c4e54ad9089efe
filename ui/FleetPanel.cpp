#include "ui/FleetPanel.h"

#include "models/FleetModel.h"
#include "models/LaneStatusModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace sb {

namespace {

QTableView *makeTable(const QString &objectName)
{
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return table;
}

} // namespace

FleetPanel::FleetPanel(FleetModel &gateways, LaneStatusModel &lanes, QWidget *parent)
    : QWidget(parent)
    , m_gateways(gateways)
{
    setObjectName(QStringLiteral("fleetPanel"));
    m_gatewayTable = makeTable(QStringLiteral("fleetTable"));
    m_gatewayTable->setModel(&gateways);

    m_lanesOfGateway = new QSortFilterProxyModel(this);
    m_lanesOfGateway->setSourceModel(&lanes);
    m_lanesOfGateway->setFilterRole(LaneStatusModel::GatewayIdRole);
    m_lanesOfGateway->setFilterKeyColumn(LaneStatusModel::GatewayColumn);
    showLanesOf({});
    m_laneTable = makeTable(QStringLiteral("fleetLanesTable"));
    m_laneTable->setModel(m_lanesOfGateway);
    m_laneTable->hideColumn(LaneStatusModel::GatewayColumn); // the gateway is the one selected above

    auto *lanesLabel = new QLabel(tr("Lanes of the selected gateway:"));
    lanesLabel->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_gatewayTable, 3);
    layout->addWidget(lanesLabel);
    layout->addWidget(m_laneTable, 2);

    connect(m_gatewayTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString gateway = m_gateways.gatewayIdAt(current.row());
                showLanesOf(gateway);
                if (!m_selecting && !gateway.isEmpty())
                    Q_EMIT gatewaySelected(gateway);
            });
}

FleetPanel::~FleetPanel() = default;

QString FleetPanel::selectedGateway() const
{
    return m_gateways.gatewayIdAt(m_gatewayTable->currentIndex().row());
}

void FleetPanel::selectGateway(const QString &gatewayId)
{
    const int row = m_gateways.rowOf(gatewayId);
    if (row < 0 || row == m_gatewayTable->currentIndex().row())
        return;
    m_selecting = true;
    m_gatewayTable->selectionModel()->setCurrentIndex(
        m_gateways.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_selecting = false;
}

void FleetPanel::showLanesOf(const QString &gatewayId)
{
    // The whole id, not a part of it: "drill" must not show "drill-2"'s lanes.
    m_lanesOfGateway->setFilterRegularExpression(
        QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(gatewayId))));
}

} // namespace sb

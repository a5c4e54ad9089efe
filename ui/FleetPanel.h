#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace sb {

class FleetModel;
class LaneStatusModel;

// The fleet overview dock: every watched gateway in a row (link in words, version, protocol,
// worst lane, lanes by state, last error) and, under it, the lanes of the gateway selected.
// Selecting a gateway asks the window to bring it into view (gatewaySelected); the window
// selects a gateway here when the operator picks one of its lanes on the timeline.
class FleetPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetPanel)

public:
    // Neither model is owned; both outlive the panel.
    FleetPanel(FleetModel &gateways, LaneStatusModel &lanes, QWidget *parent = nullptr);
    ~FleetPanel() override;

    QString selectedGateway() const;
    // Selects the gateway's row without announcing it (the window already follows it).
    void selectGateway(const QString &gatewayId);

Q_SIGNALS:
    void gatewaySelected(const QString &gatewayId);

private:
    void showLanesOf(const QString &gatewayId);

    FleetModel &m_gateways;
    QTableView *m_gatewayTable = nullptr;
    QTableView *m_laneTable = nullptr;
    QSortFilterProxyModel *m_lanesOfGateway = nullptr;
    bool m_selecting = false;
};

} // namespace sb

#pragma once

#include "models/ChannelAccountsModel.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableView;

namespace sb::gateway {
class GatewayMonitor;
struct ChannelsStatus;
struct HelloOk;
} // namespace sb::gateway

namespace sb {

// What the operator needs to know about the connected gateway: who it is (version,
// protocol, uptime, auth mode, granted scopes, tick interval), whether the link is up and,
// when it is not, why in words with the gateway's recommended next step; then every channel
// account as the gateway reports it. Everything shown comes from the gateway and is
// rendered as plain text.
class GatewayPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayPanel)

public:
    GatewayPanel(const QString &title, gateway::GatewayMonitor &monitor, QWidget *parent = nullptr);

    // Called for every channels.status the monitor receives (public for tests).
    void showChannels(const gateway::ChannelsStatus &status);

private:
    void showHello(const gateway::HelloOk &hello);
    void updateState();
    QLabel *addFact(QFormLayout *form, const QString &label, const QString &objectName);

    gateway::GatewayMonitor &m_monitor;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_protocolLabel = nullptr;
    QLabel *m_uptimeLabel = nullptr;
    QLabel *m_authLabel = nullptr;
    QLabel *m_scopesLabel = nullptr;
    QLabel *m_tickLabel = nullptr;
    QLabel *m_configPathLabel = nullptr;
    ChannelAccountsModel m_accounts;
    QTableView *m_accountsTable = nullptr;
    QLabel *m_issuesLabel = nullptr;
};

} // namespace sb

#pragma once

#include "app/gateway/ChannelStatus.h"
#include "app/gateway/Connection.h"
#include "app/gateway/GatewayClient.h"

#include <memory>
#include <optional>

#include <QObject>
#include <QTimer>

namespace sb::gateway {

// Keeps one gateway's channel picture fresh: owns the Connection, fetches channels.status
// as soon as hello-ok arrives, polls it adaptively (fast while any account is not
// connected, slow otherwise) and re-fetches at once on a health event or a resync. The
// window and switchboardctl read the same snapshots from here.
class GatewayMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayMonitor)

public:
    struct PollIntervals
    {
        int unsettledMs = 2000; // any account not connected
        int settledMs = 15000;
    };

    explicit GatewayMonitor(ConnectionOptions options, QObject *parent = nullptr);
    ~GatewayMonitor() override;

    void start();
    void stop();
    void setPollIntervals(PollIntervals intervals) { m_intervals = intervals; }

    Connection &connection() { return *m_connection; }
    bool isConnected() const;
    GatewayClient &client() { return m_client; }
    const std::optional<ChannelsStatus> &lastStatus() const { return m_lastStatus; }
    const std::optional<GatewayError> &lastPollError() const { return m_lastPollError; }

    // "connected", "reconnecting in 3 s", "auth refused: ..." in words for a status bar.
    QString describeState() const;

Q_SIGNALS:
    void stateChanged(sb::gateway::ConnectionState state);
    void helloReceived(const sb::gateway::HelloOk &hello);
    void channelsUpdated(const sb::gateway::ChannelsStatus &status);
    // Every gateway event (heartbeat, tick...), for ingest.
    void eventReceived(const sb::gateway::Event &event);
    void pollFailed(const sb::gateway::GatewayError &error);

private:
    void refresh();
    void scheduleNextPoll();
    static bool allAccountsSettled(const ChannelsStatus &status);

    std::unique_ptr<Connection> m_connection;
    GatewayClient m_client;
    PollIntervals m_intervals;
    QTimer m_pollTimer;
    bool m_pollInFlight = false;
    bool m_stopping = false;
    bool m_refreshQueued = false;
    std::optional<ChannelsStatus> m_lastStatus;
    std::optional<GatewayError> m_lastPollError;
};

} // namespace sb::gateway

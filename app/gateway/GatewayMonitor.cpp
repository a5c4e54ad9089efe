#include "app/gateway/GatewayMonitor.h"

#include "app/platform/Logging.h"
#include "app/platform/Redactor.h"

#include <QDateTime>

namespace sb::gateway {

GatewayMonitor::GatewayMonitor(ConnectionOptions options, QObject *parent)
    : QObject(parent)
    , m_connection(std::make_unique<Connection>(std::move(options)))
    , m_client(m_connection.get())
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &GatewayMonitor::refresh);
    connect(m_connection.get(), &Connection::stateChanged, this, [this](ConnectionState state) {
        if (state != ConnectionState::Connected)
            m_pollTimer.stop();
        Q_EMIT stateChanged(state);
    });
    connect(m_connection.get(), &Connection::connected, this, [this](const HelloOk &hello) {
        Q_EMIT helloReceived(hello);
        refresh();
    });
    connect(m_connection.get(), &Connection::resyncNeeded, this, [this](const QString &reason) {
        log::gateway()->info("resync: {}", reason.toStdString());
        refresh();
    });
    connect(m_connection.get(), &Connection::eventReceived, this, [this](const Event &received) {
        // Heartbeat reasons and previews are gateway text like any answer (see GatewayClient::call).
        const Event event = received.redacted();
        Q_EMIT eventReceived(event);
        if (event.kind == EventKind::Health)
            refresh();
    });
}

GatewayMonitor::~GatewayMonitor() = default;

void GatewayMonitor::start()
{
    m_stopping = false;
    m_connection->open();
}

bool GatewayMonitor::isConnected() const
{
    return m_connection->state() == ConnectionState::Connected;
}

void GatewayMonitor::stop()
{
    // A poll still in flight is cancelled by the close: that is not the gateway failing.
    m_stopping = true;
    m_pollTimer.stop();
    m_connection->close();
}

void GatewayMonitor::refresh()
{
    if (m_connection->state() != ConnectionState::Connected)
        return;
    // One poll at a time; a health event during a poll asks for one more afterwards.
    if (m_pollInFlight) {
        m_refreshQueued = true;
        return;
    }
    m_pollInFlight = true;
    m_pollTimer.stop();
    m_client.channelsStatus({}, this, [this](const Result<ChannelsStatus> &result) {
        m_pollInFlight = false;
        if (result.ok()) {
            m_lastStatus = result.value();
            m_lastPollError.reset();
            Q_EMIT channelsUpdated(result.value());
        } else if (m_stopping) {
            log::gateway()->debug("channels.status cancelled: {}",
                                  result.error().userMessage().toStdString());
        } else {
            m_lastPollError = result.error();
            log::gateway()->warn("channels.status failed: {}", result.error().userMessage().toStdString());
            Q_EMIT pollFailed(result.error());
        }
        if (std::exchange(m_refreshQueued, false))
            refresh();
        else
            scheduleNextPoll();
    });
}

void GatewayMonitor::scheduleNextPoll()
{
    if (m_connection->state() != ConnectionState::Connected)
        return;
    const bool settled = m_lastStatus && allAccountsSettled(*m_lastStatus);
    m_pollTimer.start(settled ? m_intervals.settledMs : m_intervals.unsettledMs);
}

bool GatewayMonitor::allAccountsSettled(const ChannelsStatus &status)
{
    for (const ChannelStatus &channel : status.channels) {
        for (const AccountSnapshot &account : channel.accounts) {
            if (account.enabled.value_or(true) && !account.connected.value_or(false))
                return false;
        }
    }
    return true;
}

QString GatewayMonitor::describeState() const
{
    switch (m_connection->state()) {
    case ConnectionState::Connected:
        return tr("Connected to %1").arg(m_connection->options().url.toString());
    case ConnectionState::Connecting:
        return tr("Connecting to %1…").arg(m_connection->options().url.toString());
    case ConnectionState::Handshaking:
        return tr("Handshaking with %1…").arg(m_connection->options().url.toString());
    case ConnectionState::BackingOff: {
        const qint64 seconds =
            std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_connection->nextAttemptAt()));
        const QString why = m_connection->lastError()
                                ? Redactor::redact(m_connection->lastError()->userMessage())
                                : QString();
        return why.isEmpty() ? tr("Reconnecting in %1 s").arg(seconds)
                             : tr("Reconnecting in %1 s (%2)").arg(seconds).arg(why);
    }
    case ConnectionState::Failed:
        return tr("Not connected: %1").arg(Redactor::redact(m_connection->failureReason()));
    case ConnectionState::Disconnected:
        break;
    }
    return tr("Not connected");
}

} // namespace sb::gateway

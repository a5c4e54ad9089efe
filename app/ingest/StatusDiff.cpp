#include "app/ingest/StatusDiff.h"

#include <algorithm>

#include <QSet>

namespace sb::ingest {

namespace {

using gateway::AccountSnapshot;
using gateway::ChannelsStatus;

qint64 ms(const std::optional<QDateTime> &at)
{
    return at && at->isValid() ? at->toMSecsSinceEpoch() : 0;
}

const AccountSnapshot *findAccount(const std::optional<ChannelsStatus> &status, const QString &channel,
                                   const QString &accountId)
{
    if (!status)
        return nullptr;
    const gateway::ChannelStatus *entry = status->channel(channel);
    if (!entry)
        return nullptr;
    for (const AccountSnapshot &account : entry->accounts) {
        if (account.accountId == accountId)
            return &account;
    }
    return nullptr;
}

class AccountDiff
{
public:
    AccountDiff(const AccountSnapshot *before, const AccountSnapshot &now, LaneKey lane, qint64 snapshotAt,
                QList<ChannelEvent> &out)
        : m_before(before)
        , m_now(now)
        , m_lane(std::move(lane))
        , m_snapshotAt(snapshotAt)
        , m_out(out)
    {}

    void run()
    {
        if (onOff())
            return;
        linked();
        running();
        const bool disconnected = lastDisconnect();
        connection(disconnected);
        verdicts();
        traffic();
        lastError();
    }

private:
    void emitEvent(EventKind kind, qint64 at, const QString &detail = {}, std::optional<int> code = {})
    {
        ChannelEvent event;
        event.lane = m_lane;
        event.at = at > 0 ? at : m_snapshotAt;
        event.kind = kind;
        event.code = code;
        event.detail = detail;
        event.source = EventSource::StatusSnapshot;
        m_out << event;
        m_kinds.insert(kind);
    }

    static bool isOff(const AccountSnapshot &a) { return a.enabled == false; }

    // Disabled on purpose says everything; an account switched back on starts over.
    bool onOff()
    {
        const bool off = isOff(m_now);
        if (off && (!m_before || !isOff(*m_before)))
            emitEvent(EventKind::Disabled, ms(m_now.lastStopAt), m_now.stateReason);
        else if (!off && m_before && isOff(*m_before))
            emitEvent(EventKind::Enabled, m_snapshotAt);
        return off;
    }

    // An account that never had a session is "not linked" (link it); one whose session is gone
    // (a disconnect on record, or linked before) was logged out (re-link it).
    void linked()
    {
        if (m_now.linked != false || (m_before && m_before->linked == false))
            return;
        const bool hadSession = m_now.lastDisconnect.has_value() || (m_before && m_before->linked == true);
        if (!hadSession) {
            emitEvent(EventKind::LoggedOut, m_snapshotAt,
                      m_now.stateReason.isEmpty() ? QStringLiteral("not linked") : m_now.stateReason);
        } else if (!m_now.lastDisconnect || !m_now.lastDisconnect->loggedOut) {
            emitEvent(EventKind::LoggedOut, m_snapshotAt, QStringLiteral("the session is gone"),
                      m_now.lastDisconnect ? m_now.lastDisconnect->status : std::nullopt);
        }
        // else: lastDisconnect() reports the logout with its own time and code.
    }

    void running()
    {
        if (!m_now.running)
            return;
        const std::optional<bool> was = m_before ? m_before->running : std::nullopt;
        const QString why = m_now.lastError.isEmpty() ? m_now.stateReason : m_now.lastError;
        if (*m_now.running && was == false) {
            emitEvent(EventKind::Started, ms(m_now.lastStartAt));
        } else if (!*m_now.running && was != false && m_now.linked != false) {
            emitEvent(EventKind::Stopped, ms(m_now.lastStopAt), why);
        } else if (*m_now.running && was == true && ms(m_now.lastStopAt) > ms(m_before->lastStopAt)) {
            // Stopped and started again between two polls (a restart): the connection that
            // follows is a new one and has to prove itself again.
            emitEvent(EventKind::Stopped, ms(m_now.lastStopAt), why);
            emitEvent(EventKind::Started, ms(m_now.lastStartAt));
        }
    }

    // A new lastDisconnect, even when the account is connected again by now: the drop
    // happened between two polls and is still a drop (and a flap).
    bool lastDisconnect()
    {
        if (!m_now.lastDisconnect)
            return false;
        const gateway::DisconnectInfo &d = *m_now.lastDisconnect;
        const qint64 at = ms(d.at);
        if (m_before) {
            const qint64 before = m_before->lastDisconnect ? ms(m_before->lastDisconnect->at) : -1;
            if (at == before)
                return false;
        } else if (m_now.connected == true) {
            return false; // first sight of a connected account: that drop is old history
        }
        emitEvent(d.loggedOut ? EventKind::LoggedOut : EventKind::Disconnected, at, d.error, d.status);
        return true;
    }

    void connection(bool disconnectReported)
    {
        const qint64 connectedAt = ms(m_now.lastConnectedAt);
        const bool nowUp = m_now.connected == true;
        const bool wasUp = m_before && m_before->connected == true;
        if (nowUp) {
            const bool reconnected =
                !wasUp || (m_before && connectedAt > ms(m_before->lastConnectedAt) && connectedAt > 0);
            if (reconnected) {
                const qint64 dropAt = m_now.lastDisconnect ? ms(m_now.lastDisconnect->at) : 0;
                emitEvent(EventKind::Connected, connectedAt >= dropAt ? connectedAt : m_snapshotAt);
            }
            return;
        }
        if (wasUp && !disconnectReported && m_now.connected == false)
            emitEvent(EventKind::Disconnected, m_snapshotAt, m_now.lastError);
        if (m_before && m_now.reconnectAttempts && m_before->reconnectAttempts &&
            *m_now.reconnectAttempts > *m_before->reconnectAttempts) {
            emitEvent(EventKind::ReconnectScheduled, m_snapshotAt,
                      QStringLiteral("reconnect attempt %1").arg(*m_now.reconnectAttempts));
        }
    }

    // The plugin's own verdicts, when nothing above said the same already.
    void verdicts()
    {
        const QString was = m_before ? m_before->healthState : QString();
        if (m_now.healthState == was)
            return;
        if (m_now.healthState == QLatin1String("logged-out") && !m_kinds.contains(EventKind::LoggedOut))
            emitEvent(EventKind::LoggedOut, m_snapshotAt, m_now.stateReason);
        else if (m_now.healthState == QLatin1String("conflict") && !m_kinds.contains(EventKind::Conflict))
            emitEvent(EventKind::Conflict, m_snapshotAt, m_now.stateReason);
    }

    // Traffic moving is only news against an earlier snapshot; the first one is history.
    void traffic()
    {
        if (!m_before)
            return;
        const qint64 inbound = ms(m_now.lastInboundAt);
        if (inbound > ms(m_before->lastInboundAt))
            emitEvent(EventKind::InboundSeen, inbound);
        const qint64 outbound = ms(m_now.lastOutboundAt);
        if (outbound > ms(m_before->lastOutboundAt))
            emitEvent(EventKind::DeliveryOk, outbound, QStringLiteral("lastOutboundAt advanced"));
    }

    void lastError()
    {
        if (m_now.lastError.isEmpty() || (m_before && m_before->lastError == m_now.lastError))
            return;
        emitEvent(EventKind::StatusIssue, m_snapshotAt, m_now.lastError);
    }

    const AccountSnapshot *m_before;
    const AccountSnapshot &m_now;
    LaneKey m_lane;
    qint64 m_snapshotAt;
    QList<ChannelEvent> &m_out;
    QSet<EventKind> m_kinds;
};

QString issueKey(const gateway::StatusIssue &issue)
{
    return issue.channel + QLatin1Char('|') + issue.accountId + QLatin1Char('|') + issue.kind +
           QLatin1Char('|') + issue.message;
}

} // namespace

QList<ChannelEvent> diffChannelsStatus(const std::optional<ChannelsStatus> &previous,
                                       const ChannelsStatus &current, const QString &gatewayId)
{
    const qint64 snapshotAt = current.at.isValid() ? current.at.toMSecsSinceEpoch() : 0;
    QList<ChannelEvent> events;
    for (const gateway::ChannelStatus &channel : current.channels) {
        for (const AccountSnapshot &account : channel.accounts) {
            const LaneKey lane{gatewayId, channel.id, account.accountId};
            AccountDiff(findAccount(previous, channel.id, account.accountId), account, lane, snapshotAt,
                        events)
                .run();
        }
    }

    // What could not be read lands on the channel's default lane, so it shows instead of the
    // lane silently disappearing (and the exit code improving).
    for (const gateway::ChannelStatus &channel : current.channels) {
        const gateway::ChannelStatus *before = previous ? previous->channel(channel.id) : nullptr;
        if (channel.problems.isEmpty() || (before && before->problems == channel.problems))
            continue;
        ChannelEvent event;
        event.lane = LaneKey{gatewayId, channel.id,
                             channel.defaultAccountId.isEmpty() ? QStringLiteral("default")
                                                                : channel.defaultAccountId};
        event.at = snapshotAt;
        event.kind = EventKind::Unreadable;
        event.detail = channel.problems.join(QStringLiteral("; "));
        event.source = EventSource::StatusSnapshot;
        events << event;
    }

    QSet<QString> known;
    if (previous) {
        for (const gateway::StatusIssue &issue : previous->issues)
            known.insert(issueKey(issue));
    }
    for (const gateway::StatusIssue &issue : current.issues) {
        if (known.contains(issueKey(issue)) || issue.channel.isEmpty())
            continue;
        ChannelEvent event;
        event.lane = LaneKey{gatewayId, issue.channel,
                             issue.accountId.isEmpty() ? QStringLiteral("default") : issue.accountId};
        event.at = snapshotAt;
        event.kind = EventKind::StatusIssue;
        event.detail = issue.fix.isEmpty() ? issue.message : issue.message + QLatin1Char(' ') + issue.fix;
        event.source = EventSource::StatusSnapshot;
        events << event;
    }

    std::stable_sort(events.begin(), events.end(),
                     [](const ChannelEvent &a, const ChannelEvent &b) { return a.at < b.at; });
    return events;
}

std::optional<ChannelEvent> eventFromHeartbeat(const gateway::HeartbeatRecord &heartbeat,
                                               const QString &gatewayId, const QString &defaultAccount)
{
    if (heartbeat.channel.isEmpty() || heartbeat.status == QLatin1String("skipped"))
        return std::nullopt;
    ChannelEvent event;
    event.lane = LaneKey{gatewayId, heartbeat.channel,
                         heartbeat.accountId.isEmpty() ? defaultAccount : heartbeat.accountId};
    event.at = heartbeat.at.isValid() ? heartbeat.at.toMSecsSinceEpoch() : 0;
    event.kind = heartbeat.delivered() ? EventKind::DeliveryOk : EventKind::DeliveryFailed;
    event.detail = heartbeat.delivered() ? heartbeat.preview : heartbeat.reason;
    event.source = EventSource::HeartbeatEvent;
    return event;
}

} // namespace sb::ingest

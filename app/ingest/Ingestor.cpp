#include "app/ingest/Ingestor.h"

#include "app/gateway/GatewayMonitor.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/GatewayClock.h"
#include "app/ingest/LogLineParser.h"
#include "app/ingest/StatusDiff.h"
#include "app/platform/Clock.h"
#include "app/platform/Logging.h"
#include "app/store/History.h"

#include <algorithm>

namespace sb::ingest {

namespace {

// Same-millisecond ties: a delivery result before the loss it may explain (the 19:08 send
// failure, then the drop), a channel switched off after the drop, and a channel coming up
// after anything that took it down in that millisecond (a restart reads stop, start,
// connect); everything else in arrival order.
int tieRank(EventKind kind)
{
    switch (kind) {
    case EventKind::DeliveryOk:
    case EventKind::DeliveryFailed:
    case EventKind::LinkStarted:
        return 0;
    case EventKind::Stopped:
    case EventKind::Disabled:
        return 2;
    case EventKind::Started:
    case EventKind::Enabled:
    case EventKind::Connected:
    case EventKind::Linked:
        return 3;
    default:
        return 1;
    }
}

bool isTraffic(const ChannelEvent &event)
{
    return event.source == EventSource::StatusSnapshot &&
           (event.kind == EventKind::DeliveryOk || event.kind == EventKind::InboundSeen);
}

} // namespace

Ingestor::Ingestor(gateway::GatewayMonitor *monitor, QString gatewayId, health::HealthEngine *engine,
                   store::History *history, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_gatewayId(std::move(gatewayId))
    , m_engine(engine)
    , m_history(history)
    , m_clock(clock)
    , m_options(options)
{
    m_logTimer.setInterval(m_options.logPollMs);
    connect(&m_logTimer, &QTimer::timeout, this, [this] { pollLogs(); });
    m_tickTimer.setInterval(m_options.tickMs);
    connect(&m_tickTimer, &QTimer::timeout, this, &Ingestor::tick);
}

Ingestor::~Ingestor()
{
    stop();
}

void Ingestor::start()
{
    m_stopped = false;
    if (m_history && m_history->isOpen()) {
        if (const auto stored = m_history->cursor(m_gatewayId)) {
            m_cursor = stored->logCursor;
            m_logFile = stored->logFile;
        }
    }
    connect(m_monitor, &gateway::GatewayMonitor::channelsUpdated, this, &Ingestor::onChannels);
    connect(m_monitor, &gateway::GatewayMonitor::eventReceived, this, &Ingestor::onEvent);
    connect(m_monitor, &gateway::GatewayMonitor::stateChanged, this, &Ingestor::onConnectionState);
    m_tickTimer.start();
    onConnectionState();
}

void Ingestor::stop()
{
    m_stopped = true;
    m_logTimer.stop();
    m_tickTimer.stop();
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    releaseAll();
}

void Ingestor::releaseAll()
{
    release(true);
    storeCursor();
}

void Ingestor::catchUp(std::function<void()> done)
{
    pollLogs([this, done = std::move(done)]() mutable {
        // Everything read so far goes out, in slices: a first snapshot of 10,000 lanes must not
        // hold the window's event loop. The picture is complete once the last slice is in.
        release(true, true);
        whenDelivered([this, done = std::move(done)] {
            storeCursor();
            if (m_engine)
                m_engine->tick(m_clock.nowMs());
            if (done)
                done();
        });
    });
}

void Ingestor::submit(ChannelEvent event)
{
    enqueue(std::move(event));
}

void Ingestor::onConnectionState()
{
    if (!m_monitor)
        return;
    const bool connected = m_monitor->isConnected();
    m_logsLive = connected && m_options.followLogs;
    if (m_logsLive && !m_logTimer.isActive()) {
        m_logTimer.start();
        pollLogs();
    } else if (!m_logsLive) {
        m_logTimer.stop();
        release(true); // nothing more will come to order them against
    }
}

void Ingestor::onChannels(const gateway::ChannelsStatus &status)
{
    if (m_options.gatewayClock)
        m_options.gatewayClock->observe(status.at);
    gateway::ChannelsStatus stamped = status;
    if (!stamped.at.isValid())
        stamped.at = m_clock.now();
    for (const gateway::ChannelStatus &channel : stamped.channels) {
        const gateway::ChannelStatus *before = m_lastStatus ? m_lastStatus->channel(channel.id) : nullptr;
        if (!channel.problems.isEmpty() && (!before || before->problems != channel.problems))
            log::ingest()->warn("cannot read channels.status for {}: {}", channel.id.toStdString(),
                                channel.problems.join(QStringLiteral("; ")).toStdString());
    }
    for (ChannelEvent &event : diffChannelsStatus(m_lastStatus, stamped, m_gatewayId))
        enqueue(std::move(event));
    if (m_engine) {
        for (const gateway::ChannelStatus &channel : stamped.channels) {
            for (const gateway::AccountSnapshot &account : channel.accounts) {
                if (!account.endpoint.isEmpty())
                    m_engine->setEndpoint(LaneKey{m_gatewayId, channel.id, account.accountId},
                                          account.endpoint);
            }
        }
    }
    m_lastStatus = std::move(stamped);
}

void Ingestor::onEvent(const gateway::Event &event)
{
    if (event.kind == gateway::EventKind::Tick && m_options.gatewayClock) {
        if (event.gatewayTime)
            m_options.gatewayClock->observe(*event.gatewayTime);
        return;
    }
    if (event.kind != gateway::EventKind::Heartbeat || !event.heartbeat)
        return;
    const gateway::HeartbeatRecord &heartbeat = *event.heartbeat;
    if (auto channelEvent = eventFromHeartbeat(heartbeat, m_gatewayId, defaultAccount(heartbeat.channel)))
        enqueue(std::move(*channelEvent));
}

void Ingestor::pollLogs(std::function<void()> done)
{
    if (m_pollInFlight) {
        // The answer on its way covers everything up to now; report after it.
        if (done)
            m_afterPoll.push_back(std::move(done));
        return;
    }
    if (!m_monitor) {
        if (done)
            done();
        return;
    }
    m_pollInFlight = true;
    ++m_readsIssued;
    gateway::LogsTailRequest request;
    request.cursor = m_cursor;
    request.limit = m_options.logLimit;
    request.maxBytes = m_options.logMaxBytes;
    m_monitor->client().logsTail(
        request, this,
        [this, done = std::move(done)](const gateway::Result<gateway::LogsTail> &result) mutable {
            m_pollInFlight = false;
            m_readsCompleted = m_readsIssued;
            const auto finish = [this, &done] {
                release(false);
                std::vector<std::function<void()>> waiting;
                waiting.swap(m_afterPoll);
                if (done)
                    done();
                for (const auto &callback : waiting)
                    callback();
                if (std::exchange(m_readAgain, false))
                    requestRead();
            };
            if (!result) {
                if (m_stopped)
                    log::ingest()->debug("logs.tail cancelled: {}", result.error().message().toStdString());
                else
                    log::ingest()->warn("logs.tail failed: {}", result.error().message().toStdString());
                finish();
                return;
            }
            const gateway::LogsTail &tail = result.value();
            if (m_cursor && (tail.reset || tail.truncated)) {
                // Rotation is expected once a day; anything else means lines we will never see.
                ++m_gaps;
                log::ingest()->warn("logs.tail skipped {} bytes of {} (reset={}, truncated={})",
                                    tail.skippedBytes, tail.file.toStdString(), tail.reset, tail.truncated);
                Q_EMIT logGap(tail.skippedBytes);
            }
            const quint64 batchId = m_nextBatch++;
            m_batches.push_back(Batch{batchId, tail.cursor, tail.file, 0});
            const auto account = [this](const QString &channel) {
                return defaultAccount(channel);
            };
            for (const QString &text : tail.lines) {
                ++m_linesRead;
                const std::optional<LogLine> line = parseLogLine(text);
                if (!line)
                    continue;
                for (ChannelEvent &event : eventsFromLogLine(*line, m_gatewayId, account).events)
                    enqueue(std::move(event), batchId);
            }
            m_cursor = tail.cursor;
            m_logFile = tail.file;
            storeCursor();
            if (tail.lines.size() >= m_options.logLimit) {
                pollLogs(std::move(done)); // a burst: read on at once
                return;
            }
            finish();
        });
}

void Ingestor::enqueue(ChannelEvent event, std::optional<quint64> batch)
{
    const qint64 now = m_clock.nowMs();
    if (event.at <= 0)
        event.at = now;
    if (batch) {
        for (Batch &b : m_batches) {
            if (b.id == *batch)
                ++b.pending;
        }
    }
    Pending pending{std::move(event), m_nextSeq++, batch, 0, now, {}};
    // A log line is in order with everything read before it; anything else waits for a read
    // that starts after it arrived.
    pending.readNeeded = batch || !m_logsLive ? m_readsCompleted : m_readsIssued + 1;
    pending.waiting.start();
    m_pending.push_back(std::move(pending));
    if (!batch && m_logsLive)
        requestRead();
}

void Ingestor::requestRead()
{
    if (m_pollInFlight)
        m_readAgain = true;
    else
        pollLogs();
}

qint64 Ingestor::watermark() const
{
    // Not past the oldest event still waiting for its log read, nor one still to be delivered.
    qint64 mark = m_clock.nowMs();
    for (const Pending &p : m_pending)
        mark = std::min(mark, p.arrivedGatewayMs - 1);
    for (const ChannelEvent &event : m_toDeliver)
        mark = std::min(mark, event.at - 1);
    return mark;
}

void Ingestor::whenDelivered(std::function<void()> callback)
{
    if (m_toDeliver.empty())
        callback();
    else
        m_afterDelivery.push_back(std::move(callback));
}

void Ingestor::release(bool everything, bool sliced)
{
    const bool now = everything && !sliced;
    if (m_pending.empty()) {
        if (now)
            deliverQueued(true);
        return;
    }
    std::vector<Pending> ready;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (everything || it->readNeeded <= m_readsCompleted || it->waiting.elapsed() > m_options.maxWaitMs) {
            ready.push_back(std::move(*it));
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    std::stable_sort(ready.begin(), ready.end(), [](const Pending &a, const Pending &b) {
        if (a.event.at != b.event.at)
            return a.event.at < b.event.at;
        if (tieRank(a.event.kind) != tieRank(b.event.kind))
            return tieRank(a.event.kind) < tieRank(b.event.kind);
        return a.seq < b.seq;
    });
    QList<ChannelEvent> accepted;
    for (Pending &p : ready) {
        if (p.batch) {
            for (Batch &b : m_batches) {
                if (b.id == *p.batch)
                    --b.pending;
            }
        }
        // Duplicates by the time the event carries: a status poll that learnt of a drop after
        // the log line did is the same drop.
        if (!m_dedupe.accept(p.event)) {
            ++m_duplicates;
            continue;
        }
        qint64 &last = m_lastReleasedAt[p.event.lane];
        // Traffic learnt late from a status poll (lastOutboundAt moved a while ago) is history the
        // log and the heartbeats told already; counted now, it would prove a recovery twice.
        if (isTraffic(p.event) && p.event.at + m_dedupe.windowMs() < last) {
            ++m_duplicates;
            continue;
        }
        // Learnt late and new: it happened no earlier than what this lane has already shown.
        p.event.at = std::max(p.event.at, last);
        last = p.event.at;
        accepted << p.event;
    }
    for (ChannelEvent &event : accepted)
        m_toDeliver.push_back(std::move(event));
    deliverQueued(now);
    storeCursor();
}

void Ingestor::deliverQueued(bool everything)
{
    // One channels.status can bring thousands of new lanes; handing them all to the engine in
    // one go kept the window's event loop busy for seconds. Slices, in order, one per turn.
    constexpr qsizetype kSlice = 1000;
    while (!m_toDeliver.empty()) {
        const qsizetype count = everything ? qsizetype(m_toDeliver.size())
                                           : std::min<qsizetype>(kSlice, qsizetype(m_toDeliver.size()));
        QList<ChannelEvent> slice;
        slice.reserve(count);
        for (qsizetype i = 0; i < count; ++i) {
            slice << std::move(m_toDeliver.front());
            m_toDeliver.pop_front();
        }
        if (m_history)
            m_history->append(slice);
        for (const ChannelEvent &event : std::as_const(slice))
            deliver(event);
        if (!everything && !m_toDeliver.empty()) {
            if (!std::exchange(m_deliveryScheduled, true)) {
                QTimer::singleShot(0, this, [this] {
                    m_deliveryScheduled = false;
                    deliverQueued(false);
                });
            }
            return;
        }
    }
    storeCursor();
    std::vector<std::function<void()>> waiting;
    waiting.swap(m_afterDelivery);
    for (const auto &callback : waiting)
        callback();
}

void Ingestor::deliver(const ChannelEvent &event)
{
    ++m_ingested;
    if (m_engine)
        m_engine->process(event);
    Q_EMIT eventIngested(event);
}

void Ingestor::storeCursor()
{
    // Events handed out of the log but not yet appended to the history would be skipped by a
    // restart that resumed past them.
    if (!m_toDeliver.empty())
        return;
    // The newest batch with nothing older still waiting: its cursor is safe to resume from.
    std::optional<Batch> safe;
    while (!m_batches.empty() && m_batches.front().pending == 0) {
        safe = m_batches.front();
        m_batches.pop_front();
    }
    if (!safe || !m_history || !m_history->isOpen())
        return;
    store::GatewayCursor cursor;
    cursor.gatewayId = m_gatewayId;
    cursor.logFile = safe->file;
    cursor.logCursor = safe->cursor;
    m_history->setCursor(cursor);
}

void Ingestor::tick()
{
    release(false);
    if (m_engine)
        m_engine->tick(watermark());
}

QString Ingestor::defaultAccount(const QString &channel) const
{
    if (m_lastStatus) {
        if (const gateway::ChannelStatus *entry = m_lastStatus->channel(channel)) {
            if (!entry->defaultAccountId.isEmpty())
                return entry->defaultAccountId;
            if (!entry->accounts.isEmpty())
                return entry->accounts.first().accountId;
        }
    }
    return QStringLiteral("default");
}

} // namespace sb::ingest

#pragma once

#include "app/gateway/ChannelStatus.h"
#include "app/gateway/Hello.h"
#include "app/health/ChannelEvent.h"
#include "app/health/EventDeduplicator.h"

#include <deque>
#include <functional>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sb {
class Clock;
}
namespace sb::gateway {
class GatewayMonitor;
}
namespace sb::health {
class HealthEngine;
}
namespace sb::store {
class History;
}

namespace sb::ingest {

class GatewayClock;

// Everything one gateway says, turned into ChannelEvents for the health engine and the
// history (DESIGN §2 data flow): channels.status diffs, the logs.tail follower, heartbeat
// events. Owned next to the GatewayMonitor it listens to.
//
// Order: the sources arrive at different speeds (a heartbeat event at once, the log line for
// the same minute only when logs.tail is next read), but a lane's state machine needs its events
// in time order. So any event that arrives asks for a logs.tail read at once, and waits until a
// read issued after its arrival has come back: by then every line written before it is in, and
// the batch goes out sorted by the events' own timestamps. Live latency is one logs.tail round
// trip, not a fixed delay. The engine's tick never runs ahead of the oldest event still waiting.
//
// Resume: the logs.tail cursor is stored per gateway only once every event read before it
// has reached the history, so a restart neither repeats nor skips a line.
class Ingestor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Ingestor)

public:
    struct Options
    {
        int logPollMs = 1000; // reads when nothing else happens (log-only lines)
        int maxWaitMs = 5000; // an event whose log read never completes goes out anyway
        int tickMs = 250;
        int logLimit = 5000;       // the gateway's maximum: fewer lines lost to a burst
        int logMaxBytes = 1000000; // likewise
        bool followLogs = true;
        GatewayClock *gatewayClock = nullptr; // when set, adopts the gateway's timestamps
    };

    Ingestor(gateway::GatewayMonitor *monitor, QString gatewayId, health::HealthEngine *engine,
             store::History *history, const Clock &clock, Options options, QObject *parent = nullptr);
    ~Ingestor() override;

    // Resumes the log cursor from the history and starts listening.
    void start();
    // Hands every waiting event on and stores the cursor; nothing is left behind.
    void stop();
    // Releases every waiting event now, in time order (switchboardctl before it prints).
    void releaseAll();
    // Fetches the log once more and releases everything (for a one-shot `status`).
    void catchUp(std::function<void()> done);
    // An event the console itself observed (an operator action, a test message's outcome):
    // ordered, de-duplicated and stored like everything the gateway said.
    void submit(ChannelEvent event);

    QString gatewayId() const { return m_gatewayId; }
    std::optional<qint64> logCursor() const { return m_cursor; }
    qint64 linesRead() const { return m_linesRead; }
    qint64 eventsIngested() const { return m_ingested; }
    qint64 duplicatesDropped() const { return m_duplicates; }
    qint64 logGaps() const { return m_gaps; }

Q_SIGNALS:
    void eventIngested(const sb::ChannelEvent &event);
    // A logs.tail answer said lines were skipped (the log grew faster than we read).
    void logGap(qint64 skippedBytes);

private:
    struct Pending
    {
        ChannelEvent event;
        quint64 seq = 0;
        std::optional<quint64> batch; // logs.tail batch the event came from
        quint64 readNeeded = 0;       // released once this many logs.tail reads have completed
        qint64 arrivedGatewayMs = 0;  // the gateway's clock when it arrived (tick watermark)
        QElapsedTimer waiting;
    };
    struct Batch
    {
        quint64 id = 0;
        qint64 cursor = 0;
        QString file;
        int pending = 0;
    };

    void onChannels(const gateway::ChannelsStatus &status);
    void onEvent(const gateway::Event &event);
    void onConnectionState();
    void pollLogs(std::function<void()> done = {});
    void enqueue(ChannelEvent event, std::optional<quint64> batch = std::nullopt);
    // Hands on what is ready (everything: all that waits, without waiting for a log read),
    // at once or, when sliced, a slice per event-loop turn.
    void release(bool everything, bool sliced = false);
    void whenDelivered(std::function<void()> callback);
    void deliver(const ChannelEvent &event);
    void deliverQueued(bool everything);
    void storeCursor();
    void tick();
    qint64 watermark() const;
    void requestRead();
    QString defaultAccount(const QString &channel) const;

    QPointer<gateway::GatewayMonitor> m_monitor;
    QString m_gatewayId;
    health::HealthEngine *m_engine;
    store::History *m_history;
    const Clock &m_clock;
    Options m_options;

    std::optional<gateway::ChannelsStatus> m_lastStatus;
    EventDeduplicator m_dedupe;
    std::deque<Pending> m_pending;
    std::deque<ChannelEvent> m_toDeliver; // released in order, handed on a slice per turn
    bool m_deliveryScheduled = false;
    std::vector<std::function<void()>> m_afterDelivery; // catch-ups waiting for the last slice
    std::deque<Batch> m_batches;
    quint64 m_nextSeq = 0;
    quint64 m_nextBatch = 0;

    std::optional<qint64> m_cursor;
    QString m_logFile;
    bool m_pollInFlight = false;
    std::vector<std::function<void()>> m_afterPoll; // catchUp() callers waiting for the poll in flight
    QTimer m_logTimer;
    QTimer m_tickTimer;
    quint64 m_readsIssued = 0;
    quint64 m_readsCompleted = 0;
    bool m_readAgain = false;                // an event arrived while a read was in flight
    bool m_logsLive = false;                 // connected and following the log
    bool m_stopped = false;                  // a read cancelled by our own close is not a failure
    QHash<LaneKey, qint64> m_lastReleasedAt; // per lane, to keep each lane's events in order

    qint64 m_linesRead = 0;
    qint64 m_ingested = 0;
    qint64 m_duplicates = 0;
    qint64 m_gaps = 0;
};

} // namespace sb::ingest

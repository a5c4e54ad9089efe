#pragma once

#include "app/health/ChannelEvent.h"
#include "app/health/HealthTypes.h"
#include "app/store/StoreTypes.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <variant>
#include <vector>

#include <QHash>
#include <QList>
#include <QThread>

namespace sb::store {

// The one thread that writes the history file, on its own connection. Producers (the engine,
// ingest, the UI thread) only append to a queue; the writer drains it into transactions of
// up to StoreOptions::batchEvents events, committed at the latest batchMs after they began.
// A crash loses at most the transaction in flight; WAL keeps the file consistent.
class StoreWriter final : public QThread
{
public:
    struct Flush
    {
        std::shared_ptr<std::promise<void>> done;
    };
    struct Purge
    {
        qint64 cutoffMs = 0;
        std::shared_ptr<std::promise<qint64>> deleted;
    };
    // Events travel in batches (an implicitly shared QList: no per-event copy on the way).
    using Op = std::variant<QList<ChannelEvent>, health::Transition, health::Incident, Note, IncidentTitle,
                            GatewayCursor, ActionRecord, Purge, Flush>;
    // Called on the writer thread after each commit with the running total of committed
    // events; must be quick (the crash test prints from it).
    using CommitObserver = std::function<void(qint64 committedEvents)>;

    StoreWriter(QString path, StoreOptions options);
    ~StoreWriter() override;

    // Starts the thread and waits until its connection is open and statements are prepared.
    bool startWriting(QString *error);
    void enqueue(Op op);
    void enqueueEvents(const QList<ChannelEvent> &events);
    // Blocks until everything enqueued before the call is committed.
    void flush();
    qint64 purgeEventsBefore(qint64 cutoffMs);
    // The same without waiting for it (retention from the GUI thread).
    void purgeEventsBeforeLater(qint64 cutoffMs);
    // Commits what is queued and ends the thread.
    void stopWriting();
    void setCommitObserver(CommitObserver observer) { m_observer = std::move(observer); }

protected:
    void run() override;

private:
    struct Statements;

    bool openConnection(QString *error);
    void writeLoop();
    void waitForSpace(std::unique_lock<std::mutex> &lock, qsizetype adding);

    QString m_path;
    StoreOptions m_options;
    QString m_connectionName;
    CommitObserver m_observer;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_space;
    std::deque<Op> m_queue;
    qsizetype m_queuedEvents = 0;
    bool m_stopping = false;

    std::promise<QString> m_ready; // empty string: ready; else the error
};

} // namespace sb::store

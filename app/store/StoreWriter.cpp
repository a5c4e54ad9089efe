#include "app/store/StoreWriter.h"

#include "app/platform/Logging.h"
#include "app/store/Schema.h"
#include "app/store/WriterSession.h"

#include <atomic>
#include <chrono>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sb::store {

namespace {
std::atomic<int> s_connectionSerial{0};
} // namespace

StoreWriter::StoreWriter(QString path, StoreOptions options)
    : m_path(std::move(path))
    , m_options(options)
    , m_connectionName(QStringLiteral("sb-store-writer-%1").arg(++s_connectionSerial))
{
    setObjectName(QStringLiteral("HistoryWriter"));
}

StoreWriter::~StoreWriter()
{
    stopWriting();
}

bool StoreWriter::startWriting(QString *error)
{
    std::future<QString> ready = m_ready.get_future();
    start();
    const QString problem = ready.get();
    if (!problem.isEmpty()) {
        wait();
        if (error)
            *error = problem;
        return false;
    }
    return true;
}

void StoreWriter::waitForSpace(std::unique_lock<std::mutex> &lock, qsizetype adding)
{
    // Back-pressure instead of unbounded memory when producers outrun the disk.
    m_space.wait(lock, [&] {
        return m_stopping || m_queuedEvents + adding <= m_options.maxQueued || m_queue.empty();
    });
}

void StoreWriter::enqueue(Op op)
{
    {
        std::unique_lock lock(m_mutex);
        waitForSpace(lock, 1);
        m_queue.push_back(std::move(op));
    }
    m_wake.notify_one();
}

void StoreWriter::enqueueEvents(const QList<ChannelEvent> &events)
{
    if (events.isEmpty())
        return;
    {
        std::unique_lock lock(m_mutex);
        waitForSpace(lock, events.size());
        m_queuedEvents += events.size();
        m_queue.emplace_back(events);
    }
    m_wake.notify_one();
}

void StoreWriter::flush()
{
    if (!isRunning())
        return;
    auto done = std::make_shared<std::promise<void>>();
    std::future<void> future = done->get_future();
    enqueue(Flush{done});
    future.wait();
}

qint64 StoreWriter::purgeEventsBefore(qint64 cutoffMs)
{
    if (!isRunning())
        return 0;
    auto deleted = std::make_shared<std::promise<qint64>>();
    std::future<qint64> future = deleted->get_future();
    enqueue(Purge{cutoffMs, deleted});
    return future.get();
}

void StoreWriter::purgeEventsBeforeLater(qint64 cutoffMs)
{
    if (isRunning())
        enqueue(Purge{cutoffMs, std::make_shared<std::promise<qint64>>()});
}

void StoreWriter::stopWriting()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_space.notify_all();
    wait();
}

void StoreWriter::run()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QString error;
        if (!db.open()) {
            error = db.lastError().text();
        } else if (schema::applyPragmas(db, &error)) {
            // The writer inserts a lane row before anything refers to it, so the per-row
            // foreign-key lookup would only cost ingest time; other connections keep them on.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
            detail::WriterSession session(db);
            if (session.prepare(&error)) {
                m_ready.set_value(QString());
                // The loop is inline here so `session` outlives it and dies before the connection.
                bool inTransaction = false;
                qint64 eventsInTransaction = 0;
                qint64 committedEvents = 0;
                std::vector<std::shared_ptr<std::promise<qint64>>> purges;
                // Batching latency is about the disk, not domain time: steady_clock, not sb::Clock.
                auto deadline = std::chrono::steady_clock::now();
                std::deque<Op> work;
                auto commit = [&] {
                    if (!inTransaction)
                        return;
                    session.commit();
                    inTransaction = false;
                    committedEvents += eventsInTransaction;
                    eventsInTransaction = 0;
                    for (auto &purge : purges)
                        purge->set_value(session.m_purged);
                    purges.clear();
                    if (m_observer)
                        m_observer(committedEvents);
                };
                for (;;) {
                    bool stopping = false;
                    {
                        std::unique_lock lock(m_mutex);
                        const auto hasWork = [&] {
                            return !m_queue.empty() || m_stopping;
                        };
                        if (inTransaction)
                            m_wake.wait_until(lock, deadline, hasWork);
                        else
                            m_wake.wait(lock, hasWork);
                        work.swap(m_queue);
                        m_queuedEvents = 0;
                        stopping = m_stopping;
                    }
                    m_space.notify_all();
                    for (Op &op : work) {
                        if (auto *flushOp = std::get_if<Flush>(&op)) {
                            commit();
                            flushOp->done->set_value();
                            continue;
                        }
                        if (!inTransaction) {
                            inTransaction = session.begin();
                            deadline = std::chrono::steady_clock::now() +
                                       std::chrono::milliseconds(m_options.batchMs);
                        }
                        if (const auto *batch = std::get_if<QList<ChannelEvent>>(&op)) {
                            for (const ChannelEvent &event : *batch) {
                                if (!inTransaction) {
                                    inTransaction = session.begin();
                                    deadline = std::chrono::steady_clock::now() +
                                               std::chrono::milliseconds(m_options.batchMs);
                                }
                                session.writeEvent(event);
                                if (++eventsInTransaction >= m_options.batchEvents)
                                    commit();
                            }
                            continue;
                        }
                        session.write(op);
                        if (auto *purge = std::get_if<Purge>(&op)) {
                            purges.push_back(purge->deleted);
                            commit();
                        }
                    }
                    work.clear();
                    if (inTransaction && (stopping || std::chrono::steady_clock::now() >= deadline))
                        commit();
                    if (stopping) {
                        std::lock_guard lock(m_mutex);
                        if (m_queue.empty())
                            break;
                    }
                }
                commit();
            }
        }
        if (!error.isEmpty()) {
            sb::log::store()->error("history writer could not start: {}", error.toStdString());
            m_ready.set_value(error);
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace sb::store

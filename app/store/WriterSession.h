#pragma once

// Internal to StoreWriter: the writer thread's connection, prepared statements and caches.
// Only StoreWriter.cpp includes this.

#include "app/platform/Logging.h"
#include "app/store/ActionLogChain.h"
#include "app/store/StoreWriter.h"

#include <sqlite3.h>

#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace sb::store::detail {

template <typename T>
inline QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' meaning "none".
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// The writer thread's connection, prepared statements and caches. Lives entirely on the
// writer thread (Qt SQL connections are bound to the thread that opened them).
class WriterSession
{
public:
    explicit WriterSession(QSqlDatabase &db)
        : m_db(db)
        , m_insertLane(db)
        , m_findLane(db)
        , m_closeSegment(db)
        , m_insertSegment(db)
        , m_upsertIncident(db)
        , m_insertNote(db)
        , m_upsertTitle(db)
        , m_upsertCursor(db)
        , m_insertAction(db)
        , m_actionLogTip(db)
    {}

    ~WriterSession()
    {
        if (m_eventStatement)
            sqlite3_finalize(m_eventStatement);
    }
    WriterSession(const WriterSession &) = delete;
    WriterSession &operator=(const WriterSession &) = delete;

    bool prepare(QString *error)
    {
        // Events are the hot path (DESIGN §8: 200,000/s). QSqlQuery costs a QVariant per value
        // and builds a placeholder name per bind, so events go straight to SQLite through the
        // driver's own handle, on the same connection and inside the same transactions.
        const QVariant handle = m_db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        if (!m_sqlite ||
            sqlite3_prepare_v3(
                m_sqlite,
                "INSERT INTO events(lane_id, at, kind, code, source, detail) VALUES(?, ?, ?, ?, ?, ?)", -1,
                SQLITE_PREPARE_PERSISTENT, &m_eventStatement, nullptr) != SQLITE_OK) {
            *error = m_sqlite ? QString::fromUtf8(sqlite3_errmsg(m_sqlite))
                              : QStringLiteral("the Qt SQLite driver gave no native handle");
            return false;
        }
        const std::pair<QSqlQuery *, const char *> statements[] = {
            {&m_insertLane, "INSERT OR IGNORE INTO lanes(gateway, channel, account) VALUES(?, ?, ?)"},
            {&m_findLane, "SELECT id FROM lanes WHERE gateway = ? AND channel = ? AND account = ?"},
            {&m_closeSegment, "UPDATE segments SET to_ms = ? WHERE id = ?"},
            {&m_insertSegment, "INSERT INTO segments(lane_id, from_ms, state, reason, action, rule) "
                               "VALUES(?, ?, ?, ?, ?, ?)"},
            {&m_upsertIncident,
             "INSERT OR REPLACE INTO incidents(id, lane_id, group_id, opened_at, closed_at, "
             "worst_state, last_state, title, last_reason, close_reason) "
             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"},
            {&m_insertNote,
             "INSERT INTO notes(incident_id, lane_id, at, author, text, kind) VALUES(?, ?, ?, ?, ?, ?)"},
            {&m_upsertTitle,
             "INSERT INTO incident_titles(incident_id, at, title) VALUES(?, ?, ?) "
             "ON CONFLICT(incident_id) DO UPDATE SET at = excluded.at, title = excluded.title"},
            {&m_upsertCursor,
             "INSERT INTO cursors(gateway, log_file, log_cursor, state_version) VALUES(?, ?, ?, ?) "
             "ON CONFLICT(gateway) DO UPDATE SET log_file = excluded.log_file, "
             "log_cursor = excluded.log_cursor, state_version = excluded.state_version"},
            {&m_insertAction, "INSERT INTO action_log(at, actor, action, lane, detail, prev_hash, hash) "
                              "VALUES(?, ?, ?, ?, ?, ?, ?)"},
            {&m_actionLogTip, "SELECT hash FROM action_log ORDER BY id DESC LIMIT 1"},
        };
        for (const auto &[query, sql] : statements) {
            if (!query->prepare(QString::fromLatin1(sql))) {
                *error = query->lastError().text();
                return false;
            }
        }
        return loadCaches(error);
    }

    bool write(StoreWriter::Op &op)
    {
        return std::visit([this](auto &value) { return writeOne(value); }, op);
    }

    // IMMEDIATE: the transaction holds the file's write lock from its first statement, so what
    // it reads (the action log's newest row) is still the newest when it writes. Another
    // process writing the same history (switchboardctl beside the window) waits for the lock
    // (busy timeout) instead of failing on a stale snapshot.
    bool begin() { return QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE")); }
    bool commit()
    {
        if (m_db.commit())
            return true;
        sb::log::store()->error("history commit failed: {}", m_db.lastError().text().toStdString());
        m_db.rollback();
        return false;
    }

private:
    bool loadCaches(QString *error)
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT id, gateway, channel, account FROM lanes"))) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next()) {
            m_laneIds.insert(
                LaneKey{query.value(1).toString(), query.value(2).toString(), query.value(3).toString()},
                query.value(0).toLongLong());
        }
        if (!query.exec(QStringLiteral(
                "SELECT lane_id, MAX(id) FROM segments WHERE to_ms IS NULL GROUP BY lane_id"))) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next())
            m_openSegments.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
        if (!query.exec(QStringLiteral("SELECT lane_id, MAX(from_ms) FROM segments GROUP BY lane_id"))) {
            *error = query.lastError().text();
            return false;
        }
        while (query.next())
            m_lastStart.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
        return true;
    }

    qint64 laneId(const LaneKey &lane)
    {
        const auto it = m_laneIds.constFind(lane);
        if (it != m_laneIds.constEnd())
            return *it;
        for (QSqlQuery *query : {&m_insertLane, &m_findLane}) {
            query->bindValue(0, lane.gatewayId);
            query->bindValue(1, lane.channel);
            query->bindValue(2, lane.accountId);
            if (!query->exec()) {
                sb::log::store()->error("lane insert failed: {}", query->lastError().text().toStdString());
                return -1;
            }
        }
        if (!m_findLane.next())
            return -1;
        const qint64 id = m_findLane.value(0).toLongLong();
        m_findLane.finish();
        m_laneIds.insert(lane, id);
        return id;
    }

    bool exec(QSqlQuery &query, const char *what)
    {
        if (query.exec())
            return true;
        sb::log::store()->error("{} failed: {}", what, query.lastError().text().toStdString());
        return false;
    }

public:
    bool writeEvent(const ChannelEvent &event)
    {
        sqlite3_stmt *st = m_eventStatement;
        sqlite3_bind_int64(st, 1, laneId(event.lane));
        sqlite3_bind_int64(st, 2, event.at);
        sqlite3_bind_int(st, 3, int(event.kind));
        if (event.code)
            sqlite3_bind_int(st, 4, *event.code);
        else
            sqlite3_bind_null(st, 4);
        sqlite3_bind_int(st, 5, int(event.source));
        // The QString outlives the step, so SQLite may use its UTF-16 buffer without a copy.
        static const char16_t empty[] = u"";
        const void *detail = event.detail.isNull() ? static_cast<const void *>(empty)
                                                   : static_cast<const void *>(event.detail.utf16());
        sqlite3_bind_text16(st, 6, detail, int(event.detail.size() * 2), nullptr);
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc == SQLITE_DONE)
            return true;
        sb::log::store()->error("event insert failed: {}", sqlite3_errmsg(m_sqlite));
        return false;
    }

private:
    bool writeOne(const QList<ChannelEvent> &events)
    {
        bool ok = true;
        for (const ChannelEvent &event : events)
            ok = writeEvent(event) && ok;
        return ok;
    }

    bool writeOne(const health::Transition &t)
    {
        const Segment segment = segmentStartedBy(t);
        const qint64 lane = laneId(segment.lane);
        // A lane's segments are ordered and never overlap: the new one closes the running one
        // at its start, so a start before the previous start would store a segment that ends
        // before it begins. Such a transition is an engine bug; the file keeps its shape.
        const auto last = m_lastStart.constFind(lane);
        if (last != m_lastStart.constEnd() && t.at < *last) {
            sb::log::store()->error("refused a segment on {} from {} ({} -> {}, rule {}): it starts "
                                    "before the segment stored from {}",
                                    t.lane.toString().toStdString(), t.at, stateName(t.from).toStdString(),
                                    stateName(t.to).toStdString(), t.ruleId.toStdString(), *last);
            return false;
        }
        const auto open = m_openSegments.constFind(lane);
        if (open != m_openSegments.constEnd()) {
            m_closeSegment.bindValue(0, t.at);
            m_closeSegment.bindValue(1, *open);
            if (!exec(m_closeSegment, "segment close"))
                return false;
        }
        m_insertSegment.bindValue(0, lane);
        m_insertSegment.bindValue(1, segment.from);
        m_insertSegment.bindValue(2, stateName(segment.state));
        m_insertSegment.bindValue(3, text(segment.reason.encode()));
        m_insertSegment.bindValue(4, actionName(segment.action));
        m_insertSegment.bindValue(5, text(segment.ruleId));
        if (!exec(m_insertSegment, "segment insert"))
            return false;
        m_openSegments.insert(lane, m_insertSegment.lastInsertId().toLongLong());
        m_lastStart.insert(lane, segment.from);
        return true;
    }

    bool writeOne(const health::Incident &i)
    {
        m_upsertIncident.bindValue(0, i.id);
        m_upsertIncident.bindValue(1, laneId(i.lane));
        m_upsertIncident.bindValue(2, i.groupId);
        m_upsertIncident.bindValue(3, i.openedAt);
        m_upsertIncident.bindValue(4, nullable(i.closedAt));
        m_upsertIncident.bindValue(5, stateName(i.worstState));
        m_upsertIncident.bindValue(6, stateName(i.lastState));
        m_upsertIncident.bindValue(7, text(i.openReason.encode()));
        m_upsertIncident.bindValue(8, text(i.lastReason.encode()));
        m_upsertIncident.bindValue(9, text(i.closeReason.encode()));
        return exec(m_upsertIncident, "incident upsert");
    }

    bool writeOne(const Note &note)
    {
        m_insertNote.bindValue(0, nullable(note.incidentId));
        m_insertNote.bindValue(1, note.lane ? QVariant(laneId(*note.lane))
                                            : QVariant(QMetaType::fromType<qint64>()));
        m_insertNote.bindValue(2, note.at);
        m_insertNote.bindValue(3, text(note.author));
        m_insertNote.bindValue(4, text(note.text));
        m_insertNote.bindValue(5, note.kind == NoteKind::Lesson ? QStringLiteral("lesson")
                                                                : QStringLiteral("note"));
        return exec(m_insertNote, "note insert");
    }

    bool writeOne(const IncidentTitle &title)
    {
        m_upsertTitle.bindValue(0, title.incidentId);
        m_upsertTitle.bindValue(1, title.at);
        m_upsertTitle.bindValue(2, text(title.title));
        return exec(m_upsertTitle, "incident title upsert");
    }

    bool writeOne(const GatewayCursor &cursor)
    {
        m_upsertCursor.bindValue(0, cursor.gatewayId);
        m_upsertCursor.bindValue(1, text(cursor.logFile));
        m_upsertCursor.bindValue(2, nullable(cursor.logCursor));
        m_upsertCursor.bindValue(3, nullable(cursor.stateVersion));
        return exec(m_upsertCursor, "cursor upsert");
    }

    // The newest row's hash, read inside the write transaction: another process (switchboardctl
    // beside the window) may have appended since this writer's last row.
    std::optional<QString> actionLogTip()
    {
        if (!exec(m_actionLogTip, "action log tip"))
            return std::nullopt;
        const QString tip =
            m_actionLogTip.next() ? m_actionLogTip.value(0).toString() : actionlog::genesisHash();
        m_actionLogTip.finish();
        return tip;
    }

    bool writeOne(const ActionRecord &record)
    {
        // The chain is extended here, on the one thread of this process that writes, and from
        // the file's newest row under the write lock (see begin()), so neither two producers
        // nor two processes can fork it.
        const std::optional<QString> prevHash = actionLogTip();
        if (!prevHash)
            return false;
        const QString hash = actionlog::hashOf(*prevHash, record);
        m_insertAction.bindValue(0, record.at);
        m_insertAction.bindValue(1, text(record.actor));
        m_insertAction.bindValue(2, text(record.action));
        m_insertAction.bindValue(3, text(record.lane));
        m_insertAction.bindValue(4, text(record.detail));
        m_insertAction.bindValue(5, *prevHash);
        m_insertAction.bindValue(6, hash);
        return exec(m_insertAction, "action log insert");
    }

    bool writeOne(StoreWriter::Purge &purge)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM events WHERE at < ?"));
        query.bindValue(0, purge.cutoffMs);
        const bool ok = exec(query, "retention purge");
        m_purged = ok ? query.numRowsAffected() : 0;
        return ok;
    }

    bool writeOne(const StoreWriter::Flush &) { return true; }

public:
    qint64 m_purged = 0;

private:
    QSqlDatabase &m_db;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_eventStatement = nullptr;
    QSqlQuery m_insertLane;
    QSqlQuery m_findLane;
    QSqlQuery m_closeSegment;
    QSqlQuery m_insertSegment;
    QSqlQuery m_upsertIncident;
    QSqlQuery m_insertNote;
    QSqlQuery m_upsertTitle;
    QSqlQuery m_upsertCursor;
    QSqlQuery m_insertAction;
    QSqlQuery m_actionLogTip;
    QHash<LaneKey, qint64> m_laneIds;
    QHash<qint64, qint64> m_openSegments; // lane id → id of its running segment
    QHash<qint64, qint64> m_lastStart;    // lane id → start of its newest segment
};

} // namespace sb::store::detail

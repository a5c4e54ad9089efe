#include "app/store/Schema.h"

#include "app/platform/Logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace sb::store::schema {

namespace {

// Version 1: the first release's layout. Kept verbatim: migrations start from it.
const char *const kVersion1[] = {
    "CREATE TABLE lanes(id INTEGER PRIMARY KEY, gateway TEXT NOT NULL, channel TEXT NOT NULL, "
    "account TEXT NOT NULL, UNIQUE(gateway, channel, account))",
    "CREATE TABLE events(id INTEGER PRIMARY KEY, lane_id INTEGER NOT NULL REFERENCES lanes(id), "
    "at INTEGER NOT NULL, kind INTEGER NOT NULL, code INTEGER, source INTEGER NOT NULL, "
    "detail TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX events_lane_at ON events(lane_id, at)",
    "CREATE TABLE segments(id INTEGER PRIMARY KEY, lane_id INTEGER NOT NULL REFERENCES lanes(id), "
    "from_ms INTEGER NOT NULL, to_ms INTEGER, state TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX segments_lane_from ON segments(lane_id, from_ms)",
    "CREATE TABLE incidents(id INTEGER PRIMARY KEY, lane_id INTEGER NOT NULL REFERENCES lanes(id), "
    "opened_at INTEGER NOT NULL, closed_at INTEGER, worst_state TEXT NOT NULL, title TEXT NOT NULL DEFAULT "
    "'')",
    "CREATE TABLE notes(id INTEGER PRIMARY KEY, incident_id INTEGER, lane_id INTEGER, at INTEGER NOT NULL, "
    "text TEXT NOT NULL)",
    "CREATE TABLE cursors(gateway TEXT PRIMARY KEY, log_cursor INTEGER)",
    "CREATE TABLE action_log(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT NULL, "
    "action TEXT NOT NULL, lane TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '', "
    "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
};

// Version 2: segments remember the advice and the rule, incidents their group and how they
// ended, notes their author, cursors the log file and stateVersion.
const char *const kVersion2[] = {
    "ALTER TABLE segments ADD COLUMN action TEXT NOT NULL DEFAULT 'none'",
    "ALTER TABLE segments ADD COLUMN rule TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX segments_open ON segments(lane_id) WHERE to_ms IS NULL",
    "ALTER TABLE incidents ADD COLUMN group_id INTEGER NOT NULL DEFAULT 0",
    "UPDATE incidents SET group_id = id",
    "ALTER TABLE incidents ADD COLUMN last_state TEXT NOT NULL DEFAULT ''",
    "UPDATE incidents SET last_state = worst_state",
    "ALTER TABLE incidents ADD COLUMN last_reason TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE incidents ADD COLUMN close_reason TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX incidents_open ON incidents(closed_at) WHERE closed_at IS NULL",
    "ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cursors ADD COLUMN log_file TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE cursors ADD COLUMN state_version INTEGER",
};

// Version 3: reasons are stored as ids and arguments (sb::health::Reason::encode), never as
// words in the language of the run that wrote them. Reasons already written are kept as
// verbatim text ({"id":"text"}) so they still read, as they were written.
const char *const kVersion3[] = {
    "UPDATE segments SET reason = json_array(json_object('id', 'text', 'args', json_array(reason))) "
    "WHERE reason <> ''",
    "UPDATE incidents SET title = json_array(json_object('id', 'text', 'args', json_array(title))) "
    "WHERE title <> ''",
    "UPDATE incidents SET last_reason = json_array(json_object('id', 'text', 'args', "
    "json_array(last_reason))) "
    "WHERE last_reason <> ''",
    "UPDATE incidents SET close_reason = json_array(json_object('id', 'text', 'args', "
    "json_array(close_reason))) WHERE close_reason <> ''",
};

// Version 4: the operator's own words on an incident. Notes are notes or lessons; a title
// the operator gives an incident lives in its own table, because the engine rewrites its
// incident rows (INSERT OR REPLACE) and would drop a column it does not know.
const char *const kVersion4[] = {
    "ALTER TABLE notes ADD COLUMN kind TEXT NOT NULL DEFAULT 'note'",
    "CREATE INDEX notes_incident ON notes(incident_id, at)",
    "CREATE TABLE incident_titles(incident_id INTEGER PRIMARY KEY, at INTEGER NOT NULL, title TEXT NOT "
    "NULL)",
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
    return false;
}

template <std::size_t N>
bool step(QSqlDatabase &db, const char *const (&statements)[N], int toVersion, QString *error)
{
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    for (const char *sql : statements) {
        if (!exec(db, QString::fromLatin1(sql), error)) {
            db.rollback();
            return false;
        }
    }
    if (!exec(db, QStringLiteral("DELETE FROM schema_version"), error) ||
        !exec(db, QStringLiteral("INSERT INTO schema_version(version) VALUES(%1)").arg(toVersion), error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    sb::log::store()->info("history schema migrated to version {}", toVersion);
    return true;
}

} // namespace

bool applyPragmas(QSqlDatabase &db, QString *error)
{
    // mmap and a larger page cache spare a read syscall per page (expensive on VMs); the larger
    // autocheckpoint spaces out the checkpoints' fsyncs during bulk ingest (WAL up to ~40 MB).
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode=WAL"),        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),         QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA mmap_size=268435456"),     QStringLiteral("PRAGMA cache_size=-32768"),
        QStringLiteral("PRAGMA wal_autocheckpoint=10000")};
    for (const QString &pragma : pragmas) {
        if (!exec(db, pragma, error))
            return false;
    }
    return true;
}

int version(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool migrate(QSqlDatabase &db, QString *error)
{
    if (!exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)"),
              error))
        return false;
    int current = version(db);
    if (current > currentVersion) {
        if (error) {
            *error =
                QStringLiteral("the history file was written by a newer Switchboard (schema %1, this build "
                               "knows %2)")
                    .arg(current)
                    .arg(currentVersion);
        }
        return false;
    }
    if (current < 1) {
        if (!step(db, kVersion1, 1, error))
            return false;
        current = 1;
    }
    if (current < 2) {
        if (!step(db, kVersion2, 2, error))
            return false;
        current = 2;
    }
    if (current < 3) {
        if (!step(db, kVersion3, 3, error))
            return false;
        current = 3;
    }
    if (current < 4) {
        if (!step(db, kVersion4, 4, error))
            return false;
        current = 4;
    }
    return true;
}

} // namespace sb::store::schema

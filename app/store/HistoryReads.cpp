// The read side of History: queries on the caller's own connection.
#include "app/store/ActionLogChain.h"
#include "app/store/History.h"
#include "app/store/Schema.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace sb::store {

namespace {

template <typename T>
std::optional<T> optionalValue(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

// Column order: i.id, i.group_id, l.gateway, l.channel, l.account, i.opened_at, i.closed_at,
// i.worst_state, i.last_state, i.title, i.last_reason, i.close_reason
const char *const kIncidentColumns =
    "SELECT i.id, i.group_id, l.gateway, l.channel, l.account, i.opened_at, i.closed_at, i.worst_state, "
    "i.last_state, i.title, i.last_reason, i.close_reason FROM incidents i JOIN lanes l ON l.id = i.lane_id ";

// Reasons repeat across incidents ("connection closed (428)" thousands of times): a list read
// decodes each distinct one once.
using ReasonCache = QHash<QString, health::Reason>;

health::Reason decoded(const QVariant &stored, ReasonCache *cache)
{
    const QString text = stored.toString();
    if (!cache)
        return health::Reason::decode(text);
    auto known = cache->constFind(text);
    if (known == cache->constEnd())
        known = cache->insert(text, health::Reason::decode(text));
    return *known;
}

health::Incident incidentFrom(const QSqlQuery &q, ReasonCache *cache = nullptr)
{
    health::Incident i;
    i.id = q.value(0).toLongLong();
    i.groupId = q.value(1).toLongLong();
    i.lane = LaneKey{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
    i.openedAt = q.value(5).toLongLong();
    i.closedAt = optionalValue<qint64>(q.value(6));
    i.worstState = stateFromName(q.value(7).toString()).value_or(LaneState::Unknown);
    i.lastState = stateFromName(q.value(8).toString()).value_or(i.worstState);
    i.openReason = decoded(q.value(9), cache);
    i.lastReason = decoded(q.value(10), cache);
    i.closeReason = decoded(q.value(11), cache);
    return i;
}

} // namespace

HistorySnapshot History::load() const
{
    HistorySnapshot snapshot;
    const QSqlDatabase db = QSqlDatabase::database(m_readConnection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Each lane's running segment (the partial index makes this a short walk).
    q.exec(QStringLiteral(
        "SELECT l.gateway, l.channel, l.account, s.from_ms, s.state, s.reason, s.action "
        "FROM segments s JOIN lanes l ON l.id = s.lane_id WHERE s.to_ms IS NULL "
        "AND s.id = (SELECT MAX(id) FROM segments WHERE lane_id = s.lane_id AND to_ms IS NULL)"));
    while (q.next()) {
        health::RestoredLane lane;
        lane.lane = LaneKey{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        lane.since = q.value(3).toLongLong();
        lane.state = stateFromName(q.value(4).toString()).value_or(LaneState::Unknown);
        lane.reason = health::Reason::decode(q.value(5).toString());
        lane.action = actionFromName(q.value(6).toString()).value_or(OperatorAction::None);
        snapshot.lanes.append(lane);
    }
    q.exec(QLatin1String(kIncidentColumns) + QStringLiteral("WHERE i.closed_at IS NULL ORDER BY i.id"));
    while (q.next())
        snapshot.openIncidents.append(incidentFrom(q));
    if (q.exec(QStringLiteral("SELECT MAX(id) FROM incidents")) && q.next())
        snapshot.lastIncidentId = q.value(0).toLongLong();
    return snapshot;
}

QList<ChannelEvent> History::events(const LaneKey &lane, qint64 from, qint64 to, int limit) const
{
    QList<ChannelEvent> out;
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.at, e.kind, e.code, e.source, e.detail FROM events e JOIN lanes l ON "
                             "l.id = e.lane_id WHERE l.gateway = ? AND l.channel = ? AND l.account = ? AND "
                             "e.at >= ? AND e.at < ? ORDER BY e.at, e.id LIMIT ?"));
    q.addBindValue(lane.gatewayId);
    q.addBindValue(lane.channel);
    q.addBindValue(lane.accountId);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(limit);
    q.exec();
    while (q.next()) {
        ChannelEvent e;
        e.lane = lane;
        e.at = q.value(0).toLongLong();
        e.kind = EventKind(q.value(1).toInt());
        e.code = optionalValue<int>(q.value(2));
        e.source = EventSource(q.value(3).toInt());
        e.detail = q.value(4).toString();
        out.append(e);
    }
    return out;
}

qint64 History::eventCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QList<LaneKey> History::lanes() const
{
    QList<LaneKey> out;
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    q.exec(QStringLiteral("SELECT gateway, channel, account FROM lanes ORDER BY gateway, channel, account"));
    while (q.next())
        out.append(LaneKey{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

QList<Segment> History::segments(const std::optional<LaneKey> &lane, qint64 from, qint64 to) const
{
    QList<Segment> out;
    const QSqlDatabase db = QSqlDatabase::database(m_readConnection, false);
    // The cold-start read of the whole timeline: QSqlQuery spends ~10 µs a row on QVariants,
    // so this one query reads through the driver's native handle (same connection).
    const QVariant handle = db.isOpen() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return out;
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    QByteArray sql =
        "SELECT s.lane_id, l.gateway, l.channel, l.account, s.from_ms, s.to_ms, s.state, s.reason, "
        "s.action, s.rule FROM segments s JOIN lanes l ON l.id = s.lane_id "
        "WHERE s.from_ms < ?1 AND (s.to_ms IS NULL OR s.to_ms > ?2)";
    if (lane)
        sql += " AND l.gateway = ?3 AND l.channel = ?4 AND l.account = ?5";
    // One lane: walk its index. All lanes: table order, which is write (time) order; walking the
    // lane index instead would read the table pages in random order, six times slower cold.
    sql += lane ? " ORDER BY s.from_ms" : " ORDER BY s.id";
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(sqlite, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK)
        return out;
    sqlite3_bind_int64(st, 1, to);
    sqlite3_bind_int64(st, 2, from);
    if (lane) {
        int index = 3;
        for (const QString *part : {&lane->gatewayId, &lane->channel, &lane->accountId}) {
            sqlite3_bind_text16(st, index++, part->utf16(), int(part->size() * 2), SQLITE_TRANSIENT);
        }
    }
    const auto text = [st](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, column)),
                                 sqlite3_column_bytes(st, column));
    };
    // Lanes, reasons and rules repeat on every row: decode each distinct one once and share it.
    QHash<qint64, LaneKey> lanes;
    QHash<QByteArray, health::Reason> reasons;
    QHash<QByteArray, QString> rules;
    while (sqlite3_step(st) == SQLITE_ROW) {
        Segment s;
        const qint64 laneId = sqlite3_column_int64(st, 0);
        auto known = lanes.constFind(laneId);
        if (known == lanes.constEnd())
            known = lanes.insert(laneId, LaneKey{text(1), text(2), text(3)});
        s.lane = *known;
        s.from = sqlite3_column_int64(st, 4);
        if (sqlite3_column_type(st, 5) != SQLITE_NULL)
            s.to = sqlite3_column_int64(st, 5);
        s.state = stateFromName(text(6)).value_or(LaneState::Unknown);
        const QByteArray reason(reinterpret_cast<const char *>(sqlite3_column_text(st, 7)),
                                sqlite3_column_bytes(st, 7));
        auto shared = reasons.constFind(reason);
        if (shared == reasons.constEnd())
            shared = reasons.insert(reason, health::Reason::decode(QString::fromUtf8(reason)));
        s.reason = *shared;
        s.action = actionFromName(text(8)).value_or(OperatorAction::None);
        const QByteArray rule(reinterpret_cast<const char *>(sqlite3_column_text(st, 9)),
                              sqlite3_column_bytes(st, 9));
        auto sharedRule = rules.constFind(rule);
        if (sharedRule == rules.constEnd())
            sharedRule = rules.insert(rule, QString::fromUtf8(rule));
        s.ruleId = *sharedRule;
        out.append(s);
    }
    sqlite3_finalize(st);
    return out;
}

QList<health::Incident> History::incidents(qint64 from, qint64 to) const
{
    QList<health::Incident> out;
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    q.setForwardOnly(true); // no row cache: these reads can be long
    q.prepare(
        QLatin1String(kIncidentColumns) +
        QStringLiteral("WHERE i.opened_at < ? AND (i.closed_at IS NULL OR i.closed_at > ?) ORDER BY i.id"));
    q.addBindValue(to);
    q.addBindValue(from);
    q.exec();
    ReasonCache reasons;
    while (q.next())
        out.append(incidentFrom(q, &reasons));
    return out;
}

std::optional<health::Incident> History::incident(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    q.prepare(QLatin1String(kIncidentColumns) + QStringLiteral("WHERE i.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return incidentFrom(q);
}

QList<health::Incident> History::incidentGroup(qint64 groupId) const
{
    QList<health::Incident> out;
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    q.setForwardOnly(true);
    q.prepare(QLatin1String(kIncidentColumns) + QStringLiteral("WHERE i.group_id = ? ORDER BY i.id"));
    q.addBindValue(groupId);
    q.exec();
    while (q.next())
        out.append(incidentFrom(q));
    return out;
}

std::optional<QString> History::incidentTitle(qint64 incidentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    q.prepare(QStringLiteral("SELECT title FROM incident_titles WHERE incident_id = ?"));
    q.addBindValue(incidentId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QHash<qint64, QString> History::incidentTitles() const
{
    QHash<qint64, QString> out;
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT incident_id, title FROM incident_titles"));
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

QList<Note> History::notes(qint64 incidentId) const
{
    QList<Note> out;
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    q.setForwardOnly(true); // no row cache: these reads can be long
    q.prepare(
        QStringLiteral("SELECT n.id, n.incident_id, l.gateway, l.channel, l.account, n.at, n.author, n.text, "
                       "n.kind FROM notes n LEFT JOIN lanes l ON l.id = n.lane_id WHERE n.incident_id = ? "
                       "ORDER BY n.at, n.id"));
    q.addBindValue(incidentId);
    q.exec();
    while (q.next()) {
        Note n;
        n.id = q.value(0).toLongLong();
        n.incidentId = optionalValue<qint64>(q.value(1));
        if (!q.value(2).isNull())
            n.lane = LaneKey{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        n.at = q.value(5).toLongLong();
        n.author = q.value(6).toString();
        n.text = q.value(7).toString();
        n.kind = q.value(8).toString() == QLatin1String("lesson") ? NoteKind::Lesson : NoteKind::Note;
        out.append(n);
    }
    return out;
}

std::optional<GatewayCursor> History::cursor(const QString &gatewayId) const
{
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    q.setForwardOnly(true); // no row cache: these reads can be long
    q.prepare(QStringLiteral("SELECT log_file, log_cursor, state_version FROM cursors WHERE gateway = ?"));
    q.addBindValue(gatewayId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    GatewayCursor c;
    c.gatewayId = gatewayId;
    c.logFile = q.value(0).toString();
    c.logCursor = optionalValue<qint64>(q.value(1));
    c.stateVersion = optionalValue<qint64>(q.value(2));
    return c;
}

QList<ActionRecord> History::actionLog() const
{
    QList<ActionRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT id, at, actor, action, lane, detail, prev_hash, hash FROM action_log ORDER BY id"));
    while (q.next()) {
        ActionRecord r;
        r.id = q.value(0).toLongLong();
        r.at = q.value(1).toLongLong();
        r.actor = q.value(2).toString();
        r.action = q.value(3).toString();
        r.lane = q.value(4).toString();
        r.detail = q.value(5).toString();
        r.prevHash = q.value(6).toString();
        r.hash = q.value(7).toString();
        out.append(r);
    }
    return out;
}

ActionLogVerdict History::verifyActionLog() const
{
    ActionLogVerdict verdict;
    QString expectedPrev = actionlog::genesisHash();
    for (const ActionRecord &r : actionLog()) {
        ++verdict.rowsChecked;
        QString problem;
        if (r.prevHash != expectedPrev) {
            problem = QCoreApplication::translate(
                          "sb::store", "the action log is broken before row %1: a row was removed or "
                                       "inserted")
                          .arg(r.id);
        } else if (actionlog::hashOf(r.prevHash, r) != r.hash) {
            problem =
                QCoreApplication::translate("sb::store", "row %1 of the action log was changed after it was "
                                                         "written")
                    .arg(r.id);
        }
        if (!problem.isEmpty()) {
            verdict.intact = false;
            verdict.firstBadId = r.id;
            verdict.problem = problem;
            return verdict;
        }
        expectedPrev = r.hash;
    }
    return verdict;
}

int History::schemaVersion() const
{
    return schema::version(QSqlDatabase::database(m_readConnection, false));
}

QString History::integrityCheck() const
{
    QSqlQuery q(QSqlDatabase::database(m_readConnection, false));
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace sb::store

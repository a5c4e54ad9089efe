#include "app/health/HealthEngine.h"
#include "app/platform/Clock.h"
#include "app/store/History.h"
#include "app/store/Schema.h"

#include <mutex>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using sb::ChannelEvent;
using sb::EventKind;
using sb::EventSource;
using sb::LaneKey;
using sb::LaneState;
using sb::store::History;

namespace {

constexpr qint64 kT0 = 1'800'000'000'000;
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
const LaneKey kWa{QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")};
const LaneKey kSig{QStringLiteral("gw"), QStringLiteral("signal"), QStringLiteral("+15550100")};

ChannelEvent makeEvent(const LaneKey &lane, qint64 at, EventKind kind, std::optional<int> code = std::nullopt,
                       const QString &detail = {})
{
    ChannelEvent e;
    e.lane = lane;
    e.at = at;
    e.kind = kind;
    e.code = code;
    e.detail = detail;
    e.source = EventSource::LogLine;
    return e;
}

// Runs SQL on a separate connection, as another program (or an attacker) would.
bool rawExec(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            if (ok && !q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.sqlite"));
        {
            History history(path);
            QVERIFY(history.open());
            QCOMPARE(history.schemaVersion(), sb::store::schema::currentVersion);
            history.append(
                makeEvent(kWa, kT0, EventKind::Disconnected, 428, QStringLiteral("Connection Terminated")));
            history.append(makeEvent(kWa, kT0 + 5000, EventKind::Connected));
            history.append(QList<ChannelEvent>{
                makeEvent(kSig, kT0 + 1, EventKind::DeliveryOk),
                makeEvent(kSig, kT0 + 2, EventKind::AuthFailed, 403, QStringLiteral("<b>not markup</b>"))});
            sb::health::Transition t;
            t.lane = kWa;
            t.at = kT0;
            t.from = LaneState::Healthy;
            t.to = LaneState::Reconnecting;
            t.reason = sb::health::Reason::verbatim(QStringLiteral("connection closed (428)"));
            t.ruleId = QStringLiteral("whatsapp.428-connection-closed");
            history.recordTransition(t);
            t.at = kT0 + 5000;
            t.from = LaneState::Reconnecting;
            t.to = LaneState::Probation;
            t.reason = sb::health::Reason::verbatim(
                QStringLiteral("reconnected just now; 0 of 3 deliveries proven"));
            history.recordTransition(t);
            sb::health::Incident incident;
            incident.id = 7;
            incident.groupId = 7;
            incident.lane = kWa;
            incident.openedAt = kT0;
            incident.worstState = LaneState::Reconnecting;
            incident.lastState = LaneState::Probation;
            incident.openReason = sb::health::Reason::verbatim(QStringLiteral("connection closed (428)"));
            history.recordIncident(incident);
            history.addNote(
                {0, 7, kWa, kT0 + 10, QStringLiteral("ops"), QStringLiteral("phone was on wifi")});
            history.setCursor({QStringLiteral("gw"), QStringLiteral("/tmp/openclaw.log"), 4096, 17});
            history.appendAction({0,
                                  kT0,
                                  QStringLiteral("operator"),
                                  QStringLiteral("channels.start"),
                                  kWa.toString(),
                                  QStringLiteral("{}"),
                                  {},
                                  {}});
            history.flush();

            const auto events = history.events(kWa, kT0, kT0 + kMinute);
            QCOMPARE(events.size(), 2);
            QCOMPARE(*events[0].code, 428);
            QCOMPARE(events[0].detail, QStringLiteral("Connection Terminated"));
            QCOMPARE(events[0].source, EventSource::LogLine);
            QVERIFY(!events[1].code.has_value());
            QCOMPARE(history.events(kSig, 0, kT0 + 10)[1].detail, QStringLiteral("<b>not markup</b>"));
            QCOMPARE(history.eventCount(), 4);
        }
        // Reopen: everything is still there, and the running segment and open incident come back.
        History history(path);
        QVERIFY(history.open());
        const auto segments = history.segments(kWa, 0, kT0 + kMinute);
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments[0].state, LaneState::Reconnecting);
        QCOMPARE(*segments[0].to, kT0 + 5000);
        QVERIFY(!segments[1].to.has_value());
        QCOMPARE(segments[1].ruleId, QStringLiteral("whatsapp.428-connection-closed"));

        const auto snapshot = history.load();
        QCOMPARE(snapshot.lanes.size(), 1);
        QCOMPARE(snapshot.lanes[0].lane, kWa);
        QCOMPARE(snapshot.lanes[0].state, LaneState::Probation);
        QCOMPARE(snapshot.lanes[0].since, kT0 + 5000);
        QCOMPARE(snapshot.openIncidents.size(), 1);
        QCOMPARE(snapshot.openIncidents[0].id, 7);
        QCOMPARE(snapshot.openIncidents[0].lastState, LaneState::Probation);
        QCOMPARE(snapshot.lastIncidentId, 7);
        QCOMPARE(history.notes(7).size(), 1);
        QCOMPARE(history.notes(7)[0].text, QStringLiteral("phone was on wifi"));
        QCOMPARE(*history.notes(7)[0].lane, kWa);
        const auto cursor = history.cursor(QStringLiteral("gw"));
        QVERIFY(cursor.has_value());
        QCOMPARE(*cursor->logCursor, 4096);
        QCOMPARE(*cursor->stateVersion, 17);
        QVERIFY(!history.cursor(QStringLiteral("other")).has_value());
        QCOMPARE(history.lanes().size(), 2);
    }

    void engineTransitionsBecomeSegmentsAndSurviveARestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("engine.sqlite"));
        sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(kT0, QTimeZone::utc()));
        {
            History history(path);
            QVERIFY(history.open());
            sb::health::HealthEngine engine(clock);
            history.attach(&engine);
            engine.process(makeEvent(kWa, kT0, EventKind::Connected));
            engine.process(makeEvent(kWa, kT0 + kMinute, EventKind::Disconnected, 401));
            engine.tick(kT0 + 3 * kMinute);
            history.flush();
            QCOMPARE(history.segments(kWa, 0, kT0 + kDay).size(), 2);
            QCOMPARE(history.incidents(0, kT0 + kDay).size(), 1);
        }
        History history(path);
        QVERIFY(history.open());
        const auto snapshot = history.load();
        sb::health::HealthEngine engine(clock);
        engine.restore(snapshot.lanes, snapshot.openIncidents, snapshot.lastIncidentId);
        QCOMPARE(engine.status(kWa, kT0 + 4 * kMinute).state, LaneState::LoggedOut);
        QCOMPARE(*engine.status(kWa, kT0 + 4 * kMinute).openIncidentId, snapshot.openIncidents[0].id);
    }

    void commitsInBatches()
    {
        sb::store::StoreOptions options;
        options.batchEvents = 100;
        options.batchMs = 60 * 60 * 1000; // only the count or a flush commits
        History history(m_dir.filePath(QStringLiteral("batches.sqlite")), options);
        QVERIFY(history.open());
        std::mutex mutex;
        QList<qint64> commits;
        history.setCommitObserver([&](qint64 total) {
            std::lock_guard lock(mutex);
            commits.append(total);
        });
        for (int i = 0; i < 250; ++i)
            history.append(makeEvent(kWa, kT0 + i, EventKind::InboundSeen));
        history.flush();
        std::lock_guard lock(mutex);
        QCOMPARE(commits, (QList<qint64>{100, 200, 250}));
    }

    void migratesFromVersion1()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        // The layout the first release wrote, with data in it.
        QVERIFY(rawExec(
            path,
            {
                QStringLiteral("CREATE TABLE schema_version(version INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO schema_version VALUES(1)"),
                QStringLiteral("CREATE TABLE lanes(id INTEGER PRIMARY KEY, gateway TEXT NOT NULL, channel "
                               "TEXT NOT NULL, "
                               "account TEXT NOT NULL, UNIQUE(gateway, channel, account))"),
                QStringLiteral(
                    "CREATE TABLE events(id INTEGER PRIMARY KEY, lane_id INTEGER NOT NULL REFERENCES "
                    "lanes(id), at INTEGER NOT NULL, kind INTEGER NOT NULL, code INTEGER, source INTEGER NOT "
                    "NULL, detail TEXT NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX events_lane_at ON events(lane_id, at)"),
                QStringLiteral(
                    "CREATE TABLE segments(id INTEGER PRIMARY KEY, lane_id INTEGER NOT NULL REFERENCES "
                    "lanes(id), from_ms INTEGER NOT NULL, to_ms INTEGER, state TEXT NOT NULL, reason TEXT "
                    "NOT NULL DEFAULT '')"),
                QStringLiteral("CREATE INDEX segments_lane_from ON segments(lane_id, from_ms)"),
                QStringLiteral(
                    "CREATE TABLE incidents(id INTEGER PRIMARY KEY, lane_id INTEGER NOT NULL REFERENCES "
                    "lanes(id), opened_at INTEGER NOT NULL, closed_at INTEGER, worst_state TEXT NOT NULL, "
                    "title TEXT NOT NULL DEFAULT '')"),
                QStringLiteral(
                    "CREATE TABLE notes(id INTEGER PRIMARY KEY, incident_id INTEGER, lane_id INTEGER, at "
                    "INTEGER NOT NULL, text TEXT NOT NULL)"),
                QStringLiteral("CREATE TABLE cursors(gateway TEXT PRIMARY KEY, log_cursor INTEGER)"),
                QStringLiteral(
                    "CREATE TABLE action_log(id INTEGER PRIMARY KEY, at INTEGER NOT NULL, actor TEXT NOT "
                    "NULL, action TEXT NOT NULL, lane TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT "
                    "'', prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
                QStringLiteral("INSERT INTO lanes VALUES(1, 'gw', 'whatsapp', 'default')"),
                QStringLiteral(
                    "INSERT INTO events VALUES(1, 1, 1800000000000, 1, 499, 2, 'watchdog-timeout')"),
                QStringLiteral("INSERT INTO segments VALUES(1, 1, 1800000000000, NULL, 'logged-out', "
                               "'session revoked')"),
                QStringLiteral(
                    "INSERT INTO incidents VALUES(3, 1, 1799999990000, NULL, 'logged-out', 'revoked')"),
                QStringLiteral("INSERT INTO cursors VALUES('gw', 1234)"),
                QStringLiteral(
                    "INSERT INTO notes VALUES(1, 3, 1, 1800000000500, 'relinked from the office')"),
            }));

        History history(path);
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        QCOMPARE(history.schemaVersion(), sb::store::schema::currentVersion);
        const auto events = history.events(kWa, 0, kT0 + 1);
        QCOMPARE(events.size(), 1);
        QCOMPARE(*events[0].code, 499);
        const auto snapshot = history.load();
        QCOMPARE(snapshot.lanes.size(), 1);
        QCOMPARE(snapshot.lanes[0].state, LaneState::LoggedOut);
        QCOMPARE(snapshot.lanes[0].action, sb::OperatorAction::None); // column added with its default
        // Reasons written as words before they had ids still read as they were written.
        QCOMPARE(snapshot.lanes[0].reason.text(), QStringLiteral("session revoked"));
        QCOMPARE(history.segments(kWa, 0, kT0 + kDay).value(0).reason.text(),
                 QStringLiteral("session revoked"));
        QCOMPARE(snapshot.openIncidents.size(), 1);
        QCOMPARE(snapshot.openIncidents[0].groupId, 3); // backfilled: each old incident is its own group
        QCOMPARE(snapshot.openIncidents[0].lastState, LaneState::LoggedOut);
        QCOMPARE(snapshot.openIncidents[0].openReason.text(), QStringLiteral("revoked"));
        QVERIFY(snapshot.openIncidents[0].lastReason.isEmpty());
        QCOMPARE(*history.cursor(QStringLiteral("gw"))->logCursor, 1234);
        QVERIFY(!history.cursor(QStringLiteral("gw"))->stateVersion.has_value());
        // A note written before notes had kinds is a note.
        QCOMPARE(history.notes(3).size(), 1);
        QCOMPARE(history.notes(3)[0].kind, sb::store::NoteKind::Note);
        QCOMPARE(history.notes(3)[0].text, QStringLiteral("relinked from the office"));
        QVERIFY(!history.incidentTitle(3).has_value());

        // And the migrated file takes new writes in the new columns.
        sb::health::Transition t;
        t.lane = kWa;
        t.at = kT0 + kMinute;
        t.from = LaneState::LoggedOut;
        t.to = LaneState::Probation;
        t.action = sb::OperatorAction::None;
        t.ruleId = QStringLiteral("engine.probation");
        history.recordTransition(t);
        history.flush();
        const auto segments = history.segments(kWa, 0, kT0 + kDay);
        QCOMPARE(segments.size(), 2);
        QCOMPARE(*segments[0].to, kT0 + kMinute);
        QCOMPARE(segments[1].ruleId, QStringLiteral("engine.probation"));
        QCOMPARE(history.integrityCheck(), QStringLiteral("ok"));
    }

    // The operator's title, notes and lessons on an incident are in the file after a restart,
    // and the engine rewriting the incident's row does not drop the title.
    void notesLessonsAndTitleSurviveARestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        sb::health::Incident incident;
        incident.id = 12;
        incident.groupId = 12;
        incident.lane = kWa;
        incident.openedAt = kT0;
        incident.worstState = LaneState::LoggedOut;
        incident.lastState = LaneState::LoggedOut;
        {
            History history(path);
            QVERIFY(history.open());
            history.recordIncident(incident);
            history.setIncidentTitle({12, kT0 + 1, QStringLiteral("first title")});
            history.setIncidentTitle({12, kT0 + 2, QStringLiteral("WhatsApp banned after re-link")});
            sb::store::Note note{
                0, 12, kWa, kT0 + 20, QStringLiteral("ops"), QStringLiteral("relinked at 18:57")};
            history.addNote(note);
            sb::store::Note lesson{0,
                                   12,
                                   kWa,
                                   kT0 + 30,
                                   QStringLiteral("ops"),
                                   QStringLiteral("a platform that can revoke you is not infrastructure"),
                                   sb::store::NoteKind::Lesson};
            history.addNote(lesson);
            incident.closedAt = kT0 + kDay;
            history.recordIncident(incident); // the engine closes it: INSERT OR REPLACE
            history.flush();
        }
        History history(path);
        QVERIFY(history.open());
        QCOMPARE(history.incidentTitle(12).value_or(QString()),
                 QStringLiteral("WhatsApp banned after re-link"));
        QCOMPARE(history.incidentTitles().value(12), QStringLiteral("WhatsApp banned after re-link"));
        const auto notes = history.notes(12);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0].kind, sb::store::NoteKind::Note);
        QCOMPARE(notes[0].at, kT0 + 20);
        QCOMPARE(notes[1].kind, sb::store::NoteKind::Lesson);
        QCOMPARE(notes[1].text, QStringLiteral("a platform that can revoke you is not infrastructure"));
        QCOMPARE(history.incident(12)->closedAt.value_or(0), kT0 + kDay);
        QCOMPARE(history.incidentGroup(12).size(), 1);
        QVERIFY(!history.incident(13).has_value());
    }

    void refusesAFileFromANewerVersion()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.sqlite"));
        QVERIFY(rawExec(path, {QStringLiteral("CREATE TABLE schema_version(version INTEGER NOT NULL)"),
                               QStringLiteral("INSERT INTO schema_version VALUES(99)")}));
        History history(path);
        QString error;
        QVERIFY(!history.open(&error));
        QVERIFY2(error.contains(QLatin1String("newer Switchboard")), qPrintable(error));
        QVERIFY(!history.isOpen());
    }

    void actionLogDetectsTampering()
    {
        const QString path = m_dir.filePath(QStringLiteral("actions.sqlite"));
        {
            History history(path);
            QVERIFY(history.open());
            for (int i = 0; i < 5; ++i) {
                history.appendAction({0,
                                      kT0 + i,
                                      QStringLiteral("operator"),
                                      QStringLiteral("config.patch"),
                                      kWa.toString(),
                                      QStringLiteral("baseHash=h%1").arg(i),
                                      {},
                                      {}});
            }
            history.flush();
            QVERIFY(history.verifyActionLog().intact);
            QCOMPARE(history.verifyActionLog().rowsChecked, 5);
        }
        // Reopening continues the same chain.
        {
            History history(path);
            QVERIFY(history.open());
            history.appendAction(
                {0, kT0 + 9, QStringLiteral("operator"), QStringLiteral("failover.apply"), {}, {}, {}, {}});
            history.flush();
            QVERIFY(history.verifyActionLog().intact);
            QCOMPARE(history.actionLog()[5].prevHash, history.actionLog()[4].hash);
        }
        const auto verdictAfter = [&](const QStringList &sql) {
            const QString copy = m_dir.filePath(QStringLiteral("tampered.sqlite"));
            QFile::remove(copy);
            QFile::copy(path, copy);
            rawExec(copy, sql);
            History history(copy);
            history.open();
            return history.verifyActionLog();
        };
        auto verdict =
            verdictAfter({QStringLiteral("UPDATE action_log SET detail = 'baseHash=forged' WHERE id = 3")});
        QVERIFY(!verdict.intact);
        QCOMPARE(*verdict.firstBadId, 3);
        QVERIFY(verdict.problem.contains(QLatin1String("changed")));

        verdict = verdictAfter({QStringLiteral("DELETE FROM action_log WHERE id = 2")});
        QVERIFY(!verdict.intact);
        QCOMPARE(*verdict.firstBadId, 3);
        QVERIFY(verdict.problem.contains(QLatin1String("removed")));

        // Re-hashing the edited row is not enough: the next row still points at the old hash.
        verdict =
            verdictAfter({QStringLiteral("UPDATE action_log SET actor = 'someone', hash = "
                                         "'0000000000000000000000000000000000000000000000000000000000000001' "
                                         "WHERE id = 4")});
        QVERIFY(!verdict.intact);
        QCOMPARE(*verdict.firstBadId, 4);
    }

    void retentionDeletesOldEventsOnly()
    {
        sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(kT0, QTimeZone::utc()));
        History history(m_dir.filePath(QStringLiteral("retention.sqlite")), {}, &clock);
        QVERIFY(history.open());
        for (int day = 0; day < 10; ++day)
            history.append(makeEvent(kWa, kT0 - day * kDay - 1, EventKind::Disconnected, 499));
        sb::health::Transition t;
        t.lane = kWa;
        t.at = kT0 - 9 * kDay;
        t.to = LaneState::Reconnecting;
        history.recordTransition(t);
        history.flush();
        QCOMPARE(history.applyRetention(5), 5); // days 5..9 are older than five days
        QCOMPARE(history.eventCount(), 5);
        QCOMPARE(history.events(kWa, 0, kT0).first().at, kT0 - 4 * kDay - 1);
        QCOMPARE(history.segments(kWa, 0, kT0).size(), 1); // the timeline is kept

        // The window's way: the writer does it, the caller does not wait; flush() sees it done.
        history.scheduleRetention(2);
        history.flush();
        QCOMPARE(history.eventCount(), 2);
        history.scheduleRetention(0); // "keep everything"
        history.flush();
        QCOMPARE(history.eventCount(), 2);
    }

    // Given no clock, retention counts back from the wall clock's now.
    void retentionWithoutAClockCountsFromTheWallClock()
    {
        History history(m_dir.filePath(QStringLiteral("retention-wall.sqlite")));
        QVERIFY(history.open());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        history.append(makeEvent(kWa, now - 10 * kDay, EventKind::Disconnected, 499));
        history.append(makeEvent(kWa, now - 1 * kDay, EventKind::Disconnected, 499));
        history.flush();
        QCOMPARE(history.applyRetention(5), 1);
        QCOMPARE(history.eventCount(), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "TestHistoryStore.moc"

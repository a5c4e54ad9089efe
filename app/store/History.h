#pragma once

#include "app/health/ChannelEvent.h"
#include "app/health/HealthTypes.h"
#include "app/store/StoreTypes.h"

#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace sb {
class Clock;
}
namespace sb::health {
class HealthEngine;
}

namespace sb::store {

class StoreWriter;

// The history file (DESIGN §5): events, state segments, incidents, notes, the hash-chained
// operator action log and per-gateway cursors, in SQLite with WAL.
//
// Writes are queued to one writer thread and committed in batches (see StoreOptions); they
// return at once. Reads run on the caller's own connection and see everything committed;
// call flush() first when a read must include the caller's latest writes.
class History : public QObject
{
    Q_OBJECT

public:
    // `clock` is the now retention counts back from, and must outlive the history; null: the
    // wall clock (the drill's history lives on its scenario clock instead).
    explicit History(QString path, StoreOptions options = {}, const Clock *clock = nullptr,
                     QObject *parent = nullptr);
    ~History() override;

    // Opens (creating or migrating) the file and starts the writer. On failure the error is
    // in words for the operator and the history stays closed.
    bool open(QString *error = nullptr);
    bool isOpen() const { return m_open; }
    void close();
    QString path() const { return m_path; }

    // The default location, shared by the GUI and switchboardctl:
    // <GenericDataLocation>/Switchboard/Switchboard/history.sqlite (~/.local/share/... on Linux).
    static QString defaultPath();

    // ---- writes (queued, batched) ----
    void append(const ChannelEvent &event);
    void append(const QList<ChannelEvent> &events);
    void recordTransition(const health::Transition &transition);
    void recordIncident(const health::Incident &incident);
    void addNote(const Note &note);
    void setIncidentTitle(const IncidentTitle &title);
    void setCursor(const GatewayCursor &cursor);
    void appendAction(const ActionRecord &record);
    // Persists the engine's transitions and incidents as they happen.
    void attach(health::HealthEngine *engine);
    // Called on the writer thread after each commit (running total of committed events).
    void setCommitObserver(std::function<void(qint64 committedEvents)> observer);

    // Blocks until every write queued so far is committed.
    void flush();
    // Deletes events older than the cutoff (segments and incidents are kept: they are the
    // compact timeline). Returns how many were deleted.
    qint64 purgeEventsOlderThan(qint64 cutoffMs);
    // Retention by age, counted back from the history's clock.
    qint64 applyRetention(int days);
    // The same, done by the writer thread without the caller waiting (days <= 0: nothing).
    void scheduleRetention(int days);

    // ---- reads (caller's connection) ----
    HistorySnapshot load() const;
    QList<ChannelEvent> events(const LaneKey &lane, qint64 from, qint64 to, int limit = -1) const;
    qint64 eventCount() const;
    QList<LaneKey> lanes() const;
    // Segments overlapping [from, to): one lane's by start time, or, when `lane` is empty, every
    // lane's in the order they were written (time order; bucket them by lane).
    QList<Segment> segments(const std::optional<LaneKey> &lane, qint64 from, qint64 to) const;
    QList<health::Incident> incidents(qint64 from, qint64 to) const;
    std::optional<health::Incident> incident(qint64 id) const;
    // Every incident of one group (incidents that began together on one gateway), by id.
    QList<health::Incident> incidentGroup(qint64 groupId) const;
    // Notes and lessons of one incident, oldest first.
    QList<Note> notes(qint64 incidentId) const;
    std::optional<QString> incidentTitle(qint64 incidentId) const;
    // Every operator-given title, by incident id (the incident list reads them in one go).
    QHash<qint64, QString> incidentTitles() const;
    std::optional<GatewayCursor> cursor(const QString &gatewayId) const;
    QList<ActionRecord> actionLog() const;
    ActionLogVerdict verifyActionLog() const;
    int schemaVersion() const;
    // PRAGMA integrity_check; "ok" or the first problems SQLite reports.
    QString integrityCheck() const;

private:
    QString m_path;
    StoreOptions m_options;
    const Clock &m_clock;
    QString m_readConnection;
    std::unique_ptr<StoreWriter> m_writer;
    bool m_open = false;
};

} // namespace sb::store

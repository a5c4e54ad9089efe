#pragma once

#include "app/health/HealthTypes.h"

#include <optional>

#include <QList>
#include <QString>

namespace sb::store {

// A painted stretch of one lane's timeline. `to` is empty for the segment still running.
struct Segment
{
    LaneKey lane;
    qint64 from = 0;
    std::optional<qint64> to;
    LaneState state = LaneState::Unknown;
    health::Reason reason;
    OperatorAction action = OperatorAction::None;
    QString ruleId;
};

// The segment a transition starts: running from the transition on, in its new state, with its
// reason. The writer stores it and the live timeline paints it from this one mapping.
inline Segment segmentStartedBy(const health::Transition &transition)
{
    return Segment{transition.lane,   transition.at,     std::nullopt,     transition.to,
                   transition.reason, transition.action, transition.ruleId};
}

// What an operator wrote about an incident: a running note, or a lesson drawn from it.
enum class NoteKind
{
    Note,
    Lesson,
};

struct Note
{
    qint64 id = 0; // assigned by the store
    std::optional<qint64> incidentId;
    std::optional<LaneKey> lane;
    qint64 at = 0;
    QString author;
    QString text;
    NoteKind kind = NoteKind::Note;
};

// The title an operator gave an incident (the engine's own is its opening reason). The newest
// one written wins.
struct IncidentTitle
{
    qint64 incidentId = 0;
    qint64 at = 0;
    QString title;
};

// One row of the append-only operator action log. `prevHash`/`hash` are filled in by the
// writer: hash = SHA-256(prevHash, at, actor, action, lane, detail), so editing, inserting or
// deleting a row breaks the chain from that row on.
struct ActionRecord
{
    qint64 id = 0;
    qint64 at = 0;
    QString actor;  // "operator", "switchboard", a profile name
    QString action; // "config.patch", "channels.stop", "failover.apply", "relink.start"...
    QString lane;   // LaneKey::toString(), empty when not lane-specific
    QString detail; // before/after hashes, parameters; plain text
    QString prevHash;
    QString hash;
};

struct ActionLogVerdict
{
    bool intact = true;
    qint64 rowsChecked = 0;
    std::optional<qint64> firstBadId;
    QString problem; // plain words, e.g. "row 7 was changed after it was written"
};

// Where ingest left off per gateway, so history resumes without gaps or duplicates.
struct GatewayCursor
{
    QString gatewayId;
    QString logFile;
    std::optional<qint64> logCursor;    // logs.tail cursor
    std::optional<qint64> stateVersion; // last seen stateVersion
};

// What start-up needs to continue: each lane's running segment and the open incidents.
struct HistorySnapshot
{
    QList<health::RestoredLane> lanes;
    QList<health::Incident> openIncidents;
    qint64 lastIncidentId = 0;
};

struct StoreOptions
{
    int batchEvents = 8192;        // commit after this many events...
    int batchMs = 100;             // ...or this long after the batch's first write, whichever is first
    qsizetype maxQueued = 1 << 20; // producers wait beyond this many queued writes
};

} // namespace sb::store

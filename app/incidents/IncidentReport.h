#pragma once

#include "app/health/ChannelEvent.h"
#include "app/health/HealthTypes.h"
#include "app/store/StoreTypes.h"

#include <optional>

#include <QList>
#include <QString>
#include <QTimeZone>

namespace sb::store {
class History;
}

namespace sb::incidents {

// One line of a receipt: something that happened on a lane during an incident, in the
// words of the reader's language at the time the report was built (the history stores ids,
// codes and the gateway's own text; never these words).
struct Receipt
{
    enum class Kind
    {
        Event,  // what the gateway said happened (a drop, a revocation, a failed send...)
        Action, // what an operator did (relink, test message, restart, config write, failover)
        Proof,  // how it ended: the proof of recovery, or that it is still open
    };

    LaneKey lane;
    qint64 at = 0;
    Kind kind = Kind::Event;
    QString text;                 // plain text; may quote the gateway (escape it where it is shown)
    QString what;                 // the words without a run's repeat count (\"status 428 (...)\")
    int repeats = 0;              // a collapsed run: this many more of the same after `at`
    std::optional<qint64> lastAt; // ... the last of them
};

// One lane's incident inside a report (a group has one per lane that went down together).
struct LaneIncident
{
    health::Incident incident;
    QList<Receipt> receipts;
    QList<store::Segment> segments; // the lane's states over the report's span
    QList<ChannelEvent> events;     // what the receipts were made from (the picture's markers)
};

struct IncidentReport
{
    qint64 incidentId = 0; // the incident asked for
    qint64 groupId = 0;
    QString title; // the operator's title, or one made from the cause
    bool titleFromOperator = false;
    QList<LaneIncident> lanes; // the asked-for incident's lane first
    qint64 from = 0;           // earliest opening in the group
    qint64 to = 0;             // latest close; while open, the last thing the history knows (an imported
                               // night ends where its log ends, not at the wall clock)
    bool open = false;
    LaneState worstState = LaneState::Unknown;
    QString cause;                       // why it began (the first lane's opening reason)
    QString worstReason;                 // why it was at its worst, when that differs from the cause
    std::optional<qint64> firstActionAt; // the first thing an operator did after it began
    QList<store::Note> notes;            // the group's notes, oldest first
    QList<store::Note> lessons;
    QTimeZone timeZone;
    QString historyPath;
    qint64 generatedAt = 0;

    qint64 durationMs() const { return to - from; }
    std::optional<qint64> timeToFirstActionMs() const
    {
        return firstActionAt ? std::optional<qint64>(*firstActionAt - from) : std::nullopt;
    }
    // Every lane's receipts in one list, in time order (what a single receipt shows).
    QList<Receipt> allReceipts() const;
};

struct ReportOptions
{
    QTimeZone timeZone = QTimeZone::systemTimeZone(); // the profile's display zone
    qint64 nowMs = 0;                                 // when the report is made (its provenance line)
};

// Reads one incident and its group from the history and turns them into a report. Nothing if
// the history has no incident `incidentId`.
std::optional<IncidentReport> buildReport(const store::History &history, qint64 incidentId,
                                          const ReportOptions &options);

// "[Feb 12, 00:34 JST]" in the report's zone and the reader's language.
QString receiptTime(qint64 at, const QTimeZone &zone);
// "13 h 34 min", "45 s".
QString durationText(qint64 ms);

} // namespace sb::incidents

#pragma once

#include "app/health/ChannelEvent.h"
#include "app/incidents/IncidentReport.h"

#include <QList>
#include <QTimeZone>

namespace sb::incidents {

// Everything the history holds about one lane during one incident, read by buildReport().
struct LaneRecord
{
    health::Incident incident;
    qint64 to = 0;                      // end of the span to tell
    QList<ChannelEvent> events;         // the lane's events over [incident.openedAt, to], in time order
    QList<store::ActionRecord> actions; // the action log rows for the lane over the same span
    QList<store::Segment> segments;     // the lane's states over the span
};

// A run of the same code this long or longer reads as one line with its repeats: two drops
// are two lines (the story's 00:34 and 01:32 499s), three are a pattern.
inline constexpr int kPatternRun = 3;

// The receipt lines of one lane's incident (see Receipt): one per meaningful event, runs of
// the same code collapsed, a re-link told together with the test messages that followed it, a
// failed send told together with what it cost, the operator's actions with their config
// hashes, and the proof that closed it (or that it is still open). Pure: tests feed it events.
QList<Receipt> receiptsFor(const LaneRecord &record, const QTimeZone &zone);

// "status 428 (Precondition Required)", "connection closed (499)".
QString dropText(std::optional<int> code);

} // namespace sb::incidents

#include "app/incidents/IncidentReport.h"

#include "app/incidents/Receipts.h"
#include "app/store/History.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sb::incidents {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(sb::incidents)
};

constexpr qint64 kEndOfTime = std::numeric_limits<qint64>::max();

// Where an open incident's span ends: the last thing the history knows about the lane.
qint64 lastKnown(const store::History &history, const health::Incident &incident)
{
    qint64 last = incident.openedAt;
    const QList<store::Segment> segments = history.segments(incident.lane, incident.openedAt, kEndOfTime);
    if (!segments.isEmpty())
        last = std::max(last, segments.last().from);
    return last;
}

bool actionOnLane(const store::ActionRecord &a, const LaneKey &lane)
{
    return a.lane == lane.toString();
}

} // namespace

QList<Receipt> IncidentReport::allReceipts() const
{
    QList<Receipt> all;
    for (const LaneIncident &lane : lanes)
        all.append(lane.receipts);
    std::stable_sort(all.begin(), all.end(), [](const Receipt &a, const Receipt &b) { return a.at < b.at; });
    return all;
}

QString receiptTime(qint64 at, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, zone);
    return QStringLiteral("[%1 %2]").arg(QLocale().toString(local, QStringLiteral("MMM d, HH:mm")),
                                         zone.abbreviation(local));
}

QString durationText(qint64 ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 1)
        return Text::tr("%1 s").arg(ms / 1000);
    if (minutes < 60)
        return Text::tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return Text::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return Text::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

std::optional<IncidentReport> buildReport(const store::History &history, qint64 incidentId,
                                          const ReportOptions &options)
{
    const std::optional<health::Incident> asked = history.incident(incidentId);
    if (!asked)
        return std::nullopt;
    QList<health::Incident> group = history.incidentGroup(asked->groupId);
    if (group.isEmpty())
        group.append(*asked);
    // The asked-for lane first, the others in the order they went down.
    std::stable_sort(group.begin(), group.end(), [&](const health::Incident &a, const health::Incident &b) {
        if ((a.id == incidentId) != (b.id == incidentId))
            return a.id == incidentId;
        return a.openedAt < b.openedAt;
    });

    IncidentReport report;
    report.incidentId = incidentId;
    report.groupId = asked->groupId;
    report.timeZone = options.timeZone;
    report.historyPath = history.path();
    report.generatedAt = options.nowMs;
    report.from = kEndOfTime;
    report.to = 0;

    const QList<store::ActionRecord> actionLog = history.actionLog();
    const health::Incident *worst = nullptr;
    for (const health::Incident &incident : group) {
        LaneRecord record;
        record.incident = incident;
        record.to = incident.closedAt ? *incident.closedAt : lastKnown(history, incident);
        // While open, everything the history knows after the opening belongs to it.
        const qint64 readTo = incident.closedAt ? record.to + 1 : kEndOfTime;
        record.events = history.events(incident.lane, incident.openedAt, readTo);
        // Actions too: a failover's result is written after the lane's last event.
        for (const store::ActionRecord &a : actionLog) {
            if (actionOnLane(a, incident.lane) && a.at >= incident.openedAt && a.at < readTo)
                record.actions.append(a);
        }
        record.segments = history.segments(incident.lane, incident.openedAt, readTo);
        if (!incident.closedAt && !record.events.isEmpty())
            record.to = std::max(record.to, record.events.last().at);
        if (!incident.closedAt && !record.actions.isEmpty())
            record.to = std::max(record.to, record.actions.last().at);

        LaneIncident lane;
        lane.incident = incident;
        lane.receipts = receiptsFor(record, options.timeZone);
        lane.segments = record.segments;
        lane.events = record.events;
        report.lanes.append(lane);

        report.from = std::min(report.from, incident.openedAt);
        report.to = std::max(report.to, record.to);
        report.open |= incident.isOpen();
        if (!worst || badness(incident.worstState) > badness(worst->worstState))
            worst = &incident;
        // The first thing a person did: an action log row, a flag, or a relink begun.
        for (const store::ActionRecord &a : record.actions) {
            if (!report.firstActionAt || a.at < *report.firstActionAt)
                report.firstActionAt = a.at;
        }
        for (const ChannelEvent &e : record.events) {
            if (e.kind == EventKind::OperatorAction || e.kind == EventKind::LinkStarted) {
                if (!report.firstActionAt || e.at < *report.firstActionAt)
                    report.firstActionAt = e.at;
                break;
            }
        }
    }
    report.worstState = worst ? worst->worstState : asked->worstState;
    // The cause is what happened first, in the receipt's words ("connection closed (499)"); the
    // engine's reason at opening time describes the lane a grace period later.
    report.cause = asked->openReason.text();
    for (const Receipt &r : report.lanes.first().receipts) {
        if (r.kind == Receipt::Kind::Event) {
            report.cause = r.what;
            break;
        }
    }
    if (worst && worst->worstState != asked->worstState) {
        report.worstReason = worst->lastReason.text();
    } else if (asked->lastState == asked->worstState && asked->lastReason != asked->openReason) {
        report.worstReason = asked->lastReason.text();
    }

    for (const health::Incident &incident : group) {
        for (const store::Note &note : history.notes(incident.id))
            (note.kind == store::NoteKind::Lesson ? report.lessons : report.notes).append(note);
    }
    const auto byTime = [](const store::Note &a, const store::Note &b) {
        return a.at < b.at;
    };
    std::stable_sort(report.notes.begin(), report.notes.end(), byTime);
    std::stable_sort(report.lessons.begin(), report.lessons.end(), byTime);

    const std::optional<QString> title = history.incidentTitle(incidentId);
    if (title && !title->trimmed().isEmpty()) {
        report.title = *title;
        report.titleFromOperator = true;
    } else {
        QStringList channels;
        for (const LaneIncident &lane : report.lanes)
            channels << channelDisplayName(lane.incident.lane.channel);
        channels.removeDuplicates();
        report.title = Text::tr("%1: %2").arg(channels.join(QStringLiteral(", ")), report.cause);
    }
    return report;
}

} // namespace sb::incidents

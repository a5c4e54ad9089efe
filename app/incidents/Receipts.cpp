#include "app/incidents/Receipts.h"

#include "app/health/LaneState.h"
#include "app/platform/Redactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace sb::incidents {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(sb::incidents)
};

// A failed send followed this soon by the channel going away is one story: what it cost.
constexpr qint64 kConsequenceMs = 2 * 60 * 1000;
// A revocation and the drop that carried it are one occurrence.
constexpr qint64 kSameOccurrenceMs = 5000;

// The reason phrases of the HTTP statuses a channel reports; 499 is OpenClaw's own watchdog
// recycle, no HTTP status, and reads as a closed connection.
QString statusPhrase(int code)
{
    switch (code) {
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 428:
        return QStringLiteral("Precondition Required");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 503:
        return QStringLiteral("Service Unavailable");
    default:
        return {};
    }
}

// The gateway's own words, without secrets a history written before redaction may hold.
QString gatewayText(const QString &detail)
{
    return Redactor::redact(detail).trimmed();
}

QString withDetail(const QString &text, const QString &detail)
{
    const QString clean = gatewayText(detail);
    return clean.isEmpty() ? text : Text::tr("%1: %2").arg(text, clean);
}

// "through morning" for a run that ended at `at` in the reader's zone.
QString dayPart(qint64 at, const QTimeZone &zone)
{
    const int hour = QDateTime::fromMSecsSinceEpoch(at, zone).time().hour();
    if (hour >= 5 && hour < 12)
        return Text::tr("morning");
    if (hour >= 12 && hour < 17)
        return Text::tr("afternoon");
    if (hour >= 17 && hour < 22)
        return Text::tr("evening");
    return Text::tr("night");
}

QString actionWhat(const QString &action)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("send.test"), QT_TRANSLATE_NOOP("sb::incidents", "test message sent")},
        {QStringLiteral("channels.restart"), QT_TRANSLATE_NOOP("sb::incidents", "channel restarted")},
        {QStringLiteral("channels.start"), QT_TRANSLATE_NOOP("sb::incidents", "channel started")},
        {QStringLiteral("channels.stop"), QT_TRANSLATE_NOOP("sb::incidents", "channel stopped")},
        {QStringLiteral("channels.logout"), QT_TRANSLATE_NOOP("sb::incidents", "channel logged out")},
        {QStringLiteral("config.patch"), QT_TRANSLATE_NOOP("sb::incidents", "config written")},
        {QStringLiteral("config.set"), QT_TRANSLATE_NOOP("sb::incidents", "config written")},
    };
    const auto known = names.constFind(action);
    if (known != names.constEnd())
        return QCoreApplication::translate("sb::incidents", *known);
    if (action.startsWith(QLatin1String("relink")) || action.startsWith(QLatin1String("web.login")))
        return Text::tr("relink (%1)").arg(action);
    if (action.startsWith(QLatin1String("failover")) || action.startsWith(QLatin1String("failback")))
        return Text::tr("failover (%1)").arg(action);
    return action;
}

// The key=value fields of a failover row's detail (FailoverFlow writes them language-neutral:
// stable state names, lane keys, counts). The config hashes the runner appends ("; config a -> b")
// are left out: they stay in the action log.
QHash<QString, QString> detailFields(const QString &detail)
{
    QHash<QString, QString> out;
    const QString fields = detail.section(QStringLiteral("; config "), 0, 0);
    for (const QString &part : fields.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals > 0)
            out.insert(part.left(equals), part.mid(equals + 1));
    }
    return out;
}

// "Signal" for "drill/signal/default", "Signal (biz)" for another account.
QString laneWords(const QString &laneKey)
{
    const std::optional<LaneKey> lane = LaneKey::fromString(laneKey);
    if (!lane)
        return laneKey;
    const QString channel = channelDisplayName(lane->channel);
    return lane->accountId == QLatin1String("default")
               ? channel
               : QStringLiteral("%1 (%2)").arg(channel, lane->accountId);
}

// How many settings a "changedPaths=[a,b,c]" field names.
int pathCount(const QString &changedPaths)
{
    const QString inside = changedPaths.mid(1, changedPaths.size() - 2);
    return inside.isEmpty() ? 0 : int(inside.count(u',')) + 1;
}

// A failover's rows in words: written, each check, rolled back, and its result (the receipt
// that the operators were moved and reached, or what the rollback restored). Nothing for a
// row that is not a failover's.
std::optional<QString> failoverWords(const store::ActionRecord &a)
{
    if (!a.action.startsWith(QLatin1String("failover.")))
        return std::nullopt;
    const QHash<QString, QString> f = detailFields(a.detail);
    const QString kind = f.value(QStringLiteral("kind")) == QLatin1String("failback") ? Text::tr("failback")
                                                                                      : Text::tr("failover");
    const QString to = laneWords(f.value(QStringLiteral("to")));
    const bool failed = a.detail.contains(QLatin1String(" failed "));
    if (a.action == QLatin1String("failover.result")) {
        const QString state = f.value(QStringLiteral("state"));
        const QString confirmed = f.value(QStringLiteral("confirmed"));
        const QString operators = f.value(QStringLiteral("operators"));
        if (state == QLatin1String("verified"))
            return Text::tr("%1 to %2 verified: %3 of %4 operators confirmed")
                .arg(kind, to, confirmed, operators);
        if (state == QLatin1String("rolled-back"))
            return Text::tr(
                       "%1 to %2 rolled back (%3 of %4 operators confirmed); the config read back as before")
                .arg(kind, to, confirmed, operators);
        if (state == QLatin1String("rollback-conflict"))
            return Text::tr("%1 to %2 not rolled back: another writer changed the config since")
                .arg(kind, to);
        return Text::tr("%1 to %2 rolled back only in part: the config differs from before").arg(kind, to);
    }
    if (a.action == QLatin1String("failover.apply")) {
        if (failed)
            return Text::tr("%1 to %2 not written — %3").arg(kind, to, gatewayText(a.detail));
        return Text::tr("%1 to %2: config written (%3 settings)")
            .arg(kind, to)
            .arg(pathCount(f.value(QStringLiteral("changedPaths"))));
    }
    if (a.action == QLatin1String("failover.rollback")) {
        if (failed)
            return Text::tr("failover rollback not written — %1").arg(gatewayText(a.detail));
        return Text::tr("failover rolled back: %1 settings restored")
            .arg(pathCount(f.value(QStringLiteral("changedPaths"))));
    }
    if (a.action == QLatin1String("failover.verify")) {
        const QString who = gatewayText(f.value(QStringLiteral("to")));
        return a.detail.contains(QLatin1String("send ok; lastOutboundAt"))
                   ? Text::tr("failover check to %1 confirmed").arg(who)
                   : Text::tr("failover check to %1 not confirmed — %2")
                         .arg(who, gatewayText(a.detail.section(u' ', 1)));
    }
    if (a.action == QLatin1String("failover.override"))
        return Text::tr("failover pre-flight check %1 overridden").arg(f.value(QStringLiteral("check")));
    return std::nullopt;
}

struct Line
{
    qint64 at = 0;
    QString text;
    QString runKey; // lines with the same key in a row collapse; empty: never
};

bool isDrop(EventKind kind)
{
    return kind == EventKind::Disconnected || kind == EventKind::Stopped || kind == EventKind::Disabled ||
           kind == EventKind::LoggedOut || kind == EventKind::Conflict ||
           kind == EventKind::RetryBudgetExhausted || kind == EventKind::AuthFailed;
}

// The events turned into lines, before runs are collapsed.
QList<Line> eventLines(const LaneRecord &record)
{
    QList<Line> lines;
    const QList<ChannelEvent> &events = record.events;
    QList<bool> told(events.size(), false);
    const QString channel = channelDisplayName(record.incident.lane.channel);
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (told[i])
            continue;
        const ChannelEvent &e = events[i];
        const QString code = e.code ? QString::number(*e.code) : QString();
        Line line{e.at, {}, {}};
        switch (e.kind) {
        case EventKind::Disconnected: {
            // The revocation that follows a drop at once is the same occurrence, told once.
            bool revocation = false;
            for (qsizetype j = i + 1; j < events.size() && events[j].at - e.at <= kSameOccurrenceMs; ++j)
                revocation |= events[j].kind == EventKind::LoggedOut || events[j].kind == EventKind::Conflict;
            if (revocation)
                continue;
            line.text = dropText(e.code);
            line.runKey = QStringLiteral("drop/") + code;
            break;
        }
        case EventKind::LoggedOut:
            line.text = e.code ? Text::tr("session revoked: %1").arg(*e.code) : Text::tr("session revoked");
            line.runKey = QStringLiteral("logged-out");
            break;
        case EventKind::Conflict:
            line.text = e.code ? Text::tr("another session took over (%1)").arg(*e.code)
                               : Text::tr("another session took over");
            line.runKey = QStringLiteral("conflict/") + code;
            break;
        case EventKind::RetryBudgetExhausted:
            line.text = Text::tr("the gateway gave up reconnecting");
            line.runKey = QStringLiteral("budget");
            break;
        case EventKind::AuthFailed:
            line.text = e.code ? Text::tr("authorization failed (%1)").arg(*e.code)
                               : Text::tr("authorization failed");
            line.runKey = QStringLiteral("auth/") + code;
            break;
        case EventKind::RegistrationProblem:
            line.text = withDetail(Text::tr("registration problem"), e.detail);
            line.runKey = QStringLiteral("registration/") + e.detail;
            break;
        case EventKind::Stopped:
            line.text = Text::tr("%1 stopped").arg(channel);
            line.runKey = QStringLiteral("stopped");
            break;
        case EventKind::Disabled:
            line.text = Text::tr("%1 disabled").arg(channel);
            break;
        case EventKind::LinkStarted:
            line.text = Text::tr("relink started");
            break;
        case EventKind::Linked: {
            // "Re-linked successfully; tests OK": the deliveries that followed, until the next
            // failure, belong to this line.
            int deliveries = 0;
            for (qsizetype j = i + 1; j < events.size(); ++j) {
                if (events[j].kind == EventKind::DeliveryOk) {
                    ++deliveries;
                    told[j] = true;
                } else if (isDrop(events[j].kind) || events[j].kind == EventKind::DeliveryFailed) {
                    break;
                }
            }
            line.text = deliveries > 0
                            ? Text::tr("re-linked successfully; tests OK (%1 delivered)").arg(deliveries)
                            : Text::tr("re-linked successfully");
            break;
        }
        case EventKind::DeliveryFailed: {
            // One outbound message → 503 (possible ban) → WhatsApp disabled. The same failure
            // told by the log and by the console's own send is one message.
            std::optional<int> failedCode = e.code;
            for (qsizetype j = i + 1; j < events.size() && events[j].at - e.at <= kSameOccurrenceMs; ++j) {
                if (events[j].kind == EventKind::DeliveryFailed &&
                    (!failedCode || !events[j].code || events[j].code == failedCode)) {
                    told[j] = true;
                    failedCode = failedCode ? failedCode : events[j].code;
                }
            }
            QString cost;
            for (qsizetype j = i + 1; j < events.size() && events[j].at - e.at <= kConsequenceMs; ++j) {
                if (isDrop(events[j].kind)) {
                    cost = events[j].kind == EventKind::Disabled  ? Text::tr("%1 disabled").arg(channel)
                           : events[j].kind == EventKind::Stopped ? Text::tr("%1 stopped").arg(channel)
                                                                  : dropText(events[j].code);
                    told[j] = true;
                    break;
                }
            }
            bool possibleBan = false;
            for (const store::Segment &s : record.segments) {
                possibleBan |=
                    s.state == LaneState::Blocked && s.from >= e.at && s.from <= e.at + kConsequenceMs;
            }
            if (cost.isEmpty()) {
                line.text = failedCode ? Text::tr("outbound message failed (%1)").arg(*failedCode)
                                       : withDetail(Text::tr("outbound message failed"), e.detail);
                line.runKey = QStringLiteral("send-failed/") + code + QLatin1Char('/') + e.detail;
                break;
            }
            QString failure = failedCode ? QString::number(*failedCode) : Text::tr("refused");
            if (possibleBan)
                failure = Text::tr("%1 (possible ban)").arg(failure);
            line.text = Text::tr("one outbound message → %1 → %2").arg(failure, cost);
            break;
        }
        default:
            // Connections, retries, deliveries, inbound traffic, probes and status lines are
            // the weather of a lane, not its story; the timeline shows them.
            continue;
        }
        lines.append(line);
    }
    return lines;
}

QList<Receipt> collapse(const QList<Line> &lines, const LaneKey &lane, const QTimeZone &zone)
{
    QList<Receipt> out;
    for (qsizetype i = 0; i < lines.size();) {
        qsizetype end = i + 1;
        if (!lines[i].runKey.isEmpty()) {
            while (end < lines.size() && lines[end].runKey == lines[i].runKey)
                ++end;
        }
        const qsizetype run = end - i;
        if (run >= kPatternRun) {
            Receipt r{lane,          lines[i].at,  Receipt::Kind::Event, {},
                      lines[i].text, int(run - 1), lines[end - 1].at};
            r.text = Text::tr("%1 — pattern repeats %2× through %3")
                         .arg(lines[i].text)
                         .arg(run - 1)
                         .arg(dayPart(lines[end - 1].at, zone));
            out.append(r);
            i = end;
            continue;
        }
        for (qsizetype j = i; j < end; ++j)
            out.append(Receipt{lane, lines[j].at, Receipt::Kind::Event, lines[j].text, lines[j].text, 0,
                               std::nullopt});
        i = end;
    }
    return out;
}

} // namespace

QString dropText(std::optional<int> code)
{
    if (!code)
        return Text::tr("connection closed");
    const QString phrase = statusPhrase(*code);
    if (phrase.isEmpty())
        return Text::tr("connection closed (%1)").arg(*code);
    return Text::tr("status %1 (%2)").arg(*code).arg(phrase);
}

QList<Receipt> receiptsFor(const LaneRecord &record, const QTimeZone &zone)
{
    const LaneKey &lane = record.incident.lane;
    QList<Receipt> receipts = collapse(eventLines(record), lane, zone);
    for (const store::ActionRecord &a : record.actions) {
        if (const std::optional<QString> failover = failoverWords(a)) {
            const QString text = Text::tr("operator (%1): %2").arg(gatewayText(a.actor), *failover);
            receipts.append(Receipt{lane, a.at, Receipt::Kind::Action, text, text, 0, std::nullopt});
            continue;
        }
        QString text = Text::tr("operator (%1): %2").arg(gatewayText(a.actor), actionWhat(a.action));
        // The detail is the gateway's answer and, for a config write, "config <before> -> <after>".
        const QString detail = gatewayText(a.detail);
        if (!detail.isEmpty())
            text += QStringLiteral(" — ") + detail;
        receipts.append(Receipt{lane, a.at, Receipt::Kind::Action, text, text, 0, std::nullopt});
    }
    const health::Incident &incident = record.incident;
    Receipt proof{lane, record.to, Receipt::Kind::Proof, {}, {}, 0, std::nullopt};
    if (incident.closedAt) {
        const QString why = incident.closeReason.text();
        proof.at = *incident.closedAt;
        proof.text = why.isEmpty() ? Text::tr("proven healthy again; incident closed")
                                   : Text::tr("proven healthy again: %1").arg(gatewayText(why));
    } else {
        const QString why = incident.lastReason.text();
        proof.text =
            why.isEmpty()
                ? Text::tr("still open: %1").arg(stateDisplayName(incident.lastState))
                : Text::tr("still open: %1 — %2").arg(stateDisplayName(incident.lastState), gatewayText(why));
    }
    proof.what = proof.text;
    receipts.append(proof);
    std::stable_sort(receipts.begin(), receipts.end(),
                     [](const Receipt &a, const Receipt &b) { return a.at < b.at; });
    return receipts;
}

} // namespace sb::incidents

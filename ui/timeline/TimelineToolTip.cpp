// TimelineView's hover receipts, kept apart from the interaction code: everything here is
// about turning gateway-provided text into a tooltip that can never render as markup.
#include "app/platform/Clock.h"
#include "app/platform/SafeText.h"
#include "ui/timeline/TimelineView.h"

#include <algorithm>

#include <QLocale>

using namespace Qt::StringLiterals;

namespace sb {

namespace {

constexpr int kHoverSlop = 3; // pixels either side of a marker that still count as on it
constexpr int kMaxListed = 5; // markers or flags listed before "and N more"

// QToolTip treats text that looks like HTML as rich text, so a lane named "<img src=x>" would
// be markup if shown raw. Every line is escaped, then laid out with white-space:pre so spaces
// and the line breaks between lines survive: the result renders as exactly the characters given.
// Gateway text in the lines goes through label() first: one line each, bidi contained.
QString plainToolTip(const QStringList &lines)
{
    QStringList escaped;
    escaped.reserve(lines.size());
    for (const QString &line : lines)
        escaped.append(line.toHtmlEscaped());
    return u"<p style='white-space:pre'>"_s + escaped.join(u"<br/>"_s) + u"</p>"_s;
}

QString label(const QString &gatewayText)
{
    return SafeText::forLabel(gatewayText);
}

} // namespace

QString TimelineView::toolTipTextAt(const QPoint &pos) const
{
    const Row *row = rowAt(pos.y());
    if (!row)
        return {};
    if (row->isGroup)
        return plainToolTip({tr("Gateway %1").arg(label(row->title))});

    const qint64 now = m_clock.nowMs();
    const QLocale locale;
    const auto when = [&](qint64 t) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(t, m_timeZone), u"yyyy-MM-dd HH:mm:ss t"_s);
    };
    QStringList lines{label(row->lane.toString())};
    const QRect plot = plotRect();
    if (pos.x() < plot.left()) {
        lines << tr("Now: %1").arg(stateDisplayName(m_index.currentState(row->lane)));
        return plainToolTip(lines);
    }

    // The column's worst segment, the one that gave it its colour, not merely the one at t0.
    const qint64 t0 = timeForX(pos.x());
    const qint64 t1 = std::max(timeForX(pos.x() + 1), t0 + 1);
    if (const auto segment = m_index.worstSegmentIn(row->lane, t0, t1, now)) {
        lines << tr("%1 from %2 to %3")
                     .arg(stateDisplayName(segment->state), when(segment->from),
                          segment->to ? when(*segment->to) : tr("now (still running)"));
        if (!segment->reason.isEmpty())
            lines << tr("Reason: %1").arg(label(segment->reason.text()));
        if (segment->action != OperatorAction::None)
            lines << tr("Next step: %1").arg(actionText(segment->action));
    }

    const qint64 near0 = timeForX(pos.x() - kHoverSlop);
    const qint64 near1 = timeForX(pos.x() + kHoverSlop + 1);
    const auto markers = m_index.markersIn(row->laneId, near0, near1);
    for (size_t i = 0; i < std::min(markers.size(), size_t(kMaxListed)); ++i) {
        const auto &marker = markers[i];
        const QString code = marker.code ? QString::number(*marker.code) : tr("(no code)");
        lines << (marker.detail.isEmpty()
                      ? tr("Disconnect %1 at %2").arg(code, when(marker.at))
                      : tr("Disconnect %1 at %2: %3").arg(code, when(marker.at), label(marker.detail)));
    }
    if (markers.size() > size_t(kMaxListed))
        lines << tr("…and %n more disconnect(s)", nullptr, int(markers.size()) - kMaxListed);
    const auto flags = m_index.actionsIn(row->laneId, near0, near1);
    for (size_t i = 0; i < std::min(flags.size(), size_t(kMaxListed)); ++i)
        lines << tr("Operator at %1: %2").arg(when(flags[i].at), label(flags[i].text));
    if (flags.size() > size_t(kMaxListed))
        lines << tr("…and %n more operator action(s)", nullptr, int(flags.size()) - kMaxListed);

    for (const health::Incident &incident : m_index.incidentsIn(row->laneId, t0, t1, now)) {
        lines << (incident.closedAt ? tr("Incident #%1 from %2 to %3: %4")
                                          .arg(QString::number(incident.id), when(incident.openedAt),
                                               when(*incident.closedAt), label(incident.openReason.text()))
                                    : tr("Incident #%1 open since %2: %3")
                                          .arg(QString::number(incident.id), when(incident.openedAt),
                                               label(incident.openReason.text())));
    }
    if (lines.size() == 1)
        lines << tr("No history here");
    return plainToolTip(lines);
}

} // namespace sb

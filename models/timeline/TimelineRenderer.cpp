#include "models/timeline/TimelineRenderer.h"

#include "app/platform/SafeText.h"

#include <algorithm>
#include <array>
#include <limits>

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace sb {

namespace {

constexpr QRgb kBackground = 0xffffffff;
constexpr QRgb kBackgroundAlt = 0xfff6f7f9;
constexpr QRgb kGroupBackground = 0xffdde1e6;
constexpr QRgb kMarkerTick = 0xff212529;
constexpr QRgb kFlagTick = 0xff364fc7;
constexpr QRgb kIncidentBand = 0xfff6d5d8;
const QColor kLabelBackground(0xee, 0xf0, 0xf3);
const QColor kAxisBackground(0xf1, 0xf3, 0xf5);
const QColor kSelection(0xcf, 0xe2, 0xff);
const QColor kNowLine(0x1c, 0x7e, 0xd6);
const QColor kText(0x21, 0x25, 0x29);

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr int kMinTickSpacing = 110; // pixels between axis labels

// Width of the probation hatch lines and their period, in pixels: Qt::BDiagPattern's "/"
// drawn straight into the lane buffer, a little bolder so it reads on a 4-pixel lane.
constexpr int kHatchPeriod = 6;
constexpr int kHatchWidth = 2;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

TimelineRenderer::TimelineRenderer(const timeline::TimelineIndex &index)
    : m_index(index)
{}

QColor TimelineRenderer::severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return stateColor(LaneState::Healthy);
    case Severity::Attention:
        return stateColor(LaneState::Reconnecting);
    case Severity::Critical:
        return stateColor(LaneState::Stopped);
    case Severity::Neutral:
        break;
    }
    return stateColor(LaneState::Disabled);
}

QColor TimelineRenderer::stateColor(LaneState state)
{
    switch (state) {
    case LaneState::Healthy:
        return QColor(0x2f, 0x9e, 0x44); // green
    case LaneState::Probation:
        return QColor(0xa9, 0xc2, 0x3f); // green-amber, hatched
    case LaneState::Degraded:
        return QColor(0xf0, 0x8c, 0x00); // amber
    case LaneState::Reconnecting:
        return QColor(0xfa, 0xb0, 0x05); // lighter amber: the gateway is on it
    case LaneState::Conflict:
        return QColor(0xe0, 0x31, 0x31); // reds: a person is needed
    case LaneState::LoggedOut:
        return QColor(0xc9, 0x2a, 0x2a);
    case LaneState::Blocked:
        return QColor(0xa6, 0x1e, 0x1e);
    case LaneState::Stopped:
        return QColor(0xd9, 0x48, 0x0f);
    case LaneState::Disabled:
        return QColor(0x86, 0x8e, 0x96); // grey
    case LaneState::Unknown:
        break;
    }
    return QColor(0xce, 0xd4, 0xda); // light grey
}

QColor TimelineRenderer::probationHatchColor()
{
    return QColor(0xe6, 0x77, 0x00);
}

QColor TimelineRenderer::incidentBandColor()
{
    return QColor::fromRgb(kIncidentBand);
}

void TimelineRenderer::paint(QPainter &painter, const QList<TimelinePaintRow> &rows,
                             const TimelineFrame &frame)
{
    const QRect &plot = frame.plot;
    if (plot.width() <= 0 || plot.height() <= 0 || frame.to <= frame.from)
        return;
    const auto width = size_t(plot.width());
    m_cells.resize(width);
    m_base.resize(width);
    m_back.resize(width);
    m_probation.resize(width);
    m_rug.resize(width + 1); // + a spare slot for the rug's skipped ticks
    m_markers.clear();
    m_flags.clear();

    // Grid lines at the axis ticks, darkened into every row of colours before it is written:
    // a translucent QPainter line over the whole height cost more than all the lanes together.
    const QList<AxisTick> ticks = axisTicks(frame.from, frame.to, plot.width(), frame.timeZone);
    const double pxPerMs = double(plot.width()) / double(frame.to - frame.from);
    m_grid.clear();
    for (const AxisTick &tick : ticks) {
        const auto x = int(double(tick.at - frame.from) * pxPerMs);
        if (x >= 0 && x < plot.width())
            m_grid.push_back(x);
    }
    m_rowBackgrounds[0].assign(width, kBackground);
    m_rowBackgrounds[1].assign(width, kBackgroundAlt);
    m_blank = m_rowBackgrounds[0];
    darkenGrid(m_blank.data());
    m_group.assign(width, kGroupBackground);
    darkenGrid(m_group.data());
    m_hatch.assign(width, probationHatchColor().rgb());
    darkenGrid(m_hatch.data());
    for (std::vector<int> &columns : m_hatchColumns)
        columns.resize(width);

    // Lanes go in row by row; what no row covers is background. Rows outside the clip are not
    // produced when lanes go straight into the target, so a one-lane update aggregates one lane.
    m_raster.begin(painter, plot, m_writesIntoTarget);
    int covered = m_raster.top();
    for (int i = 0; i < rows.size(); ++i) {
        const TimelinePaintRow &row = rows[i];
        const int top = std::max(row.top - plot.top(), m_raster.top());
        const int bottom = std::min(row.top + row.height - plot.top(), m_raster.bottom());
        if (top >= bottom)
            continue;
        for (int y = covered; y < top; ++y)
            m_raster.row(y, m_blank.data());
        if (row.isGroup) {
            for (int y = top; y < bottom; ++y)
                m_raster.row(y, m_group.data());
        } else {
            paintLaneRow(row, frame, i, top, bottom);
        }
        covered = std::max(covered, bottom);
    }
    for (int y = covered; y < m_raster.bottom(); ++y)
        m_raster.row(y, m_blank.data());
    m_raster.end(painter);

    paintOverlays(painter, frame);

    if (frame.now >= frame.from && frame.now <= frame.to) {
        const double x = plot.left() + double(frame.now - frame.from) * pxPerMs;
        painter.setPen(QPen(kNowLine, 2));
        painter.drawLine(QPointF(x, frame.axis.top()), QPointF(x, plot.bottom() + 1));
    }
    paintLabels(painter, rows, frame);
    paintAxis(painter, frame,
              frame.axis.width() == plot.width()
                  ? ticks
                  : axisTicks(frame.from, frame.to, frame.axis.width(), frame.timeZone));
}

void TimelineRenderer::darkenGrid(QRgb *colours) const
{
    for (const int x : m_grid) {
        QRgb &pixel = colours[x];
        pixel = qRgb(qRed(pixel) * 7 / 8, qGreen(pixel) * 7 / 8, qBlue(pixel) * 7 / 8);
    }
}

void TimelineRenderer::paintLaneRow(const TimelinePaintRow &row, const TimelineFrame &frame, int rowIndex,
                                    int top, int bottom)
{
    const QRect &plot = frame.plot;
    const int width = plot.width();
    const int rowTop = row.top - plot.top();
    const double pxPerMs = double(width) / double(frame.to - frame.from);
    const double msPerPx = double(frame.to - frame.from) / double(width);
    const auto column = [&](qint64 t) {
        return int(std::clamp(double(t - frame.from) * pxPerMs, 0.0, double(width - 1)));
    };

    m_index.worstPerColumn(row.laneId, frame.from, frame.to, frame.now,
                           std::span<timeline::ColumnCell>(m_cells.data(), m_cells.size()));

    // Row background, with incident bands behind the bars.
    // Copied from a filled row: at -O2 GCC leaves std::fill of 32-bit pixels a scalar loop,
    // while a copy is a memcpy.
    const std::vector<QRgb> &rowBackground = m_rowBackgrounds[size_t(rowIndex % 2)];
    std::copy(rowBackground.begin(), rowBackground.end(), m_back.begin());
    // The compact spans: a year view reads every incident of the lane, and whole incidents
    // (strings and all) would each cost a cache line.
    for (const timeline::TimelineIndex::IncidentSpan &incident : m_index.incidentSpans(row.laneId)) {
        if (incident.openedAt >= frame.to)
            break;
        const qint64 closed = incident.closedAt == timeline::TimelineIndex::kOpenIncident
                                  ? std::max(frame.now, incident.openedAt)
                                  : incident.closedAt;
        if (closed <= frame.from)
            continue;
        const int x0 = column(std::max(incident.openedAt, frame.from));
        const int x1 = column(closed);
        std::fill(m_back.begin() + x0, m_back.begin() + x1 + 1, kIncidentBand);
    }

    // The bar leaves a margin above and below it on lanes of 8 px and more; a 4 px lane is all bar.
    const int pad = row.height >= 8 ? row.height / 6 + 1 : 0;
    const int barTop = rowTop + pad;
    const int barBottom = rowTop + row.height - pad;
    const bool marginShown = top < barTop || bottom > barBottom;

    // Markers and flags: with room, triangles and labels later; when dense, a one-pixel tick
    // each in the row's margin above and below the bar (a rug), which shows where the drops
    // cluster without hiding the states. A rug needs one tick per column, not per marker, so
    // after marking a column the scan jumps to the next column's first marker; where no margin
    // row is visible there is no rug to make.
    // The rug reads only the markers' times (a compact array in the index), not the markers.
    const bool roomy = row.height >= 12;
    // A thin lane shows markers only as a rug, so without a visible margin it needs none of them.
    std::span<const qint64> markerTimes;
    std::span<const qint64> flagTimes;
    if (roomy || marginShown) {
        markerTimes = m_index.markerTimesIn(row.laneId, frame.from, frame.to);
        flagTimes = m_index.actionTimesIn(row.laneId, frame.from, frame.to);
    }
    const bool denseMarkers = !roomy || qsizetype(markerTimes.size()) * 16 > width;
    const bool denseFlags = !roomy || qsizetype(flagTimes.size()) * 16 > width;
    const bool anyRug =
        marginShown && ((denseMarkers && !markerTimes.empty()) || (denseFlags && !flagTimes.empty()));
    if (anyRug)
        std::copy(m_back.begin(), m_back.end(), m_rug.begin());
    // One tick per column: after a tick in column x, times before the next column's start (as
    // msPerPx puts it) are skipped. Written without a branch on the data: every time computes
    // its column, and a skipped one writes into a spare slot past the row's end.
    const auto rug = [&](std::span<const qint64> times, QRgb colour) {
        const size_t spare = size_t(width);
        qint64 next = std::numeric_limits<qint64>::min();
        for (const qint64 t : times) {
            const int x = column(t);
            const bool tick = t >= next;
            m_rug[tick ? size_t(x) : spare] = colour;
            const auto after = frame.from + qint64(double(x + 1) * msPerPx);
            next = tick ? after : next;
        }
    };
    if (denseMarkers) {
        if (anyRug)
            rug(markerTimes, kMarkerTick);
    } else {
        const auto firstMarker = m_markers.size();
        for (const timeline::DisconnectMarker &marker : m_index.markersIn(row.laneId, frame.from, frame.to)) {
            m_markers.push_back({column(marker.at), row.top, row.height,
                                 marker.code ? QString::number(*marker.code) : QString(), 0});
        }
        for (size_t i = firstMarker; i < m_markers.size(); ++i)
            m_markers[i].roomRight = (i + 1 < m_markers.size() ? m_markers[i + 1].x : width) - m_markers[i].x;
    }
    if (denseFlags) {
        if (anyRug)
            rug(flagTimes, kFlagTick);
    } else {
        for (const timeline::ActionFlag &flag : m_index.actionsIn(row.laneId, frame.from, frame.to))
            m_flags.push_back({column(flag.at), row.top, row.height, QString(), 0});
    }

    static const auto rankRgb = [] {
        std::array<QRgb, 16> rgb{};
        for (size_t r = 1; r < rgb.size(); ++r)
            rgb[r] = TimelineRenderer::stateColor(timeline::ColumnCell::kStateOfRank[r]).rgb();
        return rgb;
    }();
    static const int probationRank = timeline::worstRank(LaneState::Probation);
    // Raw pointers and a branch-free list of probation columns: through the vectors, every
    // store would make the compiler reload their insides.
    const auto *cells = reinterpret_cast<const quint8 *>(m_cells.data());
    static_assert(sizeof(timeline::ColumnCell) == 1);
    const QRgb *back = m_back.data();
    QRgb *base = m_base.data();
    int *probation = m_probation.data();
    size_t probations = 0;
    for (size_t x = 0; x < size_t(width); ++x) {
        const int rank = cells[x] & timeline::ColumnCell::kRankMask;
        base[x] = rank != 0 ? rankRgb[size_t(rank)] : back[x];
        probation[probations] = int(x);
        probations += rank == probationRank ? 1 : 0;
    }

    // Probation columns are hatched: pixel row y has the hatch colour in column x when
    // (x + y) mod kHatchPeriod < kHatchWidth. Each column goes on the lists of the kHatchWidth
    // phases that hatch it, and a bar row is the base row with its phase's columns rewritten
    // in place.
    std::array<size_t, kHatchPeriod> hatches{};
    for (size_t i = 0; i < probations; ++i) {
        const int x = probation[i];
        for (int k = 0; k < kHatchWidth; ++k) {
            const auto phase = size_t((kHatchPeriod + k - x % kHatchPeriod) % kHatchPeriod);
            m_hatchColumns[phase][hatches[phase]++] = x;
        }
    }
    darkenGrid(m_base.data());
    std::vector<QRgb> &margin = anyRug ? m_rug : m_back;
    if (marginShown)
        darkenGrid(margin.data());

    for (int y = top; y < bottom; ++y) {
        if (y < barTop || y >= barBottom) {
            m_raster.row(y, margin.data());
            continue;
        }
        m_raster.row(y, m_base.data());
        const auto phase = size_t(y % kHatchPeriod);
        if (hatches[phase] != 0)
            m_raster.patch(y, std::span<const int>(m_hatchColumns[phase].data(), hatches[phase]),
                           m_hatch.data());
    }
}

void TimelineRenderer::paintOverlays(QPainter &painter, const TimelineFrame &frame)
{
    const int left = frame.plot.left();
    painter.save();
    painter.setClipRect(frame.plot);
    painter.setRenderHint(QPainter::Antialiasing, false);
    if (!m_markers.empty()) {
        // One path for every triangle: a single fill instead of one per marker.
        QPainterPath triangles;
        for (const Overlay &m : m_markers) {
            const double x = left + m.x + 0.5;
            triangles.addPolygon(
                QPolygonF({QPointF(x - 4, m.top), QPointF(x + 4, m.top), QPointF(x, m.top + 6)}));
            triangles.closeSubpath();
        }
        painter.fillPath(triangles, QColor::fromRgb(kMarkerTick));
        QFont font = painter.font();
        font.setPixelSize(10);
        painter.setFont(font);
        const QFontMetrics metrics(font);
        for (const Overlay &m : m_markers) {
            if (m.label.isEmpty() || m.height < 14)
                continue;
            const int textWidth = metrics.horizontalAdvance(m.label);
            if (textWidth + 8 > m.roomRight)
                continue; // no room: the tooltip still has the code
            const QRect box(left + m.x + 4, m.top + (m.height - metrics.height()) / 2, textWidth + 2,
                            metrics.height());
            painter.fillRect(box, QColor(255, 255, 255, 200));
            painter.setPen(kText);
            painter.drawText(box, Qt::AlignCenter, m.label);
        }
    }
    for (const Overlay &f : m_flags) {
        const int x = left + f.x;
        painter.fillRect(QRect(x, f.top + 1, 1, f.height - 2), QColor::fromRgb(kFlagTick));
        painter.fillRect(QRect(x + 1, f.top + 1, 6, 4), QColor::fromRgb(kFlagTick));
    }
    painter.restore();
}

void TimelineRenderer::paintLabels(QPainter &painter, const QList<TimelinePaintRow> &rows,
                                   const TimelineFrame &frame)
{
    const QRect column(frame.viewport.left(), frame.plot.top(), frame.labelWidth, frame.plot.height());
    painter.save();
    painter.setClipRect(column);
    painter.fillRect(column, kLabelBackground);
    QFont bold = painter.font();
    bold.setBold(true);
    const QFont normal = painter.font();
    const QFontMetrics metrics(normal);
    for (const TimelinePaintRow &row : rows) {
        const QRect rect(column.left(), row.top, column.width(), row.height);
        if (row.isGroup) {
            painter.fillRect(QRect(column.left(), row.top, frame.viewport.width(), row.height),
                             QColor::fromRgb(kGroupBackground));
            painter.setFont(bold);
            painter.setPen(kText);
            // drawText takes the title as plain characters: gateway names never become markup;
            // forLabel keeps them on one line and their bidi controls out of the layout.
            // ▸ folded, ▾ open: the header is also the control that folds the gateway.
            const QString title =
                (row.collapsed ? u"\u25B8 "_s : u"\u25BE "_s) + SafeText::forLabel(row.title);
            painter.drawText(rect.adjusted(6, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                             QFontMetrics(bold).elidedText(title, Qt::ElideRight, rect.width() - 10));
            continue;
        }
        if (row.selected)
            painter.fillRect(rect, kSelection);
        const int dot = std::min(8, std::max(row.height - 2, 2));
        painter.fillRect(QRect(rect.left() + 8, rect.top() + (row.height - dot) / 2, dot, dot),
                         stateColor(row.current));
        if (row.height + 2 < metrics.height())
            continue; // too thin for text: the tooltip and the filter still name it
        painter.setFont(normal);
        painter.setPen(kText);
        painter.drawText(
            rect.adjusted(22, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(SafeText::forLabel(row.title), Qt::ElideRight, rect.width() - 26));
    }
    painter.restore();

    // A header's link state, over the plot beside its title: dot in the link's colour, words.
    painter.setFont(normal);
    for (const TimelinePaintRow &row : rows) {
        if (!row.isGroup || row.caption.isEmpty())
            continue;
        const int dot = std::min(8, std::max(row.height - 4, 2));
        painter.fillRect(QRect(frame.plot.left() + 6, row.top + (row.height - dot) / 2, dot, dot),
                         severityColor(row.captionSeverity));
        painter.setPen(kText);
        const QRect text(frame.plot.left() + 20, row.top, std::max(frame.plot.width() - 24, 0), row.height);
        painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(SafeText::forLabel(row.caption), Qt::ElideRight, text.width()));
    }

    for (const TimelinePaintRow &row : rows) {
        if (row.selected && !row.isGroup) {
            painter.setPen(kNowLine);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(QRect(frame.plot.left(), row.top, frame.plot.width() - 1, row.height - 1));
        }
    }
}

void TimelineRenderer::paintAxis(QPainter &painter, const TimelineFrame &frame, const QList<AxisTick> &ticks)
{
    const QRect strip(frame.viewport.left(), frame.axis.top(), frame.viewport.width(), frame.axis.height());
    painter.fillRect(strip, kAxisBackground);
    painter.setPen(kText);
    painter.drawText(QRect(strip.left() + 6, strip.top(), frame.labelWidth - 12, strip.height()),
                     Qt::AlignVCenter | Qt::AlignLeft, frame.timeZoneName);
    const double pxPerMs = double(frame.axis.width()) / double(frame.to - frame.from);
    QFont normal = painter.font();
    QFont bold = normal;
    bold.setBold(true);
    painter.save();
    painter.setClipRect(frame.axis);
    for (const AxisTick &tick : ticks) {
        const int x = frame.axis.left() + int(double(tick.at - frame.from) * pxPerMs);
        painter.drawLine(x, frame.axis.bottom() - 5, x, frame.axis.bottom());
        painter.setFont(tick.major ? bold : normal);
        painter.drawText(QRect(x + 3, frame.axis.top(), kMinTickSpacing - 6, frame.axis.height() - 4),
                         Qt::AlignVCenter | Qt::AlignLeft, tick.label);
    }
    painter.restore();
    painter.drawLine(strip.left(), strip.bottom(), strip.right(), strip.bottom());
}

QList<AxisTick> TimelineRenderer::axisTicks(qint64 from, qint64 to, int width, const QTimeZone &zone)
{
    QList<AxisTick> ticks;
    if (to <= from || width <= 0)
        return ticks;
    const qint64 minStep = (to - from) * kMinTickSpacing / width;
    const QLocale locale;
    static constexpr std::array<qint64, 17> fixedSteps = {
        10 * kSecond, 15 * kSecond, 30 * kSecond, kMinute,  2 * kMinute, 5 * kMinute,
        10 * kMinute, 15 * kMinute, 30 * kMinute, kHour,    2 * kHour,   3 * kHour,
        6 * kHour,    12 * kHour,   kDay,         2 * kDay, 7 * kDay,
    };
    const auto fixed =
        std::find_if(fixedSteps.begin(), fixedSteps.end(), [&](qint64 s) { return s >= minStep; });

    if (fixed != fixedSteps.end() && *fixed < kDay) {
        // Sub-day steps align to the zone's wall clock; the offset is taken once per window,
        // which is exact for zones without daylight saving (JST) and off by an hour for a
        // window that crosses a DST change elsewhere.
        const qint64 step = *fixed;
        const qint64 offset =
            qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()))) * 1000;
        for (qint64 t = floorDiv(from + offset, step) * step - offset; t < to; t += step) {
            if (t < from)
                continue;
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(t, zone);
            const bool midnight = local.time() == QTime(0, 0);
            const QString format = midnight ? u"MMM d"_s : step < kMinute ? u"HH:mm:ss"_s : u"HH:mm"_s;
            ticks.append({t, locale.toString(local, format), midnight});
        }
        return ticks;
    }

    QDate date = QDateTime::fromMSecsSinceEpoch(from, zone).date();
    if (fixed != fixedSteps.end()) {
        const int days = int(*fixed / kDay);
        if (days == 7)
            date = date.addDays(1 - date.dayOfWeek()); // weeks start on Monday
        for (QDateTime at(date, QTime(0, 0), zone); at.toMSecsSinceEpoch() < to; at = at.addDays(days)) {
            if (at.toMSecsSinceEpoch() >= from)
                ticks.append({at.toMSecsSinceEpoch(), locale.toString(at, u"MMM d"_s), at.date().day() == 1});
        }
        return ticks;
    }

    int months = 1;
    for (const int candidate : {1, 2, 3, 6, 12}) {
        months = candidate;
        if (qint64(candidate) * 30 * kDay >= minStep)
            break;
    }
    date = QDate(date.year(), 1 + (date.month() - 1) / months * months, 1);
    for (QDateTime at(date, QTime(0, 0), zone); at.toMSecsSinceEpoch() < to; at = at.addMonths(months)) {
        if (at.toMSecsSinceEpoch() >= from) {
            const bool newYear = at.date().month() == 1;
            ticks.append(
                {at.toMSecsSinceEpoch(), locale.toString(at, newYear ? u"yyyy"_s : u"MMM"_s), newYear});
        }
    }
    return ticks;
}

} // namespace sb

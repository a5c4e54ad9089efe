#include "ui/timeline/TimelineView.h"

#include "app/platform/Clock.h"

#include <algorithm>
#include <cmath>

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

using namespace Qt::StringLiterals;

namespace sb {

namespace {

constexpr int kDragThreshold = 3;  // pixels before a press becomes a pan rather than a click
constexpr double kWheelBase = 0.8; // span factor per wheel notch (120 units)
constexpr double kKeyZoom = 2.0;   // span factor per +/- press
constexpr qint64 kDefaultSpan = 6LL * 3600 * 1000;

} // namespace

TimelineView::TimelineView(const timeline::TimelineIndex &index, const Clock &clock, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_index(index)
    , m_clock(clock)
    , m_renderer(index)
    , m_timeZone(QTimeZone::systemTimeZone())
{
    setObjectName(u"timelineView"_s);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    // The renderer fills every pixel itself: no background erase before each paint. Nor under
    // the viewport: without a frame or a horizontal bar, the viewport and the vertical bar
    // cover the whole view, so a full repaint (an expose, grab(), render()) would otherwise
    // fill 1920×1080 pixels with the window colour only to paint over them.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_OpaquePaintEvent);

    const qint64 now = m_clock.nowMs();
    m_from = now - kDefaultSpan;
    m_to = now;
    connect(&m_followTimer, &QTimer::timeout, this, &TimelineView::followTick);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &TimelineView::rebuildRows);
    updateFollowTimer();
    rebuildRows();
}

TimelineView::~TimelineView() = default;

void TimelineView::reload()
{
    // One channels.status can bring thousands of new lanes, each announced on its own: sorting
    // and laying out every row per lane froze the window for seconds (issue 10, item 13).
    m_rowsStale = true;
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void TimelineView::ensureRows() const
{
    // The rows are a cache of the index; bringing them up to date is not a visible change.
    if (m_rowsStale)
        const_cast<TimelineView *>(this)->rebuildRows();
}

void TimelineView::rebuildRows()
{
    m_reloadTimer.stop();
    m_rowsStale = false;
    m_rows.clear();
    m_rowOfLane.clear();
    m_rowOfGroup.clear();
    const QList<LaneKey> lanes = m_index.lanes(m_order, m_filter);
    // Group by gateway, gateways in the order their first lane comes (worst first when sorted
    // by severity), so the sort still decides what the operator sees first.
    QStringList gateways;
    QHash<QString, QList<qsizetype>> lanesOf;
    for (qsizetype i = 0; i < lanes.size(); ++i) {
        auto it = lanesOf.find(lanes[i].gatewayId);
        if (it == lanesOf.end()) {
            gateways.append(lanes[i].gatewayId);
            it = lanesOf.insert(lanes[i].gatewayId, {});
        }
        it->append(i);
    }
    m_rows.reserve(lanes.size() + gateways.size());
    m_rowOfLane.reserve(lanes.size());
    int top = 0;
    for (const QString &gateway : gateways) {
        Row header;
        header.isGroup = true;
        header.title = gateway;
        header.top = top;
        header.height = m_groupHeaderHeight;
        m_rowOfGroup.insert(gateway, m_rows.size());
        m_rows.append(header);
        top += header.height;
        if (m_collapsed.contains(gateway))
            continue;
        for (const qsizetype i : lanesOf.value(gateway)) {
            const LaneKey &lane = lanes[i];
            Row row;
            row.laneId = m_index.laneId(lane);
            row.lane = lane;
            row.top = top;
            row.height = m_laneHeight;
            m_rowOfLane.insert(lane, m_rows.size());
            m_rows.append(row);
            top += row.height;
        }
    }
    m_contentHeight = top;
    if (m_selected && !m_rowOfLane.contains(*m_selected))
        m_selected.reset();
    updateScrollBar();
    viewport()->update();
    Q_EMIT rowsRebuilt();
}

void TimelineView::laneDataChanged(const LaneKey &lane)
{
    if (m_rowsStale)
        return; // the pending rebuild repaints every lane
    const QRect rect = laneRect(lane);
    if (!rect.isEmpty())
        viewport()->update(rect);
}

void TimelineView::setVisibleRange(qint64 from, qint64 to)
{
    m_following = false;
    updateFollowTimer();
    applyRange(from, to);
}

void TimelineView::applyRange(qint64 from, qint64 to)
{
    const qint64 span = std::clamp(to - from, kMinSpanMs, kMaxSpanMs);
    if (span != to - from) {
        const qint64 centre = from + (to - from) / 2;
        from = centre - span / 2;
        to = from + span;
    }
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    updateFollowTimer();
    viewport()->update();
    Q_EMIT visibleRangeChanged(m_from, m_to);
}

void TimelineView::zoomAround(double factor, double anchorX)
{
    const QRect plot = plotRect();
    const double fraction =
        plot.width() > 0 ? std::clamp((anchorX - plot.left()) / plot.width(), 0.0, 1.0) : 0.5;
    const qint64 anchor = m_from + qint64(std::llround(fraction * double(visibleSpan())));
    const qint64 span =
        std::clamp(qint64(std::llround(double(visibleSpan()) * factor)), kMinSpanMs, kMaxSpanMs);
    const qint64 from = anchor - qint64(std::llround(fraction * double(span)));
    setVisibleRange(from, from + span);
}

void TimelineView::fitAll()
{
    const auto range = m_index.dataRange(m_clock.nowMs());
    if (!range)
        return;
    // A little air on both sides so the first and last segments are not glued to the edges.
    const qint64 margin = std::max<qint64>((range->second - range->first) / 50, 1000);
    setVisibleRange(range->first - margin, range->second + margin);
}

void TimelineView::followNow()
{
    m_following = true;
    followTick();
    updateFollowTimer();
}

void TimelineView::followTick()
{
    if (!m_following)
        return;
    const qint64 span = visibleSpan();
    const qint64 now = m_clock.nowMs();
    applyRange(now - span, now);
}

void TimelineView::updateFollowTimer()
{
    if (!m_following) {
        m_followTimer.stop();
        return;
    }
    // Move about a pixel per tick: smooth for an hour view, idle for a year view.
    const int width = std::max(plotRect().width(), 1);
    m_followTimer.setInterval(int(std::clamp<qint64>(visibleSpan() / width, 50, 1000)));
    if (!m_followTimer.isActive())
        m_followTimer.start();
}

void TimelineView::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    viewport()->update();
}

void TimelineView::setLaneOrder(timeline::LaneOrder order)
{
    m_order = order;
    rebuildRows();
}

void TimelineView::setFilter(const QString &filter)
{
    m_filter = filter;
    rebuildRows();
}

void TimelineView::setLaneHeight(int pixels)
{
    m_laneHeight = std::max(pixels, 2);
    rebuildRows();
}

void TimelineView::setGroupHeaderHeight(int pixels)
{
    m_groupHeaderHeight = std::max(pixels, 0);
    rebuildRows();
}

void TimelineView::setLabelWidth(int pixels)
{
    m_labelWidth = std::max(pixels, 0);
    viewport()->update();
}

void TimelineView::setGroupCaption(const QString &gatewayId, const QString &caption, Severity severity)
{
    Caption &current = m_captions[gatewayId];
    if (current.text == caption && current.severity == severity)
        return;
    current = {caption, severity};
    if (const QRect rect = groupRect(gatewayId); !rect.isEmpty())
        viewport()->update(rect);
}

QString TimelineView::groupCaption(const QString &gatewayId) const
{
    return m_captions.value(gatewayId).text;
}

void TimelineView::setGroupCollapsed(const QString &gatewayId, bool collapsed)
{
    if (isGroupCollapsed(gatewayId) == collapsed)
        return;
    if (collapsed)
        m_collapsed.insert(gatewayId);
    else
        m_collapsed.remove(gatewayId);
    rebuildRows();
    Q_EMIT groupCollapsedChanged(gatewayId, collapsed);
}

QRect TimelineView::groupRect(const QString &gatewayId) const
{
    ensureRows();
    const auto it = m_rowOfGroup.constFind(gatewayId);
    if (it == m_rowOfGroup.cend())
        return {};
    const Row &row = m_rows[*it];
    return QRect(0, rowTopInViewport(row), viewport()->width(), row.height);
}

void TimelineView::scrollToGroup(const QString &gatewayId)
{
    ensureRows();
    const auto it = m_rowOfGroup.constFind(gatewayId);
    if (it != m_rowOfGroup.cend())
        verticalScrollBar()->setValue(m_rows[*it].top);
}

QStringList TimelineView::groupsShown() const
{
    ensureRows();
    QStringList groups;
    for (const Row &row : m_rows) {
        if (row.isGroup)
            groups.append(row.title);
    }
    return groups;
}

QList<LaneKey> TimelineView::laneOrderShown() const
{
    ensureRows();
    QList<LaneKey> lanes;
    for (const Row &row : m_rows) {
        if (!row.isGroup)
            lanes.append(row.lane);
    }
    return lanes;
}

void TimelineView::selectLane(const LaneKey &lane)
{
    if (laneRect(lane).isEmpty() || m_selected == lane)
        return;
    m_selected = lane;
    // Keep the selection on screen when it moved by keyboard.
    const QRect rect = laneRect(lane);
    const QRect plot = plotRect();
    if (rect.top() < plot.top())
        verticalScrollBar()->setValue(verticalScrollBar()->value() - (plot.top() - rect.top()));
    else if (rect.bottom() > plot.bottom())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + (rect.bottom() - plot.bottom()));
    viewport()->update();
    Q_EMIT laneSelected(lane);
}

QRect TimelineView::plotRect() const
{
    const QRect area = viewport()->rect();
    return QRect(area.left() + m_labelWidth, area.top() + m_axisHeight,
                 std::max(area.width() - m_labelWidth, 0), std::max(area.height() - m_axisHeight, 0));
}

double TimelineView::xForTime(qint64 t) const
{
    const QRect plot = plotRect();
    return plot.left() + double(t - m_from) * plot.width() / double(visibleSpan());
}

qint64 TimelineView::timeForX(double x) const
{
    const QRect plot = plotRect();
    if (plot.width() <= 0)
        return m_from;
    return m_from + qint64(std::llround((x - plot.left()) * double(visibleSpan()) / plot.width()));
}

int TimelineView::rowTopInViewport(const Row &row) const
{
    return m_axisHeight + row.top - verticalScrollBar()->value();
}

QRect TimelineView::laneRect(const LaneKey &lane) const
{
    ensureRows();
    const auto it = m_rowOfLane.constFind(lane);
    if (it == m_rowOfLane.cend())
        return {};
    const Row &row = m_rows[*it];
    return QRect(0, rowTopInViewport(row), viewport()->width(), row.height);
}

const TimelineView::Row *TimelineView::rowAt(int y) const
{
    ensureRows();
    if (y < m_axisHeight)
        return nullptr;
    const int content = y - m_axisHeight + verticalScrollBar()->value();
    const auto it = std::upper_bound(m_rows.cbegin(), m_rows.cend(), content,
                                     [](int c, const Row &row) { return c < row.top; });
    if (it == m_rows.cbegin())
        return nullptr;
    const Row &row = *(it - 1);
    return content < row.top + row.height ? &row : nullptr;
}

void TimelineView::updateScrollBar()
{
    const int page = std::max(viewport()->height() - m_axisHeight, 0);
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(m_laneHeight);
    verticalScrollBar()->setRange(0, std::max(m_contentHeight - page, 0));
}

void TimelineView::moveSelection(int step)
{
    const QList<LaneKey> lanes = laneOrderShown();
    if (lanes.isEmpty())
        return;
    const qsizetype current = m_selected ? lanes.indexOf(*m_selected) : -1;
    const qsizetype next = current < 0 ? (step > 0 ? 0 : lanes.size() - 1)
                                       : std::clamp<qsizetype>(current + step, 0, lanes.size() - 1);
    selectLane(lanes[next]);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    ensureRows();
    QPainter painter(viewport());
    const QRect plot = plotRect();
    const int scroll = verticalScrollBar()->value();
    QList<TimelinePaintRow> rows;
    // Rows are in content order: start at the first one reaching into the plot.
    const int firstTop = plot.top() - m_axisHeight + scroll;
    auto first = std::upper_bound(m_rows.cbegin(), m_rows.cend(), firstTop,
                                  [](int y, const Row &row) { return y < row.top + row.height; });
    for (auto it = first; it != m_rows.cend(); ++it) {
        const Row &row = *it;
        const int top = m_axisHeight + row.top - scroll;
        if (top + row.height <= plot.top())
            continue;
        if (top >= plot.bottom() + 1)
            break;
        // A lane's label is formatted for the rows on screen only, not for every row.
        const QString title =
            row.isGroup ? row.title : tr("%1 · %2").arg(row.lane.channel, row.lane.accountId);
        TimelinePaintRow paint{row.isGroup,
                               row.laneId,
                               title,
                               top,
                               row.height,
                               !row.isGroup && m_selected == row.lane,
                               row.isGroup ? LaneState::Unknown : m_index.currentState(row.laneId)};
        if (row.isGroup) {
            paint.collapsed = m_collapsed.contains(row.title);
            const Caption caption = m_captions.value(row.title);
            paint.caption = caption.text;
            paint.captionSeverity = caption.severity;
        }
        rows.append(paint);
    }
    TimelineFrame frame;
    frame.from = m_from;
    frame.to = m_to;
    frame.now = m_clock.nowMs();
    frame.viewport = viewport()->rect();
    frame.axis = QRect(plot.left(), 0, plot.width(), m_axisHeight);
    frame.plot = plot;
    frame.labelWidth = m_labelWidth;
    frame.timeZone = m_timeZone;
    frame.timeZoneName = m_timeZone.abbreviation(QDateTime::fromMSecsSinceEpoch(frame.now, m_timeZone));
    m_renderer.paint(painter, rows, frame);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
    updateFollowTimer();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0) {
        event->ignore();
        return;
    }
    zoomAround(std::pow(kWheelBase, notches), event->position().x());
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position().toPoint();
    m_pressFrom = m_from;
    m_dragged = false;
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressPos || !(event->buttons() & Qt::LeftButton))
        return;
    const int dx = event->position().toPoint().x() - m_pressPos->x();
    if (!m_dragged && std::abs(dx) < kDragThreshold)
        return;
    if (!m_dragged) {
        m_dragged = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    const QRect plot = plotRect();
    if (plot.width() <= 0)
        return;
    const qint64 span = visibleSpan();
    const qint64 from = m_pressFrom - qint64(std::llround(double(dx) * double(span) / plot.width()));
    setVisibleRange(from, from + span);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressPos)
        return;
    if (m_dragged) {
        viewport()->unsetCursor();
    } else if (const Row *row = rowAt(event->position().toPoint().y()); row && !row->isGroup) {
        selectLane(row->lane);
        const int x = event->position().toPoint().x();
        const qint64 t0 = timeForX(x);
        const auto bands =
            m_index.incidentsIn(row->laneId, t0, std::max(timeForX(x + 1), t0 + 1), m_clock.nowMs());
        if (!bands.isEmpty())
            Q_EMIT incidentClicked(bands.last().id);
    } else if (row && row->isGroup) {
        const QString gateway = row->title; // the rows are rebuilt under it
        setGroupCollapsed(gateway, !isGroupCollapsed(gateway));
    }
    m_pressPos.reset();
    m_dragged = false;
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        fitAll();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const QRect plot = plotRect();
    const double centre = plot.left() + plot.width() / 2.0;
    const qint64 step = visibleSpan() / 10;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAround(1.0 / kKeyZoom, centre);
        break;
    case Qt::Key_Minus:
        zoomAround(kKeyZoom, centre);
        break;
    case Qt::Key_Left:
        setVisibleRange(m_from - step, m_to - step);
        break;
    case Qt::Key_Right:
        setVisibleRange(m_from + step, m_to + step);
        break;
    case Qt::Key_Home:
        followNow();
        break;
    case Qt::Key_F:
        fitAll();
        break;
    case Qt::Key_Up:
        moveSelection(-1);
        break;
    case Qt::Key_Down:
        moveSelection(1);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event); // Page Up / Page Down scroll the lanes
        return;
    }
    event->accept();
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipTextAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace sb

#pragma once

#include "app/health/LaneState.h"
#include "models/timeline/TimelineIndex.h"

#include <array>
#include <optional>
#include <vector>

#include <QColor>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>
#include <QTimeZone>

class QPainter;

namespace sb {

// One row as it is painted: a gateway's header or one lane, at its viewport position.
struct TimelinePaintRow
{
    bool isGroup = false;
    int laneId = -1;
    QString title;
    int top = 0;
    int height = 0;
    bool selected = false;
    LaneState current = LaneState::Unknown;
};

// Everything one repaint needs besides the rows.
struct TimelineFrame
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 now = 0;
    QRect viewport; // whole painting area
    QRect axis;     // time axis strip (top, right of the label column)
    QRect plot;     // lanes' strip right of the label column, below the axis
    int labelWidth = 0;
    QTimeZone timeZone;
    QString timeZoneName; // shown over the label column, e.g. "JST"
};

struct AxisTick
{
    qint64 at = 0;
    QString label;
    bool major = false; // a day (or month) boundary in the chosen zone
};

// Paints the timelines: lane bars into a reused pixel buffer one column at a time (the
// index gives one worst state per column), then the sparse overlays (marker triangles with
// their codes, operator flags, now line, axis, labels) with QPainter. Split from TimelineView
// so the view keeps interaction and the painter keeps pixels.
class TimelineRenderer
{
public:
    explicit TimelineRenderer(const timeline::TimelineIndex &index);

    void paint(QPainter &painter, const QList<TimelinePaintRow> &rows, const TimelineFrame &frame);

    // DESIGN §4 colours; probation is its fill hatched with hatchColor().
    static QColor stateColor(LaneState state);
    static QColor probationHatchColor();
    static QColor incidentBandColor();

    // Tick marks for [from, to) over `width` pixels, aligned to the zone's wall clock.
    static QList<AxisTick> axisTicks(qint64 from, qint64 to, int width, const QTimeZone &zone);

private:
    struct Overlay
    {
        int x = 0;
        int top = 0;
        int height = 0;
        QString label;
        int roomRight = 0; // pixels until the next overlay on the same lane
    };

    void paintLaneRow(const TimelinePaintRow &row, const TimelineFrame &frame, int rowIndex);
    void paintOverlays(QPainter &painter, const TimelineFrame &frame);
    void paintLabels(QPainter &painter, const QList<TimelinePaintRow> &rows, const TimelineFrame &frame);
    void paintAxis(QPainter &painter, const TimelineFrame &frame);

    const timeline::TimelineIndex &m_index;
    // Reused between repaints: a repaint allocates nothing once the size settles.
    QImage m_buffer;
    std::vector<timeline::ColumnCell> m_cells;
    std::vector<QRgb> m_base;
    std::vector<QRgb> m_hatch;
    std::vector<QRgb> m_back;
    std::vector<QRgb> m_rug;                      // m_back with dense markers' ticks
    std::array<std::vector<QRgb>, 6> m_hatchRows; // one per hatch phase (kHatchPeriod)
    std::vector<Overlay> m_markers;
    std::vector<Overlay> m_flags;
};

} // namespace sb

#pragma once

#include "app/health/LaneState.h"
#include "models/timeline/LaneRaster.h"
#include "models/timeline/TimelineIndex.h"

#include <array>
#include <optional>
#include <vector>

#include <QColor>
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
    // A gateway's header: folded or not, and its link in words with the link's severity,
    // painted over the plot so the operator sees which gateway is not live.
    bool collapsed = false;
    QString caption{};
    Severity captionSeverity = Severity::Neutral;
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

// Paints the timelines: lane bars one pixel row at a time from a row of colours per lane (the
// index gives one worst state per column), written by LaneRaster straight into the painter's
// image where it can, then the sparse overlays (marker triangles with their codes, operator
// flags, now line, axis, labels) with QPainter. Split from TimelineView so the view keeps
// interaction and the painter keeps pixels.
class TimelineRenderer
{
public:
    explicit TimelineRenderer(const timeline::TimelineIndex &index);

    void paint(QPainter &painter, const QList<TimelinePaintRow> &rows, const TimelineFrame &frame);

    // DESIGN §4 colours; probation is its fill hatched with hatchColor().
    static QColor stateColor(LaneState state);
    // DESIGN §4's colours by severity (a gateway header's link dot).
    static QColor severityColor(Severity severity);
    static QColor probationHatchColor();
    static QColor incidentBandColor();

    // Tick marks for [from, to) over `width` pixels, aligned to the zone's wall clock.
    static QList<AxisTick> axisTicks(qint64 from, qint64 to, int width, const QTimeZone &zone);

    // On (the default), lane pixels are written straight into the painter's image when it is a
    // raster image LaneRaster can address; off, they always go through a buffer and drawImage.
    // Both paint the same pixels (TestTimelineView compares them).
    void setWritesIntoTarget(bool on) { m_writesIntoTarget = on; }
    // Whether the last paint() did.
    bool wroteIntoTarget() const { return m_raster.writesIntoTarget(); }

private:
    struct Overlay
    {
        int x = 0;
        int top = 0;
        int height = 0;
        QString label;
        int roomRight = 0; // pixels until the next overlay on the same lane
    };

    // Plot rows [top, bottom) of a lane, all visible ones.
    void paintLaneRow(const TimelinePaintRow &row, const TimelineFrame &frame, int rowIndex, int top,
                      int bottom);
    void darkenGrid(QRgb *colours) const; // a plot-wide row
    void paintOverlays(QPainter &painter, const TimelineFrame &frame);
    void paintLabels(QPainter &painter, const QList<TimelinePaintRow> &rows, const TimelineFrame &frame);
    void paintAxis(QPainter &painter, const TimelineFrame &frame, const QList<AxisTick> &ticks);

    const timeline::TimelineIndex &m_index;
    bool m_writesIntoTarget = true;
    // Reused between repaints: a repaint allocates nothing once the size settles.
    LaneRaster m_raster;
    std::vector<int> m_grid;                           // plot columns of the axis ticks' grid lines
    std::array<std::vector<QRgb>, 2> m_rowBackgrounds; // alternating lanes' backgrounds
    std::vector<QRgb> m_blank;                         // the plot's background, with the grid
    std::vector<QRgb> m_group;
    std::vector<timeline::ColumnCell> m_cells;
    std::vector<QRgb> m_base;
    std::vector<int> m_probation; // room for every column; a lane's hatched ones come first
    std::vector<QRgb> m_back;
    std::vector<QRgb> m_rug;   // m_back with dense markers' ticks
    std::vector<QRgb> m_hatch; // the hatch colour, with the grid
    // Per hatch phase (kHatchPeriod), the lane's probation columns that phase hatches.
    std::array<std::vector<int>, 6> m_hatchColumns;
    std::vector<Overlay> m_markers;
    std::vector<Overlay> m_flags;
};

} // namespace sb

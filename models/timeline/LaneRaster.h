#pragma once

#include <span>
#include <vector>

#include <QImage>
#include <QRect>

class QPainter;

namespace sb {

// Where TimelineRenderer's lane pixels go, one plot row at a time. When the painter draws on
// a raster image of a 32-bit RGB format through a whole-pixel translation (a widget's backing
// store, QWidget::render or grab() into a QImage or QPixmap), rows are written straight into
// that image, clipped to what the painter may touch: each pixel is written once, with no
// intermediate buffer and no drawImage blit. Anything else (a scaled high-DPI device, a
// printer, a clip of many rectangles) gets a buffer that end() blits with QPainter.
class LaneRaster
{
public:
    // Starts a frame for `plot` (the painter's logical coordinates). `intoTarget` false always
    // uses the buffer (tests compare both paths).
    void begin(QPainter &painter, const QRect &plot, bool intoTarget);
    // Plot rows [top(), bottom()) hold every visible pixel; rows outside need not be produced.
    int top() const { return m_top; }
    int bottom() const { return m_bottom; }
    // Whether this (or the last) frame wrote into the painter's image rather than a buffer.
    bool writesIntoTarget() const { return m_direct; }
    // Plot row y (plot coordinates, top() <= y < bottom()) is colours[0, plot width).
    void row(int y, const QRgb *colours);
    // After row(y, ...): row y's pixel x becomes colours[x] for each x of `columns` (ascending).
    void patch(int y, std::span<const int> columns, const QRgb *colours);
    // Blits the buffer if this frame used one.
    void end(QPainter &painter);

private:
    // Above this many clip rectangles the per-row clipping costs more than a blit saves.
    static constexpr int kMaxClipRects = 16;

    QRect m_plot;
    QImage m_buffer;
    bool m_direct = false;
    uchar *m_bits = nullptr; // the image written: the target's pixels or m_buffer's
    qsizetype m_stride = 0;
    QPoint m_origin;           // where the plot's top-left pixel is in that image
    std::vector<QRect> m_clip; // plot coordinates, the visible parts of the plot
    int m_top = 0;
    int m_bottom = 0;
};

} // namespace sb

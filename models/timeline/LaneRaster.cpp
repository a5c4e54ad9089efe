#include "models/timeline/LaneRaster.h"

#include <cmath>
#include <cstring>

#include <QPaintEngine>
#include <QPainter>

namespace sb {

namespace {

// The image `painter` really draws on, if lane pixels may be written into it directly.
QImage *writableTarget(QPainter &painter)
{
    QPaintEngine *engine = painter.paintEngine();
    if (engine == nullptr || engine->type() != QPaintEngine::Raster)
        return nullptr;
    QPaintDevice *device = engine->paintDevice();
    if (device == nullptr || device->devType() != QInternal::Image)
        return nullptr;
    auto *image = static_cast<QImage *>(device);
    // An opaque 0xffRRGGBB pixel means the same in these three formats.
    const QImage::Format format = image->format();
    if (format != QImage::Format_RGB32 && format != QImage::Format_ARGB32 &&
        format != QImage::Format_ARGB32_Premultiplied)
        return nullptr;
    // bits() would copy a shared image, away from the pixels the painter draws on.
    if (!image->isDetached())
        return nullptr;
    // Lane pixels are opaque: at full opacity, SourceOver and Source both replace the pixel.
    const QPainter::CompositionMode mode = painter.compositionMode();
    if (painter.opacity() != 1.0 ||
        (mode != QPainter::CompositionMode_SourceOver && mode != QPainter::CompositionMode_Source))
        return nullptr;
    return image;
}

bool wholePixels(double d)
{
    return d == std::trunc(d) && std::abs(d) < 1e9;
}

} // namespace

void LaneRaster::begin(QPainter &painter, const QRect &plot, bool intoTarget)
{
    m_plot = plot;
    m_clip.clear();
    m_direct = false;
    QImage *target = intoTarget ? writableTarget(painter) : nullptr;
    const QTransform transform = painter.deviceTransform();
    if (target != nullptr && transform.type() <= QTransform::TxTranslate && wholePixels(transform.dx()) &&
        wholePixels(transform.dy())) {
        const QPoint origin = plot.topLeft() + QPoint(int(transform.dx()), int(transform.dy()));
        // What the painter itself may touch: the device, the system clip (the paint event's
        // region, in device pixels; empty when there is none) and any clip set on the painter.
        QRegion visible = QRegion(QRect(origin, plot.size())) & target->rect();
        const QRegion system = painter.paintEngine()->systemClip();
        if (!system.isEmpty())
            visible &= system;
        if (painter.hasClipping())
            visible &= transform.map(painter.clipRegion());
        if (visible.rectCount() <= kMaxClipRects) {
            for (const QRect &rect : visible)
                m_clip.push_back(rect.translated(-origin));
            m_bits = target->bits();
            m_stride = target->bytesPerLine();
            m_origin = origin;
            m_direct = true;
        }
    }
    if (!m_direct) {
        if (m_buffer.size() != plot.size())
            m_buffer = QImage(plot.size(), QImage::Format_RGB32);
        m_clip.push_back(QRect(QPoint(0, 0), plot.size()));
        m_bits = m_buffer.bits();
        m_stride = m_buffer.bytesPerLine();
        m_origin = QPoint(0, 0);
    }
    m_top = m_bottom = 0;
    if (!m_clip.empty()) {
        m_top = m_clip.front().top();
        m_bottom = m_clip.front().bottom() + 1;
        for (const QRect &rect : m_clip) {
            m_top = std::min(m_top, rect.top());
            m_bottom = std::max(m_bottom, rect.bottom() + 1);
        }
    }
}

void LaneRaster::row(int y, const QRgb *colours)
{
    uchar *line = m_bits + qsizetype(m_origin.y() + y) * m_stride;
    for (const QRect &rect : m_clip) {
        if (y < rect.top() || y > rect.bottom())
            continue;
        std::memcpy(line + qsizetype(m_origin.x() + rect.left()) * qsizetype(sizeof(QRgb)),
                    colours + rect.left(), size_t(rect.width()) * sizeof(QRgb));
    }
}

void LaneRaster::patch(int y, std::span<const int> columns, const QRgb *colours)
{
    auto *line = reinterpret_cast<QRgb *>(m_bits + qsizetype(m_origin.y() + y) * m_stride);
    for (const QRect &rect : m_clip) {
        if (y < rect.top() || y > rect.bottom())
            continue;
        for (const int x : columns) {
            if (x >= rect.left() && x <= rect.right())
                line[m_origin.x() + x] = colours[x];
        }
    }
}

void LaneRaster::end(QPainter &painter)
{
    if (!m_direct)
        painter.drawImage(m_plot.topLeft(), m_buffer);
    m_bits = nullptr;
}

} // namespace sb

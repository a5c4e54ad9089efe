#include "models/incidents/IncidentPainter.h"

#include "app/incidents/ReportExport.h"
#include "models/timeline/TimelineIndex.h"
#include "models/timeline/TimelineRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace sb::incidents {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(sb::incidents)
};

constexpr int kAxisHeight = 24;
constexpr int kRowHeight = 30;
constexpr int kLabelWidth = 220;
const QString kPictureUrl = QStringLiteral("switchboard-incident-picture.png");

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// The report's HTML laid out by Qt's own text engine, with the picture as a resource.
void layOut(QTextDocument &document, const IncidentReport &report, qreal width)
{
    document.setPageSize(QSizeF(width, -1));
    document.addResource(QTextDocument::ImageResource, QUrl(kPictureUrl),
                         IncidentPainter::lanesPicture(report, int(width * 0.95)));
    document.setHtml(htmlReport(report, {}, kPictureUrl));
}

} // namespace

QImage IncidentPainter::lanesPicture(const IncidentReport &report, int width)
{
    timeline::TimelineIndex index;
    QList<LaneKey> lanes;
    QList<store::Segment> segments;
    QList<health::Incident> incidents;
    for (const LaneIncident &lane : report.lanes) {
        lanes.append(lane.incident.lane);
        segments.append(lane.segments);
        incidents.append(lane.incident);
    }
    index.setLanes(lanes);
    index.load(segments);
    index.loadIncidents(incidents);
    for (const LaneIncident &lane : report.lanes) {
        for (const ChannelEvent &event : lane.events)
            index.addEvent(event);
    }
    const qint64 span = std::max<qint64>(report.to - report.from, 60 * 1000);
    const qint64 margin = span / 20;

    QImage image(width, kAxisHeight + int(lanes.size()) * kRowHeight + 1, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    TimelineFrame frame;
    frame.from = report.from - margin;
    frame.to = report.to + margin;
    frame.now = report.to;
    frame.viewport = image.rect();
    frame.labelWidth = kLabelWidth;
    frame.axis = QRect(kLabelWidth, 0, width - kLabelWidth, kAxisHeight);
    frame.plot = QRect(kLabelWidth, kAxisHeight, width - kLabelWidth, image.height() - kAxisHeight);
    frame.timeZone = report.timeZone;
    frame.timeZoneName =
        report.timeZone.abbreviation(QDateTime::fromMSecsSinceEpoch(report.to, report.timeZone));
    QList<TimelinePaintRow> rows;
    int top = kAxisHeight;
    for (const LaneKey &lane : lanes) {
        const int id = index.laneId(lane);
        rows.append({false, id, lane.toString(), top, kRowHeight, false, index.currentState(id)});
        top += kRowHeight;
    }
    TimelineRenderer renderer(index);
    renderer.paint(painter, rows, frame);
    painter.end();
    return image;
}

QByteArray IncidentPainter::lanesPicturePng(const IncidentReport &report)
{
    return pngBytes(lanesPicture(report));
}

QByteArray IncidentPainter::pdf(const IncidentReport &report)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(report.title);
        writer.setCreator(provenance(report));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(96);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QTextDocument document;
        layOut(document, report, writer.pageLayout().paintRectPixels(writer.resolution()).width());
        document.print(&writer);
    }
    return bytes;
}

QByteArray IncidentPainter::pagePng(const IncidentReport &report)
{
    constexpr int kWidth = 1000;
    QTextDocument document;
    layOut(document, report, kWidth);
    const QSizeF size = document.size();
    QImage image(kWidth, int(std::ceil(size.height())), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    document.drawContents(&painter);
    painter.end();
    return pngBytes(image);
}

void IncidentPainter::install()
{
    installPageRenderers(
        {&IncidentPainter::lanesPicturePng, &IncidentPainter::pdf, &IncidentPainter::pagePng});
}

} // namespace sb::incidents

#pragma once

#include "app/incidents/IncidentReport.h"

#include <QByteArray>
#include <QImage>

namespace sb::incidents {

// What an incident looks like on paper, drawn with QtGui only (no Widgets), so the window and
// switchboardctl draw the same pages: the lanes over the incident's span painted by the
// timeline's own renderer, and the whole report as a PDF (QPdfWriter) or a PNG page.
class IncidentPainter
{
public:
    // The lanes of the report over its span (a little margin either side), `width` pixels wide.
    static QImage lanesPicture(const IncidentReport &report, int width = 1200);
    static QByteArray lanesPicturePng(const IncidentReport &report);
    static QByteArray pdf(const IncidentReport &report);
    static QByteArray pagePng(const IncidentReport &report);

    // Hands the three to app/incidents' exports (ReportExport.h). A QGuiApplication must exist.
    static void install();
};

} // namespace sb::incidents

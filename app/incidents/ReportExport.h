#pragma once

#include "app/incidents/IncidentReport.h"

#include <functional>
#include <optional>

#include <QByteArray>
#include <QString>

namespace sb::incidents {

enum class ExportFormat
{
    Markdown,
    Html,
    Pdf,
    Png,
};

std::optional<ExportFormat> exportFormatFromName(const QString &name); // "md", "html", "pdf", "png"
QString exportFormatName(ExportFormat format);
QString exportFileSuffix(ExportFormat format);

// What only QtGui can draw: the picture of the lanes over the incident's span (a PNG), and the
// PDF and PNG pages. app/ has no QtGui, so executables that link the painter
// (models/incidents/IncidentPainter) install it here; without it those formats are refused in
// words and HTML goes out without its picture.
struct PageRenderers
{
    std::function<QByteArray(const IncidentReport &)> picturePng;
    std::function<QByteArray(const IncidentReport &)> pdf;
    std::function<QByteArray(const IncidentReport &)> pagePng;
};
void installPageRenderers(PageRenderers renderers);
const PageRenderers &pageRenderers();

// The report in one format, or nothing with `problem` set in plain words. Every piece of text
// that came from a gateway or an operator is redacted and, in Markdown and HTML, escaped.
std::optional<QByteArray> exportReport(const IncidentReport &report, ExportFormat format, QString *problem);

// The pieces the formats share, for the painters in models/.
QString markdownReport(const IncidentReport &report);
// `picturePng` empty: no picture. The picture is embedded as a data URL unless
// `pictureUrl` names a resource the reader supplies (QTextDocument for the PDF).
QString htmlReport(const IncidentReport &report, const QByteArray &picturePng,
                   const QString &pictureUrl = {});
// "Exported by Switchboard 0.x from history <file> at <time>".
QString provenance(const IncidentReport &report);

} // namespace sb::incidents

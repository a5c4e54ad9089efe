#include "app/incidents/ReportExport.h"

#include "app/platform/BuildInfo.h"
#include "app/platform/Redactor.h"
#include "app/platform/SafeText.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sb::incidents {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(sb::incidents)
};

PageRenderers &renderers()
{
    static PageRenderers installed;
    return installed;
}

// Text for a file someone else opens: no secrets, no control characters (escaped visibly).
QString clean(const QString &text)
{
    return SafeText::forLog(Redactor::redact(text));
}

// Plain text that Markdown must not read as markup (nor as HTML, which Markdown passes on).
QString md(const QString &text)
{
    QString out;
    const QString safe = clean(text);
    out.reserve(safe.size() + 8);
    for (const QChar c : safe) {
        switch (c.unicode()) {
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '#':
        case '!':
            out += QLatin1Char('\\');
            out += c;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString html(const QString &text)
{
    return clean(text).toHtmlEscaped();
}

struct Fact
{
    QString name;
    QString value; // plain text
};

QList<Fact> facts(const IncidentReport &report)
{
    QStringList lanes;
    for (const LaneIncident &lane : report.lanes)
        lanes << lane.incident.lane.toString();
    QList<Fact> out{
        {Text::tr("Lanes"), lanes.join(QStringLiteral(", "))},
        {Text::tr("Span"), report.open ? Text::tr("%1 – %2 (still open)")
                                             .arg(receiptTime(report.from, report.timeZone),
                                                  receiptTime(report.to, report.timeZone))
                                       : Text::tr("%1 – %2").arg(receiptTime(report.from, report.timeZone),
                                                                 receiptTime(report.to, report.timeZone))},
        {Text::tr("Duration"), durationText(report.durationMs())},
        {Text::tr("Worst state"), stateDisplayName(report.worstState)},
        {Text::tr("Cause"), report.cause},
    };
    if (!report.worstReason.isEmpty())
        out.append({Text::tr("At its worst"), report.worstReason});
    out.append({Text::tr("First operator action"),
                report.timeToFirstActionMs()
                    ? Text::tr("%1 after it began").arg(durationText(*report.timeToFirstActionMs()))
                    : Text::tr("none recorded")});
    return out;
}

QString laneHeading(const LaneIncident &lane)
{
    return Text::tr("Receipt: %1 (%2)")
        .arg(channelDisplayName(lane.incident.lane.channel), lane.incident.lane.toString());
}

QString noteLine(const store::Note &note)
{
    return note.author.isEmpty() ? note.text : Text::tr("%1: %2").arg(note.author, note.text);
}

} // namespace

void installPageRenderers(PageRenderers installed)
{
    renderers() = std::move(installed);
}

const PageRenderers &pageRenderers()
{
    return renderers();
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (lower == QLatin1String("html"))
        return ExportFormat::Html;
    if (lower == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (lower == QLatin1String("png"))
        return ExportFormat::Png;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Png:
        return QStringLiteral("png");
    }
    return {};
}

QString exportFileSuffix(ExportFormat format)
{
    return exportFormatName(format);
}

QString provenance(const IncidentReport &report)
{
    return Text::tr("Exported by Switchboard %1 from history %2 at %3")
        .arg(QString::fromLatin1(build::version), QFileInfo(report.historyPath).fileName(),
             receiptTime(report.generatedAt, report.timeZone));
}

QString markdownReport(const IncidentReport &report)
{
    QString out;
    out += QStringLiteral("# ") + md(report.title) + QStringLiteral("\n\n");
    out += QStringLiteral("_") + md(provenance(report)) + QStringLiteral("_\n\n");
    out += QStringLiteral("| | |\n|---|---|\n");
    for (const Fact &fact : facts(report))
        out += QStringLiteral("| %1 | %2 |\n").arg(md(fact.name), md(fact.value));
    for (const LaneIncident &lane : report.lanes) {
        out += QStringLiteral("\n## ") + md(laneHeading(lane)) + QStringLiteral("\n\n");
        for (const Receipt &r : lane.receipts)
            out += QStringLiteral("- %1 %2\n").arg(receiptTime(r.at, report.timeZone), md(r.text));
    }
    if (!report.notes.isEmpty()) {
        out += QStringLiteral("\n## ") + md(Text::tr("Notes")) + QStringLiteral("\n\n");
        for (const store::Note &note : report.notes)
            out += QStringLiteral("- %1 %2\n").arg(receiptTime(note.at, report.timeZone), md(noteLine(note)));
    }
    if (!report.lessons.isEmpty()) {
        out += QStringLiteral("\n## ") + md(Text::tr("Lessons")) + QStringLiteral("\n\n");
        for (const store::Note &lesson : report.lessons)
            out += QStringLiteral("- ") + md(lesson.text) + QLatin1Char('\n');
    }
    return out;
}

QString htmlReport(const IncidentReport &report, const QByteArray &picturePng, const QString &pictureUrl)
{
    QString out;
    // The content security policy is the second wall: even text that escaped escaping could
    // run no script and load nothing; only the embedded picture is allowed.
    out += QStringLiteral(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
        "style-src 'unsafe-inline'\">\n<title>");
    out += html(report.title);
    out += QStringLiteral(
        "</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
        "table{border-collapse:collapse}td,th{padding:2px 12px 2px 0;text-align:left;vertical-align:top}"
        "li{margin:2px 0}.t{font-family:monospace;color:#555}.action{color:#0b5394}.proof{font-weight:bold}"
        ".provenance{color:#777;font-size:small}img{max-width:100%;height:auto}</style>\n</head><body>\n");
    out += QStringLiteral("<h1>") + html(report.title) + QStringLiteral("</h1>\n");
    out += QStringLiteral("<p class=\"provenance\">") + html(provenance(report)) + QStringLiteral("</p>\n");
    out += QStringLiteral("<table>\n");
    for (const Fact &fact : facts(report)) {
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(html(fact.name), html(fact.value));
    }
    out += QStringLiteral("</table>\n");
    if (!picturePng.isEmpty() || !pictureUrl.isEmpty()) {
        const QString source = pictureUrl.isEmpty() ? QStringLiteral("data:image/png;base64,") +
                                                          QString::fromLatin1(picturePng.toBase64())
                                                    : pictureUrl;
        out += QStringLiteral("<p><img src=\"%1\" alt=\"%2\"></p>\n")
                   .arg(source, html(Text::tr("The lanes over the incident's span")));
    }
    for (const LaneIncident &lane : report.lanes) {
        out += QStringLiteral("<h2>") + html(laneHeading(lane)) + QStringLiteral("</h2>\n<ul>\n");
        for (const Receipt &r : lane.receipts) {
            const char *kind = r.kind == Receipt::Kind::Action  ? "action"
                               : r.kind == Receipt::Kind::Proof ? "proof"
                                                                : "event";
            out += QStringLiteral("<li class=\"%1\"><span class=\"t\">%2</span> %3</li>\n")
                       .arg(QLatin1String(kind), html(receiptTime(r.at, report.timeZone)), html(r.text));
        }
        out += QStringLiteral("</ul>\n");
    }
    if (!report.notes.isEmpty()) {
        out += QStringLiteral("<h2>") + html(Text::tr("Notes")) + QStringLiteral("</h2>\n<ul>\n");
        for (const store::Note &note : report.notes) {
            out += QStringLiteral("<li><span class=\"t\">%1</span> %2</li>\n")
                       .arg(html(receiptTime(note.at, report.timeZone)), html(noteLine(note)));
        }
        out += QStringLiteral("</ul>\n");
    }
    if (!report.lessons.isEmpty()) {
        out += QStringLiteral("<h2>") + html(Text::tr("Lessons")) + QStringLiteral("</h2>\n<ul>\n");
        for (const store::Note &lesson : report.lessons)
            out += QStringLiteral("<li>") + html(lesson.text) + QStringLiteral("</li>\n");
        out += QStringLiteral("</ul>\n");
    }
    out += QStringLiteral("</body></html>\n");
    return out;
}

std::optional<QByteArray> exportReport(const IncidentReport &report, ExportFormat format, QString *problem)
{
    const PageRenderers &installed = renderers();
    switch (format) {
    case ExportFormat::Markdown:
        return markdownReport(report).toUtf8();
    case ExportFormat::Html:
        return htmlReport(report, installed.picturePng ? installed.picturePng(report) : QByteArray())
            .toUtf8();
    case ExportFormat::Pdf:
    case ExportFormat::Png: {
        const auto &render = format == ExportFormat::Pdf ? installed.pdf : installed.pagePng;
        if (!render) {
            *problem = Text::tr("this program cannot draw %1 pages (no painter installed)")
                           .arg(exportFormatName(format).toUpper());
            return std::nullopt;
        }
        QByteArray bytes = render(report);
        if (bytes.isEmpty()) {
            *problem = Text::tr("the %1 page could not be drawn").arg(exportFormatName(format).toUpper());
            return std::nullopt;
        }
        return bytes;
    }
    }
    *problem = Text::tr("unknown export format");
    return std::nullopt;
}

} // namespace sb::incidents

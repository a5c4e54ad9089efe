#include "app/ctl/IncidentCommands.h"

#include "app/ctl/GatewayArguments.h"
#include "app/ctl/HistoryCommand.h"
#include "app/ctl/StatusCommand.h"
#include "app/incidents/IncidentReport.h"
#include "app/incidents/LogImport.h"
#include "app/incidents/ReportExport.h"
#include "app/platform/Clock.h"
#include "app/platform/Redactor.h"
#include "app/platform/SafeText.h"
#include "app/platform/Settings.h"
#include "app/store/History.h"

#include <algorithm>
#include <limits>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

QString shown(const QString &text)
{
    return SafeText::forTerminal(Redactor::redact(text));
}

QCommandLineOption historyOption()
{
    return {QStringLiteral("history"), Text::tr("The history file to read (default: the window's own)."),
            QStringLiteral("file")};
}

QCommandLineOption configOption()
{
    return {
        QStringLiteral("config"),
        Text::tr("The window's settings file: its preferences judge lanes, its profiles give time zones."),
        QStringLiteral("file")};
}

QCommandLineOption zoneOption()
{
    return {
        QStringLiteral("time-zone"),
        Text::tr("IANA time zone for the receipts (default: the gateway profile's, else this computer's)."),
        QStringLiteral("zone")};
}

// Parses or prints help; ExitHealthy to go on, anything else to stop with.
int parse(QCommandLineParser &parser, const QStringList &arguments, CtlIo &io, bool *helped)
{
    parser.addHelpOption();
    *helped = false;
    if (!parser.parse(arguments))
        return usageError(io.err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        *helped = true;
    }
    return ExitHealthy;
}

// The history a reader names, opened; nothing (the reason printed) when there is none.
std::unique_ptr<store::History> openHistory(const QCommandLineParser &parser, CtlIo &io)
{
    const QString given = parser.value(QStringLiteral("history"));
    const QString path = given.isEmpty() ? store::History::defaultPath() : given;
    if (!QFileInfo::exists(path)) {
        io.err << Text::tr("switchboardctl: no history at %1").arg(path) << '\n';
        return nullptr;
    }
    auto history = std::make_unique<store::History>(path);
    QString error;
    if (!history->open(&error)) {
        io.err << QStringLiteral("switchboardctl: ") << error << '\n';
        return nullptr;
    }
    return history;
}

Settings settingsFrom(const QCommandLineParser &parser)
{
    const QString config = parser.value(QStringLiteral("config"));
    return config.isEmpty() ? Settings() : Settings(config);
}

// --time-zone, else the zone of the profile watching `gatewayId`, else this computer's.
std::optional<QTimeZone> zoneFor(const QCommandLineParser &parser, const QString &gatewayId, CtlIo &io)
{
    const QString named = parser.value(QStringLiteral("time-zone"));
    if (!named.isEmpty()) {
        const QTimeZone zone(named.toUtf8());
        if (!zone.isValid()) {
            usageError(io.err, Text::tr("--time-zone: unknown zone \"%1\"").arg(named));
            return std::nullopt;
        }
        return zone;
    }
    for (const GatewayProfile &profile : settingsFrom(parser).profiles()) {
        if (profile.id == gatewayId && !profile.displayTimeZone.isEmpty()) {
            const QTimeZone zone(profile.displayTimeZone.toUtf8());
            if (zone.isValid())
                return zone;
        }
    }
    return QTimeZone::systemTimeZone();
}

// Open incidents first, then the newest.
void sortForReading(QList<health::Incident> &incidents)
{
    std::stable_sort(incidents.begin(), incidents.end(),
                     [](const health::Incident &a, const health::Incident &b) {
                         if (a.isOpen() != b.isOpen())
                             return a.isOpen();
                         return a.openedAt > b.openedAt;
                     });
}

int printIncidents(store::History &history, qint64 since, bool json, const QTimeZone &zone, CtlIo &io)
{
    QList<health::Incident> incidents = history.incidents(since, std::numeric_limits<qint64>::max());
    sortForReading(incidents);
    const QHash<qint64, QString> titles = history.incidentTitles();
    if (json) {
        QJsonArray array;
        for (const health::Incident &i : incidents) {
            QJsonObject object{{QStringLiteral("id"), i.id},
                               {QStringLiteral("group"), i.groupId},
                               {QStringLiteral("lane"), i.lane.toString()},
                               {QStringLiteral("openedAt"), i.openedAt},
                               {QStringLiteral("open"), i.isOpen()},
                               {QStringLiteral("worstState"), stateName(i.worstState)},
                               {QStringLiteral("lastState"), stateName(i.lastState)},
                               {QStringLiteral("cause"), i.openReason.text()},
                               {QStringLiteral("title"), titles.value(i.id)}};
            if (i.closedAt)
                object.insert(QStringLiteral("closedAt"), *i.closedAt);
            array.append(object);
        }
        io.out << QString::fromUtf8(
            QJsonDocument(SafeText::forJson(Redactor::redact(array))).toJson(QJsonDocument::Indented));
        return ExitHealthy;
    }
    io.out << Text::tr("%n incident(s)", nullptr, int(incidents.size())) << '\n';
    for (const health::Incident &i : incidents) {
        const QString span =
            i.closedAt ? incidents::durationText(*i.closedAt - i.openedAt) : Text::tr("open");
        const QString title = titles.value(i.id);
        io.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                      .arg(i.id, 6)
                      .arg(incidents::receiptTime(i.openedAt, zone))
                      .arg(span, -14)
                      .arg(stateName(i.worstState), -12)
                      .arg(shown(i.lane.toString()))
                      .arg(shown(title.isEmpty() ? i.openReason.text() : title));
    }
    return ExitHealthy;
}

int runIncidents(const QStringList &arguments, CtlIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("The incidents a history holds, open ones first."));
    parser.addOptions({historyOption(),
                       configOption(),
                       zoneOption(),
                       {QStringLiteral("since"), Text::tr("Only incidents still running at or after T."),
                        QStringLiteral("T")},
                       {QStringLiteral("json"), Text::tr("JSON output.")}});
    bool helped = false;
    if (const int stop = parse(parser, arguments, io, &helped); stop != ExitHealthy || helped)
        return stop;
    qint64 since = 0;
    if (parser.isSet(QStringLiteral("since"))) {
        QString why;
        const std::optional<qint64> parsed =
            parseSince(parser.value(QStringLiteral("since")), SystemClock().nowMs(), &why);
        if (!parsed)
            return usageError(io.err, why);
        since = *parsed;
    }
    const auto history = openHistory(parser, io);
    if (!history)
        return ExitCritical;
    const std::optional<QTimeZone> zone = zoneFor(parser, {}, io);
    if (!zone)
        return ExitUsage;
    return printIncidents(*history, since, parser.isSet(QStringLiteral("json")), *zone, io);
}

int runExport(const QStringList &arguments, CtlIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("One incident's report: its receipts, notes and lessons."));
    parser.addOptions(
        {historyOption(),
         configOption(),
         zoneOption(),
         {QStringLiteral("incident"), Text::tr("The incident's id (see `incidents`)."), QStringLiteral("id")},
         {QStringLiteral("format"), Text::tr("md, html, pdf or png."), QStringLiteral("format"),
          QStringLiteral("md")},
         {QStringLiteral("out"), Text::tr("The file to write (md and html: default stdout)."),
          QStringLiteral("file")}});
    bool helped = false;
    if (const int stop = parse(parser, arguments, io, &helped); stop != ExitHealthy || helped)
        return stop;
    bool numeric = false;
    const qint64 id = parser.value(QStringLiteral("incident")).toLongLong(&numeric);
    if (!numeric)
        return usageError(io.err, Text::tr("--incident needs an incident id"));
    const std::optional<incidents::ExportFormat> format =
        incidents::exportFormatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return usageError(io.err, Text::tr("--format is md, html, pdf or png"));
    const QString outPath = parser.value(QStringLiteral("out"));
    const bool binary = *format == incidents::ExportFormat::Pdf || *format == incidents::ExportFormat::Png;
    if (binary && outPath.isEmpty())
        return usageError(io.err,
                          Text::tr("--out is needed for %1").arg(parser.value(QStringLiteral("format"))));
    const auto history = openHistory(parser, io);
    if (!history)
        return ExitCritical;
    const std::optional<health::Incident> incident = history->incident(id);
    if (!incident)
        return usageError(io.err, Text::tr("no incident %1 in %2").arg(id).arg(history->path()));
    const std::optional<QTimeZone> zone = zoneFor(parser, incident->lane.gatewayId, io);
    if (!zone)
        return ExitUsage;
    incidents::ReportOptions options;
    options.timeZone = *zone;
    options.nowMs = SystemClock().nowMs();
    const std::optional<incidents::IncidentReport> report = incidents::buildReport(*history, id, options);
    QString problem;
    const std::optional<QByteArray> bytes =
        report ? incidents::exportReport(*report, *format, &problem) : std::nullopt;
    if (!bytes) {
        io.err << QStringLiteral("switchboardctl: ") << problem << '\n';
        return ExitCritical;
    }
    if (outPath.isEmpty()) {
        io.out << QString::fromUtf8(*bytes);
        return ExitHealthy;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        io.err << Text::tr("switchboardctl: cannot write %1: %2").arg(outPath, file.errorString()) << '\n';
        return ExitCritical;
    }
    return ExitHealthy;
}

int runImportLog(const QStringList &arguments, CtlIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Rebuilds a past night: a gateway's file log (logging.file) read into a new history."));
    parser.addPositionalArgument(QStringLiteral("log"), Text::tr("The gateway's JSON-lines log file."));
    parser.addOptions(
        {configOption(),
         zoneOption(),
         {QStringLiteral("history"), Text::tr("The new history file to write."), QStringLiteral("file")},
         {QStringLiteral("gateway-id"), Text::tr("The gateway the lanes belong to (default: imported)."),
          QStringLiteral("id"), QStringLiteral("imported")},
         {QStringLiteral("json"), Text::tr("JSON output.")}});
    bool helped = false;
    if (const int stop = parse(parser, arguments, io, &helped); stop != ExitHealthy || helped)
        return stop;
    const QStringList positional = parser.positionalArguments();
    // positional[0] is the command's own name.
    if (positional.size() != 2)
        return usageError(io.err, Text::tr("import-log takes one log file"));
    incidents::LogImportOptions options;
    options.logPath = positional.at(1);
    options.historyPath = parser.value(QStringLiteral("history"));
    options.gatewayId = parser.value(QStringLiteral("gateway-id"));
    options.policy = health::HealthPolicy::from(settingsFrom(parser).monitoring());
    if (options.historyPath.isEmpty())
        return usageError(io.err, Text::tr("--history names the new history file to write"));
    if (options.gatewayId.isEmpty() || options.gatewayId.contains(QLatin1Char('/')))
        return usageError(io.err, Text::tr("--gateway-id needs a name without slashes"));
    QString problem;
    const std::optional<incidents::LogImportResult> result = incidents::importGatewayLog(options, &problem);
    if (!result) {
        io.err << QStringLiteral("switchboardctl: ") << problem << '\n';
        return ExitCritical;
    }
    if (!parser.isSet(QStringLiteral("json"))) {
        io.out << Text::tr(
                      "%1: %2 lines read, %3 skipped (not gateway log records), %4 events, %5 incident(s)")
                      .arg(shown(options.logPath))
                      .arg(result->lines)
                      .arg(result->skippedLines)
                      .arg(result->events)
                      .arg(result->incidents)
               << '\n';
    }
    store::History history(options.historyPath);
    QString error;
    if (!history.open(&error)) {
        io.err << QStringLiteral("switchboardctl: ") << error << '\n';
        return ExitCritical;
    }
    const std::optional<QTimeZone> zone = zoneFor(parser, options.gatewayId, io);
    if (!zone)
        return ExitUsage;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject summary{{QStringLiteral("lines"), result->lines},
                            {QStringLiteral("skippedLines"), result->skippedLines},
                            {QStringLiteral("events"), result->events},
                            {QStringLiteral("incidents"), result->incidents},
                            {QStringLiteral("history"), options.historyPath}};
        io.out << QString::fromUtf8(
            QJsonDocument(SafeText::forJson(summary)).toJson(QJsonDocument::Indented));
        return ExitHealthy;
    }
    return printIncidents(history, 0, false, *zone, io);
}

} // namespace

QList<CtlCommand> incidentCommands()
{
    return {
        {QStringLiteral("incidents"), Text::tr("List the incidents in a history, open ones first."),
         runIncidents},
        {QStringLiteral("export"), Text::tr("Export one incident's report as Markdown, HTML, PDF or PNG."),
         runExport},
        {QStringLiteral("import-log"),
         Text::tr("Rebuild a past night from a gateway's file log into a new history."), runImportLog},
    };
}

} // namespace sb::ctl

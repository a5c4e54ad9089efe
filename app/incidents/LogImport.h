#pragma once

#include "app/health/HealthTypes.h"

#include <functional>
#include <optional>

#include <QString>

namespace sb::incidents {

struct LogImportOptions
{
    QString logPath;     // the gateway's file log (logging.file): one JSON record per line
    QString historyPath; // a new history file to build; never the window's own
    QString gatewayId = QStringLiteral("imported"); // the gateway the lanes are put under
    health::HealthPolicy policy;                    // judged as the window would judge them
    qsizetype maxLineBytes = 1 << 20;               // a longer line is skipped, never held in memory whole
    // The window's history file; refused as a target (empty: History::defaultPath()).
    QString protectedHistoryPath;
};

struct LogImportResult
{
    qint64 bytesRead = 0;
    qint64 lines = 0;        // non-empty lines read
    qint64 skippedLines = 0; // not a gateway log record: garbage, truncated, too long, another program's
    qint64 linesWithEvents = 0;
    qint64 events = 0;
    qint64 incidents = 0;
    std::optional<qint64> firstAt;
    std::optional<qint64> lastAt;
};

// Rebuilds a past night offline: reads the log line by line through the same path live
// ingest takes for log lines (parseLogLine → eventsFromLogLine → de-duplication → the health
// engine → a history), into a history of its own. Memory stays bounded whatever the file's
// size (it is streamed; the writer queue pushes back). The history is built under a temporary
// name and renamed into place only when the whole file has been read, so a failed import
// leaves nothing behind. Nothing, with `problem` in words, when it cannot be done.
std::optional<LogImportResult> importGatewayLog(const LogImportOptions &options, QString *problem);

} // namespace sb::incidents

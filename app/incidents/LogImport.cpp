#include "app/incidents/LogImport.h"

#include "app/health/EventDeduplicator.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/LogLineParser.h"
#include "app/platform/Clock.h"
#include "app/store/History.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

namespace sb::incidents {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(sb::incidents)
};

constexpr qint64 kChunkBytes = 256 * 1024;
constexpr qint64 kTickEveryMs = 1000;

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.exists() ? info.canonicalFilePath() : QString();
    if (!resolved.isEmpty())
        return resolved;
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return dir.isEmpty() ? info.absoluteFilePath() : QDir(dir).filePath(info.fileName());
}

// Feeds one gateway's log lines to the engine and the history the way the live Ingestor does.
class Replay
{
public:
    Replay(const LogImportOptions &options, store::History &history, ManualClock &clock)
        : m_options(options)
        , m_history(history)
        , m_clock(clock)
        , m_engine(clock)
    {
        m_engine.setPolicy(options.policy);
        history.attach(&m_engine);
        QObject::connect(&m_engine, &health::HealthEngine::incidentOpened, &m_engine,
                         [this](const health::Incident &incident) { m_incidents.insert(incident.id); });
    }

    void line(const QByteArray &bytes, LogImportResult &result)
    {
        ++result.lines;
        const std::optional<ingest::LogLine> line = ingest::parseLogLine(QString::fromUtf8(bytes));
        if (!line) {
            ++result.skippedLines;
            return;
        }
        if (!result.firstAt)
            result.firstAt = line->at;
        result.lastAt = std::max(result.lastAt.value_or(line->at), line->at);
        // A log is in time order; a line that steps back (a clock change) is read at the last time.
        const qint64 at = std::max(line->at, m_now);
        advanceTo(at);
        const ingest::ParsedEvents parsed = ingest::eventsFromLogLine(
            *line, m_options.gatewayId, [](const QString &) { return QStringLiteral("default"); });
        if (parsed.events.isEmpty())
            return;
        ++result.linesWithEvents;
        for (ChannelEvent event : parsed.events) {
            event.at = std::max(event.at, at);
            if (!m_dedupe.accept(event))
                continue;
            m_history.append(event);
            m_engine.process(event);
            ++result.events;
        }
    }

    void finish(LogImportResult &result)
    {
        if (m_now > 0)
            m_engine.tick(m_now);
        result.incidents = m_incidents.size();
    }

private:
    void advanceTo(qint64 at)
    {
        m_now = at;
        m_clock.set(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()));
        if (at - m_lastTick >= kTickEveryMs) {
            m_engine.tick(at);
            m_lastTick = at;
        }
    }

    const LogImportOptions &m_options;
    store::History &m_history;
    ManualClock &m_clock;
    health::HealthEngine m_engine;
    EventDeduplicator m_dedupe;
    QSet<qint64> m_incidents;
    qint64 m_now = 0;
    qint64 m_lastTick = 0;
};

} // namespace

std::optional<LogImportResult> importGatewayLog(const LogImportOptions &options, QString *problem)
{
    const QString protectedPath =
        options.protectedHistoryPath.isEmpty() ? store::History::defaultPath() : options.protectedHistoryPath;
    if (options.historyPath.isEmpty()) {
        *problem = Text::tr("name a new history file to import into");
        return std::nullopt;
    }
    if (canonical(options.historyPath) == canonical(protectedPath)) {
        *problem =
            Text::tr("%1 is the window's own history; import into a separate file").arg(options.historyPath);
        return std::nullopt;
    }
    if (QFileInfo::exists(options.historyPath)) {
        *problem = Text::tr("%1 already exists; import into a new file so nothing is mixed into a history "
                            "that is in use")
                       .arg(options.historyPath);
        return std::nullopt;
    }
    if (canonical(options.historyPath) == canonical(options.logPath)) {
        *problem = Text::tr("the history cannot be the log file itself");
        return std::nullopt;
    }
    QFile log(options.logPath);
    if (!log.open(QIODevice::ReadOnly)) {
        *problem = Text::tr("cannot read %1: %2").arg(options.logPath, log.errorString());
        return std::nullopt;
    }

    const QString partial = options.historyPath + QStringLiteral(".importing");
    QFile::remove(partial);
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    LogImportResult result;
    {
        ManualClock clock;
        store::History history(partial, {}, &clock);
        QString error;
        if (!history.open(&error)) {
            *problem = Text::tr("cannot create %1: %2").arg(partial, error);
            return std::nullopt;
        }
        Replay replay(options, history, clock);
        QByteArray pending;      // the line being read; never longer than maxLineBytes
        bool discarding = false; // inside a line that grew too long
        QByteArray chunk;
        while (!(chunk = log.read(kChunkBytes)).isEmpty()) {
            result.bytesRead += chunk.size();
            qsizetype start = 0;
            while (start < chunk.size()) {
                const qsizetype newline = chunk.indexOf('\n', start);
                const qsizetype end = newline < 0 ? chunk.size() : newline;
                if (!discarding) {
                    if (pending.size() + (end - start) > options.maxLineBytes) {
                        discarding = true;
                        pending.clear();
                    } else {
                        pending.append(chunk.constData() + start, end - start);
                    }
                }
                if (newline < 0)
                    break;
                if (discarding) {
                    ++result.lines;
                    ++result.skippedLines;
                    discarding = false;
                } else if (!pending.trimmed().isEmpty()) {
                    replay.line(pending, result);
                }
                pending.clear();
                start = newline + 1;
            }
        }
        if (log.error() != QFileDevice::NoError) {
            history.close();
            QFile::remove(partial);
            *problem = Text::tr("reading %1 failed: %2").arg(options.logPath, log.errorString());
            return std::nullopt;
        }
        // The last line, without its newline: read if it is whole (a cut line does not parse).
        if (discarding) {
            ++result.lines;
            ++result.skippedLines;
        } else if (!pending.trimmed().isEmpty()) {
            replay.line(pending, result);
        }
        replay.finish(result);
        history.flush();
        history.close();
    }
    // Closing the last connection checkpoints the WAL into the file; a WAL still there would
    // hold commits, so it moves with the file.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(partial + suffix))
            QFile::rename(partial + suffix, options.historyPath + suffix);
    }
    if (!QFile::rename(partial, options.historyPath)) {
        QFile::remove(partial);
        *problem = Text::tr("cannot move the imported history to %1").arg(options.historyPath);
        return std::nullopt;
    }
    return result;
}

} // namespace sb::incidents

#include "app/platform/Logging.h"

#include "app/platform/PrivateFiles.h"
#include "app/platform/Redactor.h"
#include "app/platform/SafeText.h"

#include <cstdio>
#include <mutex>
#include <sys/stat.h>

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace sb::log {

namespace {

const QStringList s_names = {QStringLiteral("app"),    QStringLiteral("gateway"), QStringLiteral("ingest"),
                             QStringLiteral("health"), QStringLiteral("store"),   QStringLiteral("ui"),
                             QStringLiteral("drill")};

// Redacts the formatted payload and escapes its control characters, then hands the message
// to the real sinks, once per message whatever the number of sinks. Payloads carry gateway
// text (log lines, error messages, samples of malformed frames): a CR/LF in one would forge
// a log line of its own, an ESC would drive the terminal that tails the log. The newline the
// formatter adds after the payload is not part of it and stays.
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit RedactingSink(std::vector<spdlog::sink_ptr> sinks)
        : m_sinks(std::move(sinks))
    {}

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        const QString payload = QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size()));
        const std::string clean = SafeText::forLog(Redactor::redact(payload)).toStdString();
        spdlog::details::log_msg copy(msg.time, msg.source, msg.logger_name, msg.level,
                                      spdlog::string_view_t(clean.data(), clean.size()));
        for (const auto &target : m_sinks) {
            if (target->should_log(copy.level))
                target->log(copy);
        }
    }

    void flush_() override
    {
        for (const auto &target : m_sinks)
            target->flush();
    }

private:
    std::vector<spdlog::sink_ptr> m_sinks;
};

std::shared_ptr<RedactingSink> s_sink;
QString s_logFile;

std::shared_ptr<spdlog::logger> named(const char *name)
{
    if (auto existing = spdlog::get(name))
        return existing;
    // Before init() (unit tests that never call it) messages go to a redacted stderr sink.
    if (!s_sink)
        init(Options{});
    return spdlog::get(name);
}

std::optional<spdlog::level::level_enum> parseLevel(const QString &word)
{
    const auto level = spdlog::level::from_str(word.trimmed().toLower().toStdString());
    // from_str answers "off" for anything it does not know; only accept "off" when asked for.
    if (level == spdlog::level::off && word.trimmed().compare(QLatin1String("off"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    return level;
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QString category = QString::fromUtf8(context.category ? context.category : "default");
    const QString subsystem = category.section(QLatin1Char('.'), 0, 0);
    auto logger = s_names.contains(subsystem) ? named(subsystem.toUtf8().constData()) : named("app");
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        logger->debug("[{}] {}", category.toStdString(), text);
        break;
    case QtInfoMsg:
        logger->info("[{}] {}", category.toStdString(), text);
        break;
    case QtWarningMsg:
        logger->warn("[{}] {}", category.toStdString(), text);
        break;
    case QtCriticalMsg:
        logger->error("[{}] {}", category.toStdString(), text);
        break;
    case QtFatalMsg:
        logger->critical("[{}] {}", category.toStdString(), text);
        logger->flush();
        break;
    }
}

} // namespace

std::shared_ptr<spdlog::logger> app()
{
    return named("app");
}
std::shared_ptr<spdlog::logger> gateway()
{
    return named("gateway");
}
std::shared_ptr<spdlog::logger> ingest()
{
    return named("ingest");
}
std::shared_ptr<spdlog::logger> health()
{
    return named("health");
}
std::shared_ptr<spdlog::logger> store()
{
    return named("store");
}
std::shared_ptr<spdlog::logger> ui()
{
    return named("ui");
}
std::shared_ptr<spdlog::logger> drill()
{
    return named("drill");
}

QStringList loggerNames()
{
    return s_names;
}

std::optional<QString> validateLevelSpec(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? QString() : part.left(eq).trimmed();
        const QString level = eq < 0 ? part : part.mid(eq + 1);
        if (eq >= 0 && !s_names.contains(name)) {
            return QStringLiteral("unknown logger \"%1\" in --log-level (known: %2)")
                .arg(name, s_names.join(QStringLiteral(", ")));
        }
        if (!parseLevel(level)) {
            return QStringLiteral("unknown level \"%1\" in --log-level (use trace, debug, info, warn, error, "
                                  "critical or off)")
                .arg(level.trimmed());
        }
    }
    return std::nullopt;
}

void init(const Options &options)
{
    if (s_sink)
        s_sink->flush();
    spdlog::drop_all();

    std::vector<spdlog::sink_ptr> sinks;
    if (options.toStderr)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    s_logFile.clear();
    if (!options.logDirectory.isEmpty() &&
        files::ensurePrivateFolder(options.logDirectory, files::ExistingFolder::Tighten)) {
        s_logFile = QDir(options.logDirectory).filePath(QStringLiteral("switchboard.log"));
        // The log names operators and incidents: every file the sink opens (the first, an
        // existing one, each one after a rotation) is made the owner's only.
        spdlog::file_event_handlers privateFiles;
        privateFiles.after_open = [](const spdlog::filename_t &, std::FILE *file) {
            if (file)
                ::fchmod(::fileno(file), S_IRUSR | S_IWUSR);
        };
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            s_logFile.toStdString(), static_cast<std::size_t>(options.maxFileBytes),
            static_cast<std::size_t>(options.maxFiles), false, privateFiles));
        // Rotated files an earlier version left readable to all.
        for (int i = 1; i <= options.maxFiles; ++i)
            files::restrictToOwner(
                QDir(options.logDirectory).filePath(QStringLiteral("switchboard.%1.log").arg(i)));
    }
    // The real sinks format; the redacting sink in front of them only rewrites the payload.
    for (const auto &sink : sinks)
        sink->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%n] %l: %v");
    s_sink = std::make_shared<RedactingSink>(std::move(sinks));

    spdlog::level::level_enum defaultLevel = spdlog::level::info;
    QHash<QString, spdlog::level::level_enum> perLogger;
    if (!validateLevelSpec(options.levelSpec)) {
        const QStringList parts = options.levelSpec.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            const qsizetype eq = part.indexOf(QLatin1Char('='));
            if (eq < 0)
                defaultLevel = *parseLevel(part);
            else
                perLogger.insert(part.left(eq).trimmed(), *parseLevel(part.mid(eq + 1)));
        }
    }

    for (const QString &name : s_names) {
        auto logger = std::make_shared<spdlog::logger>(name.toStdString(), s_sink);
        logger->set_level(perLogger.value(name, defaultLevel));
        logger->flush_on(spdlog::level::warn);
        spdlog::register_logger(logger);
    }
    spdlog::flush_every(std::chrono::seconds(2));
    qInstallMessageHandler(qtMessageHandler);
}

QString currentLogFile()
{
    return s_logFile;
}

void shutdown()
{
    qInstallMessageHandler(nullptr);
    if (s_sink)
        s_sink->flush();
    spdlog::shutdown();
    s_sink.reset();
}

} // namespace sb::log

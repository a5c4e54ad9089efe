#pragma once

#include <memory>
#include <optional>

#include <QString>
#include <QStringList>

#include <spdlog/logger.h>

namespace sb::log {

// One named logger per subsystem (Nheko's habit). Every sink sits behind the redacting sink,
// so no logger can write a secret.
std::shared_ptr<spdlog::logger> app();
std::shared_ptr<spdlog::logger> gateway();
std::shared_ptr<spdlog::logger> ingest();
std::shared_ptr<spdlog::logger> health();
std::shared_ptr<spdlog::logger> store();
std::shared_ptr<spdlog::logger> ui();
std::shared_ptr<spdlog::logger> drill();

QStringList loggerNames();

struct Options
{
    QString logDirectory; // empty: no file sink
    bool toStderr = true;
    QString levelSpec; // e.g. "warn,gateway=debug"
    qsizetype maxFileBytes = 5 * 1024 * 1024;
    int maxFiles = 3;
};

// Parses "warn,gateway=debug". Returns an error message in words, or nothing when valid.
std::optional<QString> validateLevelSpec(const QString &spec);

// Creates the sinks and loggers, applies the levels and routes Qt's own messages into the
// "app" logger (or the logger named by the message category's first component). Safe to
// call again (tests do): the previous sinks are flushed and replaced.
void init(const Options &options);

// The file the rotating sink writes, or empty.
QString currentLogFile();

void shutdown();

} // namespace sb::log

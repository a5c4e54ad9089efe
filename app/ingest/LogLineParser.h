#pragma once

#include "app/health/ChannelEvent.h"

#include <functional>
#include <optional>
#include <span>

#include <QList>
#include <QString>

namespace sb::ingest {

// One line of the gateway's file log (a tslog JSON record, as logs.tail returns it).
struct LogLine
{
    qint64 at = 0;     // UTC ms, from `time` (local offset) or `_meta.date`
    QString level;     // "INFO", "WARN", "ERROR"...
    QString subsystem; // "channels/whatsapp", "telegram/network"; empty for the root logger
    QString message;   // the human text, never markup
};

// Reads one line; nothing for a line that is not a tslog record (a truncated first line, a
// stray console print).
std::optional<LogLine> parseLogLine(const QString &line);

// One row of the log table: which lines carry a disconnect, a recovery or a verdict, and the
// events they mean. The table in LogLineParser.cpp is the single source; the tests walk the
// recorded real-gateway lines and the drill's lines through it.
struct LogLineRule
{
    const char *id;
    const char *channel;   // the lane's channel, or nullptr: take it from the subsystem
    const char *subsystem; // nullptr, or a substring the subsystem must contain
    const char *pattern;   // case-insensitive regular expression over the message
    EventKind kind;
    std::optional<EventKind> then = std::nullopt; // a second event from the same line
    int codeGroup = 0;                            // capture holding the status code
    int fixedCode = 0;                            // code when the line implies one
    int delayGroup = 0;                           // capture "Retry 3/12 in 2.16s": the second event's detail
    int detailGroup = 0;                          // capture used as detail (0: the whole message)
};

std::span<const LogLineRule> logLineRules();

// Returns the account a line without an "[account]" prefix belongs to (the channel's default
// account from the latest channels.status).
using DefaultAccount = std::function<QString(const QString &channel)>;

struct ParsedEvents
{
    const LogLineRule *rule = nullptr;
    QList<ChannelEvent> events;
};

// Events for one line on gateway `gatewayId`; an empty result for lines that say nothing
// about a lane's health.
ParsedEvents eventsFromLogLine(const LogLine &line, const QString &gatewayId,
                               const DefaultAccount &defaultAccount);

} // namespace sb::ingest

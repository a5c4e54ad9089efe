// libFuzzer target for the gateway log-line reader (app/ingest/LogLineParser.cpp): any line
// logs.tail hands over goes through parseLogLine() and then the rule table; neither may crash
// or hang (the rules are regular expressions over gateway-controlled text). The raw text is
// also run through the rules as a message, so the mutator reaches the regexes directly.
#include "app/ingest/LogLineParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void checkEvents(const sb::ingest::LogLine &line)
{
    const auto defaultAccount = [](const QString &channel) {
        return channel + QStringLiteral("-default");
    };
    const sb::ingest::ParsedEvents parsed =
        sb::ingest::eventsFromLogLine(line, QStringLiteral("fuzz-gateway"), defaultAccount);
    // A rule that matched yields its events; no rule, no events.
    if ((parsed.rule == nullptr) != parsed.events.isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (const auto line = sb::ingest::parseLogLine(text))
        checkEvents(*line);
    for (const char *subsystem : {"channels/whatsapp", "telegram/network", ""}) {
        sb::ingest::LogLine raw;
        raw.at = 1;
        raw.level = QStringLiteral("ERROR");
        raw.subsystem = QString::fromLatin1(subsystem);
        raw.message = text;
        checkEvents(raw);
    }
    return 0;
}

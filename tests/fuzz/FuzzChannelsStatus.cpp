// libFuzzer target for the channels.status and health payload parsers (ChannelStatus.cpp):
// a gateway's channel report, however malformed, must yield a typed value or a reason, never a
// crash or a hang. Seeds are whole recorded frames; the res/event payload is what gets parsed.
#include "app/gateway/ChannelStatus.h"
#include "tests/fuzz/FuzzPayload.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonValue payload = sb::fuzz::payloadOf(input);

    QString why;
    if (const auto status = sb::gateway::parseChannelsStatus(payload, &why)) {
        for (const sb::gateway::ChannelStatus &channel : status->channels) {
            // channel() must find every channel the list holds.
            if (status->channel(channel.id) == nullptr)
                std::abort();
        }
    } else if (why.isEmpty()) {
        std::abort();
    }
    why.clear();
    if (!sb::gateway::parseHealthSnapshot(payload, &why) && why.isEmpty())
        std::abort();
    if (payload.isObject())
        (void)sb::gateway::parseAccountSnapshot(QStringLiteral("whatsapp"), payload.toObject());
    return 0;
}

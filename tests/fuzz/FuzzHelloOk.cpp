// libFuzzer target for the hello-ok parser and the other typed payload readers in Hello.cpp:
// whatever a gateway puts in the connect answer (or a shutdown/heartbeat/presence event),
// parseHelloOk() must answer with a value or a reason, never crash or hang. Seeds are whole
// recorded frames; the payload of a res/event frame is read the way Connection reads it.
#include "app/gateway/Hello.h"
#include "tests/fuzz/FuzzPayload.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonValue payload = sb::fuzz::payloadOf(input);

    QString why;
    const auto hello = sb::gateway::parseHelloOk(payload, &why);
    if (hello) {
        // What the rest of the console relies on after a successful parse.
        if (hello->tickIntervalMs <= 0 || hello->maxPayloadBytes <= 0)
            std::abort();
    } else if (why.isEmpty()) {
        std::abort(); // a refusal must say why
    }
    const auto shutdown = sb::gateway::parseShutdown(payload);
    if (shutdown && shutdown->restartExpectedMs && *shutdown->restartExpectedMs < 0)
        std::abort();
    (void)sb::gateway::parseConfigChanged(payload);
    (void)sb::gateway::parseHeartbeat(payload);
    (void)sb::gateway::parsePresence(payload);
    (void)sb::gateway::parseTimestamp(payload);
    // Every event kind's typed reading of the same payload.
    for (const char *name : {"tick", "heartbeat", "shutdown", "health", "config.changed"}) {
        const auto event = sb::gateway::Event::fromFrame(
            sb::gateway::EventFrame{QString::fromLatin1(name), payload, std::nullopt, std::nullopt}, {});
        if (event.heartbeat && event.kind != sb::gateway::EventKind::Heartbeat)
            std::abort();
    }
    return 0;
}

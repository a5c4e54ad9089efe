// libFuzzer target for the hello-ok parser and the other typed payload readers in Hello.cpp:
// whatever a gateway puts in the connect answer (or a shutdown/heartbeat/presence event),
// parseHelloOk() must answer with a value or a reason, never crash or hang. Seeds are whole
// recorded frames; the payload of a res/event frame is read the way Connection reads it.
#include "app/gateway/Frame.h"
#include "app/gateway/Hello.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include <QJsonArray>
#include <QJsonDocument>

namespace {

// The payload the Connection would hand to the parsers, or the whole document for inputs that
// are a bare payload.
QJsonValue payloadOf(const QByteArray &input)
{
    const auto decoded = sb::gateway::decodeFrame(input);
    if (const auto *frame = std::get_if<sb::gateway::Frame>(&decoded)) {
        if (const auto *response = std::get_if<sb::gateway::ResponseFrame>(frame))
            return response->payload;
        if (const auto *event = std::get_if<sb::gateway::EventFrame>(frame))
            return event->payload;
    }
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QJsonValue payload = payloadOf(input);

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
    return 0;
}

// libFuzzer target for the frame decoder: whatever bytes a gateway (or anything pretending to
// be one) sends, decodeFrame() must answer with a frame or a reason, never crash, hang or
// leak. A decoded frame must also survive a re-encode/re-decode round trip.
#include "app/gateway/Frame.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto decoded = sb::gateway::decodeFrame(input, 1024 * 1024);
    if (const auto *frame = std::get_if<sb::gateway::Frame>(&decoded)) {
        const QByteArray encoded = sb::gateway::encodeFrame(*frame);
        const auto again = sb::gateway::decodeFrame(encoded);
        // Re-encoding a frame we accepted must give a frame we accept again.
        if (!std::holds_alternative<sb::gateway::Frame>(again))
            std::abort();
    }
    return 0;
}

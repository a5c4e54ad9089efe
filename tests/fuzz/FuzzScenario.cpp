// libFuzzer target for the drill scenario parser (app/drill/Scenario.cpp): a scenario file is
// user-supplied (switchboard-drill --scenario); whatever it holds, Scenario::parse() must
// answer with a scenario or a reason in words, never crash, hang or exhaust memory.
#include "app/drill/Scenario.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString error;
    const auto scenario = sb::drill::Scenario::parse(input, &error);
    if (!scenario) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    // The drill plays steps in order: parse() promises them sorted by time.
    for (qsizetype i = 1; i < scenario->steps.size(); ++i) {
        if (scenario->steps.at(i).at < scenario->steps.at(i - 1).at)
            std::abort();
    }
    if (scenario->speed <= 0)
        std::abort();
    return 0;
}

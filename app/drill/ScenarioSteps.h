#pragma once

#include "app/drill/Scenario.h"

namespace sb::drill {

class DrillGateway;
class DrillWorld;
class SignalCliEmulator;

struct StepTargets
{
    DrillWorld *world = nullptr;
    DrillGateway *gateway = nullptr;     // null: fault steps are skipped
    SignalCliEmulator *signal = nullptr; // null: signal steps are skipped
};

// Applies one scenario step to the drill: changes state the way the real plugin would, writes
// the log line the real plugin would, and broadcasts what the real gateway would.
void applyStep(const Scenario::Step &step, const StepTargets &targets);

// The retry delay the WhatsApp connection controller would announce for an attempt
// (2 s × 1.8^(n-1), capped at 30 s; jitter left out so scenarios are reproducible).
qint64 whatsappRetryDelayMs(int attempt);

} // namespace sb::drill

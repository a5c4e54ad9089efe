#pragma once

#include "app/health/LaneKey.h"
#include "app/health/LaneState.h"

#include <QString>

namespace sb::health {

// How to carry out a recommended action by hand, on the gateway's host, for the actions the
// console does not (yet) run itself: the exact command where OpenClaw or signal-cli has one.
// Empty for None and for actions without a manual form. Translated, plain text.
QString manualStepFor(OperatorAction action, const LaneKey &lane);

} // namespace sb::health

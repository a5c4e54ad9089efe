#pragma once

#include "app/policy/PolicyTypes.h"

#include <QJsonObject>

namespace sb::policy {

// Reads config.get's parsed (redacted) config into typed values. Never the JSON5 `raw` text.
// A shape it does not understand (a policy outside OpenClaw's enums, an allowlist that is not
// a list of ids, the legacy dm.policy key...) is recorded in `problems` with its path, and
// the channel it belongs to becomes read-only.
PolicyConfig readPolicyConfig(const QJsonObject &config);

} // namespace sb::policy

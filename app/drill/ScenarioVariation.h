#pragma once

#include "app/drill/Scenario.h"

namespace sb::drill {

// How long gateway k's steps lag behind gateway k-1's in a fleet, so that a fleet's drops
// are spread out on the timeline instead of landing in the same pixel column.
inline constexpr qint64 kFleetStaggerMs = 7 * 60 * 1000;

// The scenario gateway `gatewayNumber` (1-based) of a fleet plays (switchboard-drill
// --gateways N, docs/scenarios.md "Fleets"). Gateway 1 plays `story` as written; every other
// gateway plays a variation of it, the same on every run:
//   * its steps happen (k-1) x kFleetStaggerMs later (the scenario starts at the same time);
//   * its accounts are renamed: an account `name` becomes "gw<k>_<name>", and a WhatsApp
//     `self.e164`/`self.jid` ends in k (zero-padded to four digits) instead;
//   * on even k the gateway runs without WhatsApp: the channel is disabled in the config and
//     its snapshot, and the WhatsApp-only steps (channel "whatsapp", `webLogin`, WhatsApp log
//     lines) are dropped.
// The name becomes "<name>-gw<k>".
Scenario fleetVariation(const Scenario &story, int gatewayNumber);

} // namespace sb::drill

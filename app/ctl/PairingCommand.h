#pragma once

#include "app/ctl/CtlCommand.h"

namespace sb::ctl {

// `switchboardctl pairing list [--json]` over one or several gateways (--gateway / --profile
// repeated, as for `status`; each line's lane names its gateway) and
// `switchboardctl pairing approve|dismiss --lane GW/CHANNEL/ACCOUNT --request ID [--notify]
// [--command-owner]`: the gateway's pending DM access requests (channels.pairing.*, protocol 4).
// On protocol 3 it prints the `openclaw pairing` command to run on the gateway host instead.
CtlCommand pairingCommand();

} // namespace sb::ctl

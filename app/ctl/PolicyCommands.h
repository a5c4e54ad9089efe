#pragma once

#include "app/ctl/CtlCommand.h"

namespace sb::ctl {

// switchboardctl policy show [--lane L] [--json]: every account's effective policy with the
//   provenance of each field (account / channel / default).
CtlCommand policyCommand();

// switchboardctl audit [--json]: the built-in rules plus `openclaw security audit --json`
//   (when the gateway is on this machine), merged by checkId; exit 2 on any critical, 1 on a
//   warning, 0 clean.
// switchboardctl audit --fix CHECK_ID [--yes]: the finding's fix as a previewed patch;
//   with --yes it is written (baseHash guarded) and the audit runs again.
CtlCommand auditCommand();

} // namespace sb::ctl

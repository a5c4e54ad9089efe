#pragma once

#include "app/ctl/CtlCommand.h"

namespace sb::ctl {

// switchboardctl failover / failback (issue 13):
//   failover --gateway URL --from LANE --to LANE [--operators FILE] [--override CHECK]… [--yes] [--json]
//   failback  (the same options as the failover it undoes)
// Without --yes it prints the plan and the pre-flight and writes nothing. Exit codes:
//   0 done and verified (or, without --yes, the pre-flight passes)
//   1 rolled back (a test message was not confirmed; the report says whose)
//   2 refused: bad input, the pre-flight, or the gateway refused the write; nothing written
//   3 conflict: another writer changed the config; nothing of theirs was overwritten
enum FailoverExit : int
{
    FailoverDone = 0,
    FailoverRolledBack = 1,
    FailoverRefused = 2,
    FailoverConflict = 3,
};

CtlCommand failoverCommand();
CtlCommand failbackCommand();

} // namespace sb::ctl

#pragma once

#include "app/ctl/StatusCommand.h"

class QTextStream;

namespace sb::ctl {

struct WatchOptions
{
    StatusOptions status;
    int durationSeconds = 0; // 0: until interrupted
};

// `switchboardctl watch`: prints every lane's state once the picture is complete, then one
// line per transition as it happens (and gateway connection changes), as text or JSON lines.
// Returns the exit code for the lanes when it stops (after --duration), or the connection
// error's code if the gateway refuses us.
int runWatch(const WatchOptions &options, QTextStream &out);

} // namespace sb::ctl

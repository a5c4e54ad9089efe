#pragma once

#include "app/ctl/StatusCommand.h"

#include <QList>

class QTextStream;

namespace sb::ctl {

struct WatchOptions
{
    StatusOptions status;        // the gateway watched (the first, when there are several)
    QList<StatusOptions> others; // watched alongside it, each in its own session
    int durationSeconds = 0;     // 0: until interrupted
};

// `switchboardctl watch`: prints every lane's state once the picture is complete, then one
// line per transition as it happens (and gateway connection changes), as text or JSON lines.
// Returns the exit code for the lanes when it stops (after --duration), or the connection
// error's code if the gateway refuses us; with several gateways, the worst of theirs. A
// gateway that refuses us is reported and the others are still watched.
int runWatch(const WatchOptions &options, QTextStream &out);

} // namespace sb::ctl

#include "app/ctl/CtlCommand.h"
#include "app/ctl/SignalCommand.h"

namespace sb::ctl {

QList<CtlCommand> ctlCommands()
{
    return {
        signalCommand(),
    };
}

} // namespace sb::ctl

#include "app/ctl/CtlCommand.h"
#include "app/ctl/FailoverCommand.h"

namespace sb::ctl {

QList<CtlCommand> ctlCommands()
{
    return {
        failoverCommand(),
        failbackCommand(),
    };
}

} // namespace sb::ctl

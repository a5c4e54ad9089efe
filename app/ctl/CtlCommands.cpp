#include "app/ctl/CtlCommand.h"
#include "app/ctl/FailoverCommand.h"
#include "app/ctl/PolicyCommands.h"

namespace sb::ctl {

QList<CtlCommand> ctlCommands()
{
    return {
        policyCommand(),
        auditCommand(),
        failoverCommand(),
        failbackCommand(),
    };
}

} // namespace sb::ctl

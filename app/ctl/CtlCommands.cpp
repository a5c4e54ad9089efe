#include "app/ctl/CtlCommand.h"
#include "app/ctl/FailoverCommand.h"
#include "app/ctl/IncidentCommands.h"
#include "app/ctl/PairingCommand.h"
#include "app/ctl/PolicyCommands.h"
#include "app/ctl/RelinkCommand.h"
#include "app/ctl/SignalCommand.h"

namespace sb::ctl {

QList<CtlCommand> ctlCommands()
{
    QList<CtlCommand> commands;
    commands << policyCommand() << auditCommand() << failoverCommand() << failbackCommand() << relinkCommand()
             << pairingCommand() << signalCommand();
    commands += incidentCommands();
    return commands;
}

} // namespace sb::ctl

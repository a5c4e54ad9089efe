#include "app/ctl/CtlCommand.h"
#include "app/ctl/IncidentCommands.h"

namespace sb::ctl {

QList<CtlCommand> ctlCommands()
{
    QList<CtlCommand> commands;
    commands += incidentCommands();
    return commands;
}

} // namespace sb::ctl

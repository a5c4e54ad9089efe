#include "app/ctl/CtlCommand.h"

namespace sb::ctl {

QList<CtlCommand> ctlCommands()
{
    return {};
}

} // namespace sb::ctl

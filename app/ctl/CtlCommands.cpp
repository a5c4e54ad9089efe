#include "app/ctl/CtlCommand.h"
#include "app/ctl/PairingCommand.h"
#include "app/ctl/RelinkCommand.h"

namespace sb::ctl {

QList<CtlCommand> ctlCommands()
{
    return {
        relinkCommand(),
        pairingCommand(),
    };
}

} // namespace sb::ctl

#pragma once

#include "app/ctl/CtlCommand.h"

namespace sb::ctl {

// `incidents` (the list), `export` (one incident's report as md, html, pdf or png) and
// `import-log` (a gateway's file log rebuilt into a history of its own).
QList<CtlCommand> incidentCommands();

} // namespace sb::ctl

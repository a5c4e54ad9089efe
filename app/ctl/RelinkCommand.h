#pragma once

#include "app/ctl/CtlCommand.h"

namespace sb::ctl {

// `switchboardctl relink --gateway URL --lane GW/whatsapp/ACCOUNT [--timeout S]`: links a
// WhatsApp account by QR in the terminal (Unicode half blocks, redrawn when the gateway rotates
// the code). Exits 0 once linked (the lane then starts its probation), non-zero with the
// gateway's words otherwise, within --timeout (default 180 s).
CtlCommand relinkCommand();

} // namespace sb::ctl

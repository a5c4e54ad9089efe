#pragma once

#include "app/ctl/CtlCommand.h"

namespace sb::ctl {

// Exit codes of `switchboardctl signal` beyond ExitCode (StatusCommand.h): a script can tell
// "open this page and solve the captcha" and "wait" from a failure.
enum SignalExitCode : int
{
    ExitSignalCaptchaRequired = 5, // the captcha page's address is printed; rerun with --captcha
    ExitSignalRateLimited = 6,     // the wait is printed; nothing was retried
};

// switchboardctl signal register|verify|link --gateway URL --lane GW/signal/ACCOUNT
//   [--number E164] [--captcha TOKEN] [--voice] [--reregister] [--code CODE] [--pin PIN]
//   [--signal-cli URL] [--device-name NAME] [--wait-proven]
// Drives the same flows as the wizard (app/linking) in a terminal: the number and the daemon
// URL come from the gateway's config unless given.
CtlCommand signalCommand();

} // namespace sb::ctl

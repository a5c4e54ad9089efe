#pragma once

#include <QStringList>

namespace sb::ctl {

// The whole of switchboardctl behind main(): parses the arguments and runs the command.
// Returns the process exit code (see ExitCode in StatusCommand.h).
int runCommandLine(const QStringList &arguments);

} // namespace sb::ctl

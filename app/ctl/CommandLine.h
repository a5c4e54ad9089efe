#pragma once

#include <QStringList>

class QTextStream;

namespace sb {
class SecretStore;
}

namespace sb::ctl {

// The whole of switchboardctl behind main(): parses the arguments and runs the command.
// Returns the process exit code (see ExitCode in StatusCommand.h).
int runCommandLine(const QStringList &arguments);
// The same, writing to the given streams (tests).
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err);
// The same, reading --profile tokens from `secrets` instead of the OS keychain (tests).
int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err, SecretStore *secrets);

} // namespace sb::ctl

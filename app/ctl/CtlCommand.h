#pragma once

#include <functional>

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace sb {
class SecretStore;
}

namespace sb::ctl {

// Where a command writes, and the keychain it reads --profile tokens from (null: the OS
// keychain; tests pass their own).
struct CtlIo
{
    QTextStream &out;
    QTextStream &err;
    SecretStore *secrets = nullptr;
};

// A switchboardctl command with options of its own (audit, relink, pairing, signal,
// incidents...). `run` gets the whole command line, program name first, and parses it with
// its own QCommandLineParser; it returns an ExitCode.
struct CtlCommand
{
    QString name;
    QString summary; // one line for the top-level --help
    std::function<int(const QStringList &arguments, CtlIo &io)> run;
};

// Every command beyond status, watch and history, in the order --help lists them. Each
// command family adds its line in CtlCommands.cpp.
QList<CtlCommand> ctlCommands();

} // namespace sb::ctl

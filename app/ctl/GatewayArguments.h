#pragma once

#include "app/ctl/StatusCommand.h"
#include "app/gateway/GatewayError.h"

#include <memory>
#include <optional>

#include <QList>
#include <QString>

class QCommandLineParser;
class QTextStream;

namespace sb {
class SecretStore;
class Settings;
} // namespace sb

namespace sb::gateway {
class Connection;
}

namespace sb::ctl {

// Prints "switchboardctl: MESSAGE" and the pointer to --help; returns ExitUsage.
int usageError(QTextStream &err, const QString &message);

// The gateways a command line names (--gateway with --token-env or --token-stdin; --profile
// with the keychain), each with its URL, name and token, on top of `common`. Returns
// ExitHealthy, or the code to stop with: a usage error, or a keychain that would not say.
int readGateways(const QCommandLineParser &parser, const StatusOptions &common, const Settings &settings,
                 SecretStore *secrets, QTextStream &err, QList<StatusOptions> *gateways);

// The options a command that acts on one gateway takes: --gateway, --token-env,
// --token-stdin, --profile, --config, --timeout, --allow-insecure.
void addGatewayOptions(QCommandLineParser &parser);

// Every gateway the options above name (--gateway and --profile may repeat, as for `status`).
// Returns ExitHealthy with `gateways` filled, or the exit code to stop with (the reason printed).
int readGatewayList(const QCommandLineParser &parser, SecretStore *secrets, QTextStream &err,
                    QList<StatusOptions> *gateways);

// Exactly one gateway from the options above. Returns ExitHealthy with `gateway` filled, or
// the exit code to stop with (the reason already printed to `err`).
int readOneGateway(const QCommandLineParser &parser, SecretStore *secrets, QTextStream &err,
                   StatusOptions *gateway);

// A live link for a command: connected (hello-ok received, start-up UNAVAILABLE waited out)
// within the gateway's --timeout, or the error that stopped it.
struct CommandConnection
{
    std::unique_ptr<gateway::Connection> connection; // null when `error` is set
    std::optional<gateway::GatewayError> error;
};
CommandConnection connectForCommand(const StatusOptions &gateway);

} // namespace sb::ctl

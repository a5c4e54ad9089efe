#pragma once

#include "app/ctl/StatusCommand.h"
#include "app/health/LaneKey.h"

#include <memory>
#include <optional>

#include <QString>

namespace sb::actions {
class ActionRunner;
}
namespace sb::ingest {
class GatewaySession;
}

namespace sb::ctl {

class CtlActionLog;

// A command that acts on one gateway (relink, pairing): the session the window runs (monitor,
// ingest, engine: relink's proof and ban-risk need the engine), caught up, with an action runner
// on it that logs to the window's action log (its rows and timeline flags, see CtlActionLog).
struct CommandSession
{
    CommandSession();
    ~CommandSession();
    CommandSession(const CommandSession &) = delete;
    CommandSession &operator=(const CommandSession &) = delete;

    std::unique_ptr<CtlActionLog> actionLog; // first: it outlives the session's last flags
    std::unique_ptr<ingest::GatewaySession> session;
    std::unique_ptr<actions::ActionRunner> runner;
    std::optional<gateway::GatewayError> error; // set when it did not connect in time
};

// Connects and waits for the first picture, within the gateway's --timeout.
std::unique_ptr<CommandSession> openCommandSession(const StatusOptions &gateway);

// --lane GW/CHANNEL/ACCOUNT for the gateway of the command line: GW is the gateway's id as
// `status` prints it (host:port) or its --profile name. Nothing, with the problem in words,
// for a lane of another gateway or a malformed one; `channel` (when given) is required.
std::optional<LaneKey> laneForCommand(const QString &text, const StatusOptions &gateway,
                                      const QString &channel, QString *problem);

} // namespace sb::ctl

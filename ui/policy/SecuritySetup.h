#pragma once

#include <QString>

class QMainWindow;

namespace sb {
class LaneDetailsPanel;
}
namespace sb::actions {
class ActionRunner;
}
namespace sb::ingest {
class GatewaySession;
}

namespace sb::policy {

class PolicyCenter;
class SecurityWindow;

// Allowlists & Security for one watched gateway, wired into the window: the PolicyCenter (the
// session's child), the window (opened from Gateway → Allowlists & Security…), and the lane
// panel's finding with its Fix… button. OpenClaw's own audit runs when `auditWithOpenClaw`
// and the gateway is on this machine (not for the drill: its config is not on disk).
struct SecuritySetup
{
    PolicyCenter *center = nullptr;
    SecurityWindow *window = nullptr;
};
SecuritySetup installSecurity(ingest::GatewaySession &session, actions::ActionRunner *runner,
                              LaneDetailsPanel &panel, QMainWindow &mainWindow, bool auditWithOpenClaw);

} // namespace sb::policy

#include "ui/policy/SecuritySetup.h"

#include "app/gateway/Connection.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/ingest/GatewaySession.h"
#include "app/policy/PolicyCenter.h"
#include "ui/LaneDetailsPanel.h"
#include "ui/policy/LaneSecurityNote.h"
#include "ui/policy/SecurityWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QPointer>
#include <QUrl>

namespace sb::policy {

SecuritySetup installSecurity(ingest::GatewaySession &session, actions::ActionRunner *runner,
                              LaneDetailsPanel &panel, QMainWindow &mainWindow, bool auditWithOpenClaw)
{
    QString note = QCoreApplication::translate("sb::policy::SecuritySetup",
                                               "OpenClaw's own audit does not run against the drill.");
    std::optional<OpenClawCli> cli;
    if (auditWithOpenClaw)
        cli = localOpenClawCli(session.monitor().client().connection()->options().url,
                               QProcessEnvironment::systemEnvironment(), &note);
    SecuritySetup setup;
    setup.center = new PolicyCenter(session.monitor(), runner, session.gatewayId(), cli, note, &session);
    // The window lives with the session's center: a new session brings a new window.
    setup.window = new SecurityWindow(*setup.center, &mainWindow);
    QObject::connect(setup.center, &QObject::destroyed, setup.window, &QObject::deleteLater);
    QPointer<SecurityWindow> window = setup.window;

    auto *laneNote = new LaneSecurityNote(*setup.center);
    panel.addSection(laneNote);
    QObject::connect(&panel, &LaneDetailsPanel::laneShown, laneNote, &LaneSecurityNote::showLane);
    if (panel.lane())
        laneNote->showLane(*panel.lane());
    QObject::connect(laneNote, &LaneSecurityNote::fixRequested, setup.window,
                     [window](const QString &checkId) {
                         window->show();
                         window->raise();
                         window->previewFix(checkId);
                     });

    // Gateway → Allowlists & Security… (one action for the window's lifetime, retargeted).
    auto *menu = mainWindow.findChild<QMenu *>(QStringLiteral("gatewayMenu"));
    auto *action = mainWindow.findChild<QAction *>(QStringLiteral("securityWindowAction"));
    if (menu && !action) {
        action = menu->addAction(
            QCoreApplication::translate("sb::policy::SecuritySetup", "&Allowlists && Security…"));
        action->setObjectName(QStringLiteral("securityWindowAction"));
    }
    if (action) {
        action->disconnect();
        QObject::connect(action, &QAction::triggered, setup.window, [window] {
            window->show();
            window->raise();
            window->activateWindow();
        });
    }

    // The config is read once the gateway answers and again on every reconnect; OpenClaw's
    // audit runs again only when the config changed meanwhile (a flapping night reconnects often).
    QObject::connect(&session.monitor(), &gateway::GatewayMonitor::helloReceived, setup.center,
                     &PolicyCenter::reconnected);
    return setup;
}

} // namespace sb::policy

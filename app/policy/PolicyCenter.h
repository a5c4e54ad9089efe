#pragma once

#include "app/policy/ConfigWriter.h"
#include "app/policy/SecurityAudit.h"

#include <QObject>

namespace sb::gateway {
class GatewayMonitor;
}

namespace sb::policy {

// Allowlists and the audit of one watched gateway, for the window: the config read through
// the writer every edit goes through, the audit run on it (with the probes the monitor
// brings), and run again after every write that changed something, so a one-click fix is
// followed by the audit that shows it worked. OpenClaw's own audit (20-80 s of CPU) runs again
// after a fix or when asked; a reconnect or a probe re-runs it only when the config's hash
// changed since its last run. UI-free.
class PolicyCenter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyCenter)

public:
    // `runner` may be null (nothing logged). `cli`: OpenClaw's own audit, when the gateway is
    // on this machine; else `cliNote` says why it is missing.
    PolicyCenter(gateway::GatewayMonitor &monitor, actions::ActionRunner *runner, QString gatewayId,
                 std::optional<OpenClawCli> cli, QString cliNote, QObject *parent = nullptr);
    ~PolicyCenter() override;

    ConfigWriter &writer() { return *m_writer; }
    const SecurityAudit &audit() const { return *m_audit; }
    QString gatewayId() const { return m_gatewayId; }

    // Reads the config again, then audits it, OpenClaw's audit included (the re-run button).
    void refresh();
    // The same after the gateway connected again: OpenClaw's audit only if the config changed.
    void reconnected();
    // The findings that concern one lane, worst first.
    QList<Finding> findingsFor(const QString &channel, const QString &accountId) const;

Q_SIGNALS:
    void findingsChanged();

private:
    void runAudit(SecurityAudit::OpenClawRerun rerun);

    QString m_gatewayId;
    ConfigWriter *m_writer;
    SecurityAudit *m_audit;
    QList<BotFacts> m_bots;
    // How the audit after the config read under way treats OpenClaw's (Always wins).
    SecurityAudit::OpenClawRerun m_rerunAfterLoad = SecurityAudit::OpenClawRerun::IfConfigChanged;
};

} // namespace sb::policy

#include "app/policy/PolicyCenter.h"

#include "app/gateway/GatewayMonitor.h"

namespace sb::policy {

PolicyCenter::PolicyCenter(gateway::GatewayMonitor &monitor, actions::ActionRunner *runner, QString gatewayId,
                           std::optional<OpenClawCli> cli, QString cliNote, QObject *parent)
    : QObject(parent)
    , m_gatewayId(std::move(gatewayId))
    , m_writer(new ConfigWriter(monitor.client(), runner, m_gatewayId, this))
    , m_audit(new SecurityAudit(std::move(cli), std::move(cliNote), this))
{
    if (monitor.lastStatus())
        m_bots = botFactsFrom(*monitor.lastStatus());
    connect(&monitor, &gateway::GatewayMonitor::channelsUpdated, this,
            [this](const gateway::ChannelsStatus &status) {
                const QList<BotFacts> bots = botFactsFrom(status);
                bool changed = bots.size() != m_bots.size();
                for (qsizetype i = 0; !changed && i < bots.size(); ++i)
                    changed = bots.at(i).canReadAllGroupMessages != m_bots.at(i).canReadAllGroupMessages;
                m_bots = bots;
                // A probe that changes what the bots can read changes the findings; the built-in
                // part is cheap, OpenClaw's is not re-run for it.
                if (changed && m_writer->state() == ConfigWriter::State::Ready)
                    runAudit(SecurityAudit::OpenClawRerun::IfConfigChanged);
            });
    connect(m_writer, &ConfigWriter::loaded, this, [this] {
        const SecurityAudit::OpenClawRerun rerun = m_rerunAfterLoad;
        m_rerunAfterLoad = SecurityAudit::OpenClawRerun::IfConfigChanged;
        runAudit(rerun);
    });
    connect(m_writer, &ConfigWriter::finished, this, [this](const WriteOutcome &outcome) {
        // On the config as re-read after the write (or theirs, after a conflict).
        if (outcome.kind == WriteOutcome::Kind::Applied || outcome.kind == WriteOutcome::Kind::NeedsRestart ||
            outcome.kind == WriteOutcome::Kind::Conflict)
            runAudit(SecurityAudit::OpenClawRerun::Always);
    });
    connect(m_audit, &SecurityAudit::updated, this, &PolicyCenter::findingsChanged);
}

PolicyCenter::~PolicyCenter() = default;

void PolicyCenter::refresh()
{
    m_rerunAfterLoad = SecurityAudit::OpenClawRerun::Always;
    m_writer->load();
}

void PolicyCenter::reconnected()
{
    m_writer->load();
}

void PolicyCenter::runAudit(SecurityAudit::OpenClawRerun rerun)
{
    m_audit->run(m_writer->policy(), m_bots, m_writer->hash(), rerun);
}

QList<Finding> PolicyCenter::findingsFor(const QString &channel, const QString &accountId) const
{
    QList<Finding> out;
    for (const Finding &finding : m_audit->findings()) {
        if (finding.channel == channel && finding.accountId == accountId)
            out << finding;
    }
    return out;
}

} // namespace sb::policy

#include "app/policy/SecurityAudit.h"

#include "app/gateway/ChannelStatus.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace sb::policy {

namespace {

QString text(const char *source)
{
    return QCoreApplication::translate("sb::policy::SecurityAudit", source);
}

} // namespace

QList<BotFacts> botFactsFrom(const gateway::ChannelsStatus &status)
{
    QList<BotFacts> out;
    for (const gateway::ChannelStatus &channel : status.channels) {
        for (const gateway::AccountSnapshot &account : channel.accounts) {
            BotFacts facts;
            facts.channel = account.channel.isEmpty() ? channel.id : account.channel;
            facts.accountId = account.accountId;
            facts.botId = account.probeValue(QStringLiteral("bot.username"))
                              .value_or(account.probeValue(QStringLiteral("bot.id")).value_or(QString()));
            if (const auto read = account.probeValue(QStringLiteral("bot.canReadAllGroupMessages")))
                facts.canReadAllGroupMessages = *read == QLatin1String("true");
            out << facts;
        }
    }
    return out;
}

std::optional<OpenClawCli> localOpenClawCli(const QUrl &gatewayUrl, const QProcessEnvironment &environment,
                                            QString *why)
{
    const QString host = gatewayUrl.host();
    const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    if (!loopback) {
        *why = text("The gateway is not on this machine: OpenClaw's own audit was not run.");
        return std::nullopt;
    }
    std::optional<OpenClawCli> cli = OpenClawCli::find(environment);
    if (!cli)
        *why = text("The openclaw CLI is not on this machine: Switchboard's own findings only.");
    return cli;
}

SecurityAudit::SecurityAudit(std::optional<OpenClawCli> cli, QString unavailableNote, QObject *parent)
    : QObject(parent)
    , m_cli(std::move(cli))
    , m_unavailableNote(std::move(unavailableNote))
{}

SecurityAudit::~SecurityAudit() = default;

bool SecurityAudit::isRunning() const
{
    return m_run != nullptr;
}

void SecurityAudit::run(const PolicyConfig &config, const QList<BotFacts> &bots, const QString &configHash,
                        OpenClawRerun rerun)
{
    m_builtIn = runBuiltInAudit(config, bots);
    if (!m_cli) {
        m_findings = m_builtIn;
        m_note = m_unavailableNote;
        Q_EMIT updated();
        Q_EMIT finished();
        return;
    }
    const bool sameConfig = !configHash.isEmpty() && m_openClawHash == configHash;
    if (rerun == OpenClawRerun::IfConfigChanged && sameConfig) {
        // OpenClaw has audited (or is auditing) this very config: its findings stand, merged
        // with the built-in ones just made (a probe may have changed those).
        if (m_run) {
            m_findings = m_builtIn;
            Q_EMIT updated();
            return; // the run under way merges with m_builtIn when it ends
        }
        m_findings = mergeFindings(m_builtIn, m_openClaw);
        Q_EMIT updated();
        Q_EMIT finished();
        return;
    }
    if (m_run) {
        m_run->disconnect(this);
        m_run->deleteLater();
        m_run = nullptr;
    }
    m_findings = m_builtIn;
    m_openClaw.clear();
    m_elapsedMs.reset();
    m_openClawHash = configHash;
    ++m_openClawRuns;
    m_note = tr("OpenClaw's own audit is running…");
    Q_EMIT updated();
    m_run = new OpenClawAuditRun(*m_cli, this);
    connect(m_run, &OpenClawAuditRun::finished, this, [this](const OpenClawAuditResult &result) {
        m_run->deleteLater();
        m_run = nullptr;
        m_openClaw = result.findings;
        m_findings = mergeFindings(m_builtIn, m_openClaw);
        m_note = result.note;
        m_elapsedMs = result.elapsedMs;
        Q_EMIT updated();
        Q_EMIT finished();
    });
    m_run->start();
}

const Finding *SecurityAudit::finding(const QString &checkId) const
{
    for (const Finding &candidate : m_findings) {
        if (candidate.checkId == checkId)
            return &candidate;
    }
    return nullptr;
}

std::optional<Severity> SecurityAudit::worst() const
{
    if (m_findings.isEmpty())
        return std::nullopt;
    return m_findings.first().severity; // worst first
}

} // namespace sb::policy

#pragma once

#include "app/policy/OpenClawAudit.h"
#include "app/policy/PolicyAudit.h"

#include <optional>

#include <QObject>

class QUrl;

namespace sb::gateway {
struct ChannelsStatus;
}

namespace sb::policy {

// What the probes say about each bot, for the audit (Telegram bot.canReadAllGroupMessages).
QList<BotFacts> botFactsFrom(const gateway::ChannelsStatus &status);

// OpenClaw's own audit can only read the config of a gateway on this machine: the CLI when the
// gateway's URL is loopback and `openclaw` is found, or nothing with the reason in words.
std::optional<OpenClawCli> localOpenClawCli(const QUrl &gatewayUrl, const QProcessEnvironment &environment,
                                            QString *why);

// One audit of one gateway: the built-in rules at once, then OpenClaw's findings merged in
// when its CLI has answered (seconds later, in the background). The window and switchboardctl
// both run it; after a fix, run() again.
class SecurityAudit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityAudit)

public:
    // When OpenClaw's audit runs again (it costs 20-80 s of CPU on a loaded machine).
    enum class OpenClawRerun
    {
        Always,          // asked for: the re-run button, after a fix, switchboardctl
        IfConfigChanged, // a reconnect or a new probe: only when the config hash differs from the
                         // one its last run (finished or under way) audited; else its findings are kept
    };

    // No `cli`: built-in findings only, with `unavailableNote` saying why.
    SecurityAudit(std::optional<OpenClawCli> cli, QString unavailableNote, QObject *parent = nullptr);
    ~SecurityAudit() override;

    // The built-in rules always run again (microseconds); OpenClaw's as `rerun` says, on the
    // config whose config.get hash is `configHash`.
    void run(const PolicyConfig &config, const QList<BotFacts> &bots, const QString &configHash = QString(),
             OpenClawRerun rerun = OpenClawRerun::Always);
    bool isRunning() const;
    // How many times OpenClaw's CLI was started.
    int openClawRuns() const { return m_openClawRuns; }

    const QList<Finding> &findings() const { return m_findings; } // merged so far, worst first
    QString note() const { return m_note; } // why OpenClaw's findings are missing, if they are
    std::optional<qint64> openClawElapsedMs() const { return m_elapsedMs; }
    const Finding *finding(const QString &checkId) const;
    std::optional<Severity> worst() const;

Q_SIGNALS:
    void updated(); // the findings changed (built-in ready, or OpenClaw's merged in)
    void finished();

private:
    std::optional<OpenClawCli> m_cli;
    QString m_unavailableNote;
    OpenClawAuditRun *m_run = nullptr;
    QList<Finding> m_builtIn;
    // OpenClaw's last answer and the config hash its run was started on (empty: none yet).
    QList<Finding> m_openClaw;
    std::optional<QString> m_openClawHash;
    int m_openClawRuns = 0;
    QList<Finding> m_findings;
    QString m_note;
    std::optional<qint64> m_elapsedMs;
};

} // namespace sb::policy

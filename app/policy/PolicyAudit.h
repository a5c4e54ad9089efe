#pragma once

#include "app/policy/ConfigEdit.h"
#include "app/policy/PolicyTypes.h"

#include <optional>
#include <span>

#include <QList>
#include <QString>

namespace sb::policy {

enum class Severity
{
    Info,
    Warn,
    Critical,
};
QString severityName(Severity severity); // "info", "warn", "critical" (OpenClaw's words)
std::optional<Severity> severityFromName(const QString &name);

// Where a finding came from: Switchboard's own rules, `openclaw security audit --json`, or both.
enum class FindingSource
{
    BuiltIn,
    OpenClaw,
    Both,
};
QString findingSourceName(FindingSource source); // "switchboard", "openclaw", "both"

struct Finding
{
    QString checkId; // OpenClaw's id where one exists, else "switchboard.…"
    Severity severity = Severity::Info;
    QString title;
    QString detail;
    QString remediation;
    QString channel; // the lane it concerns, when it concerns one
    QString accountId;
    std::optional<ConfigEdit> fix; // the one-click fix, previewed and written by ConfigWriter
    FindingSource source = FindingSource::BuiltIn;
};

// What a channel probe says about one bot (channels.status probe facts).
struct BotFacts
{
    QString channel;
    QString accountId;
    QString botId;                               // Telegram bot.id or bot.username, if probed
    std::optional<bool> canReadAllGroupMessages; // Telegram: false while privacy mode is on
};

// One rule of the built-in audit: like the health classification table, a row with its id and
// severity, evaluated over the typed config and the probes.
struct AuditRule
{
    const char *checkId;
    Severity severity;
    const char *title;
    QList<Finding> (*evaluate)(const PolicyConfig &config, const QList<BotFacts> &bots);
};
std::span<const AuditRule> auditRules();

// Every rule over the config, worst first.
QList<Finding> runBuiltInAudit(const PolicyConfig &config, const QList<BotFacts> &bots = {});

// Built-in and OpenClaw findings de-duplicated by checkId (and lane): a finding both report
// keeps OpenClaw's words and the built-in fix, marked Both. Worst first.
QList<Finding> mergeFindings(const QList<Finding> &builtIn, const QList<Finding> &openclaw);

} // namespace sb::policy

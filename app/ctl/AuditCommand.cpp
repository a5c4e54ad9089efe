// switchboardctl audit [--json] [--fix CHECK_ID [--yes]]
#include "app/actions/ActionRunner.h"
#include "app/ctl/CtlActionLog.h"
#include "app/ctl/PolicyCommands.h"
#include "app/ctl/PolicySession.h"
#include "app/platform/Clock.h"
#include "app/platform/SafeText.h"
#include "app/policy/SecurityAudit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

QString shown(const QString &text)
{
    return SafeText::forTerminal(text, 0);
}

QString indented(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n'))
        lines << QStringLiteral("    ") + shown(line);
    return lines.join(u'\n');
}

int exitFor(const QList<policy::Finding> &findings)
{
    int code = ExitHealthy;
    for (const policy::Finding &finding : findings) {
        if (finding.severity == policy::Severity::Critical)
            return ExitCritical;
        if (finding.severity == policy::Severity::Warn)
            code = ExitAttention;
    }
    return code;
}

void printText(QTextStream &out, const policy::SecurityAudit &audit)
{
    int counts[3] = {0, 0, 0};
    for (const policy::Finding &finding : audit.findings()) {
        ++counts[int(finding.severity)];
        const QString lane = finding.channel.isEmpty()
                                 ? QString()
                                 : QStringLiteral("  %1/%2").arg(finding.channel, finding.accountId);
        out << policy::severityName(finding.severity).toUpper() << QStringLiteral("  ")
            << shown(finding.checkId) << QStringLiteral("  [") << policy::findingSourceName(finding.source)
            << u']' << shown(lane) << Qt::endl;
        out << QStringLiteral("  ") << shown(finding.title) << Qt::endl;
        if (!finding.detail.isEmpty())
            out << indented(finding.detail) << Qt::endl;
        if (!finding.remediation.isEmpty())
            out << QStringLiteral("  ") << Text::tr("Fix: %1").arg(shown(finding.remediation)) << Qt::endl;
        if (finding.fix)
            out << QStringLiteral("  ")
                << Text::tr("One-click fix: switchboardctl audit --fix %1").arg(finding.checkId) << Qt::endl;
    }
    out << Text::tr("%1 critical, %2 warn, %3 info")
               .arg(counts[int(policy::Severity::Critical)])
               .arg(counts[int(policy::Severity::Warn)])
               .arg(counts[int(policy::Severity::Info)])
        << Qt::endl;
    if (!audit.note().isEmpty())
        out << Text::tr("Note: %1").arg(shown(audit.note())) << Qt::endl;
}

QJsonObject auditJson(const policy::SecurityAudit &audit)
{
    QJsonArray findings;
    QJsonObject summary{
        {QStringLiteral("critical"), 0}, {QStringLiteral("warn"), 0}, {QStringLiteral("info"), 0}};
    for (const policy::Finding &finding : audit.findings()) {
        const QString severity = policy::severityName(finding.severity);
        summary.insert(severity, summary.value(severity).toInt() + 1);
        QJsonObject entry{{QStringLiteral("checkId"), finding.checkId},
                          {QStringLiteral("severity"), severity},
                          {QStringLiteral("title"), finding.title},
                          {QStringLiteral("detail"), finding.detail},
                          {QStringLiteral("remediation"), finding.remediation},
                          {QStringLiteral("source"), policy::findingSourceName(finding.source)},
                          {QStringLiteral("fixable"), finding.fix.has_value()}};
        if (!finding.channel.isEmpty()) {
            entry.insert(QStringLiteral("channel"), finding.channel);
            entry.insert(QStringLiteral("accountId"), finding.accountId);
        }
        findings.append(entry);
    }
    QJsonObject report{{QStringLiteral("summary"), summary}, {QStringLiteral("findings"), findings}};
    if (!audit.note().isEmpty())
        report.insert(QStringLiteral("note"), audit.note());
    if (audit.openClawElapsedMs())
        report.insert(QStringLiteral("openclawElapsedMs"), *audit.openClawElapsedMs());
    return SafeText::forJson(report);
}

// The probes' facts (Telegram privacy mode), bounded: without them the audit still runs.
QList<policy::BotFacts> probeBots(PolicySession &session)
{
    QList<policy::BotFacts> bots;
    QObject context;
    QEventLoop loop;
    gateway::GatewayClient::ChannelsStatusOptions options;
    options.probe = true;
    options.timeoutMs = 8000;
    session.client->channelsStatus(options, &context,
                                   [&](const gateway::Result<gateway::ChannelsStatus> &result) {
                                       if (result)
                                           bots = policy::botFactsFrom(result.value());
                                       loop.quit();
                                   });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(12000);
    loop.exec();
    return bots;
}

// Runs the audit to the end (OpenClaw's part bounded by its own timeout).
void runAudit(policy::SecurityAudit &audit, const policy::PolicyConfig &config,
              const QList<policy::BotFacts> &bots)
{
    QEventLoop loop;
    QObject::connect(&audit, &policy::SecurityAudit::finished, &loop, &QEventLoop::quit);
    audit.run(config, bots);
    if (audit.isRunning())
        loop.exec();
}

void printPreview(QTextStream &out, const policy::WritePreview &preview)
{
    if (!preview.summary.isEmpty())
        out << shown(preview.summary) << Qt::endl;
    for (const policy::ChangeLine &line : preview.lines)
        out << QStringLiteral("  ") << shown(line.inWords()) << Qt::endl;
    out << Text::tr("config.patch (baseHash %1):").arg(preview.baseHash) << Qt::endl;
    out << QStringLiteral("  ") << shown(preview.patchJson) << Qt::endl;
    if (!preview.replacePaths.isEmpty())
        out << QStringLiteral("  replacePaths: ") << preview.replacePaths.join(QStringLiteral(", "))
            << Qt::endl;
}

// --fix CHECK_ID: the finding's patch, previewed; written with --yes, then the audit again.
int runFix(PolicySession &session, policy::SecurityAudit &audit, const QString &checkId, bool yes, bool json,
           const QString &historyPath, CtlIo &io)
{
    const QList<policy::BotFacts> bots = probeBots(session);
    const QList<policy::Finding> builtIn = policy::runBuiltInAudit(session.writer->policy(), bots);
    const auto finding =
        std::find_if(builtIn.cbegin(), builtIn.cend(),
                     [&](const policy::Finding &candidate) { return candidate.checkId == checkId; });
    if (finding == builtIn.cend()) {
        io.out
            << Text::tr(
                   "Switchboard's rules do not report %1 for this gateway: nothing for it to fix (OpenClaw's "
                   "own findings are fixed by `openclaw security audit --fix`).")
                   .arg(shown(checkId))
            << Qt::endl;
        return ExitHealthy;
    }
    if (!finding->fix) {
        io.out << Text::tr("%1 has no automatic fix. %2").arg(shown(checkId), shown(finding->remediation))
               << Qt::endl;
        return exitFor(builtIn);
    }
    QString problem;
    const std::optional<policy::WritePreview> preview = session.writer->preview(*finding->fix, &problem);
    if (!preview) {
        io.err << Text::tr("switchboardctl: the fix cannot be written: %1").arg(shown(problem)) << Qt::endl;
        return ExitCritical;
    }
    printPreview(io.out, *preview);
    if (preview->isEmpty())
        return exitFor(builtIn);
    if (!yes) {
        io.out << Text::tr("Not written: add --yes to apply this change.") << Qt::endl;
        return ExitHealthy;
    }
    // The write goes to the window's action log like one made in the window: its flag on the
    // lane's timeline, its row with both hashes and the changed paths.
    CtlActionLog actionLog(historyPath);
    actionLog.warnIfClosed(io.err);
    const policy::ConfigEdit edit = *finding->fix;
    const SystemClock clock;
    const qint64 startedAt = clock.nowMs();
    std::optional<policy::WriteOutcome> outcome;
    QObject context;
    QObject::connect(session.writer.get(), &policy::ConfigWriter::finished, &context,
                     [&outcome](const policy::WriteOutcome &result) { outcome = result; });
    session.writer->apply();
    if (!outcome)
        waitFor(session.writer.get(), &policy::ConfigWriter::finished, session.gateway.timeoutSeconds * 1000);
    if (!outcome) {
        actions::ActionOutcome unanswered; // the write may or may not have landed: say so
        unanswered.answer = QStringLiteral("no answer from the gateway");
        unanswered.configHashBefore = preview->baseHash;
        actionLog.record(policy::logLaneFor(session.gatewayId(), edit), policy::logStartFor(edit), unanswered,
                         startedAt, clock.nowMs());
        io.err << Text::tr("switchboardctl: the gateway did not answer the write.") << Qt::endl;
        return ExitCritical;
    }
    actionLog.record(policy::logLaneFor(session.gatewayId(), edit), policy::logStartFor(edit),
                     policy::logOutcomeFor(*outcome), startedAt, clock.nowMs());
    io.out << shown(outcome->message) << Qt::endl;
    if (outcome->kind == policy::WriteOutcome::Kind::Conflict) {
        io.out << Text::tr("Their change since this command read the config:") << Qt::endl;
        for (const policy::ChangeLine &line : outcome->theirs)
            io.out << QStringLiteral("  ") << shown(line.inWords()) << Qt::endl;
        io.out << Text::tr("Yours, not written:") << Qt::endl;
        printPreview(io.out, *preview);
        io.out << Text::tr("Run the command again to apply yours on top of theirs.") << Qt::endl;
        return ExitCritical;
    }
    if (outcome->kind == policy::WriteOutcome::Kind::Failed)
        return ExitCritical;
    io.out << Text::tr("Auditing again…") << Qt::endl;
    runAudit(audit, session.writer->policy(), bots);
    if (json)
        io.out << QJsonDocument(auditJson(audit)).toJson(QJsonDocument::Indented);
    else
        printText(io.out, audit);
    return exitFor(audit.findings());
}

int runAuditCommand(const QStringList &arguments, CtlIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Audit who may reach the gateway's bots: Switchboard's rules plus `openclaw security audit "
                 "--json` when the gateway runs on this machine. Exit 2 on any critical finding, 1 on a "
                 "warning, 0 when clean."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("audit"), Text::tr("the command"));
    addGatewayOptions(parser);
    parser.addOptions({
        {QStringLiteral("json"), Text::tr("Print JSON.")},
        {QStringLiteral("fix"), Text::tr("Preview the fix of this finding."), QStringLiteral("CHECK_ID")},
        {QStringLiteral("yes"), Text::tr("With --fix: write the fix, then audit again.")},
        {QStringLiteral("no-openclaw"),
         Text::tr("Skip `openclaw security audit` (Switchboard's rules only).")},
        {QStringLiteral("openclaw-timeout"), Text::tr("Give OpenClaw's audit S seconds (default 120)."),
         QStringLiteral("S"), QStringLiteral("120")},
        {QStringLiteral("history"),
         Text::tr("With --fix --yes: the history file whose action log records the write (default: the "
                  "window's)."),
         QStringLiteral("file")},
    });
    if (!parser.parse(arguments))
        return usageError(io.err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return ExitHealthy;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(io.err, Text::tr("usage: switchboardctl audit [--json] [--fix CHECK_ID [--yes]]"));
    if (parser.isSet(QStringLiteral("yes")) && !parser.isSet(QStringLiteral("fix")))
        return usageError(io.err, Text::tr("--yes goes with --fix CHECK_ID"));
    bool numeric = false;
    const int openclawTimeout = parser.value(QStringLiteral("openclaw-timeout")).toInt(&numeric);
    if (!numeric || openclawTimeout <= 0 || openclawTimeout > 3600)
        return usageError(io.err,
                          Text::tr("--openclaw-timeout needs a whole number of seconds between 1 and 3600"));

    PolicySession session;
    if (const int stop = openSession(parser, io, &session); stop != ExitHealthy)
        return stop;
    QString unavailable;
    std::optional<policy::OpenClawCli> cli;
    if (parser.isSet(QStringLiteral("no-openclaw")))
        unavailable = Text::tr("OpenClaw's own audit skipped (--no-openclaw).");
    else
        cli = policy::localOpenClawCli(session.gateway.url, QProcessEnvironment::systemEnvironment(),
                                       &unavailable);
    if (cli)
        cli->timeoutMs = openclawTimeout * 1000;
    policy::SecurityAudit audit(cli, unavailable);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("fix")))
        return runFix(session, audit, parser.value(QStringLiteral("fix")),
                      parser.isSet(QStringLiteral("yes")), json, parser.value(QStringLiteral("history")), io);

    runAudit(audit, session.writer->policy(), probeBots(session));
    if (json)
        io.out << QJsonDocument(auditJson(audit)).toJson(QJsonDocument::Indented);
    else
        printText(io.out, audit);
    return exitFor(audit.findings());
}

} // namespace

CtlCommand auditCommand()
{
    return {QStringLiteral("audit"),
            Text::tr("who may reach the bots: findings with one-click fixes (--fix CHECK_ID [--yes])."),
            runAuditCommand};
}

} // namespace sb::ctl

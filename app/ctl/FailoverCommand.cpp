#include "app/ctl/FailoverCommand.h"

#include "app/actions/ActionRunner.h"
#include "app/ctl/CtlActionLog.h"
#include "app/ctl/GatewayArguments.h"
#include "app/failover/FailoverFlow.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/SafeText.h"
#include "app/platform/Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

using failover::FailoverFlow;
using State = FailoverFlow::State;

QString outcomeName(failover::OperatorReport::Outcome outcome)
{
    switch (outcome) {
    case failover::OperatorReport::Outcome::Pending:
        return QStringLiteral("pending");
    case failover::OperatorReport::Outcome::Confirmed:
        return QStringLiteral("confirmed");
    case failover::OperatorReport::Outcome::SendFailed:
        return QStringLiteral("send-failed");
    case failover::OperatorReport::Outcome::NotConfirmed:
        return QStringLiteral("not-confirmed");
    case failover::OperatorReport::Outcome::NotTried:
        return QStringLiteral("not-tried");
    }
    return {};
}

int exitFor(State state)
{
    switch (state) {
    case State::Verified:
    case State::Ready: // without --yes: the pre-flight passes
        return FailoverDone;
    case State::RolledBack:
    case State::RollbackIncomplete:
        return FailoverRolledBack;
    case State::Conflict:
    case State::RollbackConflict:
        return FailoverConflict;
    default:
        return FailoverRefused;
    }
}

// "whatsapp" or "whatsapp/biz" on the named gateway.
std::optional<LaneKey> laneOption(const QString &gatewayId, const QString &text)
{
    const QStringList parts = text.split(u'/');
    if (text.isEmpty() || parts.size() > 2 || parts.contains(QString()))
        return std::nullopt;
    return LaneKey{gatewayId, parts.first(), parts.size() == 2 ? parts.last() : QStringLiteral("default")};
}

std::optional<QList<failover::Operator>> readOperatorOption(const QCommandLineParser &parser,
                                                            QString *problem)
{
    const QString file = parser.value(QStringLiteral("operators"));
    if (file.isEmpty()) {
        const QString config = parser.value(QStringLiteral("config"));
        const Settings settings = config.isEmpty() ? Settings() : Settings(config);
        return failover::operatorsFromSettings(settings, problem);
    }
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        *problem = Text::tr("--operators: cannot read %1").arg(file);
        return std::nullopt;
    }
    return failover::readOperators(input.readAll(), problem);
}

void printText(const FailoverFlow &flow, bool applied, QTextStream &out)
{
    const auto safe = [](const QString &text) {
        return SafeText::forTerminal(text, 0);
    };
    if (const auto &plan = flow.plan()) {
        for (const QString &line : plan->inWords().split(u'\n'))
            out << safe(line) << '\n';
        out << Text::tr("Pre-flight:") << '\n';
        for (const failover::PreflightCheck &check : flow.checks()) {
            const QString mark = check.passed       ? Text::tr("pass")
                                 : check.overridden ? Text::tr("OVERRIDDEN")
                                                    : Text::tr("FAIL");
            out << QStringLiteral("  [%1] %2: %3").arg(mark, check.id, safe(check.words)) << '\n';
        }
    }
    if (applied && flow.state() != State::PreflightFailed) {
        out << Text::tr("Operators:") << '\n';
        for (const failover::OperatorReport &report : flow.operators())
            out << QStringLiteral("  %1 (%2): %3 - %4")
                       .arg(safe(report.name), safe(report.identity), outcomeName(report.outcome),
                            safe(report.words))
                << '\n';
    }
    out << Text::tr("Result: %1").arg(FailoverFlow::stateName(flow.state())) << '\n';
    for (const QString &line : flow.problem().split(u'\n', Qt::SkipEmptyParts))
        out << safe(line) << '\n';
    if (!applied && flow.state() == State::Ready)
        out << Text::tr("Nothing was written. Run again with --yes to fail over.") << '\n';
}

void printJson(const FailoverFlow &flow, const QString &command, QTextStream &out)
{
    QJsonObject root{{QStringLiteral("command"), command},
                     {QStringLiteral("state"), FailoverFlow::stateName(flow.state())},
                     {QStringLiteral("problem"), flow.problem()}};
    if (const auto &plan = flow.plan()) {
        QJsonArray changes;
        for (const policy::ChangeLine &line : plan->lines)
            changes.append(QJsonObject{{QStringLiteral("path"), line.path},
                                       {QStringLiteral("before"), line.before},
                                       {QStringLiteral("after"), line.after}});
        root.insert(QStringLiteral("plan"),
                    QJsonObject{{QStringLiteral("summary"), plan->summary},
                                {QStringLiteral("from"), plan->request.from.toString()},
                                {QStringLiteral("to"), plan->request.to.toString()},
                                {QStringLiteral("changes"), changes},
                                {QStringLiteral("notes"), QJsonArray::fromStringList(plan->notes)}});
    }
    QJsonArray checks;
    for (const failover::PreflightCheck &check : flow.checks())
        checks.append(QJsonObject{{QStringLiteral("id"), check.id},
                                  {QStringLiteral("passed"), check.passed},
                                  {QStringLiteral("overridden"), check.overridden},
                                  {QStringLiteral("words"), check.words}});
    root.insert(QStringLiteral("preflight"), checks);
    QJsonArray operators;
    for (const failover::OperatorReport &report : flow.operators())
        operators.append(QJsonObject{{QStringLiteral("name"), report.name},
                                     {QStringLiteral("identity"), report.identity},
                                     {QStringLiteral("outcome"), outcomeName(report.outcome)},
                                     {QStringLiteral("words"), report.words}});
    root.insert(QStringLiteral("operators"), operators);
    const failover::FailoverTimings &t = flow.timings();
    root.insert(QStringLiteral("timingsMs"), QJsonObject{{QStringLiteral("plan"), t.planMs},
                                                         {QStringLiteral("write"), t.writeMs},
                                                         {QStringLiteral("sends"), t.sendsMs},
                                                         {QStringLiteral("confirmation"), t.confirmMs}});
    out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

int runFailover(const QStringList &arguments, CtlIo &io, bool failback)
{
    const QString command = failback ? QStringLiteral("failback") : QStringLiteral("failover");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        failback ? Text::tr("Move the operators back after a failover, once the lane they left has proven "
                            "itself again. Give the failover's own --from and --to.")
                 : Text::tr("Move the operators from a failing lane to a proven one on the same gateway: one "
                            "config.patch, a test message to each operator, rollback when one is not "
                            "confirmed."));
    parser.addHelpOption();
    parser.addPositionalArgument(command, Text::tr("The command."));
    addGatewayOptions(parser);
    parser.addOptions({
        {QStringLiteral("from"), Text::tr("The lane to leave: channel or channel/account."),
         QStringLiteral("lane")},
        {QStringLiteral("to"), Text::tr("The lane to move to: channel or channel/account."),
         QStringLiteral("lane")},
        {QStringLiteral("operators"),
         Text::tr("A JSON file listing the operators, e.g. "
                  "[{\"name\":\"Grace\",\"signal\":\"+15555550101\"}] (default: the preferences')."),
         QStringLiteral("file")},
        {QStringLiteral("override"), Text::tr("Go ahead although this pre-flight check fails (recorded)."),
         QStringLiteral("check")},
        {QStringLiteral("yes"), Text::tr("Write the plan; without it nothing is changed.")},
        {QStringLiteral("history"),
         Text::tr(
             "The window's history file: the lanes' proof of recovery, and the action log the writes go to "
             "(default: the window's)."),
         QStringLiteral("file")},
        {QStringLiteral("deadline"), Text::tr("Seconds to confirm every test message (default 60)."),
         QStringLiteral("S"), QStringLiteral("60")},
        {QStringLiteral("json"), Text::tr("Print the plan, pre-flight and report as JSON.")},
    });
    if (!parser.parse(arguments))
        return usageError(io.err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return FailoverDone;
    }
    StatusOptions gateway;
    if (const int stop = readOneGateway(parser, io.secrets, io.err, &gateway); stop != ExitHealthy)
        return stop;
    bool numeric = false;
    const int deadline = parser.value(QStringLiteral("deadline")).toInt(&numeric);
    if (!numeric || deadline <= 0 || deadline > 3600)
        return usageError(io.err, Text::tr("--deadline needs a whole number of seconds between 1 and 3600"));
    const QString gatewayId = gatewayIdForUrl(gateway.url);
    const auto from = laneOption(gatewayId, parser.value(QStringLiteral("from")));
    const auto to = laneOption(gatewayId, parser.value(QStringLiteral("to")));
    if (!from || !to)
        return usageError(
            io.err, Text::tr("%1 needs --from and --to, each a channel or channel/account").arg(command));

    // Bad input is refused before anything is read from the gateway.
    QString problem;
    const auto operators = readOperatorOption(parser, &problem);
    if (!operators) {
        io.err << QStringLiteral("switchboardctl: ") << problem << '\n';
        return FailoverRefused;
    }
    failover::FailoverRequest request{*from, *to, *operators};
    if (!failover::checkRequest(failback ? failover::reverseRequest(request) : request, &problem)) {
        io.err << QStringLiteral("switchboardctl: ") << problem << '\n';
        return FailoverRefused;
    }
    problem.clear();
    gateway.record = readRecord(parser.value(QStringLiteral("history")), &problem);
    if (!problem.isEmpty())
        return usageError(io.err, problem);

    // The plan's writes and rollbacks go to the window's action log (declared first: it
    // outlives the session, whose stop() hands it the last flags).
    CtlActionLog actionLog(parser.value(QStringLiteral("history")));
    ingest::GatewaySession session(sessionOptionsFor(gateway));
    actionLog.keepFlags(session);
    actions::ActionRunner runner(session, actionLog.history(), CtlActionLog::actor());
    FailoverFlow::Options options;
    options.verifyDeadlineMs = deadline * 1000;
    FailoverFlow flow(runner, options);
    const bool apply = parser.isSet(QStringLiteral("yes"));
    const QStringList overrides = parser.values(QStringLiteral("override"));

    QEventLoop loop;
    QTimer connectDeadline;
    connectDeadline.setSingleShot(true);
    std::optional<QString> unreachable;
    QObject::connect(&connectDeadline, &QTimer::timeout, &loop, [&] {
        const gateway::GatewayError silence = gateway::GatewayError::transport(
            Text::tr("no answer from the gateway within %1 s").arg(gateway.timeoutSeconds));
        unreachable = session.monitor().connection().lastError().value_or(silence).userMessage();
        loop.quit();
    });
    QObject::connect(&flow, &FailoverFlow::stateChanged, &loop, [&](State state) {
        if (state == State::Ready) {
            if (apply)
                QTimer::singleShot(0, &flow, [&flow, overrides] { flow.apply(overrides); });
            else
                loop.quit();
        }
    });
    QObject::connect(&flow, &FailoverFlow::finished, &loop, &QEventLoop::quit);
    session.whenCaughtUp([&] {
        connectDeadline.stop();
        if (failback)
            flow.startFailback(request);
        else
            flow.start(request);
    });
    connectDeadline.start(gateway.timeoutSeconds * 1000);
    QTimer::singleShot(0, &session, &ingest::GatewaySession::start);
    loop.exec();
    session.stop();

    if (apply)
        actionLog.warnIfClosed(io.err);
    if (unreachable) {
        io.err << QStringLiteral("switchboardctl: ") << SafeText::forTerminal(*unreachable, 0) << '\n';
        return ExitCritical;
    }
    if (parser.isSet(QStringLiteral("json")))
        printJson(flow, command, io.out);
    else
        printText(flow, apply, io.out);
    if (!apply && flow.state() == State::Ready) {
        // What --yes would do: refused unless every failed check is overridden.
        const auto checks = failover::withOverrides(flow.checks(), overrides, &problem);
        if (!checks || !failover::preflightPasses(*checks))
            return FailoverRefused;
    }
    return exitFor(flow.state());
}

} // namespace

CtlCommand failoverCommand()
{
    return {QStringLiteral("failover"),
            Text::tr(
                "Move the operators to a proven lane of the same gateway, verified, rolled back on failure."),
            [](const QStringList &arguments, CtlIo &io) {
                return runFailover(arguments, io, false);
            }};
}

CtlCommand failbackCommand()
{
    return {QStringLiteral("failback"),
            Text::tr("Undo a failover once the lane it left has proven itself again."),
            [](const QStringList &arguments, CtlIo &io) {
                return runFailover(arguments, io, true);
            }};
}

} // namespace sb::ctl

#include "app/ctl/CommandLine.h"

#include "app/ctl/CtlCommand.h"
#include "app/ctl/GatewayArguments.h"
#include "app/ctl/HistoryCommand.h"
#include "app/ctl/StatusCommand.h"
#include "app/ctl/WatchCommand.h"
#include "app/platform/BuildInfo.h"
#include "app/platform/Logging.h"
#include "app/platform/Settings.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTextStream>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

} // namespace

int runCommandLine(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = runCommandLine(arguments, out, err);
    out.flush();
    err.flush();
    return code;
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    return runCommandLine(arguments, out, err, nullptr);
}

int runCommandLine(const QStringList &arguments, QTextStream &out, QTextStream &err, SecretStore *secrets)
{
    // A command with options of its own parses the whole line itself.
    const QList<CtlCommand> commands = ctlCommands();
    if (arguments.size() > 1) {
        for (const CtlCommand &command : commands) {
            if (arguments.at(1) != command.name)
                continue;
            sb::log::Options logOptions;
            logOptions.levelSpec = QStringLiteral("warn");
            sb::log::init(logOptions);
            CtlIo io{out, err, secrets};
            const int code = command.run(arguments, io);
            out.flush();
            sb::log::shutdown();
            return code;
        }
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Headless Switchboard: query OpenClaw gateways."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("command"), Text::tr("status: every lane's state, reason and action, once.\n"
                                            "watch: the lanes' transitions as they happen.\n"
                                            "history: one lane's stored state segments.") +
                                       [&commands] {
                                           QString more;
                                           for (const CtlCommand &command : commands)
                                               more += u'\n' + command.name + QStringLiteral(": ") +
                                                       command.summary;
                                           return more;
                                       }());
    parser.addOptions({
        {QStringLiteral("gateway"),
         Text::tr("Gateway WebSocket URL, e.g. ws://127.0.0.1:18789. status and watch take several."),
         QStringLiteral("url")},
        {QStringLiteral("token-env"),
         Text::tr("Read the gateway token from environment variable VAR; once per --gateway, in order."),
         QStringLiteral("VAR")},
        {QStringLiteral("profile"),
         Text::tr("A gateway profile of the window (its name or id): its URL from the settings, its "
                  "token from the keychain. May be given several times."),
         QStringLiteral("name")},
        {QStringLiteral("token-stdin"),
         Text::tr("Read the gateway token from the first line of standard input.")},
        {QStringLiteral("json"), Text::tr("Print JSON instead of a table.")},
        {QStringLiteral("timeout"), Text::tr("Give up after S seconds (default 20)."), QStringLiteral("S"),
         QStringLiteral("20")},
        {QStringLiteral("allow-insecure"),
         Text::tr("Allow ws:// to a host that is not loopback (sends the token "
                  "unencrypted).")},
        {QStringLiteral("log-level"), Text::tr("Log levels, e.g. warn,gateway=debug (default warn)."),
         QStringLiteral("spec"), QStringLiteral("warn")},
        {QStringLiteral("duration"), Text::tr("watch: stop after S seconds (default: until interrupted)."),
         QStringLiteral("S")},
        {QStringLiteral("lane"), Text::tr("history: the lane, as gateway/channel/account."),
         QStringLiteral("lane")},
        {QStringLiteral("since"),
         Text::tr("history: from this date-time (ISO 8601) or age (90m, 12h, 7d); default 24h."),
         QStringLiteral("T"), QStringLiteral("24h")},
        {QStringLiteral("history"),
         Text::tr("The history file to read (default: the one the window writes, when there is one). "
                  "status and watch take since-times and proofs from it."),
         QStringLiteral("file")},
        {QStringLiteral("config"),
         Text::tr("status, watch: judge lanes by the preferences in this settings file and find "
                  "--profile in it (default: the window's)."),
         QStringLiteral("file")},
    });
    // parse(), not process(): usage errors must exit 64, not Qt's 1.
    if (!parser.parse(arguments))
        return usageError(err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitHealthy;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QStringLiteral("switchboardctl ") << QString::fromLatin1(sb::build::version) << '\n';
        return ExitHealthy;
    }

    const QString levelSpec = parser.value(QStringLiteral("log-level"));
    if (const auto why = sb::log::validateLevelSpec(levelSpec))
        return usageError(err, *why);
    sb::log::Options logOptions;
    logOptions.levelSpec = levelSpec;
    sb::log::init(logOptions);

    const QStringList positional = parser.positionalArguments();
    QString available = QStringLiteral("status, watch, history");
    for (const CtlCommand &command : commands)
        available += QStringLiteral(", ") + command.name;
    if (positional.isEmpty())
        return usageError(err, Text::tr("no command given (available: %1)").arg(available));
    const QString command = positional.first();
    if (positional.size() > 1 || (command != QLatin1String("status") && command != QLatin1String("watch") &&
                                  command != QLatin1String("history"))) {
        return usageError(
            err, Text::tr("unknown command \"%1\" (available: %2)").arg(positional.join(u' '), available));
    }

    if (command == QLatin1String("history")) {
        HistoryOptions history;
        history.lane = parser.value(QStringLiteral("lane"));
        if (history.lane.isEmpty())
            return usageError(err, Text::tr("history needs --lane gateway/channel/account"));
        history.path = parser.value(QStringLiteral("history"));
        history.json = parser.isSet(QStringLiteral("json"));
        QString why;
        const auto since =
            parseSince(parser.value(QStringLiteral("since")), QDateTime::currentMSecsSinceEpoch(), &why);
        if (!since)
            return usageError(err, why);
        history.since = *since;
        const int code = runHistory(history, out, err);
        sb::log::shutdown();
        return code;
    }

    // What every gateway shares; the URL, name and token are each gateway's own.
    StatusOptions common;
    common.allowInsecure = parser.isSet(QStringLiteral("allow-insecure"));
    bool numeric = false;
    common.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&numeric);
    if (!numeric || common.timeoutSeconds <= 0 || common.timeoutSeconds > 3600)
        return usageError(err, Text::tr("--timeout needs a whole number of seconds between 1 and 3600"));
    common.json = parser.isSet(QStringLiteral("json"));

    // The window's settings: its preferences judge the lanes, its profiles name gateways.
    const QString config = parser.value(QStringLiteral("config"));
    if (!config.isEmpty() && !QFileInfo(config).isReadable())
        return usageError(err, Text::tr("--config: cannot read %1").arg(config));
    const Settings settings = config.isEmpty() ? Settings() : Settings(config);
    common.policy = health::HealthPolicy::from(settings.monitoring());
    QString why;
    common.record = readRecord(parser.value(QStringLiteral("history")), &why);
    if (!why.isEmpty())
        return usageError(err, why);
    int watchSeconds = 0;
    if (command == QLatin1String("watch") && parser.isSet(QStringLiteral("duration"))) {
        watchSeconds = parser.value(QStringLiteral("duration")).toInt(&numeric);
        if (!numeric || watchSeconds <= 0)
            return usageError(err, Text::tr("--duration needs a whole number of seconds"));
    }
    QList<StatusOptions> gateways;
    if (const int stop = readGateways(parser, common, settings, secrets, err, &gateways); stop != ExitHealthy)
        return stop;

    int code = ExitHealthy;
    if (command == QLatin1String("watch")) {
        WatchOptions watch;
        watch.status = gateways.takeFirst();
        watch.others = gateways;
        watch.durationSeconds = watchSeconds;
        code = runWatch(watch, out);
    } else if (gateways.size() == 1) {
        // One gateway keeps the shape scripts have read since before there were fleets.
        const StatusReport report = collectStatus(gateways.first());
        if (common.json)
            printStatusJson(report, gateways.first(), out);
        else
            printStatusText(report, gateways.first(), out);
        code = exitCodeFor(report);
    } else {
        const FleetReport report = collectFleetStatus(gateways);
        if (common.json)
            printFleetJson(report, gateways, out);
        else
            printFleetText(report, gateways, out);
        code = exitCodeForFleet(report);
    }
    out.flush();
    sb::log::shutdown();
    return code;
}

} // namespace sb::ctl

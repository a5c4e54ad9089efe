#include "app/ctl/CommandLine.h"

#include "app/ctl/HistoryCommand.h"
#include "app/ctl/StatusCommand.h"
#include "app/ctl/WatchCommand.h"
#include "app/platform/BuildInfo.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/Logging.h"
#include "app/platform/Redactor.h"
#include "app/platform/Settings.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

int usageError(QTextStream &err, const QString &message)
{
    err << QStringLiteral("switchboardctl: ") << message << '\n'
        << Text::tr("Run 'switchboardctl --help' for usage.") << '\n';
    return ExitUsage;
}

// The token is read from the environment or stdin, never from argv, where every user on the
// machine can read it (ps, /proc/<pid>/cmdline).
std::optional<QString> readToken(const QCommandLineParser &parser, QString *why)
{
    const bool fromEnv = parser.isSet(QStringLiteral("token-env"));
    const bool fromStdin = parser.isSet(QStringLiteral("token-stdin"));
    if (fromEnv == fromStdin) {
        *why = Text::tr("give exactly one of --token-env VAR or --token-stdin");
        return std::nullopt;
    }
    QString token;
    if (fromEnv) {
        const QString variable = parser.value(QStringLiteral("token-env"));
        token = qEnvironmentVariable(variable.toLocal8Bit().constData()).trimmed();
        if (token.isEmpty()) {
            *why = Text::tr("environment variable %1 is unset or empty").arg(variable);
            return std::nullopt;
        }
    } else {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            *why = Text::tr("cannot read the token from standard input");
            return std::nullopt;
        }
        token = QString::fromUtf8(input.readLine()).trimmed();
        if (token.isEmpty()) {
            *why = Text::tr("no token on standard input");
            return std::nullopt;
        }
    }
    return token;
}

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
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Headless Switchboard: query OpenClaw gateways."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Text::tr("status: every lane's state, reason and action, once.\n"
                                          "watch: the lanes' transitions as they happen.\n"
                                          "history: one lane's stored state segments."));
    parser.addOptions({
        {QStringLiteral("gateway"), Text::tr("Gateway WebSocket URL, e.g. ws://127.0.0.1:18789."),
         QStringLiteral("url")},
        {QStringLiteral("token-env"), Text::tr("Read the gateway token from environment variable VAR."),
         QStringLiteral("VAR")},
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
         Text::tr(
             "status, watch: judge lanes by the preferences in this settings file (default: the window's)."),
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
    const QString available = QStringLiteral("status, watch, history");
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

    StatusOptions options;
    if (!parser.isSet(QStringLiteral("gateway")))
        return usageError(err, Text::tr("--gateway URL is required"));
    options.url = QUrl(parser.value(QStringLiteral("gateway")), QUrl::StrictMode);
    options.allowInsecure = parser.isSet(QStringLiteral("allow-insecure"));
    if (const QString why = validateGatewayUrl(options.url, options.allowInsecure); !why.isEmpty())
        return usageError(err, why);
    bool numeric = false;
    options.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&numeric);
    if (!numeric || options.timeoutSeconds <= 0 || options.timeoutSeconds > 3600)
        return usageError(err, Text::tr("--timeout needs a whole number of seconds between 1 and 3600"));
    options.json = parser.isSet(QStringLiteral("json"));
    {
        const QString config = parser.value(QStringLiteral("config"));
        if (!config.isEmpty() && !QFileInfo(config).isReadable())
            return usageError(err, Text::tr("--config: cannot read %1").arg(config));
        const Settings settings = config.isEmpty() ? Settings() : Settings(config);
        options.policy = health::HealthPolicy::from(settings.monitoring());
    }
    QString why;
    options.record = readRecord(parser.value(QStringLiteral("history")), &why);
    if (!why.isEmpty())
        return usageError(err, why);
    const auto token = readToken(parser, &why);
    if (!token)
        return usageError(err, why);
    options.token = *token;
    Redactor::registerSecret(options.token);

    int code = ExitHealthy;
    if (command == QLatin1String("watch")) {
        WatchOptions watch;
        watch.status = options;
        if (parser.isSet(QStringLiteral("duration"))) {
            watch.durationSeconds = parser.value(QStringLiteral("duration")).toInt(&numeric);
            if (!numeric || watch.durationSeconds <= 0)
                return usageError(err, Text::tr("--duration needs a whole number of seconds"));
        }
        code = runWatch(watch, out);
    } else {
        const StatusReport report = collectStatus(options);
        if (options.json)
            printStatusJson(report, options, out);
        else
            printStatusText(report, options, out);
        code = exitCodeFor(report);
    }
    out.flush();
    sb::log::shutdown();
    return code;
}

} // namespace sb::ctl

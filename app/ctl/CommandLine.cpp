#include "app/ctl/CommandLine.h"

#include "app/ctl/StatusCommand.h"
#include "app/platform/BuildInfo.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/Logging.h"
#include "app/platform/Redactor.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

int usageError(const QString &message)
{
    QTextStream err(stderr);
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
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Headless Switchboard: query OpenClaw gateways."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("The command to run: status"));
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
    });
    // parse(), not process(): usage errors must exit 64, not Qt's 1.
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitConnected;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QStringLiteral("switchboardctl ") << QString::fromLatin1(sb::build::version)
                            << '\n';
        return ExitConnected;
    }

    const QString levelSpec = parser.value(QStringLiteral("log-level"));
    if (const auto why = sb::log::validateLevelSpec(levelSpec))
        return usageError(*why);
    sb::log::Options logOptions;
    logOptions.levelSpec = levelSpec;
    sb::log::init(logOptions);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(Text::tr("no command given (available: status)"));
    if (positional.size() > 1 || positional.first() != QLatin1String("status"))
        return usageError(Text::tr("unknown command \"%1\" (available: status)").arg(positional.join(u' ')));

    StatusOptions options;
    if (!parser.isSet(QStringLiteral("gateway")))
        return usageError(Text::tr("--gateway URL is required"));
    options.url = QUrl(parser.value(QStringLiteral("gateway")), QUrl::StrictMode);
    options.allowInsecure = parser.isSet(QStringLiteral("allow-insecure"));
    if (const QString why = validateGatewayUrl(options.url, options.allowInsecure); !why.isEmpty())
        return usageError(why);
    bool numeric = false;
    options.timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&numeric);
    if (!numeric || options.timeoutSeconds <= 0 || options.timeoutSeconds > 3600)
        return usageError(Text::tr("--timeout needs a whole number of seconds between 1 and 3600"));
    options.json = parser.isSet(QStringLiteral("json"));
    QString why;
    const auto token = readToken(parser, &why);
    if (!token)
        return usageError(why);
    options.token = *token;
    Redactor::registerSecret(options.token);

    const StatusReport report = collectStatus(options);
    QTextStream out(stdout);
    if (options.json)
        printStatusJson(report, options, out);
    else
        printStatusText(report, options, out);
    out.flush();
    sb::log::shutdown();
    return exitCodeFor(report);
}

} // namespace sb::ctl

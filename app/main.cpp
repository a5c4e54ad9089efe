// The switchboard GUI executable: reads the command line, starts logging, hands over to the
// composition root in ui/Application.
#include "app/platform/BuildInfo.h"
#include "app/platform/Logging.h"
#include "app/platform/TerminationSignals.h"
#include "ui/Application.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>

namespace {

// sysexits.h EX_USAGE: a wrong command line, distinguishable from a runtime failure.
constexpr int kUsageError = 64;

int usageError(const QString &message)
{
    std::fprintf(stderr, "switchboard: %s\n", qPrintable(message));
    return kUsageError;
}

// --help and --version must answer on a machine without a display (an SSH session, a package
// check), where QApplication cannot start. Parsing needs no application object; the answer
// is then given through a QCoreApplication. A command line QApplication would have to clean
// up first (-platform, -style) does not parse here and is left to the GUI path.
bool asksOnlyForHelpOrVersion(QCommandLineParser &parser, int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!parser.parse(arguments))
        return false;
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")) ||
           parser.isSet(QStringLiteral("version"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QLatin1String(sb::build::applicationName));
    QCoreApplication::setOrganizationName(QLatin1String(sb::build::organizationName));
    QCoreApplication::setApplicationVersion(QLatin1String(sb::build::version));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Operator console for OpenClaw messaging gateways."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption logLevelOption(
        QStringLiteral("log-level"),
        QCoreApplication::translate("main", "Log levels, e.g. \"warn,gateway=debug\"."),
        QCoreApplication::translate("main", "spec"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use this UI language for this run (e.g. \"ja\", \"en\")."),
        QCoreApplication::translate("main", "code"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QCoreApplication::translate("main", "Read and write settings in this file."),
        QCoreApplication::translate("main", "file"));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot-dir"), QString(), QStringLiteral("dir"));
    // For scripts/screenshots.sh only, so not advertised.
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption drillOption(
        QStringLiteral("drill"),
        QCoreApplication::translate("main",
                                    "Start the built-in drill gateway (the night of 2026-02-12 unless a "
                                    "scenario file is given as argument) and connect to it."));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"),
        QCoreApplication::translate("main", "Drill speed factor (scenario seconds per real second)."),
        QCoreApplication::translate("main", "factor"));
    const QCommandLineOption drillGatewaysOption(
        QStringLiteral("drill-gateways"),
        QCoreApplication::translate("main",
                                    "With --drill: start this many drill gateways (the story on the first, "
                                    "variations on the rest) and watch them all."),
        QCoreApplication::translate("main", "count"), QStringLiteral("1"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        QCoreApplication::translate("main", "History file to open (default: the one in the data folder)."),
        QCoreApplication::translate("main", "file"));
    parser.addOptions({logLevelOption, langOption, configOption, screenshotOption, drillOption, speedOption,
                       drillGatewaysOption, historyOption});
    parser.addPositionalArgument(QStringLiteral("scenario"),
                                 QCoreApplication::translate("main", "Drill scenario file (with --drill)."),
                                 QStringLiteral("[scenario]"));
    if (asksOnlyForHelpOrVersion(parser, argc, argv)) {
        const QCoreApplication headless(argc, argv);
        parser.process(headless); // prints the answer and exits 0
    }
    QApplication application(argc, argv);
    QApplication::setDesktopFileName(QLatin1String(sb::build::applicationId));
    parser.process(application);

    const QString levelSpec = parser.value(logLevelOption);
    if (const auto error = sb::log::validateLevelSpec(levelSpec))
        return usageError(*error);
    const QString language = parser.value(langOption);
    if (!language.isEmpty() && QLocale(language).language() == QLocale::C)
        return usageError(
            QCoreApplication::translate("main", "unknown language \"%1\" in --lang (try \"en\" or \"ja\")")
                .arg(language));

    bool speedOk = true;
    const double speed = parser.isSet(speedOption) ? parser.value(speedOption).toDouble(&speedOk) : 0.0;
    if (!speedOk || speed < 0)
        return usageError(QCoreApplication::translate("main", "--speed needs a positive number, e.g. 60"));
    bool countOk = true;
    const int drillGateways = parser.value(drillGatewaysOption).toInt(&countOk);
    if (!countOk || drillGateways < 1 || drillGateways > 200)
        return usageError(
            QCoreApplication::translate("main", "--drill-gateways needs a number from 1 to 200"));
    if (parser.isSet(drillGatewaysOption) && !parser.isSet(drillOption))
        return usageError(
            QCoreApplication::translate("main", "--drill-gateways is only accepted with --drill"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (!positional.isEmpty() && !parser.isSet(drillOption)))
        return usageError(
            QCoreApplication::translate("main", "a scenario file is only accepted with --drill"));

    sb::log::Options logOptions;
    logOptions.logDirectory = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                  .filePath(QStringLiteral("logs"));
    logOptions.levelSpec = levelSpec;
    sb::log::init(logOptions);
    sb::log::app()->info("Switchboard {} starting (Qt {})", sb::build::version, qVersion());

    // SIGTERM (systemd, a logout, `kill`) and SIGINT (Ctrl+C in a terminal) end the event loop
    // like closing the window does: the scope below then stops the session and closes the
    // history, whose writer commits everything still queued, before the exit is logged.
    const sb::TerminationSignals terminationSignals;
    int caughtSignal = 0;
    QObject::connect(&terminationSignals, &sb::TerminationSignals::received, &application,
                     [&caughtSignal](int signalNumber) {
                         if (caughtSignal != 0)
                             return;
                         caughtSignal = signalNumber;
                         sb::log::app()->info("{} received: saving the history and exiting",
                                              sb::TerminationSignals::signalName(signalNumber).toStdString());
                         QCoreApplication::exit(0);
                     });

    int status = 0;
    {
        sb::Application switchboard({parser.value(configOption), language, parser.value(screenshotOption),
                                     parser.isSet(drillOption), positional.value(0), speed,
                                     parser.value(historyOption), drillGateways});
        switchboard.start();
        status = QApplication::exec();
    }
    if (caughtSignal != 0)
        sb::log::app()->info("Switchboard exiting on {} with status {}",
                             sb::TerminationSignals::signalName(caughtSignal).toStdString(), status);
    else
        sb::log::app()->info("Switchboard exiting with status {}", status);
    sb::log::shutdown();
    return status;
}

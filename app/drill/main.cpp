// switchboard-drill: the drill gateway as a standalone process, for tests and for other
// clients (the real `openclaw` CLI included).
#include "app/drill/DrillFleet.h"
#include "app/drill/DrillGateway.h"
#include "app/drill/DrillSession.h"
#include "app/drill/Scenario.h"
#include "app/drill/ScenarioClock.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/platform/BuildInfo.h"
#include "app/platform/Logging.h"

#include <csignal>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"switchboard-drill"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sb::build::version));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Runs the Switchboard drill gateway: an OpenClaw-protocol gateway on loopback that replays a scenario."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s,
                                        u"Listen on this loopback port (default: any free port)."_s, u"P"_s);
    const QCommandLineOption tokenFileOption(
        u"token-file"_s, u"Read the gateway token from this file (default: a random token, printed)."_s,
        u"F"_s);
    const QCommandLineOption speedOption(u"speed"_s,
                                         u"Scenario speed factor (default: the scenario's own)."_s, u"N"_s);
    const QCommandLineOption tickOption(u"tick-interval-ms"_s, u"policy.tickIntervalMs (default 30000)."_s,
                                        u"MS"_s);
    const QCommandLineOption noSignalOption(u"no-signal-emulator"_s,
                                            u"Do not start the signal-cli emulator."_s);
    const QCommandLineOption listOption(u"list-scenarios"_s, u"List the built-in scenarios and exit."_s);
    const QCommandLineOption fromOption(
        u"from"_s,
        u"Start the story at this scenario time, e.g. 2026-02-12T18:50 (in the scenario's zone); "
        "the steps before it happen at once."_s,
        u"TIME"_s);
    const QCommandLineOption logLevelOption(u"log-level"_s, u"Log levels, e.g. \"info,drill=debug\"."_s,
                                            u"SPEC"_s);
    const QCommandLineOption gatewaysOption(
        u"gateways"_s,
        u"Start N gateways on N ports: the scenario on the first, variations of it on the others "
        "(--port is the first port). One line per gateway on stdout."_s,
        u"N"_s);
    parser.addOptions({portOption, tokenFileOption, speedOption, tickOption, noSignalOption, listOption,
                       logLevelOption, fromOption, gatewaysOption});
    parser.addPositionalArgument(
        u"scenario"_s, u"Scenario JSON file (default: the story's night, 2026-02-12)."_s, u"[SCENARIO]"_s);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (parser.isSet(listOption)) {
        for (const QString &path : sb::drill::Scenario::builtIn())
            out << path << '\n';
        return 0;
    }

    sb::log::Options logOptions;
    logOptions.levelSpec = parser.value(logLevelOption);
    if (const auto problem = sb::log::validateLevelSpec(logOptions.levelSpec);
        problem && !logOptions.levelSpec.isEmpty()) {
        err << "switchboard-drill: " << *problem << '\n';
        return 2;
    }
    sb::log::init(logOptions);

    sb::drill::DrillFleet::Options fleetOptions;
    sb::drill::DrillSession::Options &options = fleetOptions.session;
    bool ok = true;
    const bool isFleet = parser.isSet(gatewaysOption);
    if (isFleet) {
        fleetOptions.gateways = parser.value(gatewaysOption).toInt(&ok);
        if (!ok || fleetOptions.gateways < 1 || fleetOptions.gateways > sb::drill::DrillFleet::kMaxGateways) {
            err << "switchboard-drill: --gateways wants a number from 1 to "
                << sb::drill::DrillFleet::kMaxGateways << '\n';
            return 2;
        }
    }
    if (parser.isSet(portOption)) {
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port > 65535) {
            err << "switchboard-drill: --port wants a number from 0 to 65535\n";
            return 2;
        }
        options.port = static_cast<quint16>(port);
    }
    if (parser.isSet(tokenFileOption)) {
        QFile file(parser.value(tokenFileOption));
        if (!file.open(QIODevice::ReadOnly)) {
            err << "switchboard-drill: cannot read token file: " << file.errorString() << '\n';
            return 2;
        }
        options.token = QString::fromUtf8(file.readAll()).trimmed();
        if (options.token.isEmpty()) {
            err << "switchboard-drill: the token file is empty\n";
            return 2;
        }
    }
    if (parser.isSet(speedOption)) {
        options.speed = parser.value(speedOption).toDouble(&ok);
        if (!ok || options.speed <= 0) {
            err << "switchboard-drill: --speed wants a positive number\n";
            return 2;
        }
    }
    if (parser.isSet(tickOption)) {
        options.tickIntervalMs = parser.value(tickOption).toInt(&ok);
        if (!ok || options.tickIntervalMs < 10) {
            err << "switchboard-drill: --tick-interval-ms wants a number >= 10\n";
            return 2;
        }
    }
    options.signalEmulator = !parser.isSet(noSignalOption);
    if (!parser.positionalArguments().isEmpty())
        options.scenarioPath = parser.positionalArguments().constFirst();

    QDateTime from;
    if (parser.isSet(fromOption)) {
        from = QDateTime::fromString(parser.value(fromOption), Qt::ISODate);
        if (!from.isValid()) {
            err << "switchboard-drill: --from wants a date-time like 2026-02-12T18:50\n";
            return 2;
        }
    }

    QString error;
    const auto fleet = sb::drill::DrillFleet::start(fleetOptions, &error);
    if (!fleet) {
        err << "switchboard-drill: " << error << '\n';
        return 1;
    }
    for (int index = 0; index < fleet->size(); ++index) {
        sb::drill::DrillSession *session = fleet->session(index);
        if (from.isValid()) {
            const QDateTime at = from.timeSpec() == Qt::LocalTime
                                     ? QDateTime(from.date(), from.time(), session->clock()->timeZone())
                                     : from;
            session->player()->fastForwardTo(at);
        }
        QObject::connect(session->player(), &sb::drill::ScenarioPlayer::finished, &app,
                         [&out, index, isFleet] {
                             if (isFleet)
                                 out << "scenario finished " << index + 1 << '\n';
                             else
                                 out << "scenario finished\n";
                             out.flush();
                         });
    }
    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);

    const bool withToken = !parser.isSet(tokenFileOption);
    // Announce from inside the event loop: a script that stops us as soon as it has read the
    // lines must find exec() running, or the quit() from the signal handler is lost.
    QTimer::singleShot(0, &app, [&out, &fleet, isFleet, withToken] {
        if (isFleet) {
            // One line per gateway, then "ready N": what fleet scripts and benchmarks wait for.
            for (int index = 0; index < fleet->size(); ++index)
                out << fleet->announcement(index, withToken) << '\n';
            out << "ready " << fleet->size() << '\n';
        } else {
            // The first line is what scripts wait for; the token only when we made it up.
            const sb::drill::DrillSession *session = fleet->session(0);
            out << "listening " << session->url().toString() << '\n';
            if (withToken)
                out << "token " << session->token() << '\n';
            if (!session->signalBaseUrl().isEmpty())
                out << "signal-cli " << session->signalBaseUrl() << '\n';
        }
        out.flush();
    });
    const int code = QCoreApplication::exec();
    // Like a real gateway on SIGTERM: tell clients, close with 1012, then go.
    for (int index = 0; index < fleet->size(); ++index)
        fleet->session(index)->gateway()->shutdown();
    QDeadlineTimer flush(300);
    while (!flush.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    return code;
}

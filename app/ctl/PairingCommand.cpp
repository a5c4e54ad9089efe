#include "app/ctl/PairingCommand.h"

#include "app/ctl/CommandSession.h"
#include "app/ctl/GatewayArguments.h"
#include "app/linking/PairingQueue.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/SafeText.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
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

using linking::PairingEntry;
using linking::PairingQueue;

QString isoOrEmpty(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

// One gateway's queue as read, kept after its session is closed.
struct Listed
{
    QList<PairingEntry> entries;
    QList<gateway::PairingAccount> accounts;
    QString gatewayId;
    bool commandOwnerConfigured = false;
};

// One line per request; the lane in front names its gateway.
void printList(const QList<Listed> &gateways, qint64 nowMs, QTextStream &out)
{
    const bool none = std::all_of(gateways.cbegin(), gateways.cend(),
                                  [](const Listed &listed) { return listed.entries.isEmpty(); });
    if (none) {
        out << Text::tr("No DM access request is waiting.") << '\n';
        return;
    }
    for (const Listed &listed : gateways) {
        for (const PairingEntry &entry : listed.entries) {
            const qint64 minutesLeft =
                entry.expiresAt > 0 ? qMax<qint64>(0, (entry.expiresAt - nowMs) / 60000) : -1;
            out << SafeText::forTerminal(entry.lane.toString()) << QStringLiteral("  ")
                << SafeText::forTerminal(entry.senderLabel) << QStringLiteral(" (")
                << SafeText::forTerminal(entry.senderId) << QStringLiteral(")  ")
                << (minutesLeft >= 0 ? Text::tr("expires in %1 min").arg(minutesLeft)
                                     : Text::tr("no expiry given"))
                << QStringLiteral("  --request ") << SafeText::forTerminal(entry.requestId) << '\n';
        }
    }
}

// Every gateway's requests and accounts in one list, each naming its gateway;
// commandOwnerConfigured at the top is true when every gateway listed has one, and "gateways"
// says it per gateway.
void printJson(const QList<Listed> &gateways, QTextStream &out)
{
    QJsonArray requests;
    QJsonArray accounts;
    QJsonArray perGateway;
    bool everyOwner = true;
    for (const Listed &listed : gateways) {
        for (const PairingEntry &entry : listed.entries) {
            requests.append(QJsonObject{{QStringLiteral("gateway"), listed.gatewayId},
                                        {QStringLiteral("lane"), entry.lane.toString()},
                                        {QStringLiteral("requestId"), entry.requestId},
                                        {QStringLiteral("channel"), entry.lane.channel},
                                        {QStringLiteral("accountId"), entry.lane.accountId},
                                        {QStringLiteral("senderId"), entry.senderId},
                                        {QStringLiteral("senderLabel"), entry.senderLabel},
                                        {QStringLiteral("createdAt"), isoOrEmpty(entry.createdAt)},
                                        {QStringLiteral("expiresAt"), isoOrEmpty(entry.expiresAt)},
                                        {QStringLiteral("notifySupported"), entry.notifySupported}});
        }
        for (const gateway::PairingAccount &account : listed.accounts) {
            accounts.append(QJsonObject{{QStringLiteral("gateway"), listed.gatewayId},
                                        {QStringLiteral("channel"), account.channel},
                                        {QStringLiteral("accountId"), account.accountId},
                                        {QStringLiteral("notifySupported"), account.notifySupported}});
        }
        perGateway.append(
            QJsonObject{{QStringLiteral("gateway"), listed.gatewayId},
                        {QStringLiteral("commandOwnerConfigured"), listed.commandOwnerConfigured}});
        everyOwner = everyOwner && listed.commandOwnerConfigured;
    }
    const QJsonObject document{{QStringLiteral("requests"), requests},
                               {QStringLiteral("accounts"), accounts},
                               {QStringLiteral("gateways"), perGateway},
                               {QStringLiteral("commandOwnerConfigured"), everyOwner && !gateways.isEmpty()}};
    out << QString::fromUtf8(QJsonDocument(SafeText::forJson(document)).toJson(QJsonDocument::Indented));
}

// Runs until the queue has its first answer or the deadline passes.
bool load(PairingQueue &queue, int timeoutSeconds)
{
    QEventLoop loop;
    QTimer::singleShot(timeoutSeconds * 1000, &loop, &QEventLoop::quit);
    QObject::connect(&queue, &PairingQueue::stateChanged, &loop, [&loop](PairingQueue::State state) {
        if (state != PairingQueue::State::Loading)
            loop.quit();
    });
    queue.refresh();
    if (queue.state() == PairingQueue::State::Idle || queue.state() == PairingQueue::State::Loading)
        loop.exec();
    return queue.state() == PairingQueue::State::Ready;
}

// `pairing list` over every --gateway / --profile given, in their order. A gateway that cannot
// be read says why (named when there are several) and the others are still listed; the exit
// code is then the worst of them.
int listGateways(const QCommandLineParser &parser, CtlIo &io)
{
    QList<StatusOptions> gateways;
    if (const int stop = readGatewayList(parser, io.secrets, io.err, &gateways); stop != ExitHealthy)
        return stop;
    const auto problem = [&](const StatusOptions &gateway, const QString &message) {
        io.err << QStringLiteral("switchboardctl: ");
        if (gateways.size() > 1)
            io.err << SafeText::forTerminal(gateway.profileName.isEmpty() ? gatewayIdForUrl(gateway.url)
                                                                          : gateway.profileName)
                   << QStringLiteral(": ");
        io.err << SafeText::forTerminal(message, 0) << '\n';
    };
    QList<Listed> listed;
    int exitCode = ExitHealthy;
    for (const StatusOptions &gateway : std::as_const(gateways)) {
        const std::unique_ptr<CommandSession> command = openCommandSession(gateway);
        if (command->error) {
            problem(gateway, command->error->userMessage());
            exitCode = std::max(exitCode, exitCodeForError(command->error));
            continue;
        }
        PairingQueue::Options options;
        options.pollOnHealthEvents = false;
        PairingQueue queue(*command->runner, options);
        if (!load(queue, gateway.timeoutSeconds)) {
            problem(gateway,
                    queue.message().isEmpty() ? Text::tr("no answer from the gateway") : queue.message());
            exitCode = std::max(exitCode, int(ExitCritical));
            continue;
        }
        listed.append(
            Listed{queue.entries(), queue.accounts(), queue.gatewayId(), queue.commandOwnerConfigured()});
    }
    if (listed.isEmpty())
        return exitCode;
    if (parser.isSet(QStringLiteral("json")))
        printJson(listed, io.out);
    else
        printList(listed, QDateTime::currentMSecsSinceEpoch(), io.out);
    return exitCode;
}

int run(const QStringList &arguments, CtlIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("The gateways' pending DM access requests: list (every --gateway or --profile given), "
                 "approve, dismiss (one gateway)."));
    parser.addHelpOption();
    addGatewayOptions(parser);
    parser.addOptions({
        {QStringLiteral("json"), Text::tr("list: print JSON.")},
        {QStringLiteral("lane"), Text::tr("approve/dismiss: the request's lane, GATEWAY/CHANNEL/ACCOUNT."),
         QStringLiteral("lane")},
        {QStringLiteral("request"), Text::tr("approve/dismiss: the request id `pairing list` prints."),
         QStringLiteral("id")},
        {QStringLiteral("notify"), Text::tr("approve: tell the sender (where the channel can).")},
        {QStringLiteral("command-owner"),
         Text::tr("approve: make the sender the first command owner (only while none is configured).")},
    });
    parser.addPositionalArgument(QStringLiteral("pairing"), Text::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("list, approve or dismiss."));
    if (!parser.parse(arguments))
        return usageError(io.err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return ExitHealthy;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (positional.size() != 2 || (action != QLatin1String("list") && action != QLatin1String("approve") &&
                                   action != QLatin1String("dismiss")))
        return usageError(io.err, Text::tr("pairing needs one of: list, approve, dismiss"));
    const bool resolving = action != QLatin1String("list");
    if (resolving && (!parser.isSet(QStringLiteral("lane")) || !parser.isSet(QStringLiteral("request"))))
        return usageError(io.err, Text::tr("pairing %1 needs --lane and --request").arg(action));
    if (!resolving && (parser.isSet(QStringLiteral("lane")) || parser.isSet(QStringLiteral("request"))))
        return usageError(io.err, Text::tr("pairing list takes no --lane or --request"));

    if (!resolving)
        return listGateways(parser, io);

    StatusOptions gateway;
    if (const int stop = readOneGateway(parser, io.secrets, io.err, &gateway); stop != ExitHealthy)
        return stop;
    QString problem;
    const std::optional<LaneKey> lane =
        laneForCommand(parser.value(QStringLiteral("lane")), gateway, {}, &problem);
    if (!lane)
        return usageError(io.err, problem);
    const std::unique_ptr<CommandSession> command = openCommandSession(gateway);
    if (command->error) {
        io.err << QStringLiteral("switchboardctl: ") << SafeText::forTerminal(command->error->userMessage())
               << '\n';
        return exitCodeForError(command->error);
    }
    PairingQueue::Options options;
    options.pollOnHealthEvents = false;
    PairingQueue queue(*command->runner, options);
    if (!load(queue, gateway.timeoutSeconds)) {
        if (queue.state() == PairingQueue::State::Unsupported) {
            io.err << Text::tr(
                          "This gateway has no DM pairing calls (protocol 3). On the gateway host, with the "
                          "8-character code the sender was given:")
                   << '\n'
                   << PairingQueue::cliApproveLine(lane->channel, lane->accountId) << '\n';
            return ExitCritical;
        }
        io.err << QStringLiteral("switchboardctl: ")
               << SafeText::forTerminal(
                      queue.message().isEmpty() ? Text::tr("no answer from the gateway") : queue.message(), 0)
               << '\n';
        return ExitCritical;
    }
    const QString requestId = parser.value(QStringLiteral("request"));
    std::optional<std::pair<bool, QString>> outcome;
    QEventLoop loop;
    QObject::connect(&queue, &PairingQueue::resolved, &loop,
                     [&](const QString &id, bool ok, const QString &message) {
                         if (id != requestId)
                             return;
                         outcome = std::make_pair(ok, message);
                         loop.quit();
                     });
    QTimer::singleShot(gateway.timeoutSeconds * 1000, &loop, &QEventLoop::quit);
    if (action == QLatin1String("approve"))
        queue.approve(*lane, requestId, parser.isSet(QStringLiteral("notify")),
                      parser.isSet(QStringLiteral("command-owner")));
    else
        queue.dismiss(*lane, requestId);
    if (!outcome)
        loop.exec();
    if (!outcome) {
        io.err << QStringLiteral("switchboardctl: ")
               << Text::tr("no answer from the gateway within %1 s").arg(gateway.timeoutSeconds) << '\n';
        return ExitCritical;
    }
    (outcome->first ? io.out : io.err) << SafeText::forTerminal(outcome->second, 0) << '\n';
    return outcome->first ? ExitHealthy : ExitCritical;
}

} // namespace

CtlCommand pairingCommand()
{
    return CtlCommand{QStringLiteral("pairing"),
                      Text::tr("list, approve or dismiss the gateway's pending DM access requests"), run};
}

} // namespace sb::ctl

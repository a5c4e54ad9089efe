#include "app/ctl/SignalCommand.h"

#include "app/actions/ActionRunner.h"
#include "app/ctl/CommandSession.h"
#include "app/ctl/GatewayArguments.h"
#include "app/gateway/GatewayClient.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/ingest/GatewaySession.h"
#include "app/linking/QrEncode.h"
#include "app/linking/SignalAccountConfig.h"
#include "app/linking/SignalLinkFlow.h"
#include "app/linking/SignalRegistrationFlow.h"
#include "app/linking/signalcli/SignalCliClient.h"
#include "app/platform/SafeText.h"
#include "app/platform/TerminationSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

using linking::SignalLinkFlow;
using linking::SignalRegistrationFlow;
using RegState = SignalRegistrationFlow::State;

struct SignalArguments
{
    QString action; // register | verify | link
    LaneKey lane;
    QString number;
    QString captcha;
    QString code;
    QString pin;
    QString deviceName;
    QUrl daemonUrl;
    bool voice = false;
    bool reregister = false;
    bool waitProven = false;
};

// The gateway session the flows act through, connected and caught up, and the account's
// number and daemon URL from the gateway's config.
struct Prepared
{
    std::unique_ptr<CommandSession> gateway; // the session and its runner
    std::unique_ptr<linking::signalcli::SignalCliClient> daemon;
    LaneKey lane; // the session's gateway id, the command line's account
    QString number;
};

int prepare(const StatusOptions &gatewayOptions, const SignalArguments &args, QTextStream &err, Prepared *out)
{
    out->gateway = openCommandSession(gatewayOptions);
    if (out->gateway->error) {
        err << Text::tr("switchboardctl: cannot reach the gateway: %1")
                   .arg(SafeText::forTerminal(out->gateway->error->userMessage()))
            << '\n';
        return exitCodeForError(out->gateway->error);
    }
    ingest::GatewaySession &session = *out->gateway->session;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    std::optional<gateway::Result<gateway::ConfigSnapshot>> config;
    session.monitor().client().configGet(&loop, [&](const gateway::Result<gateway::ConfigSnapshot> &result) {
        config = result;
        loop.quit();
    });
    deadline.start(gatewayOptions.timeoutSeconds * 1000);
    if (!config)
        loop.exec();
    linking::SignalAccountConfig account;
    if (config && config->ok())
        account = linking::signalAccountConfig(config->value().config, args.lane.accountId);
    else if (args.number.isEmpty() || args.daemonUrl.isEmpty())
        err << Text::tr("switchboardctl: config.get failed: %1")
                   .arg(SafeText::forTerminal(config ? config->error().userMessage()
                                                     : Text::tr("no answer in time")))
            << '\n';

    out->number = args.number.isEmpty() ? account.number : args.number;
    QUrl daemonUrl = args.daemonUrl.isEmpty() ? account.daemonUrl.value_or(QUrl()) : args.daemonUrl;
    if (daemonUrl.isEmpty())
        return usageError(err, Text::tr("the gateway's config names no signal-cli daemon for account %1 "
                                        "(channels.signal.transport.url): give --signal-cli URL")
                                   .arg(args.lane.accountId));
    if (args.action != QLatin1String("link") && out->number.isEmpty())
        return usageError(err, Text::tr("the gateway's config names no number for account %1: give --number")
                                   .arg(args.lane.accountId));
    linking::signalcli::SignalCliClient::Options daemonOptions;
    daemonOptions.baseUrl = daemonUrl;
    out->daemon = std::make_unique<linking::signalcli::SignalCliClient>(daemonOptions);
    out->lane = LaneKey{session.gatewayId(), QStringLiteral("signal"), args.lane.accountId};
    err << Text::tr("signal-cli daemon: %1%2")
               .arg(SafeText::forTerminal(daemonUrl.toString()),
                    args.daemonUrl.isEmpty() ? Text::tr(" (from %1)").arg(account.daemonUrlSource)
                                             : QString())
        << '\n';
    return ExitHealthy;
}

// Runs `loop` until `done` says so, Ctrl+C, or the flow is left waiting for a person.
void runUntil(QEventLoop &loop)
{
    const TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &TerminationSignals::received, &loop, &QEventLoop::quit);
    loop.exec();
}

// Where a registration run ends: the states that wait for the operator or finish the flow.
bool registrationStops(RegState state, bool waitProven)
{
    switch (state) {
    case RegState::Registering:
    case RegState::Verifying:
    case RegState::SubmittingChallenge:
    case RegState::StartingChannel:
        return false;
    case RegState::Proving:
        return !waitProven;
    default:
        return true;
    }
}

int registrationExit(const SignalRegistrationFlow &flow, QTextStream &out, QTextStream &err)
{
    const QString message = SafeText::forTerminal(flow.message());
    switch (flow.state()) {
    case RegState::CaptchaRequired:
    case RegState::InvalidCaptcha:
    case RegState::ChallengeRequired:
        err << message << '\n';
        out << Text::tr("Solve the captcha at: %1").arg(flow.captchaPage().toString()) << '\n'
            << Text::tr("then run this again with --captcha 'signalcaptcha://…' (the “Open Signal” link).")
            << '\n';
        return ExitSignalCaptchaRequired;
    case RegState::RateLimited:
        err << message << '\n';
        out << Text::tr("Rate limited: wait %n second(s) before trying again.", nullptr,
                        flow.secondsUntilRetry())
            << '\n';
        return ExitSignalRateLimited;
    case RegState::CodeSent:
        out << message << '\n'
            << Text::tr("Then: switchboardctl signal verify … --code CODE [--pin PIN]") << '\n';
        return ExitHealthy;
    case RegState::Proving:
        out << message << '\n';
        return ExitAttention;
    case RegState::Proven:
        out << message << '\n';
        return ExitHealthy;
    default:
        err << message << '\n';
        return ExitCritical;
    }
}

int runRegistration(Prepared &prepared, const SignalArguments &args, QTextStream &out, QTextStream &err)
{
    SignalRegistrationFlow flow(*prepared.gateway->runner, *prepared.daemon, prepared.lane);
    QEventLoop loop;
    QObject::connect(&flow, &SignalRegistrationFlow::stateChanged, &loop, [&](RegState state) {
        if (registrationStops(state, args.waitProven))
            loop.quit();
    });
    QObject::connect(&flow, &SignalRegistrationFlow::proofChanged, &loop, [&] {
        out << Text::tr("proof: %1").arg(SafeText::forTerminal(flow.proofText())) << '\n';
        out.flush();
    });
    std::optional<QString> refusal;
    if (args.action == QLatin1String("register")) {
        refusal = flow.registerNumber(prepared.number, args.voice, args.captcha, args.reregister);
    } else {
        refusal = flow.resumeAtCode(prepared.number);
        if (!refusal)
            refusal = flow.submitCode(args.code, args.pin);
    }
    if (refusal)
        return usageError(err, SafeText::forTerminal(*refusal));
    if (!registrationStops(flow.state(), args.waitProven))
        runUntil(loop);
    return registrationExit(flow, out, err);
}

int runLink(Prepared &prepared, const SignalArguments &args, QTextStream &out, QTextStream &err)
{
    SignalLinkFlow flow(*prepared.gateway->runner, *prepared.daemon, prepared.lane);
    QEventLoop loop;
    QObject::connect(&flow, &SignalLinkFlow::stateChanged, &loop, [&](SignalLinkFlow::State state) {
        switch (state) {
        case SignalLinkFlow::State::ShowingCode:
            if (const std::optional<linking::QrModules> qr = linking::encodeQr(flow.deviceLinkUri().toUtf8()))
                out << linking::drawQrWithHalfBlocks(*qr, 4);
            out << SafeText::forTerminal(flow.deviceLinkUri()) << '\n'
                << SafeText::forTerminal(flow.message()) << '\n';
            out.flush();
            break;
        case SignalLinkFlow::State::Proving:
            if (!args.waitProven)
                loop.quit();
            break;
        case SignalLinkFlow::State::Proven:
        case SignalLinkFlow::State::LinkFailed:
        case SignalLinkFlow::State::DaemonUnavailable:
            loop.quit();
            break;
        default:
            break;
        }
    });
    if (const std::optional<QString> refusal = flow.start(args.deviceName))
        return usageError(err, SafeText::forTerminal(*refusal));
    runUntil(loop);
    const QString message = SafeText::forTerminal(flow.message());
    switch (flow.state()) {
    case SignalLinkFlow::State::Proven:
        out << message << '\n';
        return ExitHealthy;
    case SignalLinkFlow::State::Proving:
        out << message << '\n';
        return ExitAttention;
    default:
        err << message << '\n';
        return ExitCritical;
    }
}

int runSignal(const QStringList &arguments, CtlIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Register, verify or link a Signal account through the signal-cli daemon the gateway uses."));
    parser.addHelpOption();
    addGatewayOptions(parser);
    parser.addPositionalArgument(QStringLiteral("signal"), Text::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"), Text::tr("register, verify or link."));
    parser.addOptions({
        {QStringLiteral("lane"), Text::tr("The Signal lane, GATEWAY/signal/ACCOUNT."),
         QStringLiteral("lane")},
        {QStringLiteral("number"), Text::tr("The account's number (E.164); default: the gateway's config."),
         QStringLiteral("e164")},
        {QStringLiteral("captcha"), Text::tr("register: the solved captcha's signalcaptcha:// link."),
         QStringLiteral("token")},
        {QStringLiteral("voice"), Text::tr("register: a voice call instead of an SMS.")},
        {QStringLiteral("reregister"), Text::tr("register: take the number back even if it is registered.")},
        {QStringLiteral("code"), Text::tr("verify: the code Signal sent."), QStringLiteral("code")},
        {QStringLiteral("pin"), Text::tr("verify: the registration lock PIN."), QStringLiteral("pin")},
        {QStringLiteral("signal-cli"), Text::tr("The daemon's URL; default: the gateway's config."),
         QStringLiteral("url")},
        {QStringLiteral("device-name"), Text::tr("link: the name the phone lists this device under."),
         QStringLiteral("name")},
        {QStringLiteral("wait-proven"), Text::tr("Stay until the lane has proven itself (Ctrl+C to stop).")},
    });
    if (!parser.parse(arguments))
        return usageError(io.err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return ExitHealthy;
    }
    const QStringList positional = parser.positionalArguments();
    SignalArguments args;
    args.action = positional.value(1);
    if (positional.size() != 2 ||
        !QStringList{QStringLiteral("register"), QStringLiteral("verify"), QStringLiteral("link")}.contains(
            args.action))
        return usageError(io.err, Text::tr("say what to do: signal register, signal verify or signal link"));
    const std::optional<LaneKey> lane = LaneKey::fromString(parser.value(QStringLiteral("lane")));
    if (!lane || lane->channel != QLatin1String("signal"))
        return usageError(io.err, Text::tr("--lane GATEWAY/signal/ACCOUNT names the Signal lane to act on"));
    args.lane = *lane;
    args.number = parser.value(QStringLiteral("number"));
    args.captcha = parser.value(QStringLiteral("captcha"));
    args.code = parser.value(QStringLiteral("code"));
    args.pin = parser.value(QStringLiteral("pin"));
    args.deviceName = parser.value(QStringLiteral("device-name"));
    args.voice = parser.isSet(QStringLiteral("voice"));
    args.reregister = parser.isSet(QStringLiteral("reregister"));
    args.waitProven = parser.isSet(QStringLiteral("wait-proven"));
    if (parser.isSet(QStringLiteral("signal-cli"))) {
        args.daemonUrl = QUrl(parser.value(QStringLiteral("signal-cli")), QUrl::StrictMode);
        if (!args.daemonUrl.isValid() || (args.daemonUrl.scheme() != QLatin1String("http") &&
                                          args.daemonUrl.scheme() != QLatin1String("https")))
            return usageError(io.err, Text::tr("--signal-cli needs an http:// or https:// URL"));
    }
    if (args.action == QLatin1String("verify") && args.code.isEmpty())
        return usageError(io.err, Text::tr("signal verify needs --code CODE"));

    StatusOptions gatewayOptions;
    if (const int stop = readOneGateway(parser, io.secrets, io.err, &gatewayOptions); stop != ExitHealthy)
        return stop;
    Prepared prepared;
    if (const int stop = prepare(gatewayOptions, args, io.err, &prepared); stop != ExitHealthy)
        return stop; // the CommandSession stops its session as it goes
    const int code = args.action == QLatin1String("link") ? runLink(prepared, args, io.out, io.err)
                                                          : runRegistration(prepared, args, io.out, io.err);
    io.out.flush();
    io.err.flush();
    return code;
}

} // namespace

CtlCommand signalCommand()
{
    return {QStringLiteral("signal"),
            Text::tr("Register, verify or link a Signal account through signal-cli (captcha, code, QR)."),
            &runSignal};
}

} // namespace sb::ctl

#include "app/ctl/RelinkCommand.h"

#include "app/ctl/CommandSession.h"
#include "app/ctl/GatewayArguments.h"
#include "app/linking/QrImage.h"
#include "app/linking/WhatsAppLinkFlow.h"
#include "app/platform/SafeText.h"

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

using linking::WhatsAppLinkFlow;
using State = WhatsAppLinkFlow::State;

constexpr int kDefaultTimeoutSeconds = 180;

void drawQr(const WhatsAppLinkFlow &flow, QTextStream &out)
{
    if (!flow.qr())
        return;
    QString problem;
    const auto modules = linking::readQrModules(flow.qr()->pixels, &problem);
    if (!modules) {
        out << Text::tr("The QR code cannot be drawn here: %1").arg(problem) << '\n';
        return;
    }
    out << '\n'
        << (flow.qrGeneration() > 1
                ? Text::tr("QR code %1 (the gateway replaced the previous one):").arg(flow.qrGeneration())
                : Text::tr("QR code:"))
        << '\n'
        << linking::drawQrWithHalfBlocks(*modules)
        << Text::tr("Scan it in WhatsApp → Settings → Linked Devices → Link a device within %1 s.")
               .arg(flow.secondsLeft())
        << '\n';
    out.flush();
}

int run(const QStringList &arguments, CtlIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Link or relink a WhatsApp account by QR code, drawn in this terminal. Exits 0 once "
                 "linked, non-zero with the gateway's words otherwise."));
    parser.addHelpOption();
    addGatewayOptions(parser);
    parser.addOptions({
        {QStringLiteral("lane"), Text::tr("The WhatsApp lane, GATEWAY/whatsapp/ACCOUNT."),
         QStringLiteral("lane")},
        {QStringLiteral("despite-ban-risk"),
         Text::tr("Go on even though the number was just blocked or its last relink was lost.")},
    });
    parser.addPositionalArgument(QStringLiteral("relink"), Text::tr("The command."));
    if (!parser.parse(arguments))
        return usageError(io.err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return ExitHealthy;
    }
    StatusOptions gateway;
    if (const int stop = readOneGateway(parser, io.secrets, io.err, &gateway); stop != ExitHealthy)
        return stop;
    const int timeoutSeconds =
        parser.isSet(QStringLiteral("timeout")) ? gateway.timeoutSeconds : kDefaultTimeoutSeconds;
    gateway.timeoutSeconds = qMin(gateway.timeoutSeconds, timeoutSeconds);
    QString problem;
    const auto lane =
        laneForCommand(parser.value(QStringLiteral("lane")), gateway, QStringLiteral("whatsapp"), &problem);
    if (!lane)
        return usageError(io.err, problem);

    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.start(timeoutSeconds * 1000);
    const std::unique_ptr<CommandSession> command = openCommandSession(gateway);
    if (command->error) {
        io.err << QStringLiteral("switchboardctl: ") << SafeText::forTerminal(command->error->userMessage())
               << '\n';
        return exitCodeForError(command->error);
    }

    WhatsAppLinkFlow::Options options;
    WhatsAppLinkFlow flow(*command->runner, *lane, options);
    QEventLoop loop;
    QObject::connect(&flow, &WhatsAppLinkFlow::qrChanged, &loop, [&] { drawQr(flow, io.out); });
    QObject::connect(&flow, &WhatsAppLinkFlow::stateChanged, &loop, [&](State state) {
        if (state == State::BanRiskWarning) {
            io.err << SafeText::forTerminal(flow.message(), 0) << '\n';
            if (parser.isSet(QStringLiteral("despite-ban-risk"))) {
                flow.proceedDespiteRisk();
                return;
            }
            io.err << Text::tr("Not relinking; give --despite-ban-risk to go on anyway.") << '\n';
            loop.quit();
            return;
        }
        if (state == State::Probation || WhatsAppLinkFlow::isFinal(state))
            loop.quit();
        else if (state == State::RestartingAfterPairing)
            io.out << SafeText::forTerminal(flow.message(), 0) << '\n';
    });
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &flow, &WhatsAppLinkFlow::start);
    if (deadline.isActive())
        loop.exec();

    switch (flow.state()) {
    case State::Probation:
    case State::Proven:
        io.out << SafeText::forTerminal(flow.message(), 0) << '\n'
               << Text::tr("Proof of recovery so far: %1.").arg(flow.proof().text()) << '\n';
        return ExitHealthy;
    case State::BanRiskWarning:
        return ExitCritical;
    default:
        break;
    }
    if (!WhatsAppLinkFlow::isFinal(flow.state())) {
        flow.cancel();
        io.err << QStringLiteral("switchboardctl: ")
               << Text::tr("not linked within %1 s (%2)")
                      .arg(timeoutSeconds)
                      .arg(WhatsAppLinkFlow::stateName(flow.state()))
               << '\n';
        return ExitCritical;
    }
    io.err << QStringLiteral("switchboardctl: ") << SafeText::forTerminal(flow.message(), 0) << '\n';
    return ExitCritical;
}

} // namespace

CtlCommand relinkCommand()
{
    return CtlCommand{QStringLiteral("relink"),
                      Text::tr("link or relink a WhatsApp account by QR code in the terminal"), run};
}

} // namespace sb::ctl

#include "app/health/ManualSteps.h"

#include <QCoreApplication>

namespace sb::health {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::health::ManualSteps", text);
}

} // namespace

QString manualStepFor(OperatorAction action, const LaneKey &lane)
{
    const QString account = lane.accountId.isEmpty() ? QStringLiteral("default") : lane.accountId;
    switch (action) {
    case OperatorAction::None:
    case OperatorAction::Wait:
        return {};
    case OperatorAction::Link:
    case OperatorAction::Relink:
        // The command OpenClaw itself prints when WhatsApp has no listener (recorded send error).
        if (lane.channel == QLatin1String("whatsapp"))
            return tr("On the gateway host: openclaw channels login --channel whatsapp --account %1, then "
                      "scan "
                      "the QR code in WhatsApp → Linked Devices.")
                .arg(account);
        return tr("On the gateway host: openclaw channels login --channel %1 --account %2")
            .arg(lane.channel, account);
    case OperatorAction::RestartChannel:
        // Only needed where channels.start/stop do not exist (protocol 3).
        return tr("Restart the gateway on its host instead: openclaw gateway restart");
    case OperatorAction::ResolveConflict:
        return tr("Log the other session out (WhatsApp → Linked Devices on the phone, or stop the other "
                  "process using this account), then restart the channel.");
    case OperatorAction::FailOver:
        return tr("Move the operators to a healthy channel: put their identities on its allowFrom and "
                  "commands.ownerAllowFrom, point heartbeat delivery at it, then disable this channel.");
    case OperatorAction::ReRegister:
        return tr("On the signal-cli host: signal-cli -a <number> register (add --captcha <token> if asked), "
                  "then signal-cli -a <number> verify <code>.");
    case OperatorAction::SolveCaptcha:
        return tr(
            "Open https://signalcaptchas.org/registration/generate.html from the same network as "
            "signal-cli, copy the signalcaptcha:// link, then signal-cli -a <number> register --captcha "
            "<link>.");
    case OperatorAction::CheckToken:
        return tr("Check the bot token with @BotFather and set it in channels.%1.botToken (or the account's "
                  "botToken), then restart the channel.")
            .arg(lane.channel);
    case OperatorAction::UpgradeSignalCli:
        return tr("Upgrade signal-cli on the host that runs its daemon, then restart the channel.");
    case OperatorAction::CheckTransport:
        if (lane.channel == QLatin1String("signal"))
            return tr(
                "Check that the signal-cli daemon the gateway uses (channels.signal.transport.url) runs "
                "and answers GET /api/v1/check from the gateway host, then restart the channel.");
        if (lane.channel == QLatin1String("telegram"))
            return tr("Check that the gateway host reaches the Telegram Bot API (channels.telegram.apiRoot, "
                      "proxy, DNS), then restart the channel.");
        return tr("Check the gateway host's network and the channel's endpoint in channels.%1, then restart "
                  "the channel.")
            .arg(lane.channel);
    }
    return {};
}

} // namespace sb::health

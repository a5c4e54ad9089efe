#include "app/linking/TelegramSetupFlow.h"

#include "app/actions/ActionRunner.h"
#include "app/gateway/GatewayClient.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/ingest/GatewaySession.h"
#include "app/linking/ChannelAccounts.h"
#include "app/platform/Redactor.h"
#include "app/platform/SecretStore.h"

#include <QMetaEnum>
#include <QRegularExpression>

namespace sb::linking {

namespace {

const QString kWriteAction = QStringLiteral("telegram.token.write");
const QString kProbeAction = QStringLiteral("channels.probe");
const QString kTelegram = QStringLiteral("telegram");

// The form @BotFather hands out: the bot's numeric id, a colon, and a secret of 35 characters
// (accepted from 30, in case Telegram shortens it).
constexpr qsizetype kMinimumRegisteredLength = 20;
const QRegularExpression kTokenShape(QStringLiteral("^[0-9]{5,16}:[A-Za-z0-9_-]{30,80}$"));

bool groupsReadUnmentioned(const QJsonObject &config, const QString &accountId)
{
    const QJsonObject groups =
        effectiveAccountValue(config, kTelegram, accountId, QStringLiteral("groups")).toObject();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        if (it.value().toObject().value(QLatin1String("requireMention")) == QJsonValue(false))
            return true;
    }
    return false;
}

} // namespace

TelegramSetupFlow::TelegramSetupFlow(actions::ActionRunner &runner, LaneKey lane, SecretStore &secrets,
                                     QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_lane(std::move(lane))
    , m_secrets(secrets)
{}

TelegramSetupFlow::~TelegramSetupFlow() = default;

QString TelegramSetupFlow::stateName(State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)));
}

QString TelegramSetupFlow::secretKey(const LaneKey &lane)
{
    return QStringLiteral("%1/%2/%3/bot-token").arg(lane.gatewayId, lane.channel, lane.accountId);
}

std::optional<QString> TelegramSetupFlow::normalizeBotToken(const QString &text, QString *problem)
{
    const QString token = text.trimmed();
    // Even a mistyped token is a secret; a short word typed by mistake is not worth shredding
    // every log line that contains it.
    if (token.size() >= kMinimumRegisteredLength)
        Redactor::registerSecret(token);
    if (token.isEmpty()) {
        if (problem)
            *problem = tr("Paste the bot token @BotFather gave you.");
        return std::nullopt;
    }
    if (!kTokenShape.match(token).hasMatch()) {
        if (problem)
            *problem =
                tr("This is not a Telegram bot token: it should be the bot's number, a colon and about "
                   "35 letters, digits, \"-\" or \"_\" (as @BotFather shows it), with no spaces inside.");
        return std::nullopt;
    }
    return token;
}

gateway::MergePatch TelegramSetupFlow::tokenPatch(const QJsonObject &config, const QString &accountId,
                                                  const QString &token)
{
    gateway::MergePatch patch;
    patch.set(accountKeyPath(kTelegram, accountId, QStringLiteral("botToken")), token);
    const QJsonValue policy =
        effectiveAccountValue(config, kTelegram, accountId, QStringLiteral("groupPolicy"));
    if (policy.isUndefined() || policy.isNull())
        patch.set(accountKeyPath(kTelegram, accountId, QStringLiteral("groupPolicy")),
                  QStringLiteral("allowlist"));
    return patch;
}

void TelegramSetupFlow::setState(State state, const QString &message)
{
    m_message = message;
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TelegramSetupFlow::submit(const QString &typedToken)
{
    QString problem;
    const auto token = normalizeBotToken(typedToken, &problem);
    if (!token) {
        setState(State::InvalidToken, problem);
        return;
    }
    if (!m_runner.begin(m_lane, actions::ActionStart{kWriteAction, tr("writing the bot token"),
                                                     tr("bot token set by the operator"),
                                                     OperatorAction::CheckToken})) {
        setState(State::Failed, tr("Another action is still running on this lane; try again when it ends."));
        return;
    }
    setState(State::ReadingConfig, tr("Reading the gateway's configuration…"));
    m_runner.session().monitor().client().configGet(
        this, [this, token = *token](const gateway::Result<gateway::ConfigSnapshot> &result) {
            if (!result) {
                m_runner.finish(m_lane, actions::ActionOutcome{
                                            false,
                                            result.error().userMessage(),
                                            QStringLiteral("config.get failed %1").arg(result.error().code()),
                                            {},
                                            {},
                                            {}});
                setState(State::Failed, tr("The gateway's configuration could not be read: %1")
                                            .arg(result.error().userMessage()));
                return;
            }
            m_config = result.value().config;
            const QString baseHash = result.value().hash;
            const gateway::MergePatch patch = tokenPatch(m_config, m_lane.accountId, token);
            setState(State::StoringToken, tr("Keeping the token in this computer's keychain…"));
            m_secrets.write(
                secretKey(m_lane), token, this,
                [this, token, patch, baseHash](const SecretStore::Result &stored) {
                    if (!stored.ok()) {
                        m_runner.finish(m_lane,
                                        actions::ActionOutcome{false,
                                                               stored.message,
                                                               QStringLiteral("keychain refused: %1")
                                                                   .arg(SecretStore::describe(stored.status)),
                                                               baseHash,
                                                               {},
                                                               {}});
                        setState(State::Failed,
                                 tr("The keychain did not take the token (%1); nothing was written "
                                    "to the gateway.")
                                     .arg(stored.message));
                        return;
                    }
                    setState(State::Writing, tr("Writing the token to the gateway…"));
                    m_runner.session().monitor().client().configPatch(
                        patch, baseHash, this,
                        [this, baseHash](const gateway::Result<gateway::ConfigWriteResult> &written) {
                            actions::ActionOutcome outcome;
                            outcome.configHashBefore = baseHash;
                            if (!written) {
                                outcome.message = written.error().userMessage();
                                outcome.answer = QStringLiteral("config.patch failed %1: %2")
                                                     .arg(written.error().code(),
                                                          Redactor::redact(written.error().message()));
                                m_runner.finish(m_lane, outcome);
                                setState(State::Failed,
                                         written.error().kind() == gateway::GatewayError::Kind::ConfigConflict
                                             ? tr("The gateway's configuration changed while the token "
                                                  "was being written; nothing was changed. Try again.")
                                             : tr("The gateway did not take the token: %1")
                                                   .arg(written.error().userMessage()));
                                return;
                            }
                            outcome.ok = true;
                            outcome.configHashAfter = written.value().hash;
                            outcome.answer = QStringLiteral("botToken written; changed %1")
                                                 .arg(written.value().changedPaths.join(u','));
                            outcome.message = tr("The bot token is set.");
                            m_runner.finish(m_lane, outcome);
                            probe();
                        });
                });
        });
}

void TelegramSetupFlow::probe()
{
    if (!m_runner.begin(m_lane, actions::ActionStart{kProbeAction, tr("asking Telegram who the bot is"),
                                                     tr("Telegram probe by the operator"), std::nullopt})) {
        setState(State::Failed, tr("Another action is still running on this lane; try again when it ends."));
        return;
    }
    setState(State::Probing, tr("Asking Telegram who the bot is…"));
    gateway::GatewayClient::ChannelsStatusOptions options;
    options.probe = true;
    options.channel = kTelegram;
    options.timeoutMs = 10000;
    m_runner.session().monitor().client().channelsStatus(
        options, this, [this](const gateway::Result<gateway::ChannelsStatus> &result) {
            actions::ActionOutcome outcome;
            if (!result) {
                outcome.message = result.error().userMessage();
                outcome.answer = QStringLiteral("probe failed %1").arg(result.error().code());
                m_runner.finish(m_lane, outcome);
                setState(State::Failed, tr("The probe failed: %1").arg(result.error().userMessage()));
                return;
            }
            const gateway::ChannelStatus *channel = result.value().channel(kTelegram);
            const gateway::AccountSnapshot *account = nullptr;
            int bots = 0;
            if (channel) {
                for (const gateway::AccountSnapshot &snapshot : channel->accounts) {
                    if (snapshot.probeValue(QStringLiteral("bot.username")))
                        ++bots;
                    if (snapshot.accountId == m_lane.accountId)
                        account = &snapshot;
                }
            }
            m_warnings.clear();
            const auto flag = [account](const char *key) -> std::optional<bool> {
                const auto value = account->probeValue(QLatin1String(key));
                if (!value)
                    return std::nullopt;
                return *value == QLatin1String("true");
            };
            if (!account || !account->probeValue(QStringLiteral("bot.username"))) {
                const QString why = account && !account->lastError.isEmpty()
                                        ? account->lastError
                                        : tr("the gateway reported no bot for this account");
                outcome.message = why;
                outcome.answer = QStringLiteral("probe: no bot: %1").arg(why);
                m_runner.finish(m_lane, outcome);
                setState(State::Failed,
                         tr("Telegram did not confirm the bot: %1. Check the token with @BotFather "
                            "and that the gateway host reaches api.telegram.org.")
                             .arg(why));
                return;
            }
            BotIdentity bot;
            bot.username = account->probeValue(QStringLiteral("bot.username")).value_or(QString());
            bot.id = account->probeValue(QStringLiteral("bot.id")).value_or(QString());
            bot.canJoinGroups = flag("bot.canJoinGroups");
            bot.canReadAllGroupMessages = flag("bot.canReadAllGroupMessages");
            m_bot = bot;
            if (bot.canReadAllGroupMessages == false && groupsReadUnmentioned(m_config, m_lane.accountId))
                m_warnings
                    << tr("Privacy mode is on for @%1, yet groups are configured to read messages without "
                          "a mention: the bot will only see commands and mentions. Turn privacy mode off "
                          "with @BotFather (/setprivacy), then re-add the bot to its groups.")
                           .arg(bot.username);
            if (bots > 1)
                m_warnings << tr("This gateway runs %1 Telegram bots. Bots never see other bots' messages in "
                                 "groups (openclaw#408): a bot will not react to what another bot posts in a "
                                 "group they share.")
                                  .arg(bots);
            outcome.ok = true;
            outcome.answer = QStringLiteral("probe: @%1 id=%2 readAll=%3")
                                 .arg(bot.username, bot.id,
                                      bot.canReadAllGroupMessages.has_value()
                                          ? (*bot.canReadAllGroupMessages ? QStringLiteral("true")
                                                                          : QStringLiteral("false"))
                                          : QStringLiteral("-"));
            outcome.message = tr("Telegram confirms the bot @%1.").arg(bot.username);
            m_runner.finish(m_lane, outcome);
            setState(State::Done, outcome.message);
        });
}

} // namespace sb::linking

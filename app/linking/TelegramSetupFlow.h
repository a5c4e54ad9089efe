#pragma once

#include "app/gateway/MergePatch.h"
#include "app/health/LaneKey.h"

#include <optional>

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

namespace sb {
class SecretStore;
}
namespace sb::actions {
class ActionRunner;
}

namespace sb::linking {

// A bot as Telegram's getMe describes it, through the gateway's probe.
struct BotIdentity
{
    QString username;
    QString id;
    std::optional<bool> canJoinGroups;
    // Privacy mode is on when this is false: the bot only sees commands and mentions in groups.
    std::optional<bool> canReadAllGroupMessages;
};

// Sets up one Telegram account of one gateway, UI-free:
//   submit(token) → [InvalidToken] → ReadingConfig → StoringToken (this machine's keychain)
//   → Writing (config.patch of the account's botToken with baseHash) → Probing
//   (channels.status {probe:true}) → Done, with the bot's identity and warnings in words.
// The token is registered with the Redactor the moment it is typed and never logged; the
// gateway reads it back redacted. The patch never sets groupPolicy "open"; where the account
// has no group policy it writes "allowlist".
//
// Its config write is small and self-contained (tokenPatch) so it can move onto a shared
// config writer later.
class TelegramSetupFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TelegramSetupFlow)

public:
    enum class State
    {
        Idle,
        InvalidToken,  // refused before anything was written
        ReadingConfig, // config.get
        StoringToken,  // the keychain on this machine
        Writing,       // config.patch
        Probing,       // channels.status {probe:true}
        Done,          // written and probed: bot() and warnings()
        Failed,        // message() says why (keychain, stale config, gateway)
    };
    Q_ENUM(State)

    TelegramSetupFlow(actions::ActionRunner &runner, LaneKey lane, SecretStore &secrets,
                      QObject *parent = nullptr);
    ~TelegramSetupFlow() override;

    void submit(const QString &typedToken);
    // The probe alone, for an account already set up.
    void probe();

    LaneKey lane() const { return m_lane; }
    State state() const { return m_state; }
    QString message() const { return m_message; }
    const std::optional<BotIdentity> &bot() const { return m_bot; }
    QStringList warnings() const { return m_warnings; }

    // "123456789:AA…" with blanks around it removed, or nothing with the problem in words.
    static std::optional<QString> normalizeBotToken(const QString &text, QString *problem);
    static QString secretKey(const LaneKey &lane);
    // The patch that sets the account's token, and groupPolicy "allowlist" where none is set:
    // it never writes "open" (with tools.elevated on, any group could reach the elevated tools).
    static gateway::MergePatch tokenPatch(const QJsonObject &config, const QString &accountId,
                                          const QString &token);
    static QString stateName(State state);

Q_SIGNALS:
    void stateChanged(sb::linking::TelegramSetupFlow::State state);

private:
    void write(const QString &token);
    void setState(State state, const QString &message);

    actions::ActionRunner &m_runner;
    LaneKey m_lane;
    SecretStore &m_secrets;
    State m_state = State::Idle;
    QString m_message;
    std::optional<BotIdentity> m_bot;
    QStringList m_warnings;
    QJsonObject m_config; // the config read before the write, for the warnings
};

} // namespace sb::linking

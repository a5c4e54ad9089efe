#pragma once

#include "app/gateway/GatewayError.h"
#include "app/gateway/MethodTypes.h"
#include "app/health/LaneKey.h"

#include <optional>

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace sb::actions {
class ActionRunner;
}

namespace sb::linking {

// One pending DM access request, as the Pairing panel and `switchboardctl pairing list` show it.
struct PairingEntry
{
    LaneKey lane; // gateway / channel / account it asks to talk to
    QString requestId;
    QString channelLabel;
    QString accountLabel;
    QString senderId;
    QString senderLabel; // the sender's own words: plain text wherever shown
    qint64 createdAt = 0;
    qint64 expiresAt = 0; // 0: not given
    bool notifySupported = false;
};

// The DM pairing queue of one gateway (channels.pairing.*, protocol 4): polled every 15 s and
// at once on a health event, approve and dismiss through the ActionRunner (flag and action
// log on the lane). A request another console handled, or that expired, answers "no longer
// exists": said in words and taken off the list. Protocol 3 has no pairing RPC: the queue says
// so and cliApproveLine() gives the command to run on the gateway host instead. While the
// gateway is not connected the list is kept as last seen and the state says so.
class PairingQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairingQueue)

public:
    enum class State
    {
        Idle,
        Loading,
        Ready,
        Unsupported,  // protocol 3: use the CLI
        Failed,       // message() says why; polling goes on
        Disconnected, // the gateway dropped: entries() are as last seen, read again once it is back
    };
    Q_ENUM(State)

    struct Options
    {
        int pollMs = 15000;
        bool pollOnHealthEvents = true;
    };

    PairingQueue(actions::ActionRunner &runner, Options options, QObject *parent = nullptr);
    explicit PairingQueue(actions::ActionRunner &runner, QObject *parent = nullptr);
    ~PairingQueue() override;

    void start(); // polling; a first refresh now when connected, else once connected
    void refresh();

    // `notify` only where the account supports it (as far as the list says); `makeCommandOwner`
    // only while no command owner is configured. A request the list does not hold is still
    // sent: the gateway's answer is the truth ("no longer exists").
    void approve(const LaneKey &lane, const QString &requestId, bool notify, bool makeCommandOwner);
    void dismiss(const LaneKey &lane, const QString &requestId);

    State state() const { return m_state; }
    QString message() const { return m_message; }
    QList<PairingEntry> entries() const { return m_entries; }
    std::optional<PairingEntry> entry(const QString &requestId) const;
    QList<gateway::PairingAccount> accounts() const { return m_accounts; }
    bool commandOwnerConfigured() const { return m_commandOwnerConfigured; }
    QString gatewayId() const;

    // `openclaw pairing approve <channel> <CODE> --account <id>`: the code is the 8 characters
    // the sender was given (the gateway never hands it to a console).
    static QString cliApproveLine(const QString &channel, const QString &accountId,
                                  const QString &code = QStringLiteral("<CODE>"));

Q_SIGNALS:
    void entriesChanged();
    void stateChanged(sb::linking::PairingQueue::State state);
    // A request seen for the first time (not on the first load): a desktop notification.
    void newRequest(const sb::linking::PairingEntry &entry);
    // An approve or dismiss ended; `message` in words (plain text).
    void resolved(const QString &requestId, bool ok, const QString &message);

private:
    void onList(const gateway::PairingList &list);
    void onConnectionLost();
    void setState(State state, const QString &message);
    void removeEntry(const QString &requestId);
    PairingEntry target(const LaneKey &lane, const QString &requestId) const;
    void finishResolve(const PairingEntry &entry, const QString &verb,
                       const std::optional<gateway::GatewayError> &error, const QString &answer,
                       const QString &doneMessage);

    actions::ActionRunner &m_runner;
    Options m_options;
    State m_state = State::Idle;
    QString m_message;
    QList<PairingEntry> m_entries;
    QList<gateway::PairingAccount> m_accounts;
    QSet<QString> m_seen;
    bool m_loadedOnce = false;
    bool m_commandOwnerConfigured = false;
    bool m_loading = false;
    QTimer m_poll;
};

} // namespace sb::linking

Q_DECLARE_METATYPE(sb::linking::PairingEntry)

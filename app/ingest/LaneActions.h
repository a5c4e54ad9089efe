#pragma once

#include "app/health/LaneKey.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace sb::store {
class History;
}

namespace sb::ingest {

class GatewaySession;

// What an operator does to one lane from the console, carried out over the session's
// gateway. Every action is
//  - written to the hash-chained action log (who, what, which lane, the outcome), and
//  - fed through ingest as an OperatorAction event (a flag on the lane's timeline),
// and a test message's outcome is a delivery proof (or a failed send) for the health engine,
// exactly like a heartbeat: a lane on probation needs real deliveries, and one failed send
// followed by the loss of the channel is the possible-ban pattern of the story's 19:08.
//
// One action per lane at a time; a second request while one runs is refused with a message.
// Lives no longer than its session (make it the session's child): answers that arrive after
// it is gone are dropped by the client.
class LaneActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneActions)

public:
    // `history` may be null (nothing is logged then); `actor` names who acts in the log.
    LaneActions(GatewaySession &session, store::History *history, QString actor, QObject *parent = nullptr);
    ~LaneActions() override;

    // `send {to, message, channel, accountId, idempotencyKey}`. `to` is taken as given:
    // validate it first (policy::normalizeIdentity).
    void sendTestMessage(const LaneKey &lane, const QString &to, const QString &message);
    // v4: channels.stop (when the account is running) then channels.start, asked again for a
    // few seconds while the gateway answers "retry". A v3 gateway has no per-channel restart;
    // the answer says what to run instead.
    void restartChannel(const LaneKey &lane);

    bool isBusy(const LaneKey &lane) const { return m_busy.contains(lane); }

    static QString defaultTestMessage();

Q_SIGNALS:
    void started(const sb::LaneKey &lane, const QString &description);
    // `message` is for the operator, in words (plain text; it may quote the gateway).
    void finished(const sb::LaneKey &lane, bool ok, const QString &message);

private:
    void begin(const LaneKey &lane, const QString &description);
    void finish(const LaneKey &lane, const QString &logAction, bool ok, const QString &message,
                const QString &logDetail);
    // `logSoFar` is the action log's detail up to this attempt (1-based).
    void startChannel(const LaneKey &lane, const QString &logSoFar, int attempt);
    bool accountRunning(const LaneKey &lane) const;

    GatewaySession &m_session;
    store::History *m_history;
    QString m_actor;
    QSet<LaneKey> m_busy;
};

} // namespace sb::ingest

#pragma once

#include "app/health/ChannelEvent.h"
#include "app/health/HealthTypes.h"
#include "app/health/LaneKey.h"

#include <optional>

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace sb::ingest {
class GatewaySession;
}
namespace sb::store {
class History;
}

namespace sb::actions {

// What an action is, said when it begins.
struct ActionStart
{
    QString logAction;   // the action log's name for it: "send.test", "channels.restart", "config.patch"...
    QString description; // for the operator while it runs, e.g. "restarting the channel"
    QString flag;        // the flag's words on the lane's timeline
    std::optional<OperatorAction> code; // the recommended action it carries out, if it is one
};

// How it ended.
struct ActionOutcome
{
    bool ok = false;
    QString message; // for the operator, in words (plain text; it may quote the gateway)
    QString answer;  // the gateway's answer and what was asked, for the action log (plain text)
    // A config write's `hash` before and after it (config.get / config.patch), for the log.
    std::optional<QString> configHashBefore;
    std::optional<QString> configHashAfter;
    // What the outcome tells the health engine (a test message is a delivery proof, or a
    // failed send), fed through ingest like anything the gateway says.
    QList<ChannelEvent> feedback;
};

// The action log row's detail for an outcome: the answer, then a config write's hashes
// ("changedPaths=[…]; config A -> B"). switchboardctl's writes made without a runner log the same.
QString actionLogDetail(const ActionOutcome &outcome);

// Every operator action on a lane goes through here (DESIGN §12): one action per lane at a
// time, a flag on the lane's timeline when it begins, and when it ends the outcome fed back
// through ingest and one row in the hash-chained action log (who, what, which lane, the
// gateway's answer, the config hashes of a config write). The flows themselves (test message,
// channel restart, relink, pairing, failover, config writes) only talk to the gateway.
//
// One runner per session, living no longer than it (make it the session's child): answers the
// flows receive after it is gone are dropped by the client, whose context it is.
class ActionRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRunner)

public:
    // `history` may be null (nothing is logged then); `actor` names who acts in the log.
    ActionRunner(ingest::GatewaySession &session, store::History *history, QString actor,
                 QObject *parent = nullptr);
    ~ActionRunner() override;

    ingest::GatewaySession &session() const { return m_session; }
    bool isBusy(const LaneKey &lane) const { return m_running.contains(lane); }

    // Marks the lane busy, puts the flag on its timeline and says so. While another action
    // runs on the lane it refuses instead (finished, not ok, nothing logged) and returns false.
    bool begin(const LaneKey &lane, const ActionStart &start);
    // Ends the lane's action: the feedback into ingest, the log row, the lane free again.
    void finish(const LaneKey &lane, const ActionOutcome &outcome);
    // Says no to an action that never began (it reached no gateway, so nothing is logged).
    void refuse(const LaneKey &lane, const QString &message);

Q_SIGNALS:
    void started(const sb::LaneKey &lane, const QString &description);
    // `message` is for the operator, in words (plain text; it may quote the gateway).
    void finished(const sb::LaneKey &lane, bool ok, const QString &message);

private:
    ingest::GatewaySession &m_session;
    store::History *m_history;
    QString m_actor;
    QHash<LaneKey, QString> m_running; // lane → the running action's log name
};

} // namespace sb::actions

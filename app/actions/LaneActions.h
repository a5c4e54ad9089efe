#pragma once

#include "app/health/LaneKey.h"

#include <QObject>
#include <QString>

namespace sb::actions {

class ActionRunner;

// The console's own actions on one lane, carried out over the runner's session gateway and
// begun and ended through the runner (busy lane, timeline flag, action log). A test message's
// outcome is a delivery proof (or a failed send) for the health engine, exactly like a
// heartbeat: a lane on probation needs real deliveries, and one failed send followed by the
// loss of the channel is the possible-ban pattern of the story's 19:08.
//
// Lives no longer than its runner (make it the runner's child): answers that arrive after it is
// gone are dropped by the client. The runner's started()/finished() tell how an action goes.
class LaneActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneActions)

public:
    explicit LaneActions(ActionRunner &runner, QObject *parent = nullptr);
    ~LaneActions() override;

    ActionRunner &runner() const { return m_runner; }

    // `send {to, message, channel, accountId, idempotencyKey}`. `to` is taken as given:
    // validate it first (policy::normalizeIdentity).
    void sendTestMessage(const LaneKey &lane, const QString &to, const QString &message);
    // v4: channels.stop (when the account is running) then channels.start, asked again for a
    // few seconds while the gateway answers "retry". A v3 gateway has no per-channel restart;
    // the answer says what to run instead.
    void restartChannel(const LaneKey &lane);

    static QString defaultTestMessage();

private:
    // `logSoFar` is the action log's detail up to this attempt (1-based).
    void startChannel(const LaneKey &lane, const QString &logSoFar, int attempt);
    bool accountRunning(const LaneKey &lane) const;

    ActionRunner &m_runner;
};

} // namespace sb::actions

#pragma once

#include "app/health/HealthTypes.h"
#include "app/health/LaneKey.h"

#include <QObject>
#include <QString>

namespace sb::actions {
class ActionRunner;
class LaneActions;
} // namespace sb::actions

namespace sb::linking {

// The end every Signal flow shares (DESIGN §12: after "linked" comes probation): start the
// channel again through the runner (LaneActions::restartChannel: channels.stop if running, then
// channels.start), then follow the lane in the health engine until it is proven: connected long
// enough and enough deliveries. Progress is the engine's own LaneStatus, so a wizard, a terminal
// and the lane panel show the same proof.
class LaneBringUp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneBringUp)

public:
    LaneBringUp(actions::ActionRunner &runner, LaneKey lane, QObject *parent = nullptr);
    ~LaneBringUp() override;

    void start();
    bool isProven() const { return m_proven; }
    health::LaneStatus status() const;
    // "connected 4 min of 15, 1 of 3 deliveries" for the operator.
    QString progressText() const;

Q_SIGNALS:
    void channelStarted();
    void startFailed(const QString &message);
    void progressed();
    void proven();

private:
    void onLaneChanged(const sb::LaneKey &lane);

    actions::ActionRunner &m_runner;
    actions::LaneActions *m_actions;
    LaneKey m_lane;
    bool m_waitingForStart = false;
    bool m_watching = false;
    bool m_proven = false;
};

} // namespace sb::linking

#include "app/linking/LaneBringUp.h"

#include "app/actions/ActionRunner.h"
#include "app/actions/LaneActions.h"
#include "app/health/HealthEngine.h"
#include "app/health/LaneState.h"
#include "app/ingest/GatewaySession.h"
#include "app/linking/LinkProof.h"
#include "app/platform/Clock.h"

namespace sb::linking {

LaneBringUp::LaneBringUp(actions::ActionRunner &runner, LaneKey watchedLane, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_actions(new actions::LaneActions(runner, this))
    , m_lane(std::move(watchedLane))
{
    connect(&m_runner, &actions::ActionRunner::finished, this,
            [this](const LaneKey &lane, bool ok, const QString &message) {
                if (!m_waitingForStart || lane != m_lane)
                    return;
                m_waitingForStart = false;
                if (!ok) {
                    Q_EMIT startFailed(message);
                    return;
                }
                m_watching = true;
                Q_EMIT channelStarted();
                onLaneChanged(m_lane);
            });
    health::HealthEngine &engine = m_runner.session().engine();
    connect(&engine, &health::HealthEngine::laneStateChanged, this,
            [this](const LaneKey &lane, const health::Transition &) { onLaneChanged(lane); });
    connect(&engine, &health::HealthEngine::laneUpdated, this, &LaneBringUp::onLaneChanged);
}

LaneBringUp::~LaneBringUp()
{
    if (!m_waitingForStart)
        return;
    // Closed while the restart runs: the restart still finishes (its answer frees the lane in
    // the runner), so its LaneActions stays with the runner until then.
    m_actions->setParent(&m_runner);
    actions::LaneActions *restart = m_actions;
    const LaneKey lane = m_lane;
    connect(&m_runner, &actions::ActionRunner::finished, restart, [restart, lane](const LaneKey &finished) {
        if (finished == lane)
            restart->deleteLater();
    });
}

void LaneBringUp::start()
{
    m_waitingForStart = true;
    m_proven = false;
    m_actions->restartChannel(m_lane);
}

health::LaneStatus LaneBringUp::status() const
{
    ingest::GatewaySession &session = m_runner.session();
    return session.engine().status(m_lane, session.clock().nowMs());
}

QString LaneBringUp::progressText() const
{
    const health::LaneStatus lane = status();
    return tr("%1: %2").arg(stateDisplayName(lane.state),
                            LinkProof::of(lane, m_runner.session().clock().nowMs()).text());
}

void LaneBringUp::onLaneChanged(const LaneKey &lane)
{
    if (!m_watching || lane != m_lane || m_proven)
        return;
    Q_EMIT progressed();
    if (status().state == LaneState::Healthy) {
        m_proven = true;
        m_watching = false;
        Q_EMIT proven();
    }
}

} // namespace sb::linking

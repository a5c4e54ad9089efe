#pragma once

#include "app/drill/DrillGateway.h"
#include "app/drill/Scenario.h"
#include "app/drill/SignalCliEmulator.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sb::drill {

class DrillWorld;

// Plays a scenario against the drill: applies the initial state, then each step when the
// world's ScenarioClock reaches it. Runs on timers in real use; tests may instead call
// fastForwardTo()/runToEnd(), which jump the clock step by step so every timestamp the
// client sees is still the step's own scenario time.
class ScenarioPlayer : public QObject
{
    Q_OBJECT

public:
    ScenarioPlayer(Scenario scenario, DrillWorld *world, DrillGateway *gateway = nullptr,
                   QObject *parent = nullptr);

    void setSignalEmulator(SignalCliEmulator *emulator) { m_signal = emulator; }

    const Scenario &scenario() const { return m_scenario; }
    int appliedCount() const { return m_next; }
    bool isFinished() const { return m_next >= m_scenario.steps.size(); }

    void applyInitialState();
    void start();
    void stop();
    void fastForwardTo(const QDateTime &at);
    void runToEnd();

Q_SIGNALS:
    void stepApplied(int index, const QString &kind);
    void finished();

private:
    void onTimer();
    void schedule();
    void applyDue();
    void apply(const Scenario::Step &step);

    Scenario m_scenario;
    DrillWorld *m_world;
    QPointer<DrillGateway> m_gateway;
    QPointer<SignalCliEmulator> m_signal;
    QTimer m_timer;
    int m_next = 0;
    QMetaObject::Connection m_catchUp;
    bool m_applying = false; // a step's own calls into the world must not re-enter applyDue()
};

} // namespace sb::drill

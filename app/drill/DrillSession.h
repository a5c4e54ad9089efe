#pragma once

#include "app/drill/Scenario.h"

#include <memory>

#include <QObject>
#include <QString>
#include <QUrl>

namespace sb {
class Clock;
}

namespace sb::drill {

class DrillGateway;
class DrillWorld;
class ScenarioClock;
class ScenarioPlayer;
class SignalCliEmulator;

// The drill in one object: scenario clock, world, gateway, signal-cli emulator and player,
// wired and started. This is what `switchboard --drill` and `switchboard-drill` call.
//
//   QString error;
//   auto drill = sb::drill::DrillSession::start({.scenarioPath = {}, .speed = 60}, &error);
//   if (!drill) …error…;
//   connectTo(drill->url(), drill->token());
class DrillSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString scenarioPath;       // empty: the built-in story night (":/scenarios/2026-02-12-night.json")
        double speed = 0;           // 0: the scenario's own speed factor
        quint16 port = 0;           // 0: ephemeral loopback port
        QString token;              // empty: a random token
        int tickIntervalMs = 30000; // hello-ok policy.tickIntervalMs
        bool signalEmulator = true; // also start the signal-cli daemon emulator
        bool autoPlay = true;       // false: the caller drives the player (tests)
        const sb::Clock *baseClock = nullptr; // wall clock under the scenario clock (tests)
    };

    ~DrillSession() override;

    static std::unique_ptr<DrillSession> start(const Options &options, QString *error);
    // Plays `scenario` (options.scenarioPath is not read): a fleet's variations.
    static std::unique_ptr<DrillSession> start(Scenario scenario, const Options &options, QString *error);

    QUrl url() const;
    QString token() const;
    QString signalBaseUrl() const;

    DrillGateway *gateway() const { return m_gateway; }
    DrillWorld *world() const { return m_world; }
    ScenarioClock *clock() const { return m_clock.get(); }
    ScenarioPlayer *player() const { return m_player; }
    SignalCliEmulator *signalEmulator() const { return m_signal; }

private:
    DrillSession() = default;

    std::unique_ptr<ScenarioClock> m_clock;
    DrillWorld *m_world = nullptr;
    DrillGateway *m_gateway = nullptr;
    ScenarioPlayer *m_player = nullptr;
    SignalCliEmulator *m_signal = nullptr;
};

} // namespace sb::drill

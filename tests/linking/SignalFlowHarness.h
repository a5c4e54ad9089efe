#pragma once

// The story's drill paused at a moment of the Signal night (its clock on a manual base, so a
// test moves time by hand), the console watching it with its history, an action runner, and a
// daemon client pointed at the drill's signal-cli emulator.
#include "app/actions/ActionRunner.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/drill/SignalCliEmulator.h"
#include "app/linking/signalcli/SignalCliClient.h"
#include "tests/ingest/StoryRun.h"

#include <QTemporaryDir>
#include <QTest>

namespace sb::test {

struct SignalFlowHarness
{
    QTemporaryDir dir;
    ManualClock wall{QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)};
    std::unique_ptr<drill::DrillSession> drill;
    std::unique_ptr<ConsoleSession> console;
    std::unique_ptr<actions::ActionRunner> runner;
    std::unique_ptr<linking::signalcli::SignalCliClient> daemon;
    const LaneKey lane = drillLane("signal");

    // False (with a warning) when the drill did not start or the console did not catch up.
    bool startAt(qint64 at)
    {
        drill::DrillSession::Options options;
        options.speed = 1;
        options.autoPlay = false;
        options.baseClock = &wall;
        QString error;
        drill = drill::DrillSession::start(options, &error);
        if (!drill) {
            qWarning("drill: %s", qPrintable(error));
            return false;
        }
        drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(at));
        console = std::make_unique<ConsoleSession>(*drill, dir.filePath(QStringLiteral("history.sqlite")));
        if (!QTest::qWaitFor([this] { return console->session->isCaughtUp(); }, 20000))
            return false;
        runner = std::make_unique<actions::ActionRunner>(*console->session, &console->history,
                                                         QStringLiteral("tester"));
        linking::signalcli::SignalCliClient::Options daemonOptions;
        daemonOptions.baseUrl = QUrl(drill->signalBaseUrl());
        daemonOptions.rpcTimeoutMs = 5000;
        daemon = std::make_unique<linking::signalcli::SignalCliClient>(daemonOptions);
        return true;
    }

    drill::SignalCliEmulator &emulator() { return *drill->signalEmulator(); }

    void setEmulator(const QJsonObject &step) { emulator().configure(step); }

    // Moves the drill (and so the session's clock) forward, playing the scenario's steps.
    void advanceTo(qint64 at) { drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(at)); }

    QList<store::ActionRecord> actionLog()
    {
        console->history.flush();
        return console->history.actionLog();
    }
};

// A captcha token shaped like the ones signalcaptchas.org hands out.
inline QString captchaToken()
{
    return QStringLiteral("signal-hcaptcha.5fad97ac-7d06-4e44-b18a-b950b20148ff.registration."
                          "P1_eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.hKdwYXNza2V5xQ");
}

} // namespace sb::test

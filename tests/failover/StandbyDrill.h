#pragma once
// The drill's standby scenario (Signal proven from 00:46, WhatsApp flapping from 02:12) paused
// at a moment of the night, a console session watching it and an action runner on it: what the
// failover flow's tests and the Failover dialog's tests both start from.
#include "app/actions/ActionRunner.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/failover/Operators.h"
#include "tests/ingest/StoryRun.h"

#include <functional>
#include <memory>

#include <QTemporaryDir>
#include <QTest>

namespace sb::test {

// Grace and Kenji, reachable on WhatsApp and Signal (the standby scenario's operators).
inline QList<failover::Operator> standbyOperators()
{
    return {failover::Operator{QStringLiteral("Grace"),
                               {{QStringLiteral("whatsapp"), QStringLiteral("+818011112222")},
                                {QStringLiteral("signal"), QStringLiteral("+818011112222")}}},
            failover::Operator{QStringLiteral("Kenji"),
                               {{QStringLiteral("whatsapp"), QStringLiteral("+818033334444")},
                                {QStringLiteral("signal"), QStringLiteral("+818033334444")}}}};
}

struct StandbyDrill
{
    QTemporaryDir dir;
    std::unique_ptr<drill::DrillSession> drill;
    std::unique_ptr<ConsoleSession> console;
    std::unique_ptr<actions::ActionRunner> runner;

    // `watch` sees the session's engine before the console catches up (as the window's
    // advisor does).
    bool startAt(qint64 at, const std::function<void(health::HealthEngine &)> &watch = {})
    {
        drill::DrillSession::Options options;
        options.scenarioPath = QStringLiteral(":/scenarios/2026-02-12-standby.json");
        options.speed = 1;
        options.autoPlay = false;
        QString error;
        drill = drill::DrillSession::start(options, &error);
        if (!drill) {
            qWarning("drill: %s", qPrintable(error));
            return false;
        }
        drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(at));
        console = std::make_unique<ConsoleSession>(*drill, dir.filePath(QStringLiteral("history.sqlite")));
        if (watch)
            watch(console->engine());
        if (!QTest::qWaitFor([this] { return console->session->isCaughtUp(); }, 20000))
            return false;
        runner = std::make_unique<actions::ActionRunner>(*console->session, &console->history,
                                                         QStringLiteral("tester"));
        return true;
    }
};

} // namespace sb::test

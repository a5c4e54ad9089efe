#pragma once

// The story's drill paused at a moment of the night, the console's session on it with its
// history, and an action runner: what the linking flows need, for the flow tests.
#include "app/actions/ActionRunner.h"
#include "app/drill/DrillGateway.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/drill/WebLoginSession.h"
#include "tests/ingest/StoryRun.h"

#include <memory>

#include <QTemporaryDir>
#include <QTest>

namespace sb::test {

struct LinkingRun
{
    QTemporaryDir dir;
    std::unique_ptr<drill::DrillSession> drill;
    std::unique_ptr<ConsoleSession> console;
    std::unique_ptr<actions::ActionRunner> runner;

    // False (with a warning) when the drill did not start or the console did not catch up.
    bool startAt(qint64 at)
    {
        drill::DrillSession::Options options;
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
        if (!QTest::qWaitFor([this] { return console->session->isCaughtUp(); }, 20000))
            return false;
        runner = std::make_unique<actions::ActionRunner>(*console->session, &console->history,
                                                         QStringLiteral("tester"));
        return true;
    }

    drill::WebLoginSession &webLogin() { return *drill->gateway()->webLogin(); }

    void setLogin(const std::function<void(drill::WebLoginSession::Options &)> &change)
    {
        drill::WebLoginSession::Options options = webLogin().options();
        change(options);
        webLogin().setOptions(options);
    }

    QList<store::ActionRecord> actionLog()
    {
        console->history.flush();
        return console->history.actionLog();
    }

    QStringList actionNames()
    {
        QStringList names;
        for (const store::ActionRecord &record : actionLog())
            names << record.action;
        return names;
    }
};

} // namespace sb::test

// switchboardctl watch runs until interrupted: Ctrl+C (SIGINT) or SIGTERM end it the way
// --duration does, with the lanes' exit code, instead of killing the process mid-line.
#include "app/ctl/StatusCommand.h"
#include "app/ctl/WatchCommand.h"
#include "app/drill/ScenarioPlayer.h"
#include "tests/ingest/StoryRun.h"

#include <csignal>

#include <QElapsedTimer>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using sb::test::jst;

class TestCtlWatchSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalEndsTheWatch_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }

    void signalEndsTheWatch()
    {
        QFETCH(int, signalNumber);
        sb::drill::DrillSession::Options drillOptions;
        drillOptions.speed = 60;
        drillOptions.autoPlay = false;
        QString error;
        auto drill = sb::drill::DrillSession::start(drillOptions, &error);
        QVERIFY2(drill, qPrintable(error));
        drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 19, 7)));
        drill->player()->start();

        sb::ctl::WatchOptions options;
        options.status.url = drill->url();
        options.status.token = drill->token();
        options.status.timeoutSeconds = 20;
        options.status.json = true;
        // Only a bound for this test: the signal must end the watch long before.
        constexpr int kBoundSeconds = 90;
        options.durationSeconds = kBoundSeconds;
        QString text;
        QTextStream out(&text);

        // Once the watch has printed the lanes' states (it is caught up), the signal arrives.
        bool raised = false;
        QTimer poll;
        poll.setInterval(50);
        QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
            if (!raised && text.contains(QLatin1String("\"type\":\"state\""))) {
                raised = true;
                poll.stop();
                ::raise(signalNumber); // without a handler this ends the test process
            }
        });
        poll.start();
        QElapsedTimer elapsed;
        elapsed.start();
        const int code = sb::ctl::runWatch(options, out);
        out.flush();
        QVERIFY2(raised, qPrintable(text));
        QVERIFY2(elapsed.elapsed() < (kBoundSeconds - 30) * 1000, "the watch ran on after the signal");
        // The lanes' code (the story at 19:07 has WhatsApp on probation), not a connection error.
        QVERIFY2(code == sb::ctl::ExitAttention || code == sb::ctl::ExitCritical,
                 qPrintable(QStringLiteral("exit code %1").arg(code)));
    }
};

QTEST_GUILESS_MAIN(TestCtlWatchSignals)
#include "TestCtlWatchSignals.moc"

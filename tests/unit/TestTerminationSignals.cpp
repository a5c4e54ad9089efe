#include "app/platform/TerminationSignals.h"

#include <csignal>

#include <QSignalSpy>
#include <QTest>

using sb::TerminationSignals;

namespace {
extern "C" void someoneElsesHandler(int) {}
} // namespace

class TestTerminationSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversEachSignalOnTheEventLoop_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGINT") << int(SIGINT);
    }

    void deliversEachSignalOnTheEventLoop()
    {
        QFETCH(int, signalNumber);
        TerminationSignals handler;
        QVERIFY(handler.isActive());
        QSignalSpy received(&handler, &TerminationSignals::received);
        // Without the handler the default disposition would end this test process here.
        QCOMPARE(::raise(signalNumber), 0);
        // Not from inside the handler: only once the event loop runs.
        QCOMPARE(received.count(), 0);
        QVERIFY(received.wait(5000));
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toInt(), signalNumber);
    }

    void oneInstanceAtATime()
    {
        TerminationSignals first;
        TerminationSignals second;
        QVERIFY(first.isActive());
        QVERIFY(!second.isActive());
    }

    void restoresThePreviousDisposition()
    {
        struct sigaction before = {};
        before.sa_handler = someoneElsesHandler;
        sigemptyset(&before.sa_mask);
        struct sigaction saved = {};
        QCOMPARE(::sigaction(SIGTERM, &before, &saved), 0);
        {
            TerminationSignals handler;
            struct sigaction during = {};
            ::sigaction(SIGTERM, nullptr, &during);
            QVERIFY(during.sa_handler != someoneElsesHandler);
        }
        struct sigaction after = {};
        ::sigaction(SIGTERM, nullptr, &after);
        QVERIFY(after.sa_handler == someoneElsesHandler);
        ::sigaction(SIGTERM, &saved, nullptr);
        // And a new instance can take over once the old one is gone.
        TerminationSignals again;
        QVERIFY(again.isActive());
    }

    void names()
    {
        QCOMPARE(TerminationSignals::signalName(SIGTERM), QStringLiteral("SIGTERM"));
        QCOMPARE(TerminationSignals::signalName(SIGINT), QStringLiteral("SIGINT"));
        QCOMPARE(TerminationSignals::signalName(SIGHUP), QStringLiteral("signal %1").arg(SIGHUP));
    }
};

QTEST_GUILESS_MAIN(TestTerminationSignals)
#include "TestTerminationSignals.moc"

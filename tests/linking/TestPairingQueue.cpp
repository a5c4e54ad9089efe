// The DM pairing queue against the story's drill after 19:20, when Kenji (operator) asked to
// talk to @grace_ops_bot: listed with its labels and expiry, a new request signalled, approve
// with notify, a stale approve ("no longer exists"), dismiss, and protocol 3's CLI line.
#include "app/drill/DrillWorld.h"
#include "app/linking/PairingQueue.h"
#include "tests/linking/LinkingRun.h"

#include <QSignalSpy>

using sb::LaneKey;
using sb::linking::PairingEntry;
using sb::linking::PairingQueue;
using sb::test::jst;
using sb::test::LinkingRun;

namespace {

const LaneKey kTelegram = sb::test::drillLane("telegram");

PairingQueue::Options quick()
{
    PairingQueue::Options options;
    options.pollMs = 200;
    return options;
}

} // namespace

class TestPairingQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cliLineForProtocol3()
    {
        QCOMPARE(PairingQueue::cliApproveLine(QStringLiteral("telegram"), QStringLiteral("default"),
                                              QStringLiteral("K7PQ2XMA")),
                 QStringLiteral("openclaw pairing approve telegram K7PQ2XMA --account default"));
        QCOMPARE(PairingQueue::cliApproveLine(QStringLiteral("signal"), QString()),
                 QStringLiteral("openclaw pairing approve signal <CODE> --account default"));
    }

    void approvesTheOperatorsRequest()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 19, 21)));
        PairingQueue queue(*run.runner, quick());
        QSignalSpy fresh(&queue, &PairingQueue::newRequest);
        QSignalSpy resolved(&queue, &PairingQueue::resolved);
        queue.start();
        QTRY_COMPARE_WITH_TIMEOUT(queue.state(), PairingQueue::State::Ready, 10000);
        QCOMPARE(queue.entries().size(), 1);
        const PairingEntry kenji = queue.entries().first();
        QCOMPARE(kenji.senderLabel, QStringLiteral("Kenji (operator)"));
        QCOMPARE(kenji.senderId, QStringLiteral("7123456789"));
        QCOMPARE(kenji.lane, kTelegram);
        QVERIFY(kenji.notifySupported);
        QCOMPARE(kenji.expiresAt - kenji.createdAt, 60 * 60 * 1000);
        QCOMPARE(kenji.createdAt, jst(12, 19, 20));
        QVERIFY(queue.commandOwnerConfigured());
        QCOMPARE(fresh.count(), 0); // the first load is not news

        // A new request arrives: signalled once.
        run.drill->world()->addPairingRequest(
            QStringLiteral("telegram"), QStringLiteral("default"), QStringLiteral("7000000099"),
            QStringLiteral("<b>Mallory</b>\u202e"), QStringLiteral("ZZZZ9999"));
        QTRY_COMPARE_WITH_TIMEOUT(fresh.count(), 1, 5000);
        const PairingEntry mallory = fresh.first().at(0).value<PairingEntry>();
        QCOMPARE(mallory.senderLabel, QStringLiteral("<b>Mallory</b>\u202e")); // as sent: the views escape it
        QTest::qWait(500);
        QCOMPARE(fresh.count(), 1);

        queue.approve(kTelegram, kenji.requestId, true, false);
        QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 1, 5000);
        QCOMPARE(resolved.at(0).at(1).toBool(), true);
        QVERIFY2(resolved.at(0).at(2).toString().contains(QLatin1String("They were told")),
                 qPrintable(resolved.at(0).at(2).toString()));
        QVERIFY(!queue.entry(kenji.requestId));

        // Approving it again: the gateway no longer has it.
        queue.approve(kTelegram, kenji.requestId, false, false);
        QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 2, 5000);
        QCOMPARE(resolved.at(1).at(1).toBool(), false);
        QVERIFY2(resolved.at(1).at(2).toString().contains(QLatin1String("no longer exists")),
                 qPrintable(resolved.at(1).at(2).toString()));

        queue.dismiss(kTelegram, mallory.requestId);
        QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 3, 5000);
        QCOMPARE(resolved.at(2).at(1).toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(queue.entries().isEmpty(), 5000);

        QCOMPARE(run.actionNames(),
                 (QStringList{QStringLiteral("pairing.approve"), QStringLiteral("pairing.approve"),
                              QStringLiteral("pairing.dismiss")}));
        QVERIFY(run.actionLog().at(0).detail.contains(QLatin1String("notification=sent")));
        QVERIFY(run.actionLog().at(1).detail.contains(QLatin1String("no longer exists")));
        QVERIFY(run.console->history.verifyActionLog().intact);
    }

    // The gateway drops: the list is kept as last seen and the state says so; once it is back
    // the list is read again.
    void keepsTheListAsLastSeenWhileDisconnected()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 19, 21)));
        PairingQueue queue(*run.runner, quick());
        queue.start();
        QTRY_COMPARE_WITH_TIMEOUT(queue.state(), PairingQueue::State::Ready, 10000);
        QCOMPARE(queue.entries().size(), 1);
        QSignalSpy states(&queue, &PairingQueue::stateChanged);
        run.drill->gateway()->restart(3000, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(queue.state(), PairingQueue::State::Disconnected, 10000);
        QVERIFY2(queue.message().contains(QLatin1String("as last seen")), qPrintable(queue.message()));
        QCOMPARE(queue.entries().size(), 1);
        // The polls while the gateway is down (3 s at 200 ms) find no gateway: `states` below
        // shows none of them said "could not be read".
        QVERIFY(queue.state() == PairingQueue::State::Disconnected ||
                queue.state() == PairingQueue::State::Ready);
        QTRY_COMPARE_WITH_TIMEOUT(queue.state(), PairingQueue::State::Ready, 30000);
        QCOMPARE(queue.entries().size(), 1);
        for (const QList<QVariant> &change : std::as_const(states))
            QVERIFY(change.at(0).value<PairingQueue::State>() != PairingQueue::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestPairingQueue)
#include "TestPairingQueue.moc"

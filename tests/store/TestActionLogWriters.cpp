// Two writers on one history file (the window and switchboardctl): each History has its own
// connection and writer thread, as two processes would. Their action-log rows interleave in
// one chain that verifies, whichever commits first, also while the window's writer is busy
// with events.
#include "app/store/History.h"

#include <QTemporaryDir>
#include <QTest>

using sb::LaneKey;
using sb::store::ActionRecord;
using sb::store::History;

namespace {

const LaneKey kLane{QStringLiteral("127.0.0.1:18789"), QStringLiteral("telegram"), QStringLiteral("default")};
constexpr qint64 kT0 = 1'770'890'000'000;

ActionRecord row(const QString &actor, int i)
{
    return {
        0,
        kT0 + i,
        actor,
        QStringLiteral("config.patch"),
        kLane.toString(),
        QStringLiteral("changedPaths=[channels.telegram.groupPolicy]; config h%1 -> h%2").arg(i).arg(i + 1),
        {},
        {}};
}

} // namespace

class TestActionLogWriters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    // The window has the history open and has written; switchboardctl opens it, appends and
    // closes; the window appends again. Its next row follows switchboardctl's, not its own.
    void aSecondWriterBetweenTheWindowsRowsKeepsTheChain()
    {
        const QString path = m_dir.filePath(QStringLiteral("between.sqlite"));
        History window(path);
        QVERIFY(window.open());
        window.appendAction(row(QStringLiteral("operator"), 0));
        window.flush();
        {
            History ctl(path);
            QVERIFY(ctl.open());
            ctl.appendAction(row(QStringLiteral("switchboardctl"), 1));
            ctl.flush();
        }
        window.appendAction(row(QStringLiteral("operator"), 2));
        window.flush();

        const QList<ActionRecord> log = window.actionLog();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(1).actor, QStringLiteral("switchboardctl"));
        QCOMPARE(log.at(2).prevHash, log.at(1).hash);
        const sb::store::ActionLogVerdict verdict = window.verifyActionLog();
        QVERIFY2(verdict.intact, qPrintable(verdict.problem));
        QCOMPARE(verdict.rowsChecked, 3);
    }

    // Both write at once, without waiting for each other, while the window also commits a
    // stream of events: every row lands once, in one chain.
    void interleavedWritersNeverForkTheChain()
    {
        const QString path = m_dir.filePath(QStringLiteral("interleaved.sqlite"));
        History window(path);
        QVERIFY(window.open());
        History ctl(path);
        QVERIFY(ctl.open());
        constexpr int kRows = 40;
        for (int i = 0; i < kRows; ++i) {
            QList<sb::ChannelEvent> events;
            for (int k = 0; k < 200; ++k)
                events.append(sb::ChannelEvent{kLane, kT0 + i * 1000 + k, sb::EventKind::DeliveryOk,
                                               std::nullopt, QString(), sb::EventSource::LogLine,
                                               std::nullopt});
            window.append(events);
            window.appendAction(row(QStringLiteral("operator"), 2 * i));
            ctl.appendAction(row(QStringLiteral("switchboardctl"), 2 * i + 1));
            if (i % 7 == 0)
                QTest::qWait(30); // let some commits land between batches, some within
        }
        window.flush();
        ctl.flush();

        History reader(path);
        QVERIFY(reader.open());
        const sb::store::ActionLogVerdict verdict = reader.verifyActionLog();
        QVERIFY2(verdict.intact, qPrintable(verdict.problem));
        QCOMPARE(verdict.rowsChecked, 2 * kRows);
        int fromCtl = 0;
        for (const ActionRecord &r : reader.actionLog())
            fromCtl += r.actor == QLatin1String("switchboardctl");
        QCOMPARE(fromCtl, kRows);
        QCOMPARE(reader.eventCount(), qint64(200 * kRows));
    }
};

QTEST_GUILESS_MAIN(TestActionLogWriters)
#include "TestActionLogWriters.moc"

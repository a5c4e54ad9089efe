// The history writer keeps every lane's segments ordered and non-overlapping: a transition that
// starts before the lane's newest stored segment is refused and logged (store logger), also
// across a reopen of the file (issue 10, item 7).
#include "app/platform/Logging.h"
#include "app/store/History.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using sb::LaneKey;
using sb::LaneState;
using sb::store::History;
using sb::store::Segment;

namespace {

constexpr qint64 kT0 = 1'800'000'000'000;
constexpr qint64 kMinute = 60 * 1000;
const LaneKey kWa{QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")};
const LaneKey kTg{QStringLiteral("gw"), QStringLiteral("telegram"), QStringLiteral("default")};

sb::health::Transition transition(const LaneKey &lane, qint64 at, LaneState from, LaneState to)
{
    sb::health::Transition t;
    t.lane = lane;
    t.at = at;
    t.from = from;
    t.to = to;
    t.ruleId = QStringLiteral("test.") + sb::stateName(to);
    return t;
}

void verifyOrdered(const QList<Segment> &segments)
{
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments[i].to)
            QVERIFY(*segments[i].to >= segments[i].from);
        if (i + 1 < segments.size()) {
            QVERIFY(segments[i].to);
            QVERIFY(*segments[i].to <= segments[i + 1].from);
            QVERIFY(segments[i + 1].from >= segments[i].from);
        }
    }
}

} // namespace

class TestSegmentGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString logText() const
    {
        sb::log::store()->flush();
        QFile file(sb::log::currentLogFile());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sb::log::init(
            {m_dir.filePath(QStringLiteral("logs")), false, QStringLiteral("info"), 1024 * 1024, 2});
    }

    void cleanupTestCase() { sb::log::shutdown(); }

    void refusesASegmentThatStartsBeforeTheLast()
    {
        const QString path = m_dir.filePath(QStringLiteral("guard.sqlite"));
        {
            History history(path);
            QVERIFY(history.open());
            history.recordTransition(transition(kWa, kT0, LaneState::Unknown, LaneState::Probation));
            history.recordTransition(
                transition(kWa, kT0 + 30 * kMinute, LaneState::Probation, LaneState::Degraded));
            // The shape of the stored bug: a segment from 02:45 closed at 02:12.
            history.recordTransition(
                transition(kWa, kT0 + 10 * kMinute, LaneState::Degraded, LaneState::Probation));
            // Another lane is not held to this lane's times.
            history.recordTransition(
                transition(kTg, kT0 + 5 * kMinute, LaneState::Unknown, LaneState::Disabled));
            // The same start as the last one is in order (a zero-length segment).
            history.recordTransition(
                transition(kWa, kT0 + 30 * kMinute, LaneState::Degraded, LaneState::Reconnecting));
            history.flush();

            const QList<Segment> wa = history.segments(kWa, 0, kT0 + 60 * kMinute);
            QCOMPARE(wa.size(), 3);
            QCOMPARE(wa[0].state, LaneState::Probation);
            QCOMPARE(wa[1].state, LaneState::Degraded);
            QCOMPARE(*wa[1].to, kT0 + 30 * kMinute);
            QCOMPARE(wa[2].state, LaneState::Reconnecting);
            QVERIFY(!wa[2].to);
            verifyOrdered(wa);
            QCOMPARE(history.segments(kTg, 0, kT0 + 60 * kMinute).size(), 1);
            const QString log = logText();
            QVERIFY2(log.contains(QLatin1String("refused a segment on gw/whatsapp/default")),
                     qPrintable(log));
        }
        // Reopened, the writer still knows where each lane stands.
        History history(path);
        QVERIFY(history.open());
        history.recordTransition(
            transition(kWa, kT0 + 20 * kMinute, LaneState::Reconnecting, LaneState::Probation));
        history.recordTransition(
            transition(kWa, kT0 + 40 * kMinute, LaneState::Reconnecting, LaneState::Probation));
        history.flush();
        const QList<Segment> wa = history.segments(kWa, 0, kT0 + 60 * kMinute);
        QCOMPARE(wa.size(), 4);
        QCOMPARE(wa[3].from, kT0 + 40 * kMinute);
        verifyOrdered(wa);
        QCOMPARE(history.integrityCheck(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestSegmentGuard)
#include "TestSegmentGuard.moc"

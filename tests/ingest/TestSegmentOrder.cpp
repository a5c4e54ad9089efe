// The story's night replayed by the drill much faster than anyone watches it, through the
// real client, ingest, engine and history file: every lane's stored segments must be in order,
// never overlap and never end before they start (issue 10, item 7).
#include "app/drill/DrillWorld.h"
#include "app/drill/LogBook.h"
#include "tests/ingest/StoryRun.h"
#include "tests/support/TestEnvironment.h"

#include <limits>

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using sb::LaneKey;
using sb::store::Segment;
using sb::test::jst;

namespace {

// The window's session against the drill as against any gateway (a window connected to
// `switchboard-drill --speed 3000`): the ingestor's own defaults (a log read a second, a tick
// every 250 ms) and a GatewayClock that follows the timestamps the gateway sends. Between two
// of them it runs at wall speed, so against a drill at 3000× it lags the events by many
// scenario minutes: the engine is ticked with a time older than events it has applied.
struct WindowSession
{
    WindowSession(sb::drill::DrillSession &drill, const QString &historyPath)
        : history(historyPath)
    {
        QString error;
        if (!history.open(&error))
            qFatal("history: %s", qPrintable(error));
        sb::ingest::GatewaySession::Options options;
        options.connection.url = drill.url();
        options.connection.token = drill.token();
        options.gatewayId = QStringLiteral("drill");
        // No options.clock: the session reads the gateway's time.
        options.history = &history;
        session = std::make_unique<sb::ingest::GatewaySession>(options);
        session->start();
    }
    ~WindowSession() { stop(); }
    void stop()
    {
        if (std::exchange(stopped, true))
            return;
        session->stop();
        history.flush();
    }
    sb::health::HealthEngine &engine() { return session->engine(); }
    sb::ingest::Ingestor &ingestor() { return session->ingestor(); }

    sb::store::History history;
    std::unique_ptr<sb::ingest::GatewaySession> session;
    bool stopped = false;
};

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone("Asia/Tokyo"))
        .toString(QStringLiteral("dd HH:mm:ss.zzz"));
}

QString describe(const Segment &s)
{
    return QStringLiteral("%1 → %2 %3 (%4)")
        .arg(stamp(s.from), s.to ? stamp(*s.to) : QStringLiteral("open"), sb::stateName(s.state), s.ruleId);
}

} // namespace

class TestSegmentOrder : public QObject
{
    Q_OBJECT

private:
    // Plays the whole night once and checks what reached the engine's listeners and the file.
    void playNight(double speed)
    {
        QTemporaryDir dir;
        QString error;
        sb::drill::DrillSession::Options options;
        options.speed = speed;
        auto drill = sb::drill::DrillSession::start(options, &error);
        QVERIFY2(drill, qPrintable(error));
        WindowSession console(*drill, dir.filePath(QStringLiteral("history.sqlite")));

        // The transitions as the engine announced them, per lane, before any store sees them.
        QHash<LaneKey, qint64> lastAt;
        QHash<LaneKey, int> announced;
        QStringList backwards;
        connect(&console.engine(), &sb::health::HealthEngine::laneStateChanged, this,
                [&](const LaneKey &lane, const sb::health::Transition &t) {
                    const auto it = lastAt.constFind(lane);
                    if (it != lastAt.constEnd() && t.at < *it) {
                        backwards << QStringLiteral("%1: %2 at %3 after a transition at %4")
                                         .arg(lane.toString(), sb::stateName(t.to), stamp(t.at), stamp(*it));
                    }
                    lastAt.insert(lane, std::max(t.at, it == lastAt.constEnd() ? t.at : *it));
                    ++announced[lane];
                });

        QTRY_VERIFY_WITH_TIMEOUT(drill->clock()->now().toMSecsSinceEpoch() > jst(13, 1, 14), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(console.ingestor().linesRead() >= drill->world()->logs().lineCount(), 10000);
        console.stop();
        console.engine().tick(drill->clock()->now().toMSecsSinceEpoch());
        console.history.flush();

        QVERIFY2(backwards.isEmpty(), qPrintable(backwards.join(QLatin1Char('\n'))));

        // Every lane's segments, in the order the writer stored them.
        const QList<Segment> all =
            console.history.segments(std::nullopt, 0, std::numeric_limits<qint64>::max());
        QHash<LaneKey, QList<Segment>> byLane;
        for (const Segment &s : all)
            byLane[s.lane].append(s);
        QVERIFY(byLane.size() >= 3); // whatsapp, telegram, signal at least
        QVERIFY2(byLane.value(sb::test::drillLane("whatsapp")).size() > 20, "the flapping night");
        for (auto it = byLane.cbegin(); it != byLane.cend(); ++it) {
            const QList<Segment> &segments = it.value();
            QStringList text;
            for (const Segment &s : segments)
                text << describe(s);
            const QByteArray where =
                (it.key().toString() + QLatin1Char('\n') + text.join(QLatin1Char('\n'))).toUtf8();
            // Nothing the engine said was refused by the writer (it logs and drops a segment
            // that would start before the lane's last one).
            QVERIFY2(segments.size() == announced.value(it.key()), where.constData());
            for (qsizetype i = 0; i < segments.size(); ++i) {
                const Segment &s = segments[i];
                if (s.to)
                    QVERIFY2(*s.to >= s.from, where.constData());
                if (i + 1 < segments.size()) {
                    const Segment &next = segments[i + 1];
                    QVERIFY2(next.from >= s.from, where.constData());
                    QVERIFY2(s.to, where.constData()); // only the last one runs on
                    QVERIFY2(*s.to <= next.from, where.constData());
                } else {
                    QVERIFY2(!s.to, where.constData());
                }
            }
        }
        QCOMPARE(console.history.integrityCheck(), QStringLiteral("ok"));
    }

private Q_SLOTS:
    void nightAtHighSpeed_data()
    {
        QTest::addColumn<double>("speed");
        QTest::newRow("3000") << 3000.0;
    }

    void nightAtHighSpeed()
    {
        QFETCH(double, speed);
        playNight(speed);
    }
};

QTEST_GUILESS_MAIN(TestSegmentOrder)
#include "TestSegmentOrder.moc"

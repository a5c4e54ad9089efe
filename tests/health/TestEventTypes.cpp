#include "app/health/ChannelEvent.h"
#include "app/health/EventDeduplicator.h"
#include "app/health/LaneState.h"

#include <map>

#include <QHash>
#include <QTest>

using sb::ChannelEvent;
using sb::EventDeduplicator;
using sb::EventKind;
using sb::EventSource;
using sb::LaneKey;

namespace {
ChannelEvent dropAt(qint64 at, EventSource source, int code = 428)
{
    ChannelEvent e;
    e.lane = {QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")};
    e.at = at;
    e.kind = EventKind::Disconnected;
    e.code = code;
    e.source = source;
    return e;
}
} // namespace

class TestEventTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laneKeyPrintsAndParses()
    {
        const LaneKey key{QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")};
        QCOMPARE(key.toString(), QStringLiteral("gw/whatsapp/default"));
        QCOMPARE(LaneKey::fromString(key.toString()), key);
        QCOMPARE(LaneKey::fromString(QStringLiteral("gw/signal/group:a/b"))->accountId,
                 QStringLiteral("group:a/b"));
        QVERIFY(!LaneKey::fromString(QStringLiteral("gw/whatsapp")).has_value());
        QVERIFY(!LaneKey::fromString(QStringLiteral("/whatsapp/x")).has_value());
        QVERIFY(!LaneKey::fromString(QStringLiteral("gw//x")).has_value());
    }

    void laneKeyIsHashableAndOrdered()
    {
        const LaneKey a{QStringLiteral("a"), QStringLiteral("signal"), QStringLiteral("1")};
        const LaneKey b{QStringLiteral("a"), QStringLiteral("whatsapp"), QStringLiteral("1")};
        const LaneKey c{QStringLiteral("b"), QStringLiteral("signal"), QStringLiteral("0")};
        QVERIFY(a < b && b < c && !(b < a));
        QHash<LaneKey, int> hash{{a, 1}, {b, 2}};
        QCOMPARE(hash.value(b), 2);
        QCOMPARE(qHash(a), qHash(LaneKey(a)));
        std::map<LaneKey, int> ordered{{c, 3}, {a, 1}, {b, 2}};
        QCOMPARE(ordered.begin()->first, a);
    }

    void namesRoundTrip()
    {
        for (int k = 1; k <= int(EventKind::Linked); ++k)
            QCOMPARE(sb::kindFromName(sb::kindName(EventKind(k))), EventKind(k));
        for (int s = 1; s <= int(EventSource::Drill); ++s)
            QCOMPARE(sb::sourceFromName(sb::sourceName(EventSource(s))), EventSource(s));
        for (int s = int(sb::LaneState::Unknown); s <= int(sb::LaneState::Disabled); ++s)
            QCOMPARE(sb::stateFromName(sb::stateName(sb::LaneState(s))), sb::LaneState(s));
        QCOMPARE(sb::stateName(sb::LaneState::LoggedOut), QStringLiteral("logged-out"));
    }

    void sameDisconnectFromTwoSourcesIsOneEvent()
    {
        EventDeduplicator dedup;
        QVERIFY(dedup.accept(dropAt(1000, EventSource::StatusSnapshot)));
        // The log line for the same close arrives later and carries a slightly earlier time.
        QVERIFY(!dedup.accept(dropAt(800, EventSource::LogLine)));
    }

    void sameSourceTwiceIsTwoDisconnects()
    {
        EventDeduplicator dedup;
        QVERIFY(dedup.accept(dropAt(1000, EventSource::LogLine)));
        QVERIFY(dedup.accept(dropAt(3000, EventSource::LogLine)));
        // ...and the snapshot that saw the second one is its duplicate.
        QVERIFY(!dedup.accept(dropAt(3500, EventSource::StatusSnapshot)));
    }

    void outsideTheWindowOrDifferentCodeIsNew()
    {
        EventDeduplicator dedup(5000);
        QVERIFY(dedup.accept(dropAt(0, EventSource::StatusSnapshot)));
        QVERIFY(dedup.accept(dropAt(5001, EventSource::LogLine)));
        QVERIFY(dedup.accept(dropAt(5002, EventSource::StatusSnapshot, 499)));
        ChannelEvent otherLane = dropAt(5003, EventSource::HeartbeatEvent, 499);
        otherLane.lane.accountId = QStringLiteral("second");
        QVERIFY(dedup.accept(otherLane));
    }

    void deduplicatorForgetsOldSightings()
    {
        EventDeduplicator dedup(1000);
        const qint64 spacing = EventDeduplicator::kLateHorizonMs / 4;
        for (int i = 0; i < 1000; ++i) {
            ChannelEvent e = dropAt(i * spacing, EventSource::LogLine, 400 + (i % 50));
            QVERIFY(dedup.accept(e));
        }
        QVERIFY(dedup.trackedKeys() < 10);
    }

    // A status poll that learns of a drop a minute after the log line did, with two more drops
    // of the same kind logged in between, still names the same drop.
    void lateReportFindsItsTwin()
    {
        EventDeduplicator dedup;
        QVERIFY(dedup.accept(dropAt(0, EventSource::LogLine)));
        QVERIFY(dedup.accept(dropAt(20'000, EventSource::LogLine)));
        QVERIFY(dedup.accept(dropAt(40'000, EventSource::LogLine)));
        QVERIFY(!dedup.accept(dropAt(1'000, EventSource::StatusSnapshot)));
        QVERIFY(dedup.accept(dropAt(30'000, EventSource::StatusSnapshot))); // no twin within 5 s
    }

    void dedupeKeyIgnoresWordingAndSource()
    {
        ChannelEvent a = dropAt(1, EventSource::LogLine);
        a.detail = QStringLiteral("WhatsApp Web connection closed (status 428)");
        ChannelEvent b = dropAt(2, EventSource::StatusSnapshot);
        b.detail = QStringLiteral("Connection Terminated");
        QCOMPARE(a.dedupeKey(), b.dedupeKey());
    }
};

QTEST_GUILESS_MAIN(TestEventTypes)
#include "TestEventTypes.moc"

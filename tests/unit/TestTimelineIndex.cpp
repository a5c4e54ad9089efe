#include "models/timeline/TimelineIndex.h"

#include <random>

#include <QTest>

using namespace Qt::StringLiterals;
using sb::LaneKey;
using sb::LaneState;
using sb::timeline::ColumnCell;
using sb::timeline::TimelineIndex;

namespace {

constexpr qint64 kT = 1'770'854'400'000; // 2026-02-12 00:00 UTC
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;

LaneKey lane(const QString &channel, const QString &account = u"default"_s, const QString &gateway = u"gw"_s)
{
    return {gateway, channel, account};
}

sb::store::Segment segment(const LaneKey &key, qint64 from, std::optional<qint64> to, LaneState state,
                           const QString &reason = {})
{
    sb::store::Segment s;
    s.lane = key;
    s.from = from;
    s.to = to;
    s.state = state;
    s.reason = sb::health::Reason::verbatim(reason);
    return s;
}

sb::ChannelEvent channelEvent(const LaneKey &key, qint64 at, sb::EventKind kind, std::optional<int> code,
                              const QString &detail)
{
    sb::ChannelEvent e;
    e.lane = key;
    e.at = at;
    e.kind = kind;
    e.code = code;
    e.detail = detail;
    return e;
}

QList<LaneState> states(const QList<ColumnCell> &cells)
{
    QList<LaneState> out;
    for (const ColumnCell &cell : cells)
        out.append(cell.hasData() ? cell.state() : LaneState(-1));
    return out;
}

// The definition, column by column: the worst state of every segment overlapping the column.
QList<ColumnCell> bruteForce(const QList<sb::store::Segment> &segments, qint64 t0, qint64 t1, int columns,
                             qint64 now)
{
    QList<ColumnCell> cells(columns);
    const qint64 span = t1 - t0;
    for (int c = 0; c < columns; ++c) {
        for (const auto &s : segments) {
            const qint64 end = s.to.value_or(std::max(now, s.from));
            // Column c is [t0 + c*span/columns, t0 + (c+1)*span/columns) in exact arithmetic.
            if ((s.from - t0) * columns < (c + 1) * span && (end - t0) * columns > c * span)
                cells[c].bits = ColumnCell::combine(cells[c].bits, ColumnCell::of(s.state).bits);
        }
    }
    return cells;
}

// A sorted random history with every state, like a flapping lane: gap-free unless `gaps`, and
// with every start and end on a multiple of `unit` ms.
QList<sb::store::Segment> randomHistory(const LaneKey &key, int count, quint64 seed, qint64 maxLength,
                                        bool gaps = false, qint64 unit = 1)
{
    std::mt19937_64 random(seed);
    QList<sb::store::Segment> segments;
    qint64 t = kT;
    for (int i = 0; i < count; ++i) {
        const qint64 length = unit * (1 + qint64(random() % quint64(maxLength / unit)));
        const auto state = LaneState(int(random() % 10));
        segments.append(
            segment(key, t, i + 1 == count ? std::nullopt : std::optional<qint64>(t + length), state));
        t += length;
        if (gaps && random() % 4 == 0)
            t += unit * (1 + qint64(random() % quint64(maxLength / unit)));
    }
    return segments;
}

} // namespace

class TestTimelineIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneMillisecondRedBlipInAGreenHourShowsInItsColumn()
    {
        TimelineIndex index;
        const LaneKey wa = lane(u"whatsapp"_s);
        index.load({segment(wa, kT, kT + 30 * kMinute, LaneState::Healthy),
                    segment(wa, kT + 30 * kMinute, kT + 30 * kMinute + 1, LaneState::Blocked, u"403"_s),
                    segment(wa, kT + 30 * kMinute + 1, kT + kHour, LaneState::Healthy)});

        const QList<LaneState> cells = states(index.worstPerColumn(wa, kT, kT + kHour, 60, kT + kHour));
        for (int c = 0; c < 60; ++c)
            QCOMPARE(cells[c], c == 30 ? LaneState::Blocked : LaneState::Healthy);

        // 7 columns do not divide the hour: the blip still lands in exactly one column (30 min / (60/7)).
        const QList<LaneState> coarse = states(index.worstPerColumn(wa, kT, kT + kHour, 7, kT + kHour));
        QCOMPARE(coarse.count(LaneState::Blocked), 1);
        QCOMPARE(coarse[3], LaneState::Blocked);
    }

    void worstWinsAndProbationSurvivesAggregation()
    {
        TimelineIndex index;
        const LaneKey sig = lane(u"signal"_s);
        index.load({segment(sig, kT, kT + 10 * kMinute, LaneState::Probation),
                    segment(sig, kT + 10 * kMinute, kT + 11 * kMinute, LaneState::Reconnecting),
                    segment(sig, kT + 11 * kMinute, kT + 20 * kMinute, LaneState::Healthy)});
        const QList<ColumnCell> one = index.worstPerColumn(sig, kT, kT + 20 * kMinute, 1, kT + kHour);
        QCOMPARE(one[0].state(), LaneState::Reconnecting);
        QVERIFY(one[0].probation());
        const QList<ColumnCell> two = index.worstPerColumn(sig, kT, kT + 20 * kMinute, 2, kT + kHour);
        QCOMPARE(two[0].state(), LaneState::Probation);
        QVERIFY(two[0].probation());
        QCOMPARE(two[1].state(), LaneState::Reconnecting); // [10, 20) min holds the drop
        QVERIFY(!two[1].probation());
        QVERIFY(sb::timeline::worstRank(LaneState::Blocked) > sb::timeline::worstRank(LaneState::Conflict));
        QVERIFY(sb::timeline::worstRank(LaneState::Degraded) >
                sb::timeline::worstRank(LaneState::Reconnecting));
        QVERIFY(sb::timeline::worstRank(LaneState::Healthy) > sb::timeline::worstRank(LaneState::Disabled));
    }

    void binarySearchEdgesAreHalfOpen()
    {
        TimelineIndex index;
        const LaneKey tg = lane(u"telegram"_s);
        index.load({segment(tg, kT, kT + kHour, LaneState::Conflict),
                    segment(tg, kT + 2 * kHour, kT + 3 * kHour, LaneState::Healthy)});
        // A segment ending exactly at t0 is not in the window; one starting exactly at t1 is not either.
        QCOMPARE(states(index.worstPerColumn(tg, kT + kHour, kT + 2 * kHour, 4, kT)),
                 QList<LaneState>(4, LaneState(-1)));
        QCOMPARE(states(index.worstPerColumn(tg, kT + kHour - 1, kT + 2 * kHour, 1, kT)),
                 QList<LaneState>{LaneState::Conflict});
        QCOMPARE(states(index.worstPerColumn(tg, kT + kHour, kT + 2 * kHour + 1, 1, kT)),
                 QList<LaneState>{LaneState::Healthy});
        // Before and after all history; an unknown lane; an empty window.
        QCOMPARE(states(index.worstPerColumn(tg, kT - kHour, kT, 3, kT)), QList<LaneState>(3, LaneState(-1)));
        QCOMPARE(states(index.worstPerColumn(tg, kT + 3 * kHour, kT + 4 * kHour, 3, kT)),
                 QList<LaneState>(3, LaneState(-1)));
        QCOMPARE(states(index.worstPerColumn(lane(u"nope"_s), kT, kT + kHour, 2, kT)),
                 QList<LaneState>(2, LaneState(-1)));
        QCOMPARE(index.worstPerColumn(tg, kT, kT, 2, kT).size(), 2);

        QVERIFY(!index.segmentAt(tg, kT - 1, kT));
        QCOMPARE(index.segmentAt(tg, kT, kT)->state, LaneState::Conflict);
        QCOMPARE(index.segmentAt(tg, kT + kHour - 1, kT)->state, LaneState::Conflict);
        QVERIFY(!index.segmentAt(tg, kT + kHour, kT)); // the gap
        QCOMPARE(index.segmentAt(tg, kT + 2 * kHour, kT)->state, LaneState::Healthy);
        QVERIFY(!index.segmentAt(tg, kT + 3 * kHour, kT));
    }

    void openSegmentExtendsToNow()
    {
        TimelineIndex index;
        const LaneKey wa = lane(u"whatsapp"_s);
        index.appendSegment(segment(wa, kT, std::nullopt, LaneState::Probation, u"re-linked"_s));
        const qint64 now = kT + 30 * kMinute;
        const QList<LaneState> cells = states(index.worstPerColumn(wa, kT, kT + kHour, 60, now));
        QCOMPARE(cells.mid(0, 30), QList<LaneState>(30, LaneState::Probation));
        QCOMPARE(cells.mid(30), QList<LaneState>(30, LaneState(-1)));
        QCOMPARE(index.segmentAt(wa, now - 1, now)->reason.text(), u"re-linked"_s);
        QVERIFY(!index.segmentAt(wa, now, now));
        QVERIFY(!index.segmentAt(wa, kT, now)->to.has_value());
        QCOMPARE(index.dataRange(now), std::make_optional(std::pair{kT, now}));
    }

    void liveAppendClosesTheRunningSegment()
    {
        TimelineIndex index;
        const LaneKey wa = lane(u"whatsapp"_s);
        index.appendSegment(segment(wa, kT, std::nullopt, LaneState::Healthy));
        index.appendSegment(segment(wa, kT + 10 * kMinute, std::nullopt, LaneState::Reconnecting, u"499"_s));
        const qint64 now = kT + kHour;
        const auto first = index.segmentAt(wa, kT + 5 * kMinute, now);
        QCOMPARE(first->state, LaneState::Healthy);
        QCOMPARE(first->to, std::optional<qint64>(kT + 10 * kMinute));
        const auto running = index.segmentAt(wa, kT + 50 * kMinute, now);
        QCOMPARE(running->state, LaneState::Reconnecting);
        QVERIFY(!running->to);
        QCOMPARE(index.currentState(wa), LaneState::Reconnecting);

        // The same start again replaces the running segment instead of leaving a zero-length one.
        index.appendSegment(segment(wa, kT + 10 * kMinute, std::nullopt, LaneState::LoggedOut, u"401"_s));
        QCOMPARE(index.segmentCount(wa), 2);
        QCOMPARE(index.currentState(wa), LaneState::LoggedOut);

        // A late arrival is put in order and clipped by its neighbours.
        index.appendSegment(segment(wa, kT + 5 * kMinute, kT + 6 * kMinute, LaneState::Blocked));
        QCOMPARE(index.segmentCount(wa), 3);
        QCOMPARE(index.segmentAt(wa, kT + 5 * kMinute, now)->state, LaneState::Blocked);
        QCOMPARE(index.segmentAt(wa, kT + 5 * kMinute, now)->to, std::optional<qint64>(kT + 6 * kMinute));
        QCOMPARE(index.segmentAt(wa, kT + 4 * kMinute, now)->to, std::optional<qint64>(kT + 5 * kMinute));
    }

    void pyramidAgreesWithTheDefinition_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("columns");
        QTest::addColumn<qint64>("maxLength");
        QTest::addColumn<bool>("gaps");
        QTest::addColumn<qint64>("unit");
        QTest::addColumn<int>("widthUnits");
        // By segments per column in the whole history's window: < 1/2 walks the segments, up to
        // 4 scatters their start columns, above sweeps the columns (the pyramid past 32). With a
        // unit, every other window has columns of 1..widthUnits units, so starts, ends and
        // column boundaries meet exactly.
        QTest::newRow("dense: pyramid path") << 20000 << 37 << qint64(5000) << false << qint64(1) << 0;
        QTest::newRow("dense, many columns") << 20000 << 1920 << qint64(50) << false << qint64(1) << 0;
        QTest::newRow("sparse: linear path") << 300 << 1000 << qint64(kMinute) << false << qint64(1) << 0;
        QTest::newRow("mixed lengths") << 5000 << 200 << qint64(kHour) << false << qint64(1) << 0;
        QTest::newRow("a few per column: start columns")
            << 3000 << 1726 << qint64(kMinute) << false << qint64(1) << 0;
        QTest::newRow("start columns, gaps") << 3000 << 1000 << qint64(kMinute) << true << qint64(1) << 0;
        QTest::newRow("start columns on boundaries")
            << 3000 << 1000 << qint64(3000) << true << qint64(1000) << 8;
        QTest::newRow("sweep on boundaries") << 20000 << 1000 << qint64(1000) << true << qint64(1000) << 20;
        QTest::newRow("walk on boundaries") << 400 << 1000 << qint64(kMinute) << true << qint64(1000) << 3;
    }

    void pyramidAgreesWithTheDefinition()
    {
        QFETCH(int, count);
        QFETCH(int, columns);
        QFETCH(qint64, maxLength);
        QFETCH(bool, gaps);
        QFETCH(qint64, unit);
        QFETCH(int, widthUnits);
        const LaneKey key = lane(u"signal"_s);
        const QList<sb::store::Segment> history = randomHistory(key, count, 7, maxLength, gaps, unit);
        TimelineIndex bulk;
        bulk.load(history);
        TimelineIndex live; // built by appends: the incrementally maintained pyramid
        for (const auto &s : history)
            live.appendSegment(s);
        const qint64 end = history.last().from + maxLength;
        std::mt19937_64 random(11);
        for (int round = 0; round < 20; ++round) {
            qint64 t0 = kT - maxLength + qint64(random() % quint64(end - kT + maxLength));
            qint64 t1 = kT - maxLength + qint64(random() % quint64(end - kT + 2 * maxLength));
            if (t1 <= t0)
                std::swap(t0, t1);
            if (t1 == t0)
                ++t1;
            if (round == 0) {
                t0 = kT;
                t1 = end;
            } else if (unit > 1 && round % 2 == 1) {
                // Column boundaries on the segments' grid: starts and ends land exactly on them.
                t0 = kT + unit * qint64(random() % quint64((end - kT) / unit / 2));
                t1 = t0 + columns * unit * (1 + qint64(random() % quint64(widthUnits)));
            }
            const QList<ColumnCell> expected = bruteForce(history, t0, t1, columns, end);
            const QList<ColumnCell> fromBulk = bulk.worstPerColumn(key, t0, t1, columns, end);
            const QList<ColumnCell> fromLive = live.worstPerColumn(key, t0, t1, columns, end);
            for (int c = 0; c < columns; ++c) {
                QVERIFY2(fromBulk[c].bits == expected[c].bits,
                         qPrintable(u"round %1 column %2: %3 vs %4"_s.arg(round)
                                        .arg(c)
                                        .arg(fromBulk[c].bits)
                                        .arg(expected[c].bits)));
                QCOMPARE(fromLive[c].bits, expected[c].bits);
            }
        }
    }

    void startColumnsAreExactOnColumnBoundaries()
    {
        // 49 columns over 2,940,007 ms: the boundary 42·span/49 = 2,520,006 ms is a whole
        // millisecond, and the floating-point product 2,520,006 × 49 / 2,940,007 comes out just
        // under 42. The red segment starting there belongs to column 42, not 41.
        constexpr int columns = 49;
        constexpr qint64 span = 2'940'007;
        QList<sb::store::Segment> history;
        const LaneKey key = lane(u"signal"_s);
        qint64 t = kT;
        for (int c = 0; c < columns; ++c) {
            const qint64 next = kT + qint64(c + 1) * span / columns; // column c + 1's start, rounded down
            history.append(segment(key, t, next, c == 42 ? LaneState::Blocked : LaneState::Healthy));
            t = next;
        }
        TimelineIndex index;
        index.load(history);
        const QList<ColumnCell> cells = index.worstPerColumn(key, kT, kT + span, columns, kT + span);
        const QList<ColumnCell> expected = bruteForce(history, kT, kT + span, columns, kT + span);
        for (int c = 0; c < columns; ++c)
            QVERIFY2(cells[c].bits == expected[c].bits, qPrintable(u"column %1"_s.arg(c)));
        QCOMPARE(cells[41].state(), LaneState::Healthy);
        QCOMPARE(cells[42].state(), LaneState::Blocked);

        // A year and 7 ms over 1726 columns: 9,848,148,322 ms × 1726 is one short of 539 spans, so
        // a 1 ms blip starting there is in column 538 and reaches into 539, where fast column
        // arithmetic rounding up would put all of it.
        constexpr qint64 yearSpan = 31'536'000'007;
        constexpr qint64 blip = 9'848'148'322;
        QList<sb::store::Segment> year;
        for (qint64 i = 0, from = kT; i < 2000; ++i) {
            const qint64 next = kT + (i + 1) * (yearSpan / 2000);
            if (from <= kT + blip && kT + blip < next) {
                year.append(segment(key, from, kT + blip, LaneState::Healthy));
                year.append(segment(key, kT + blip, kT + blip + 1, LaneState::Blocked));
                from = kT + blip + 1;
            }
            year.append(segment(key, from, next, LaneState::Healthy));
            from = next;
        }
        TimelineIndex yearIndex;
        yearIndex.load(year);
        const QList<ColumnCell> yearCells =
            yearIndex.worstPerColumn(key, kT, kT + yearSpan, 1726, kT + yearSpan);
        QCOMPARE(yearCells[537].state(), LaneState::Healthy);
        QCOMPARE(yearCells[538].state(), LaneState::Blocked);
        QCOMPARE(yearCells[539].state(), LaneState::Blocked);
        QCOMPARE(yearCells[540].state(), LaneState::Healthy);
    }

    void markersActionsAndIncidentsByWindow()
    {
        TimelineIndex index;
        const LaneKey wa = lane(u"whatsapp"_s);
        index.addEvent(
            channelEvent(wa, kT + 2 * kMinute, sb::EventKind::Disconnected, 428, u"Connection Terminated"_s));
        index.addEvent(channelEvent(wa, kT + kMinute, sb::EventKind::Disconnected, 499, u"watchdog"_s));
        index.addEvent(channelEvent(wa, kT + 3 * kMinute, sb::EventKind::DeliveryOk, std::nullopt, {}));
        index.addEvent(channelEvent(wa, kT + 4 * kMinute, sb::EventKind::OperatorAction, std::nullopt,
                                    u"relink started"_s));
        const auto markers = index.markersIn(wa, kT + kMinute, kT + 2 * kMinute);
        QCOMPARE(markers.size(), size_t(1)); // half-open: the 428 at t1 is outside
        QCOMPARE(markers[0].code, std::optional<int>(499));
        QCOMPARE(index.markersIn(wa, kT, kT + kHour).size(), size_t(2));
        QCOMPARE(index.actionsIn(index.laneId(wa), kT, kT + kHour).size(), size_t(1));

        sb::health::Incident incident;
        incident.id = 7;
        incident.lane = wa;
        incident.openedAt = kT + kMinute;
        index.upsertIncident(incident);
        QCOMPARE(index.incidentsIn(index.laneId(wa), kT + 30 * kMinute, kT + kHour, kT + kHour).size(), 1);
        incident.closedAt = kT + 10 * kMinute;
        index.upsertIncident(incident);
        QCOMPARE(index.incidentsIn(index.laneId(wa), kT + 30 * kMinute, kT + kHour, kT + kHour).size(), 0);
        QCOMPARE(index.incidentsIn(index.laneId(wa), kT, kT + kHour, kT + kHour).size(), 1);
    }

    void countsPerBucketCountsByChannelAndHalfOpenBucket()
    {
        TimelineIndex index;
        const LaneKey wa = lane(u"whatsapp"_s);
        const LaneKey wa2 = lane(u"whatsapp"_s, u"backup"_s, u"gw2"_s);
        const LaneKey sig = lane(u"signal"_s);
        using sb::timeline::CountKind;
        // Deliveries on Signal at 0:00, 0:59:59.999, 1:00 (next bucket), 2:30; out of order.
        for (const qint64 at : {kT + 150 * kMinute, kT, kT + kHour, kT + kHour - 1})
            index.addEvent(channelEvent(sig, at, sb::EventKind::DeliveryOk, std::nullopt, {}));
        // WhatsApp: disconnects of several loss kinds on two lanes, reconnect attempts.
        index.addEvent(channelEvent(wa, kT + 10 * kMinute, sb::EventKind::Disconnected, 499, {}));
        index.addEvent(channelEvent(wa2, kT + 20 * kMinute, sb::EventKind::Disconnected, 428, {}));
        index.addEvent(channelEvent(wa, kT + 70 * kMinute, sb::EventKind::LoggedOut, 401, {}));
        index.addEvent(
            channelEvent(wa, kT + 11 * kMinute, sb::EventKind::ReconnectScheduled, std::nullopt, {}));
        index.addEvent(
            channelEvent(wa, kT + 12 * kMinute, sb::EventKind::ReconnectScheduled, std::nullopt, {}));
        index.addEvent(channelEvent(wa, kT + 12 * kMinute, sb::EventKind::DeliveryFailed, 503, {}));

        QCOMPARE(index.countsPerBucket(CountKind::Deliveries, u"signal"_s, kT, kT + 3 * kHour, kHour),
                 (QList<int>{2, 1, 1}));
        QCOMPARE(index.countsPerBucket(CountKind::Deliveries, u"whatsapp"_s, kT, kT + 3 * kHour, kHour),
                 (QList<int>{0, 0, 0}));
        QCOMPARE(index.countsPerBucket(CountKind::Disconnects, u"whatsapp"_s, kT, kT + 2 * kHour, kHour),
                 (QList<int>{2, 1}));
        QCOMPARE(
            index.countsPerBucket(CountKind::ReconnectAttempts, u"whatsapp"_s, kT, kT + kHour, 30 * kMinute),
            (QList<int>{2, 0}));
        // Every channel at once; a last bucket cut by t1; a window starting mid-bucket.
        QCOMPARE(index.countsPerBucket(CountKind::Deliveries, QString(), kT, kT + 150 * kMinute, kHour),
                 (QList<int>{2, 1, 0})); // [2:00, 2:30) does not hold the 2:30 delivery
        QCOMPARE(index.countsPerBucket(CountKind::Deliveries, u"signal"_s, kT + 1, kT + kHour + 1, kHour),
                 (QList<int>{2}));
        // Against the definition on a larger random stream.
        std::mt19937_64 random(5);
        QList<qint64> times;
        for (int i = 0; i < 5000; ++i) {
            times.append(kT + qint64(random() % quint64(10 * kHour)));
            index.addEvent(
                channelEvent(sig, times.last(), sb::EventKind::ReconnectScheduled, std::nullopt, {}));
        }
        const qint64 t0 = kT + 17 * kMinute + 3;
        const qint64 bucket = 7 * kMinute;
        const QList<int> counts =
            index.countsPerBucket(CountKind::ReconnectAttempts, u"signal"_s, t0, t0 + 8 * kHour, bucket);
        QCOMPARE(counts.size(), (8 * kHour + bucket - 1) / bucket);
        for (qsizetype k = 0; k < counts.size(); ++k) {
            const qint64 from = t0 + k * bucket;
            const qint64 to = std::min(from + bucket, t0 + 8 * kHour);
            QCOMPARE(counts[k], int(std::count_if(times.begin(), times.end(),
                                                  [&](qint64 t) { return t >= from && t < to; })));
        }
        // Nonsense arguments give nothing rather than a huge list.
        QVERIFY(index.countsPerBucket(CountKind::Deliveries, u"signal"_s, kT, kT, kHour).isEmpty());
        QVERIFY(index.countsPerBucket(CountKind::Deliveries, u"signal"_s, kT, kT + kHour, 0).isEmpty());
        QVERIFY(index.countsPerBucket(CountKind::Deliveries, u"signal"_s, kT, kT + 365LL * 24 * kHour, 1)
                    .isEmpty());
        QCOMPARE(index.channels(), (QStringList{u"signal"_s, u"whatsapp"_s}));
    }

    void worstSegmentInGivesTheReceiptBehindAColumn()
    {
        TimelineIndex index;
        const LaneKey wa = lane(u"whatsapp"_s);
        index.load({segment(wa, kT, kT + kMinute, LaneState::Healthy, u"fine"_s),
                    segment(wa, kT + kMinute, kT + kMinute + 5, LaneState::LoggedOut, u"401 logged out"_s),
                    segment(wa, kT + kMinute + 5, kT + kHour, LaneState::Reconnecting, u"retrying"_s)});
        QCOMPARE(index.worstSegmentIn(wa, kT, kT + kHour, kT + kHour)->reason.text(), u"401 logged out"_s);
        QCOMPARE(index.worstSegmentIn(wa, kT, kT + kMinute, kT + kHour)->reason.text(), u"fine"_s);
        QVERIFY(!index.worstSegmentIn(wa, kT - kHour, kT, kT + kHour));
    }

    void sortsBySeverityOrNameAndFilters()
    {
        TimelineIndex index;
        const LaneKey a = lane(u"whatsapp"_s, u"a"_s, u"alpha"_s);
        const LaneKey b = lane(u"signal"_s, u"b"_s, u"alpha"_s);
        const LaneKey c = lane(u"telegram"_s, u"c"_s, u"beta"_s);
        const LaneKey empty = lane(u"discord"_s, u"d"_s, u"beta"_s);
        index.setLanes({a, b, c, empty});
        index.appendSegment(segment(a, kT, std::nullopt, LaneState::Healthy));
        index.appendSegment(segment(b, kT, std::nullopt, LaneState::Blocked));
        index.appendSegment(segment(c, kT, std::nullopt, LaneState::Probation));

        QCOMPARE(index.lanes(sb::timeline::LaneOrder::Name), (QList<LaneKey>{b, a, empty, c}));
        QCOMPARE(index.lanes(sb::timeline::LaneOrder::Severity), (QList<LaneKey>{b, c, a, empty}));
        QCOMPARE(index.lanes(sb::timeline::LaneOrder::Name, u"SIGNAL"_s), QList<LaneKey>{b});
        QCOMPARE(index.lanes(sb::timeline::LaneOrder::Name, u"beta/"_s), (QList<LaneKey>{empty, c}));
        QCOMPARE(index.currentState(empty), LaneState::Unknown);

        // setLanes keeps the history of lanes it keeps and drops the others.
        index.setLanes({c, a});
        QCOMPARE(index.laneCount(), 2);
        QCOMPARE(index.currentState(c), LaneState::Probation);
        QCOMPARE(index.laneId(b), -1);
        QCOMPARE(index.segmentCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTimelineIndex)
#include "TestTimelineIndex.moc"

#include "models/timeline/TimelineIndex.h"

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sb::timeline {

namespace {

// worstPerColumn() walks segments while a window holds fewer than one per this many columns
// (day and hour views: cost follows the segments); above, it sweeps columns and segments
// together (cost follows the columns plus one read of each start time and state byte).
constexpr size_t kColumnsPerSegmentForWalk = 2;

// worstPerColumn() finds a column's segments among the next kShortRange starts with a
// branchless search, and takes their worst with shortMax(); longer runs use the pyramid.
constexpr size_t kShortRange = 32;

// A segment's state byte without the index's own flag: ColumnCell::combine(0, bits).
constexpr quint8 kCellBits = ColumnCell::kRankMask | ColumnCell::kProbationBit;

// ColumnCell::combine() over bits[i, j), 1 <= j - i < kShortRange, without a branch on the
// data: two overlapping 16-byte loads where SSE2 exists (every x86-64), a loop elsewhere.
quint8 shortMax(const quint8 *bits, size_t i, size_t j, size_t n)
{
#if defined(__SSE2__)
    if (i + 16 <= n) {
        const auto count = int(j - i);
        const __m128i lanes = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m128i rankMask = _mm_set1_epi8(char(ColumnCell::kRankMask));
        // Bytes past the range read as zero ("no data") when the range is shorter than 16; when
        // it is longer, a second load ending at j covers the rest (overlap is harmless).
        __m128i any = _mm_and_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(bits + i)),
                                    _mm_cmplt_epi8(lanes, _mm_set1_epi8(char(std::min(count, 16)))));
        __m128i rank = _mm_and_si128(any, rankMask);
        if (count > 16) {
            const __m128i tail = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bits + j - 16));
            rank = _mm_max_epu8(rank, _mm_and_si128(tail, rankMask));
            any = _mm_or_si128(any, tail);
        }
        rank = _mm_max_epu8(rank, _mm_srli_si128(rank, 8));
        rank = _mm_max_epu8(rank, _mm_srli_si128(rank, 4));
        rank = _mm_max_epu8(rank, _mm_srli_si128(rank, 2));
        rank = _mm_max_epu8(rank, _mm_srli_si128(rank, 1));
        // The probation bit (0x10) shifted to each byte's top bit, where movemask collects it.
        const int probation = _mm_movemask_epi8(_mm_slli_epi16(any, 3));
        return quint8((_mm_cvtsi128_si32(rank) & ColumnCell::kRankMask) |
                      (probation != 0 ? ColumnCell::kProbationBit : 0));
    }
#endif
    quint8 acc = 0;
    for (size_t k = i; k < j; ++k)
        acc = ColumnCell::combine(acc, bits[k]);
    return acc;
}

// First index in [lo, hi) for which `isAfter` holds; `isAfter` is false then true over the range.
template <typename Pred>
size_t firstIndex(size_t lo, size_t hi, Pred isAfter)
{
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (isAfter(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

// Like firstIndex(), for an answer expected close to `lo`: doubling steps, then bisection,
// so a column holding k segments costs about 2 log k probes instead of log n.
template <typename Pred>
size_t gallop(size_t lo, size_t hi, Pred isAfter)
{
    size_t step = 1;
    size_t probe = lo;
    while (probe < hi && !isAfter(probe)) {
        lo = probe + 1;
        probe = lo + step;
        step *= 2;
    }
    return firstIndex(lo, std::min(probe, hi), isAfter);
}

// One segment while a lane is being (re)built from unsorted input.
struct Record
{
    qint64 from;
    qint64 to;
    quint32 reason;
    quint8 action;
    quint8 bits;
};

} // namespace

int worstRank(LaneState state)
{
    switch (state) {
    case LaneState::Unknown:
        return 1;
    case LaneState::Disabled:
        return 2;
    case LaneState::Healthy:
        return 3;
    case LaneState::Probation:
        return 4;
    case LaneState::Reconnecting:
        return 5;
    case LaneState::Degraded:
        return 6;
    case LaneState::Stopped:
        return 7;
    case LaneState::Conflict:
        return 8;
    case LaneState::LoggedOut:
        return 9;
    case LaneState::Blocked:
        return 10;
    }
    return 1;
}

ColumnCell ColumnCell::of(LaneState state)
{
    return ColumnCell{quint8(worstRank(state) | (state == LaneState::Probation ? kProbationBit : 0))};
}

void TimelineIndex::clear()
{
    m_lanes.clear();
    m_ids.clear();
    m_reasons.clear();
    m_reasonIds.clear();
}

void TimelineIndex::setLanes(const QList<LaneKey> &lanes)
{
    std::vector<Lane> kept;
    QHash<LaneKey, int> ids;
    kept.reserve(size_t(lanes.size()));
    for (const LaneKey &key : lanes) {
        if (ids.contains(key))
            continue;
        const int old = m_ids.value(key, -1);
        if (old >= 0) {
            kept.push_back(std::move(m_lanes[size_t(old)]));
        } else {
            kept.emplace_back();
            kept.back().key = key;
        }
        ids.insert(key, int(kept.size()) - 1);
    }
    m_lanes = std::move(kept);
    m_ids = std::move(ids);
}

int TimelineIndex::addLane(const LaneKey &lane)
{
    const int existing = m_ids.value(lane, -1);
    if (existing >= 0)
        return existing;
    m_lanes.emplace_back();
    m_lanes.back().key = lane;
    m_ids.insert(lane, int(m_lanes.size()) - 1);
    return int(m_lanes.size()) - 1;
}

quint32 TimelineIndex::internReason(const QString &reason)
{
    const auto it = m_reasonIds.constFind(reason);
    if (it != m_reasonIds.cend())
        return *it;
    const auto id = quint32(m_reasons.size());
    m_reasons.append(reason);
    m_reasonIds.insert(reason, id);
    return id;
}

void TimelineIndex::load(const QList<store::Segment> &segments)
{
    QHash<int, std::vector<Record>> byLane;
    for (const store::Segment &s : segments) {
        const int id = addLane(s.lane);
        byLane[id].push_back(Record{s.from, s.to.value_or(kOpen), internReason(s.reason), quint8(s.action),
                                    ColumnCell::of(s.state).bits});
    }
    for (auto it = byLane.begin(); it != byLane.end(); ++it) {
        Lane &lane = m_lanes[size_t(it.key())];
        std::vector<Record> records;
        records.reserve(lane.from.size() + it->size());
        for (size_t i = 0; i < lane.from.size(); ++i)
            records.push_back({lane.from[i], lane.to[i], lane.reason[i], lane.action[i],
                               quint8(lane.levels[0][i] & ~kEndsEarly)});
        records.insert(records.end(), it->begin(), it->end());
        std::stable_sort(records.begin(), records.end(),
                         [](const Record &a, const Record &b) { return a.from < b.from; });

        lane.from.clear();
        lane.to.clear();
        lane.reason.clear();
        lane.action.clear();
        lane.levels.assign(1, {});
        for (size_t i = 0; i < records.size(); ++i) {
            Record r = records[i];
            if (i + 1 < records.size())
                r.to = std::min(r.to, records[i + 1].from); // closes open ones, clips overlaps
            if (r.to <= r.from)
                continue; // replaced by a later segment starting at the same time
            lane.from.push_back(r.from);
            lane.to.push_back(r.to);
            lane.reason.push_back(r.reason);
            lane.action.push_back(r.action);
            lane.levels[0].push_back(r.bits);
        }
        for (size_t i = 0; i < lane.from.size(); ++i)
            markEnd(lane, i);
        rebuildLevels(lane);
    }
}

void TimelineIndex::loadIncidents(const QList<health::Incident> &incidents)
{
    for (const health::Incident &incident : incidents)
        upsertIncident(incident);
}

void TimelineIndex::pushSegment(Lane &lane, const store::Segment &segment)
{
    if (lane.levels.empty())
        lane.levels.emplace_back();
    const quint8 bits = ColumnCell::of(segment.state).bits;
    const quint32 reason = internReason(segment.reason);
    if (!lane.from.empty() && lane.from.back() == segment.from) {
        // Same start as the running segment: the engine changed its mind within one millisecond.
        const size_t last = lane.from.size() - 1;
        lane.to[last] = segment.to.value_or(kOpen);
        lane.reason[last] = reason;
        lane.action[last] = quint8(segment.action);
        lane.levels[0][last] = bits;
        markEnd(lane, last);
        updateLevels(lane, last);
        return;
    }
    if (!lane.from.empty())
        lane.to.back() = std::min(lane.to.back(), segment.from);
    lane.from.push_back(segment.from);
    lane.to.push_back(segment.to.value_or(kOpen));
    lane.reason.push_back(reason);
    lane.action.push_back(quint8(segment.action));
    lane.levels[0].push_back(bits);
    if (lane.from.size() > 1)
        markEnd(lane, lane.from.size() - 2);
    markEnd(lane, lane.from.size() - 1);
    updateLevels(lane, lane.from.size() - 1);
}

void TimelineIndex::appendSegment(const store::Segment &segment)
{
    if (segment.to && *segment.to <= segment.from)
        return; // nothing to paint
    Lane &lane = m_lanes[size_t(addLane(segment.lane))];
    if (lane.from.empty() || segment.from >= lane.from.back()) {
        pushSegment(lane, segment);
        return;
    }
    load({segment}); // late arrival: the bulk path sorts and rebuilds this lane
}

void TimelineIndex::appendDisconnect(const LaneKey &laneKey, const DisconnectMarker &marker)
{
    Lane &lane = m_lanes[size_t(addLane(laneKey))];
    const auto at = std::upper_bound(lane.markerTimes.begin(), lane.markerTimes.end(), marker.at);
    const auto offset = at - lane.markerTimes.begin();
    lane.markerTimes.insert(at, marker.at);
    lane.markers.insert(lane.markers.begin() + offset, marker);
}

void TimelineIndex::appendAction(const LaneKey &laneKey, const ActionFlag &flag)
{
    Lane &lane = m_lanes[size_t(addLane(laneKey))];
    const auto at = std::upper_bound(lane.actionTimes.begin(), lane.actionTimes.end(), flag.at);
    const auto offset = at - lane.actionTimes.begin();
    lane.actionTimes.insert(at, flag.at);
    lane.actions.insert(lane.actions.begin() + offset, flag);
}

void TimelineIndex::upsertIncident(const health::Incident &incident)
{
    Lane &lane = m_lanes[size_t(addLane(incident.lane))];
    auto &incidents = lane.incidents;
    auto &spans = lane.incidentSpans;
    const auto same = std::find_if(incidents.begin(), incidents.end(),
                                   [&](const health::Incident &i) { return i.id == incident.id; });
    if (same != incidents.end()) {
        spans.erase(spans.begin() + (same - incidents.begin()));
        incidents.erase(same);
    }
    const auto at = std::upper_bound(incidents.begin(), incidents.end(), incident.openedAt,
                                     [](qint64 t, const health::Incident &i) { return t < i.openedAt; });
    spans.insert(spans.begin() + (at - incidents.begin()),
                 IncidentSpan{incident.openedAt, incident.closedAt.value_or(kOpenIncident)});
    incidents.insert(at, incident);
}

void TimelineIndex::addEvent(const ChannelEvent &event)
{
    if (event.kind == EventKind::OperatorAction) {
        appendAction(event.lane, ActionFlag{event.at, event.detail});
    } else if (isLossOfChannel(event.kind)) {
        appendDisconnect(event.lane, DisconnectMarker{event.at, event.code, event.detail});
    } else if (event.kind == EventKind::DeliveryOk || event.kind == EventKind::ReconnectScheduled) {
        Lane &lane = m_lanes[size_t(addLane(event.lane))];
        auto &times = event.kind == EventKind::DeliveryOk ? lane.deliveries : lane.reconnects;
        times.insert(std::upper_bound(times.begin(), times.end(), event.at), event.at);
    }
}

QList<int> TimelineIndex::countsPerBucket(CountKind kind, const QString &channel, qint64 t0, qint64 t1,
                                          qint64 bucketMs) const
{
    QList<int> counts;
    if (t1 <= t0 || bucketMs <= 0)
        return counts;
    const qint64 buckets = (t1 - t0 + bucketMs - 1) / bucketMs;
    if (buckets > kMaxBuckets)
        return counts;
    counts.resize(qsizetype(buckets));
    // Per lane: the first event of each bucket by binary search (from the previous bucket's),
    // the count being the distance to the next bucket's first.
    const auto countIn = [&](const auto &items, auto timeOf) {
        const auto before = [&timeOf](const auto &item, qint64 t) {
            return timeOf(item) < t;
        };
        auto first = std::lower_bound(items.begin(), items.end(), t0, before);
        for (qint64 k = 0; k < buckets && first != items.end(); ++k) {
            const auto next =
                std::lower_bound(first, items.end(), std::min(t0 + (k + 1) * bucketMs, t1), before);
            counts[qsizetype(k)] += int(next - first);
            first = next;
        }
    };
    for (const Lane &lane : m_lanes) {
        if (!channel.isEmpty() && lane.key.channel != channel)
            continue;
        switch (kind) {
        case CountKind::Disconnects:
            countIn(lane.markerTimes, [](qint64 t) { return t; });
            break;
        case CountKind::Deliveries:
            countIn(lane.deliveries, [](qint64 t) { return t; });
            break;
        case CountKind::ReconnectAttempts:
            countIn(lane.reconnects, [](qint64 t) { return t; });
            break;
        }
    }
    return counts;
}

QStringList TimelineIndex::channels() const
{
    QStringList names;
    for (const Lane &lane : m_lanes) {
        if (!names.contains(lane.key.channel))
            names.append(lane.key.channel);
    }
    names.sort();
    return names;
}

void TimelineIndex::updateLevels(Lane &lane, size_t index)
{
    auto &levels = lane.levels;
    for (size_t k = 1;; ++k) {
        const size_t below = levels[k - 1].size();
        if (below <= 1) {
            levels.resize(k);
            return;
        }
        const size_t need = (below + 1) / 2;
        const auto parent = [&levels, k, below](size_t j) {
            return ColumnCell::combine(levels[k - 1][2 * j],
                                       2 * j + 1 < below ? levels[k - 1][2 * j + 1] : 0);
        };
        index /= 2;
        if (k == levels.size()) {
            // The history just crossed a power of two: a new top level, built whole.
            levels.emplace_back(need);
            for (size_t j = 0; j < need; ++j)
                levels[k][j] = parent(j);
            continue;
        }
        levels[k].resize(need);
        levels[k][index] = parent(index);
    }
}

void TimelineIndex::markEnd(Lane &lane, size_t i)
{
    quint8 &bits = lane.levels[0][i];
    const bool early = i + 1 == lane.from.size() || lane.to[i] != lane.from[i + 1];
    bits = quint8((bits & ~kEndsEarly) | (early ? kEndsEarly : 0));
}

void TimelineIndex::rebuildLevels(Lane &lane)
{
    lane.levels.resize(1);
    for (size_t k = 1; lane.levels[k - 1].size() > 1; ++k) {
        const auto &below = lane.levels[k - 1];
        std::vector<quint8> level((below.size() + 1) / 2);
        for (size_t j = 0; j < level.size(); ++j)
            level[j] = ColumnCell::combine(below[2 * j], 2 * j + 1 < below.size() ? below[2 * j + 1] : 0);
        lane.levels.push_back(std::move(level));
    }
}

quint8 TimelineIndex::rangeMax(const Lane &lane, size_t begin, size_t end)
{
    quint8 acc = 0;
    for (size_t k = 0; begin < end; ++k, begin /= 2, end /= 2) {
        if (begin & 1)
            acc = ColumnCell::combine(acc, lane.levels[k][begin++]);
        if (end & 1)
            acc = ColumnCell::combine(acc, lane.levels[k][--end]);
    }
    return acc;
}

std::pair<size_t, size_t> TimelineIndex::window(const Lane &lane, qint64 t0, qint64 t1, qint64 now)
{
    const size_t n = lane.from.size();
    const size_t begin = firstIndex(0, n, [&](size_t i) { return lane.endOf(i, now) > t0; });
    const size_t end = firstIndex(begin, n, [&](size_t i) { return lane.from[i] >= t1; });
    return {begin, end};
}

void TimelineIndex::worstPerColumn(int laneId, qint64 t0, qint64 t1, qint64 now,
                                   std::span<ColumnCell> out) const
{
    std::fill(out.begin(), out.end(), ColumnCell{});
    if (out.empty() || t1 <= t0 || laneId < 0 || laneId >= laneCount())
        return;
    const Lane &lane = m_lanes[size_t(laneId)];
    const auto [begin, end] = window(lane, t0, t1, now);
    if (begin == end)
        return;
    const qint64 span = t1 - t0;
    const auto columns = qint64(out.size());
    const size_t n = lane.from.size();
    const qint64 *from = lane.from.data();
    const quint8 *bits = lane.levels[0].data();

    // Column c is [t0 + c·span/columns, t0 + (c+1)·span/columns) in exact arithmetic. A segment
    // [f, e) overlaps it iff f < t0 + ceil((c+1)·span/columns) and e > t0 + floor(c·span/columns).
    // Both bounds advance column by column without a division (Bresenham): span = q·columns + r.
    const qint64 q = span / columns;
    const qint64 r = span % columns;
    qint64 floorNext = t0; // t0 + floor((c+1)·span/columns), advanced below
    qint64 remainder = 0;  // (c+1)·r mod columns

    // One sweep over columns and segments together: `i` is the first segment that can overlap
    // the column (its end is past the column's start). Every segment starting before the
    // column's end is in it; only the last of those can reach into the next column, because
    // segments do not overlap. Sparse windows cost O(columns), dense ones read the start times
    // and the state bytes once; a column holding very many segments gallops and takes the
    // pyramid's max instead.
    if ((end - begin) * kColumnsPerSegmentForWalk <= out.size()) {
        // Per segment: its first and last column from a floating-point estimate corrected by
        // exact integer products (a 64-bit division per segment would cost more than the rest).
        const double perMs = double(columns) / double(span);
        const auto columnOf = [&](qint64 t) { // largest c with c·span <= (t - t0)·columns
            const qint64 scaled = (t - t0) * columns;
            auto c = qint64(double(t - t0) * perMs);
            while (c > 0 && c * span > scaled)
                --c;
            while ((c + 1) * span <= scaled)
                ++c;
            return c;
        };
        const qint64 *to = lane.to.data();
        for (size_t k = begin; k < end; ++k) {
            const qint64 f = std::max(from[k], t0);
            const qint64 e = std::min(to[k] == kOpen ? std::max(now, from[k]) : to[k], t1);
            const qint64 c0 = std::min(columnOf(f), columns - 1);
            // Last column the end reaches into: one before columnOf(e) when e is on a boundary.
            const qint64 ce = columnOf(e);
            const qint64 c1 = std::clamp(ce * span == (e - t0) * columns ? ce - 1 : ce, c0, columns - 1);
            const quint8 b = bits[k];
            out[size_t(c0)].bits = ColumnCell::combine(out[size_t(c0)].bits, b);
            for (qint64 c = c0 + 1; c <= c1; ++c)
                out[size_t(c)].bits = ColumnCell::combine(out[size_t(c)].bits, b);
        }
        return;
    }

    const qint64 *to = lane.to.data();
    size_t i = begin;
    for (qint64 c = 0; c < columns; ++c) {
        floorNext += q;
        remainder += r;
        if (remainder >= columns) {
            remainder -= columns;
            ++floorNext;
        }
        const qint64 right = floorNext + (remainder != 0 ? 1 : 0); // t0 + ceil((c+1)·span/columns)
        if (i >= end || from[i] >= right)
            continue; // nothing in this column (a gap, or before the history)
        // j = first segment after i starting at or after `right`: a branchless lower bound over
        // the next kShortRange - 1 starts, galloping on only when the column holds more.
        size_t j;
        quint8 acc;
        const size_t room = std::min(n - i, kShortRange);
        if (room == 1 || from[i + 1] >= right) {
            // One segment in the column: the usual case for all but the busiest lanes.
            j = i + 1;
            acc = quint8(bits[i] & kCellBits);
        } else if (room == 2 || from[i + 2] >= right) {
            j = i + 2;
            acc = ColumnCell::combine(bits[i], bits[i + 1]);
        } else if (room == kShortRange && from[i + kShortRange - 1] < right) {
            j = gallop(i + kShortRange, n, [from, right](size_t k) { return from[k] >= right; });
            acc = rangeMax(lane, i, j);
        } else {
            const qint64 *base = from + i;
            size_t len = room;
            while (len > 1) {
                const size_t half = len / 2;
                base = base[half] < right ? base + half : base;
                len -= half;
            }
            j = size_t(base - from) + 1; // from[i] < right, so the bound is past i
            acc = shortMax(bits, i, j, n);
        }
        out[size_t(c)].bits = acc;
        // The next column starts at t0 + floor((c+1)·span/columns) = floorNext; of the segments
        // here only the last can reach into it, since segments do not overlap.
        const size_t last = j - 1;
        const qint64 lastEnd = (bits[last] & kEndsEarly) == 0 ? from[j]
                               : to[last] == kOpen            ? std::max(now, from[last])
                                                              : to[last];
        i = lastEnd > floorNext ? last : j;
    }
}

QList<ColumnCell> TimelineIndex::worstPerColumn(const LaneKey &lane, qint64 t0, qint64 t1, int columns,
                                                qint64 now) const
{
    QList<ColumnCell> cells(std::max(columns, 0));
    worstPerColumn(laneId(lane), t0, t1, now, std::span<ColumnCell>(cells.data(), size_t(cells.size())));
    return cells;
}

std::span<const DisconnectMarker> TimelineIndex::markersIn(int laneId, qint64 t0, qint64 t1) const
{
    if (laneId < 0 || laneId >= laneCount())
        return {};
    const auto &markers = m_lanes[size_t(laneId)].markers;
    const auto first = std::lower_bound(markers.begin(), markers.end(), t0,
                                        [](const DisconnectMarker &m, qint64 t) { return m.at < t; });
    const auto last = std::lower_bound(first, markers.end(), t1,
                                       [](const DisconnectMarker &m, qint64 t) { return m.at < t; });
    return {first, last};
}

std::span<const DisconnectMarker> TimelineIndex::markersIn(const LaneKey &lane, qint64 t0, qint64 t1) const
{
    return markersIn(laneId(lane), t0, t1);
}

std::span<const ActionFlag> TimelineIndex::actionsIn(int laneId, qint64 t0, qint64 t1) const
{
    if (laneId < 0 || laneId >= laneCount())
        return {};
    const auto &actions = m_lanes[size_t(laneId)].actions;
    const auto first = std::lower_bound(actions.begin(), actions.end(), t0,
                                        [](const ActionFlag &a, qint64 t) { return a.at < t; });
    const auto last =
        std::lower_bound(first, actions.end(), t1, [](const ActionFlag &a, qint64 t) { return a.at < t; });
    return {first, last};
}

namespace {

std::span<const qint64> timesIn(const std::vector<qint64> &times, qint64 t0, qint64 t1)
{
    const auto first = std::lower_bound(times.begin(), times.end(), t0);
    const auto last = std::lower_bound(first, times.end(), t1);
    return {first, last};
}

} // namespace

std::span<const qint64> TimelineIndex::markerTimesIn(int laneId, qint64 t0, qint64 t1) const
{
    if (laneId < 0 || laneId >= laneCount())
        return {};
    return timesIn(m_lanes[size_t(laneId)].markerTimes, t0, t1);
}

std::span<const qint64> TimelineIndex::actionTimesIn(int laneId, qint64 t0, qint64 t1) const
{
    if (laneId < 0 || laneId >= laneCount())
        return {};
    return timesIn(m_lanes[size_t(laneId)].actionTimes, t0, t1);
}

std::span<const health::Incident> TimelineIndex::incidents(int laneId) const
{
    if (laneId < 0 || laneId >= laneCount())
        return {};
    return m_lanes[size_t(laneId)].incidents;
}

std::span<const TimelineIndex::IncidentSpan> TimelineIndex::incidentSpans(int laneId) const
{
    if (laneId < 0 || laneId >= laneCount())
        return {};
    return m_lanes[size_t(laneId)].incidentSpans;
}

QList<health::Incident> TimelineIndex::incidentsIn(int laneId, qint64 t0, qint64 t1, qint64 now) const
{
    QList<health::Incident> found;
    if (laneId < 0 || laneId >= laneCount())
        return found;
    // Incidents are few per lane (one per episode); a scan is cheaper than another index.
    for (const health::Incident &incident : m_lanes[size_t(laneId)].incidents) {
        if (incident.openedAt >= t1)
            break;
        if (incident.closedAt.value_or(std::max(now, incident.openedAt)) > t0)
            found.append(incident);
    }
    return found;
}

QList<LaneKey> TimelineIndex::lanes(LaneOrder order, const QString &filter) const
{
    struct Entry
    {
        const LaneKey *key;
        int rank;
    };
    std::vector<Entry> entries;
    entries.reserve(m_lanes.size());
    for (const Lane &lane : m_lanes) {
        if (!filter.isEmpty() && !lane.key.toString().contains(filter, Qt::CaseInsensitive))
            continue;
        const int rank = lane.from.empty() ? 0 : (lane.levels[0].back() & ColumnCell::kRankMask);
        entries.push_back({&lane.key, rank});
    }
    std::sort(entries.begin(), entries.end(), [order](const Entry &a, const Entry &b) {
        if (order == LaneOrder::Severity && a.rank != b.rank)
            return a.rank > b.rank;
        return *a.key < *b.key;
    });
    QList<LaneKey> keys;
    keys.reserve(qsizetype(entries.size()));
    for (const Entry &e : entries)
        keys.append(*e.key);
    return keys;
}

LaneState TimelineIndex::currentState(const LaneKey &laneKey) const
{
    return currentState(laneId(laneKey));
}

LaneState TimelineIndex::currentState(int laneId) const
{
    if (laneId < 0 || laneId >= laneCount() || m_lanes[size_t(laneId)].from.empty())
        return LaneState::Unknown;
    return ColumnCell{m_lanes[size_t(laneId)].levels[0].back()}.state();
}

qsizetype TimelineIndex::segmentCount() const
{
    qsizetype total = 0;
    for (const Lane &lane : m_lanes)
        total += lane.size();
    return total;
}

qsizetype TimelineIndex::segmentCount(const LaneKey &lane) const
{
    const int id = laneId(lane);
    return id < 0 ? 0 : m_lanes[size_t(id)].size();
}

std::optional<std::pair<qint64, qint64>> TimelineIndex::dataRange(qint64 now) const
{
    std::optional<std::pair<qint64, qint64>> range;
    for (const Lane &lane : m_lanes) {
        if (lane.from.empty())
            continue;
        const qint64 first = lane.from.front();
        const qint64 last = lane.endOf(lane.from.size() - 1, now);
        range = range ? std::pair{std::min(range->first, first), std::max(range->second, last)}
                      : std::pair{first, last};
    }
    return range;
}

store::Segment TimelineIndex::segmentOf(const Lane &lane, size_t i) const
{
    store::Segment s;
    s.lane = lane.key;
    s.from = lane.from[i];
    if (lane.to[i] != kOpen)
        s.to = lane.to[i];
    s.state = ColumnCell{lane.levels[0][i]}.state();
    s.reason = m_reasons.value(qsizetype(lane.reason[i]));
    s.action = OperatorAction(lane.action[i]);
    return s;
}

std::optional<store::Segment> TimelineIndex::segmentAt(const LaneKey &laneKey, qint64 t, qint64 now) const
{
    const int id = laneId(laneKey);
    if (id < 0)
        return std::nullopt;
    const Lane &lane = m_lanes[size_t(id)];
    const size_t i = firstIndex(0, lane.from.size(), [&](size_t j) { return lane.endOf(j, now) > t; });
    if (i >= lane.from.size() || lane.from[i] > t)
        return std::nullopt;
    return segmentOf(lane, i);
}

std::optional<store::Segment> TimelineIndex::worstSegmentIn(const LaneKey &laneKey, qint64 t0, qint64 t1,
                                                            qint64 now) const
{
    const int id = laneId(laneKey);
    if (id < 0 || t1 <= t0)
        return std::nullopt;
    const Lane &lane = m_lanes[size_t(id)];
    const auto [begin, end] = window(lane, t0, t1, now);
    std::optional<size_t> worst;
    for (size_t i = begin; i < end; ++i) {
        const int rank = lane.levels[0][i] & ColumnCell::kRankMask;
        if (!worst || rank > (lane.levels[0][*worst] & ColumnCell::kRankMask))
            worst = i;
    }
    if (!worst)
        return std::nullopt;
    return segmentOf(lane, *worst);
}

} // namespace sb::timeline

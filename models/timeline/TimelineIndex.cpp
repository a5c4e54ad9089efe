#include "models/timeline/TimelineIndex.h"

#include "models/timeline/SortedSearch.h"

#include <algorithm>

namespace sb::timeline {

namespace {

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
    m_byName.clear();
    m_byNameSorted = 0;
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
    m_byName.clear(); // ids changed: lanes() sorts afresh
    m_byNameSorted = 0;
}

int TimelineIndex::addLane(const LaneKey &lane)
{
    const int existing = m_ids.value(lane, -1);
    if (existing >= 0)
        return existing;
    m_lanes.emplace_back();
    m_lanes.back().key = lane;
    m_ids.insert(lane, int(m_lanes.size()) - 1);
    // Sorted in only when lanes() is next asked (once per batch of new lanes, not per lane).
    m_byName.push_back(int(m_lanes.size()) - 1);
    return int(m_lanes.size()) - 1;
}

const std::vector<int> &TimelineIndex::lanesByName() const
{
    if (m_byName.size() != m_lanes.size()) { // after setLanes(): every id anew
        m_byName.resize(m_lanes.size());
        for (size_t i = 0; i < m_byName.size(); ++i)
            m_byName[i] = int(i);
        m_byNameSorted = 0;
    }
    if (m_byNameSorted == m_byName.size())
        return m_byName;
    // Sort the lanes added since the last call and merge them in: k new lanes cost
    // O(k log k + n), so a batch of new lanes is sorted once, not once per lane.
    const auto byKey = [this](int a, int b) {
        return m_lanes[size_t(a)].key < m_lanes[size_t(b)].key;
    };
    const auto middle = m_byName.begin() + qsizetype(m_byNameSorted);
    std::sort(middle, m_byName.end(), byKey);
    std::inplace_merge(m_byName.begin(), middle, m_byName.end(), byKey);
    m_byNameSorted = m_byName.size();
    return m_byName;
}

quint32 TimelineIndex::internReason(const health::Reason &reason)
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

std::pair<size_t, size_t> TimelineIndex::window(const Lane &lane, qint64 t0, qint64 t1, qint64 now)
{
    const size_t n = lane.from.size();
    if (n == 0)
        return {0, 0};
    // A window reaching past either end of the history (following now, or a view wider than
    // the lane's history) needs no search at that end.
    const size_t begin =
        lane.endOf(0, now) > t0 ? 0 : firstIndex(1, n, [&](size_t i) { return lane.endOf(i, now) > t0; });
    const size_t end = begin == n || lane.from[n - 1] < t1
                           ? n
                           : firstIndex(begin, n - 1, [&](size_t i) { return lane.from[i] >= t1; });
    return {begin, end};
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
    for (const int id : lanesByName()) {
        const Lane &lane = m_lanes[size_t(id)];
        if (!filter.isEmpty() && !lane.key.toString().contains(filter, Qt::CaseInsensitive))
            continue;
        const int rank = lane.from.empty() ? 0 : (lane.levels[0].back() & ColumnCell::kRankMask);
        entries.push_back({&lane.key, rank});
    }
    // Already by name; by severity, worst first and by name within a rank.
    if (order == LaneOrder::Severity)
        std::stable_sort(entries.begin(), entries.end(),
                         [](const Entry &a, const Entry &b) { return a.rank > b.rank; });
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

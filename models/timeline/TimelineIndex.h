#pragma once

#include "app/health/ChannelEvent.h"
#include "app/health/HealthTypes.h"
#include "app/store/StoreTypes.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <span>
#include <vector>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb::timeline {

// A disconnect on a lane, painted as a marker labelled with its code.
struct DisconnectMarker
{
    qint64 at = 0;
    std::optional<int> code;
    QString detail; // plain text from the gateway
};

// Something an operator did on a lane (relink started, failover applied...), painted as a flag.
struct ActionFlag
{
    qint64 at = 0;
    QString text; // plain text
};

// The worst state of one pixel column, packed in a byte so a 1920-column row is 1920 bytes.
// Ranks order states by how much they need a person, so "worst" is a plain max; the
// probation bit survives aggregation, so a zoomed-out column still knows it held probation.
struct ColumnCell
{
    quint8 bits = 0;

    static constexpr quint8 kRankMask = 0x0f;
    static constexpr quint8 kProbationBit = 0x10;
    // Index = rank (see worstRank()); rank 0 is "no data" and reads as Unknown.
    static constexpr LaneState kStateOfRank[16] = {
        LaneState::Unknown,   LaneState::Unknown,      LaneState::Disabled, LaneState::Healthy,
        LaneState::Probation, LaneState::Reconnecting, LaneState::Degraded, LaneState::Stopped,
        LaneState::Conflict,  LaneState::LoggedOut,    LaneState::Blocked,  LaneState::Unknown,
        LaneState::Unknown,   LaneState::Unknown,      LaneState::Unknown,  LaneState::Unknown,
    };

    bool hasData() const { return (bits & kRankMask) != 0; }
    LaneState state() const { return kStateOfRank[bits & kRankMask]; }
    bool probation() const { return (bits & kProbationBit) != 0; }
    int rank() const { return bits & kRankMask; }

    static ColumnCell of(LaneState state);
    static quint8 combine(quint8 a, quint8 b)
    {
        return quint8(std::max(a & kRankMask, b & kRankMask) | ((a | b) & kProbationBit));
    }
};

// Rank of a state for "worst wins": no data (0) < unknown < disabled < healthy < probation <
// reconnecting < degraded < stopped < conflict < logged-out < blocked. Agrees with badness()
// where badness() tells states apart.
int worstRank(LaneState state);

// What the charts panel counts per time bucket (countsPerBucket()).
enum class CountKind
{
    Disconnects,       // every loss-of-channel event (the disconnect markers)
    Deliveries,        // EventKind::DeliveryOk
    ReconnectAttempts, // EventKind::ReconnectScheduled
};

enum class LaneOrder
{
    Name,     // gateway, channel, account
    Severity, // worst current state first, then by name
};

// The in-memory index behind the live timelines: per lane, state segments sorted by start in
// parallel arrays (no object per segment), disconnect markers, operator-action flags and
// incident bands. Queries binary-search the visible window, so a repaint costs what the
// pixels need rather than what the history holds; how worstPerColumn() aggregates depends on
// how many segments each column holds, down to a max pyramid over the segments for columns
// holding very many (TimelineColumns.cpp, docs/timeline.md).
//
// Invariants per lane: starts ascending, every segment ends at or before the next one's
// start, only the last segment may be open (running: it extends to `now`).
class TimelineIndex
{
public:
    void clear();

    // The lanes to show, including lanes without history yet; lanes not listed are dropped.
    void setLanes(const QList<LaneKey> &lanes);
    // Adds the lane if it is new; returns its id (stable until setLanes() or clear()).
    int addLane(const LaneKey &lane);

    // Bulk load (start-up, history import): any order, any mix of lanes. A segment left open
    // before a later one on its lane is closed at the later one's start.
    void load(const QList<store::Segment> &segments);
    void loadIncidents(const QList<health::Incident> &incidents);

    // Live: closes the lane's running segment at the new segment's start. A segment older
    // than the lane's last one is inserted in order (slow path, rebuilds the lane's pyramid).
    void appendSegment(const store::Segment &segment);
    void appendDisconnect(const LaneKey &lane, const DisconnectMarker &marker);
    void appendAction(const LaneKey &lane, const ActionFlag &flag);
    // Incidents are opened, updated and closed by the engine; the id decides which band moves.
    void upsertIncident(const health::Incident &incident);
    // Convenience for ingest's stream: disconnect-like kinds become markers, operator actions
    // flags; deliveries and reconnect attempts are kept as times for countsPerBucket().
    void addEvent(const ChannelEvent &event);

    int laneCount() const { return int(m_lanes.size()); }
    int laneId(const LaneKey &lane) const { return m_ids.value(lane, -1); }
    const LaneKey &laneKey(int id) const { return m_lanes[size_t(id)].key; }
    // Lanes whose "gateway/channel/account" contains `filter` (case-insensitive), ordered.
    QList<LaneKey> lanes(LaneOrder order, const QString &filter = {}) const;
    // The state of the lane's last segment (Unknown without history).
    LaneState currentState(const LaneKey &lane) const;
    LaneState currentState(int laneId) const;
    qsizetype segmentCount() const;
    qsizetype segmentCount(const LaneKey &lane) const;
    // Earliest start and latest end over every lane (open segments end at `now`).
    std::optional<std::pair<qint64, qint64>> dataRange(qint64 now) const;

    // Per pixel column of [t0, t1) split into out.size() columns: the worst state covering it.
    // A segment shorter than a column still marks the column it falls in.
    void worstPerColumn(int laneId, qint64 t0, qint64 t1, qint64 now, std::span<ColumnCell> out) const;
    QList<ColumnCell> worstPerColumn(const LaneKey &lane, qint64 t0, qint64 t1, int columns,
                                     qint64 now) const;

    std::span<const DisconnectMarker> markersIn(int laneId, qint64 t0, qint64 t1) const;
    std::span<const DisconnectMarker> markersIn(const LaneKey &lane, qint64 t0, qint64 t1) const;
    std::span<const ActionFlag> actionsIn(int laneId, qint64 t0, qint64 t1) const;
    // Only the times of markersIn() / actionsIn() (same ranges, 8 bytes each instead of a whole
    // marker): what a painter needs where they are too dense to label (the rug).
    std::span<const qint64> markerTimesIn(int laneId, qint64 t0, qint64 t1) const;
    std::span<const qint64> actionTimesIn(int laneId, qint64 t0, qint64 t1) const;
    // Incidents overlapping [t0, t1); open ones extend to `now`.
    QList<health::Incident> incidentsIn(int laneId, qint64 t0, qint64 t1, qint64 now) const;
    // All of a lane's incidents by opening time, for painters that must not copy them.
    std::span<const health::Incident> incidents(int laneId) const;
    // incidents(laneId)[i]'s opening and closing times alone (16 bytes instead of a whole
    // incident), for the band painter; an open incident's `closedAt` is kOpenIncident.
    struct IncidentSpan
    {
        qint64 openedAt = 0;
        qint64 closedAt = 0;
    };
    static constexpr qint64 kOpenIncident = std::numeric_limits<qint64>::max();
    std::span<const IncidentSpan> incidentSpans(int laneId) const;

    // Events of `kind` on every lane of `channel` (all channels when empty) per bucket:
    // element k counts [t0 + k·bucketMs, t0 + (k+1)·bucketMs) ∩ [t0, t1). Binary searches per
    // bucket and lane, so the cost follows the buckets, not the events. Empty when t1 <= t0,
    // bucketMs <= 0 or more than kMaxBuckets buckets would be needed.
    static constexpr qsizetype kMaxBuckets = 4096;
    QList<int> countsPerBucket(CountKind kind, const QString &channel, qint64 t0, qint64 t1,
                               qint64 bucketMs) const;
    // The distinct channels of all lanes ("signal", "telegram", "whatsapp"...), sorted.
    QStringList channels() const;

    // The segment covering `t` (for tooltips); nothing in a gap or outside the history.
    std::optional<store::Segment> segmentAt(const LaneKey &lane, qint64 t, qint64 now) const;
    // The worst segment overlapping [t0, t1): the receipt behind a zoomed-out column's colour.
    std::optional<store::Segment> worstSegmentIn(const LaneKey &lane, qint64 t0, qint64 t1, qint64 now) const;

private:
    static constexpr qint64 kOpen = std::numeric_limits<qint64>::max();
    // In levels[0] only, beside the ColumnCell bits (combine() drops it): the segment does not
    // end where the next one starts (a gap, or it is the last one), so its end must be read
    // from `to`. Contiguous history (the usual case) never touches `to` while aggregating.
    static constexpr quint8 kEndsEarly = 0x20;

    struct Lane
    {
        LaneKey key;
        std::vector<qint64> from;
        std::vector<qint64> to; // kOpen for the running segment
        std::vector<quint32> reason;
        std::vector<quint8> action;
        // levels[0][i] is segment i's ColumnCell bits (plus kEndsEarly); levels[k][i] combines
        // levels[k-1][2i, 2i+1].
        std::vector<std::vector<quint8>> levels;
        std::vector<DisconnectMarker> markers;
        std::vector<ActionFlag> actions;
        std::vector<qint64> markerTimes; // markers[i].at, kept beside them
        std::vector<qint64> actionTimes; // actions[i].at
        std::vector<qint64> deliveries;  // sorted
        std::vector<qint64> reconnects;  // sorted
        std::vector<health::Incident> incidents;
        std::vector<IncidentSpan> incidentSpans; // beside incidents

        qsizetype size() const { return qsizetype(from.size()); }
        qint64 endOf(size_t i, qint64 now) const { return to[i] == kOpen ? std::max(now, from[i]) : to[i]; }
    };

    quint32 internReason(const health::Reason &reason);
    void pushSegment(Lane &lane, const store::Segment &segment);
    static void updateLevels(Lane &lane, size_t index);
    static void rebuildLevels(Lane &lane);
    static quint8 rangeMax(const Lane &lane, size_t begin, size_t end);
    // worstPerColumn()'s strategies (TimelineColumns.cpp), for segments [begin, end) of a
    // lane overlapping [t0, t1); `out` starts as no data.
    struct Window
    {
        const Lane &lane;
        size_t begin;
        size_t end;
        qint64 t0;
        qint64 t1;
        qint64 now;
    };
    static void walkSegments(const Window &w, std::span<ColumnCell> out);
    static void scatterStarts(const Window &w, std::span<ColumnCell> out);
    static void sweepColumns(const Window &w, std::span<ColumnCell> out);
    static void markEnd(Lane &lane, size_t i);
    store::Segment segmentOf(const Lane &lane, size_t i) const;
    // Lane ids by key; new lanes are sorted in lazily (see addLane()).
    const std::vector<int> &lanesByName() const;
    // Index range of segments overlapping [t0, t1).
    static std::pair<size_t, size_t> window(const Lane &lane, qint64 t0, qint64 t1, qint64 now);

    std::vector<Lane> m_lanes;
    QHash<LaneKey, int> m_ids;
    // Lane ids, the first m_byNameSorted of them by key, then lanes added since (a cache
    // lanes() brings up to date: the model is read on the GUI thread only).
    mutable std::vector<int> m_byName;
    mutable size_t m_byNameSorted = 0;
    // Reasons repeat ("connection closed (499)"): one copy each, segments keep an index.
    QList<health::Reason> m_reasons;
    QHash<health::Reason, quint32> m_reasonIds;
};

} // namespace sb::timeline

// TimelineIndex::worstPerColumn(): the worst state per pixel column, the work behind every
// repaint (docs/timeline.md). Three strategies, by how many segments the window holds per
// column, all exact against the definition (TestTimelineIndex compares them with a brute force).
#include "models/timeline/SortedSearch.h"
#include "models/timeline/TimelineIndex.h"

#include <algorithm>
#include <limits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sb::timeline {

namespace {

// Below one segment per kColumnsPerSegmentForWalk columns (day and hour views), walk the
// segments; below kSegmentsPerColumnForStarts segments per column (a year of an ordinary
// lane), scatter the segments' start columns; above (a flapping lane's year), sweep columns.
// The thresholds sit where the cheaper strategy changes (BenchTimelineRepaint).
constexpr size_t kColumnsPerSegmentForWalk = 2;
constexpr size_t kSegmentsPerColumnForStarts = 4;

// The column sweep finds a column's segments among the next kShortRange starts with a
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

// The column an offset from t0 falls in, floor(offset·columns / span) for 0 <= offset < span,
// and whether it is exactly on that column's left boundary. Where the compiler has 128-bit
// integers, without a division: offset × ceil(2^64·columns/span) overshoots offset·columns/span
// by less than offset / 2^64, so its high half is the column unless its low half is at most
// offset (a start on a boundary, or within a 2^-64 fraction of a column of one), which the
// exact division then settles.
class ColumnOf
{
public:
    struct Column
    {
        qint64 index;
        bool onBoundary;
    };

    ColumnOf(qint64 columns, qint64 span)
        : m_columns(columns)
        , m_span(span)
#if defined(__SIZEOF_INT128__)
        , m_scale(quint64((((Wide(columns) << 64) + Wide(span)) - 1) / Wide(span)))
#endif
    {}

    Column operator()(qint64 offset) const
    {
#if defined(__SIZEOF_INT128__)
        const Wide product = Wide(quint64(offset)) * m_scale;
        if (quint64(product) > quint64(offset)) [[likely]]
            return {qint64(product >> 64), false};
#endif
        const qint64 scaled = offset * m_columns;
        return {scaled / m_span, scaled % m_span == 0};
    }

private:
#if defined(__SIZEOF_INT128__)
    __extension__ typedef unsigned __int128 Wide; // __extension__: GCC's and Clang's, not ISO's
#endif
    qint64 m_columns;
    qint64 m_span;
#if defined(__SIZEOF_INT128__)
    quint64 m_scale; // ceil(2^64·columns/span); below 2^64 as columns < span
#endif
};

} // namespace

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
    const Window w{lane, begin, end, t0, t1, now};
    if ((end - begin) * kColumnsPerSegmentForWalk <= out.size())
        walkSegments(w, out);
    else if (end - begin <= out.size() * kSegmentsPerColumnForStarts && qint64(out.size()) < t1 - t0 &&
             out.size() < size_t(std::numeric_limits<qint32>::max()))
        scatterStarts(w, out);
    else
        sweepColumns(w, out);
}

QList<ColumnCell> TimelineIndex::worstPerColumn(const LaneKey &lane, qint64 t0, qint64 t1, int columns,
                                                qint64 now) const
{
    QList<ColumnCell> cells(std::max(columns, 0));
    worstPerColumn(laneId(lane), t0, t1, now, std::span<ColumnCell>(cells.data(), size_t(cells.size())));
    return cells;
}

// Column c is [t0 + c·span/columns, t0 + (c+1)·span/columns) in exact arithmetic. A segment
// [f, e) overlaps it iff (f - t0)·columns < (c+1)·span and (e - t0)·columns > c·span, that is
// f < t0 + ceil((c+1)·span/columns) and e > t0 + floor(c·span/columns).

void TimelineIndex::walkSegments(const Window &w, std::span<ColumnCell> out)
{
    // Per segment: its first and last column from a floating-point estimate corrected by exact
    // integer products (a 64-bit division per segment would cost more than the rest).
    const Lane &lane = w.lane;
    const qint64 t0 = w.t0;
    const qint64 span = w.t1 - w.t0;
    const auto columns = qint64(out.size());
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
    const qint64 *from = lane.from.data();
    const qint64 *to = lane.to.data();
    const quint8 *bits = lane.levels[0].data();
    for (size_t k = w.begin; k < w.end; ++k) {
        const qint64 f = std::max(from[k], t0);
        const qint64 e = std::min(to[k] == kOpen ? std::max(w.now, from[k]) : to[k], w.t1);
        const qint64 c0 = std::min(columnOf(f), columns - 1);
        // Last column the end reaches into: one before columnOf(e) when e is on a boundary.
        const qint64 ce = columnOf(e);
        const qint64 c1 = std::clamp(ce * span == (e - t0) * columns ? ce - 1 : ce, c0, columns - 1);
        const quint8 b = bits[k];
        out[size_t(c0)].bits = ColumnCell::combine(out[size_t(c0)].bits, b);
        for (qint64 c = c0 + 1; c <= c1; ++c)
            out[size_t(c)].bits = ColumnCell::combine(out[size_t(c)].bits, b);
    }
}

void TimelineIndex::scatterStarts(const Window &w, std::span<ColumnCell> out)
{
    // A column holds the segments starting in it plus, perhaps, the one running into it from
    // the left, which can only be the last segment starting in an earlier column (segments do
    // not overlap). So, without a branch on the data: pass 1 puts each segment into the column
    // its start falls in (a run of segments in one column accumulates in a register) and notes
    // the last segment of each column with the last column it reaches; pass 2 carries that
    // segment rightwards as far as it reaches. Cost: one start column per segment plus one step
    // per column.
    const Lane &lane = w.lane;
    const qint64 t0 = w.t0;
    const auto columns = qint64(out.size());
    const qint64 *from = lane.from.data();
    const quint8 *bits = lane.levels[0].data();
    // Per column: the state and the last column of its last segment; one spare slot past the
    // end takes the writes that have nowhere to go.
    thread_local std::vector<qint32> lastReachOf;
    thread_local std::vector<quint8> lastBitsOf;
    if (lastReachOf.size() < out.size() + 1) {
        lastReachOf.resize(out.size() + 1);
        lastBitsOf.resize(out.size() + 1);
    }
    // Raw pointers: the byte stores below may alias anything, vectors' insides included.
    qint32 *lastReach = lastReachOf.data();
    quint8 *lastBits = lastBitsOf.data();
    auto *cells = reinterpret_cast<quint8 *>(out.data());
    static_assert(sizeof(ColumnCell) == 1);

    const ColumnOf columnOf(columns, w.t1 - t0);
    const size_t end = w.end;
    // A segment ending where the next one starts reaches the next one's column, or the one
    // before when the next starts exactly on its boundary: known one segment later, so the
    // previous segment's slot waits in `pending` (the spare slot when there is none).
    auto pending = size_t(columns);
    qint64 previous = -1;
    quint8 acc = 0;
    for (size_t k = w.begin; k < end; ++k) {
        const auto [c, onBoundary] = columnOf(std::max(from[k], t0) - t0);
        lastReach[pending] = qint32(c - (onBoundary ? 1 : 0));
        const quint8 b = bits[k];
        const auto mine = quint8(b & kCellBits);
        // Masks, not a branch: whether a segment shares its column with the previous one is
        // a coin toss on an ordinary lane.
        acc = ColumnCell::combine(quint8(acc & -quint8(c == previous)), mine);
        previous = c;
        cells[c] = acc;
        lastBits[c] = mine;
        pending = size_t(c);
        if ((b & kEndsEarly) != 0) [[unlikely]] {
            // Before a gap, or the last segment: its own end says how far it reaches.
            const qint64 e = std::min(lane.endOf(k, w.now), w.t1) - t0;
            const qint64 last = (e * columns + (w.t1 - t0) - 1) / (w.t1 - t0) - 1;
            lastReach[c] = qint32(std::clamp(last, c, columns - 1));
            pending = size_t(columns);
        }
    }
    // The window's last segment runs on past t1.
    lastReach[pending] = qint32(columns - 1);

    // Pass 2. Selections by mask: a branch on whether a column holds a start would be
    // mispredicted about as often as not.
    qint32 carryReach = -1;
    quint8 carryBits = 0;
    for (qint32 c = 0; c < qint32(columns); ++c) {
        const quint8 starts = cells[c];
        cells[c] = ColumnCell::combine(starts, quint8(carryBits & -quint8(c <= carryReach)));
        const qint32 started = -qint32(starts != 0);
        carryReach = (lastReach[c] & started) | (carryReach & ~started);
        carryBits = quint8((lastBits[c] & started) | (carryBits & ~started));
    }
}

void TimelineIndex::sweepColumns(const Window &w, std::span<ColumnCell> out)
{
    // One sweep over columns and segments together: `i` is the first segment that can overlap
    // the column (its end is past the column's start). Every segment starting before the
    // column's end is in it; only the last of those can reach into the next column, because
    // segments do not overlap. The start times and state bytes are read once; a column holding
    // very many segments gallops and takes the pyramid's max instead.
    const Lane &lane = w.lane;
    const qint64 span = w.t1 - w.t0;
    const auto columns = qint64(out.size());
    const size_t n = lane.from.size();
    const qint64 *from = lane.from.data();
    const qint64 *to = lane.to.data();
    const quint8 *bits = lane.levels[0].data();
    // Both column bounds advance without a division (Bresenham): span = q·columns + r.
    const qint64 q = span / columns;
    const qint64 r = span % columns;
    qint64 floorNext = w.t0; // t0 + floor((c+1)·span/columns), advanced below
    qint64 remainder = 0;    // (c+1)·r mod columns
    size_t i = w.begin;
    for (qint64 c = 0; c < columns; ++c) {
        remainder += r;
        const qint64 wraps = -qint64(remainder >= columns); // a mask: as a branch, a coin toss
        remainder -= columns & wraps;
        floorNext += q - wraps;
        const qint64 right = floorNext + (remainder != 0 ? 1 : 0); // t0 + ceil((c+1)·span/columns)
        if (i >= w.end || from[i] >= right)
            continue; // nothing in this column (a gap, or before the history)
        // j = first segment after i starting at or after `right`: a branchless lower bound over
        // the next kShortRange - 1 starts, galloping on only when the column holds more.
        size_t j;
        quint8 acc;
        const size_t room = std::min(n - i, kShortRange);
        if (room == 1 || from[i + 1] >= right) {
            // One segment in the column.
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
                               : to[last] == kOpen            ? std::max(w.now, from[last])
                                                              : to[last];
        i = lastEnd > floorNext ? last : j;
    }
}

} // namespace sb::timeline

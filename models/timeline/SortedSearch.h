#pragma once

#include <algorithm>
#include <cstddef>

// Searches over a lane's sorted arrays, by predicate on an index (TimelineIndex and its column
// aggregation).
namespace sb::timeline {

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

} // namespace sb::timeline

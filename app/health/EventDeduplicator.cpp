#include "app/health/EventDeduplicator.h"

#include <cstdlib>

namespace sb {

namespace {
quint32 sourceBit(EventSource source)
{
    return 1u << quint32(source);
}
} // namespace

EventDeduplicator::EventDeduplicator(qint64 windowMs)
    : m_windowMs(windowMs)
{}

bool EventDeduplicator::accept(const ChannelEvent &event)
{
    m_latest = std::max(m_latest, event.at);
    prune(m_latest);

    const quint32 bit = sourceBit(event.source);
    Sightings &sightings = m_seen[event.dedupeKey()];
    for (Sighting &seen : sightings) {
        if (std::llabs(event.at - seen.at) <= m_windowMs && !(seen.sources & bit)) {
            seen.sources |= bit;
            return false;
        }
    }
    // A few recent occurrences per key, so a report that arrives late (a status poll behind
    // the log) still finds its twin among later occurrences of the same kind.
    if (sightings.size() >= kSightingsPerKey)
        sightings.removeFirst();
    sightings.append(Sighting{event.at, bit});
    return true;
}

void EventDeduplicator::prune(qint64 now)
{
    // Sightings older than the late horizon can never match again; dropping them keeps the
    // table at "lanes × kinds" size however long the console runs.
    if (now - m_lastPrune < m_windowMs)
        return;
    m_lastPrune = now;
    const qint64 horizon = std::max(2 * m_windowMs, kLateHorizonMs);
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        it->removeIf([&](const Sighting &seen) { return now - seen.at > horizon; });
        if (it->isEmpty())
            it = m_seen.erase(it);
        else
            ++it;
    }
}

} // namespace sb

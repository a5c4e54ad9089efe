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

    const QString key = event.dedupeKey();
    const quint32 bit = sourceBit(event.source);
    auto it = m_seen.find(key);
    if (it != m_seen.end() && std::llabs(event.at - it->at) <= m_windowMs && !(it->sources & bit)) {
        it->sources |= bit;
        return false;
    }
    m_seen.insert(key, Sighting{event.at, bit});
    return true;
}

void EventDeduplicator::prune(qint64 now)
{
    // Sightings older than a few windows can never match again; dropping them keeps the
    // table at "lanes × kinds" size however long the console runs.
    if (now - m_lastPrune < 4 * m_windowMs)
        return;
    m_lastPrune = now;
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (now - it->at > 2 * m_windowMs)
            it = m_seen.erase(it);
        else
            ++it;
    }
}

} // namespace sb

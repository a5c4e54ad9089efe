#pragma once

#include "app/health/ChannelEvent.h"

#include <QHash>
#include <QList>
#include <QString>

namespace sb {

// Ingest sees most things twice: a disconnect appears in the next channels.status snapshot
// and in a logs.tail line; a delivery shows up as a heartbeat event and as lastOutboundAt
// advancing. Counting both would double the flapping count and the delivery proof.
//
// Rule: an event is a duplicate when an event with the same dedupeKey() from a *different*
// source was accepted within `windowMs` of it (either direction: log lines lag snapshots).
// A repeat from the *same* source is a new occurrence (two 428s two seconds apart are two
// disconnects), and so is anything outside the window.
class EventDeduplicator
{
public:
    static constexpr qint64 defaultWindowMs = 5000;
    // How late a second source may report an occurrence and still be recognised.
    static constexpr qint64 kLateHorizonMs = 10 * 60 * 1000;
    static constexpr qsizetype kSightingsPerKey = 8;

    explicit EventDeduplicator(qint64 windowMs = defaultWindowMs);

    // True when the event is new and should be passed on; false for a duplicate.
    bool accept(const ChannelEvent &event);

    qint64 windowMs() const { return m_windowMs; }
    qsizetype trackedKeys() const { return m_seen.size(); }

private:
    struct Sighting
    {
        qint64 at = 0;
        quint32 sources = 0; // bit per EventSource that reported this occurrence
    };

    void prune(qint64 now);

    qint64 m_windowMs;
    qint64 m_latest = 0;
    qint64 m_lastPrune = 0;
    using Sightings = QList<Sighting>;
    QHash<QString, Sightings> m_seen;
};

} // namespace sb

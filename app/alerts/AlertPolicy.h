#pragma once

#include "app/health/HealthTypes.h"
#include "app/health/LaneKey.h"
#include "app/health/LaneState.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace sb {
class Clock;
}

namespace sb::alerts {

// Decides which lane transitions become desktop notifications (DESIGN §1 "Alerts":
// transitions only, dampened, one per transition) and tracks the worst lane severity for the
// tray colour. All time is read from the injected Clock, so tests run on virtual time.
//
// The rule, per transition t (lane L, from → to), evaluated at clock time `now`:
//  1. Bookkeeping first, muted or not: L's severity becomes severity(to) (worst() follows);
//     a *trouble* transition adds a strike for L at `now`. Trouble means: `to` is degraded or
//     reconnecting (severity Attention; probation is excluded, it is a way back) or any
//     Critical state, and badness(to) > badness(from) (the lane got worse).
//  2. Candidates:
//     - Critical: `to` has severity Critical and to != from → candidate at once (no dampening).
//     - Attention: a trouble transition into degraded/reconnecting is a candidate only when L
//       has at least `strikes` strikes (this one included) in the window (now - dampeningWindowMs,
//       now]. With strikes = 2 the first drop is silent and the second within 10 min alerts.
//     - Recovery: `to` is healthy, `from` is not, and an alert for L was *sent* since L was last
//       healthy → candidate (so a recovery is announced once, and only if the trouble was).
//     - Anything else (into probation, improvements between bad states, unknown, disabled) is
//       never notified. Into unknown/disabled also forgets L's strikes and alert flag.
//  3. Gates: while muted nothing is sent (and nothing is remembered as sent); a candidate
//     whose (L, from, to) was sent less than repeatWindowMs ago is dropped.
//  4. Sent: notify() is emitted, (L, from, to) is stamped with `now`, L is marked alerted
//     (a recovery clears the mark).
class AlertPolicy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertPolicy)

public:
    struct Options
    {
        int strikes = 2;                           // trouble transitions needed before alerting
        qint64 dampeningWindowMs = 10 * 60 * 1000; // ...within this window
        qint64 repeatWindowMs = 30 * 60 * 1000;    // same (lane, from→to) at most once per window

        // The defaults with the operator's strikes and window (File → Preferences).
        static Options from(const MonitoringPreferences &preferences);
    };

    explicit AlertPolicy(const Clock &clock, QObject *parent = nullptr);
    AlertPolicy(const Clock &clock, const Options &options, QObject *parent = nullptr);
    ~AlertPolicy() override;

    const Options &options() const { return m_options; }
    void setOptions(const Options &options);

    // Connect to HealthEngine::laneStateChanged (the lane argument is t.lane).
    void onTransition(const health::Transition &transition);
    // A lane's status changed without a transition (the engine's laneUpdated). A drop while
    // the lane is already reconnecting (status.dropsInARow went up) strikes like a trouble
    // transition, so a lane that never leaves "reconnecting" (the SSE flurry) still alerts,
    // once per episode.
    void onLaneUpdated(const health::LaneStatus &status);

    // Suppress every notification until the clock passes now + ms (the UI offers 1 h).
    // ms <= 0 unmutes.
    void muteFor(qint64 ms);
    // A mute that ends at a clock time (one restored from the settings); a past time unmutes.
    void muteUntil(qint64 untilMs);
    void unmute();
    bool isMuted() const;
    qint64 mutedUntilMs() const { return m_mutedUntilMs; } // 0 when never muted
    // Emits muteChanged(false) once the clock has passed the mute's end. onTransition()
    // calls it; the tray calls it from a timer so the menu flips back without a transition.
    void refreshMute();

    // Seed or correct a lane's severity without a transition (restored lanes at start-up);
    // onTransition() keeps it current from then on.
    void setLaneSeverity(const LaneKey &lane, Severity severity);
    void removeLane(const LaneKey &lane);
    Severity laneSeverity(const LaneKey &lane) const { return m_severity.value(lane, Severity::Neutral); }
    // The worst severity over all lanes (Neutral < Ok < Attention < Critical); Neutral when none.
    Severity worst() const { return m_worst; }
    // Lanes whose severity is Attention or Critical.
    int lanesNeedingAttention() const;
    int laneCount() const { return int(m_severity.size()); }

    // Words of a notification, plain text.
    static QString titleFor(const health::Transition &transition);
    static QString bodyFor(const health::Transition &transition);

Q_SIGNALS:
    void notify(const sb::LaneKey &lane, const sb::health::Transition &transition, const QString &title,
                const QString &body);
    void muteChanged(bool muted);
    void worstChanged(sb::Severity worst);
    // Any lane's severity changed (the tray's "N lanes need attention" may have moved).
    void severitiesChanged();

private:
    struct LaneMemory
    {
        QList<qint64> strikes; // clock times of trouble transitions, oldest first
        bool alerted = false;  // an alert was sent since the lane was last healthy
        int drops = 0;         // the lane's dropsInARow when last seen
    };
    struct RepeatKey
    {
        LaneKey lane;
        LaneState from = LaneState::Unknown;
        LaneState to = LaneState::Unknown;
        friend bool operator==(const RepeatKey &a, const RepeatKey &b)
        {
            return a.lane == b.lane && a.from == b.from && a.to == b.to;
        }
        friend size_t qHash(const RepeatKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.lane, int(key.from), int(key.to));
        }
    };

    void updateWorst();

    const Clock &m_clock;
    Options m_options;
    QHash<LaneKey, LaneMemory> m_lanes;
    QHash<RepeatKey, qint64> m_lastSent;
    QHash<LaneKey, Severity> m_severity;
    Severity m_worst = Severity::Neutral;
    qint64 m_mutedUntilMs = 0;
    bool m_mutedReported = false; // what muteChanged last said
};

} // namespace sb::alerts

#pragma once

#include "app/health/LaneKey.h"

#include <optional>

#include <QMetaType>
#include <QString>

namespace sb {

// What happened on a lane. Values are persisted by the store: never renumber, only append.
enum class EventKind
{
    Disconnected = 1,         // transport lost; `code` is the close/status code when known
    Connected = 2,            // transport up (socket open, SSE stream open, polling running)
    ReconnectScheduled = 3,   // the gateway announced a retry ("Retry 3/12 in 7.01s")
    RetryBudgetExhausted = 4, // the gateway gave up retrying ("max attempts reached (12/12)")
    LoggedOut = 5,            // session revoked / device unlinked
    Conflict = 6,             // another session or poller took over
    Stopped = 7,              // channel not running, not by operator choice
    Started = 8,
    Disabled = 9, // disabled or unconfigured on purpose
    Enabled = 10,
    DeliveryOk = 11,     // an outbound message was accepted (heartbeat sent/ok, console send, lastOutboundAt)
    DeliveryFailed = 12, // an outbound message was refused; `code` is the status when known
    InboundSeen = 13,
    AuthFailed = 14,          // credentials rejected (Signal 401/403, Telegram getMe 401)
    RegistrationProblem = 15, // Signal register/verify trouble: captcha, rate limit, lock
    ProbeResult = 16,         // `code` is the probe's status, `detail` its error if any
    StatusIssue = 17,         // a statusIssues / lastError line from channels.status
    OperatorAction = 18, // something the operator did; `code` is the sb::OperatorAction carried out, if any
    LinkStarted = 19,    // a QR link / pairing flow began
    Linked = 20,         // pairing finished; the account is linked and connected again
    Unreadable = 21,     // the gateway's answer about this lane could not be read; `detail` says what
};

// Where the event came from. Persisted by value too: never renumber, only append.
enum class EventSource
{
    StatusSnapshot = 1,
    LogLine = 2,
    HeartbeatEvent = 3,
    ConsoleSend = 4,
    Operator = 5,
    Drill = 6,
};

// One thing that happened on one lane, in the form ingest produces and the health engine and
// store consume. No frame JSON reaches this type: app/gateway decodes, ingest translates.
struct ChannelEvent
{
    LaneKey lane;
    qint64 at = 0; // UTC milliseconds since the epoch
    EventKind kind = EventKind::StatusIssue;
    std::optional<int>
        code;       // 499, 428, 401, 440, 503, 403, 408, 515, 413, 429... (OperatorAction: see above)
    QString detail; // plain text from the gateway; never rendered as markup
    EventSource source = EventSource::StatusSnapshot;
    std::optional<qint64> retryAfterMs; // rate limits (413/429) and UNAVAILABLE answers

    // Identity of the *occurrence*, independent of which source reported it: the same
    // disconnect seen in a status snapshot and in a log line has the same key.
    QString dedupeKey() const;
};

QString kindName(EventKind kind);
std::optional<EventKind> kindFromName(const QString &name);
QString sourceName(EventSource source);
std::optional<EventSource> sourceFromName(const QString &name);

// True for the kinds that take a connected lane down.
bool isLossOfChannel(EventKind kind);

} // namespace sb

Q_DECLARE_METATYPE(sb::ChannelEvent)

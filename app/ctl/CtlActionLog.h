#pragma once

#include "app/health/LaneKey.h"

#include <memory>

#include <QString>

class QTextStream;

namespace sb::actions {
struct ActionStart;
struct ActionOutcome;
} // namespace sb::actions
namespace sb::ingest {
class GatewaySession;
}
namespace sb::store {
class History;
}

namespace sb::ctl {

// switchboardctl's writes in the window's action log (DESIGN §12): the same hash-chained rows
// the window's ActionRunner writes and the same flags on the lanes' timelines, in the window's
// history file (or --history). Safe while the window has that file open: each row is chained
// onto the file's newest one under SQLite's write lock (app/store/WriterSession.h).
//
// A command that writes config opens one before it writes and keeps it until it is done;
// commands that only read never open the history for writing.
class CtlActionLog
{
public:
    // `path` empty: the window's file (History::defaultPath(), created when there is none yet).
    // When it cannot be opened, problem() says why and nothing is logged; the command still
    // runs (an operator fixing a lane at night is not stopped by a history file).
    explicit CtlActionLog(const QString &path = QString());
    ~CtlActionLog(); // commits what was logged
    CtlActionLog(const CtlActionLog &) = delete;
    CtlActionLog &operator=(const CtlActionLog &) = delete;

    bool isOpen() const;
    QString problem() const { return m_problem; }
    // For an ActionRunner's rows; null when not open.
    store::History *history() const;

    // Keeps the flags an ActionRunner on `session` puts on lanes. (The window's own session
    // stores every event it ingests; switchboardctl's stores only these, never the gateway's
    // events, which the window records itself.)
    void keepFlags(ingest::GatewaySession &session);

    // A write made without an ActionRunner (audit --fix): its flag at `startedAt` and its row
    // at `finishedAt`, shaped as the ActionRunner shapes them.
    void record(const LaneKey &lane, const actions::ActionStart &start, const actions::ActionOutcome &outcome,
                qint64 startedAt, qint64 finishedAt);

    // "switchboardctl: this write is not in the action log: …" when it could not be opened.
    void warnIfClosed(QTextStream &err) const;

    // Who acts, in the log.
    static QString actor();

private:
    std::unique_ptr<store::History> m_history;
    QString m_problem;
};

} // namespace sb::ctl

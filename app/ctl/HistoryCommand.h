#pragma once

#include <optional>

#include <QString>

class QTextStream;

namespace sb::ctl {

struct HistoryOptions
{
    QString path; // the history file; empty: the GUI's default
    QString lane; // "gateway/channel/account"
    qint64 since = 0;
    bool json = false;
};

// Parses --since: an ISO 8601 date-time (local time when it has no offset) or an age such as
// "90m", "12h", "7d" counted back from `nowMs`. Empty result and *why set when unreadable.
std::optional<qint64> parseSince(const QString &text, qint64 nowMs, QString *why);

// `switchboardctl history --lane L --since T`: the stored state segments of one lane, oldest
// first. Returns an ExitCode (64 for an unknown lane, with the lanes the file does hold).
int runHistory(const HistoryOptions &options, QTextStream &out, QTextStream &err);

} // namespace sb::ctl

#pragma once

#include "app/health/ChannelEvent.h"
#include "app/health/LaneState.h"
#include "app/health/Reason.h"

#include <optional>
#include <span>

#include <QString>

namespace sb::health {

// What the engine knows about the lane's situation when an event arrives; some codes mean
// different things inside a login flow or right after a send on a lane still on probation.
enum class ClassContext
{
    Any,
    Login,              // a relink/pairing flow is running (LinkStarted seen, not yet Linked)
    ProbationAfterSend, // lane on probation and a send happened within the last two minutes
};

using KindMask = quint32;
constexpr KindMask kindBit(EventKind kind)
{
    return KindMask(1) << unsigned(kind);
}

// One row of the classification table: channel × code/phrase → state, retryable, action.
// The table in Classification.cpp is the single source; docs/health-model.md is generated
// from it (TestClassification::docsMatchTheTable keeps them in step).
struct ClassificationRow
{
    const char *id;      // stable, e.g. "whatsapp.401-logged-out"; stored with segments
    const char *channel; // "whatsapp", "signal", "telegram", or "*" for any channel
    KindMask kinds;      // event kinds the row applies to
    int codeLow = 0;     // 0: no code condition; else the event's code must lie in [low, high]
    int codeHigh = 0;
    int except[3] = {0, 0, 0};    // codes inside the range this row leaves to later rows
    const char *phrase = nullptr; // '|'-separated lower-case phrases looked for in the detail
    ClassContext context = ClassContext::Any;
    std::optional<LaneState> state =
        std::nullopt; // empty: the lane keeps its state; reason and action change
    bool retryable = true;
    OperatorAction action = OperatorAction::None;
    const char *reason = ""; // QT_TRANSLATE_NOOP("sb::health", ...); %1 is the code
    const char *basis = "";  // where the meaning comes from (docs only, not translated)
};

struct Verdict
{
    const ClassificationRow *row = nullptr;
    std::optional<LaneState> state;
    bool retryable = true;
    OperatorAction action = OperatorAction::None;
    qint64 waitMs = 0;
    Reason reason; // the row's id with the code as its argument

    QString ruleId() const { return row ? QLatin1String(row->id) : QString(); }
};

std::span<const ClassificationRow> classificationTable();
const ClassificationRow *findRow(const char *id);

// First matching row wins; the table lists specific rows before general ones.
std::optional<Verdict> classify(const ChannelEvent &event, ClassContext context = ClassContext::Any);

// The table as Markdown, for docs/health-model.md.
QString classificationMarkdown();

// The gateway's words say the channel's endpoint cannot be reached at all (connection refused,
// no such host, no route, a fetch that never got an answer): retrying will not fix that, unlike a
// stream that opens and drops.
bool saysUnreachable(const QString &detail);

} // namespace sb::health

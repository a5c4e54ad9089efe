#pragma once

#include "app/failover/Operators.h"
#include "app/gateway/MergePatch.h"
#include "app/health/LaneKey.h"
#include "app/policy/WritePreview.h"

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb::failover {

// Move the operators from one lane to another of the same gateway.
struct FailoverRequest
{
    LaneKey from;
    LaneKey to;
    QList<Operator> operators;
};

// Refuses, before anything is read or written, what no plan can fix: a target that is the
// source, lanes on two gateways (one gateway per failover), no operators, an operator without
// a valid direct-message identity on the target's channel. The request with every identity
// normalized, or nothing with `problem` in words.
std::optional<FailoverRequest> checkRequest(const FailoverRequest &request, QString *problem);
// The part of checkRequest() about the lanes alone: the problem in words, or nothing when the
// lanes could be failed over between (whatever the operators).
std::optional<QString> laneProblem(const FailoverRequest &request);

// What a failover writes, as one config.patch against the config read at `baseHash`:
//   - the source disabled (`enabled: false` where its account lives);
//   - the target allowlist-first: dmPolicy "allowlist", allowFrom = the operators' identities,
//     groupPolicy "allowlist";
//   - the operators' target identities first in commands.ownerAllowFrom (the heartbeat's
//     default `owner` route is its first concrete entry);
//   - an explicit heartbeat target (and its `to` / `accountId`) on the source re-pointed;
//   - bindings whose match is the source lane re-pointed to the target.
struct FailoverPlan
{
    FailoverRequest request;
    QString summary;
    QJsonObject before; // config.get's parsed config (the file) the plan was built on
    QString baseHash;
    QJsonObject after; // the config as it will read once written
    gateway::MergePatch patch;
    QList<policy::ChangeLine> lines; // path, before → after
    QStringList notes;               // what the plan leaves alone, and why

    QString inWords() const;
};

// Builds the plan over config.get's parsed config, the file (through the policy layer's patch builder:
// identities checked, read-only channels refused). Nothing with `problem` in words when the
// plan cannot be built (an unknown lane, a channel the policy reader could not read).
std::optional<FailoverPlan> buildPlan(const FailoverRequest &request, const QJsonObject &config,
                                      const QString &baseHash, QString *problem);

// The patch that undoes a written plan: every changed path back to its previous value in the
// file, keys the plan added removed, arrays restored whole (replacePaths). `fileBefore` is the
// config file as it was (config.get's `parsed`), not the plan's config with OpenClaw's
// defaults filled in, so no default is written into the file on the way back. It is sent with
// the hash the failover's write returned: another writer in between makes it a conflict,
// never a clobber.
gateway::MergePatch rollbackPatch(const FailoverPlan &plan, const QJsonObject &fileBefore);

// The plan for going back: the same operators from `plan.request.to` to `plan.request.from`.
FailoverRequest reverseRequest(const FailoverRequest &request);

} // namespace sb::failover

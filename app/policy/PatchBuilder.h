#pragma once

#include "app/gateway/MergePatch.h"
#include "app/policy/ConfigEdit.h"
#include "app/policy/WritePreview.h"

#include <optional>

#include <QJsonObject>

namespace sb::policy {

struct PlannedWrite
{
    gateway::MergePatch patch;
    WritePreview preview;
    QJsonObject after; // the config as it will read once written
};

// Turns an edit into the merge patch config.patch gets, against `config` (config.get's
// parsed, redacted config, whose hash is `baseHash`). Refuses, with the problem in words:
// a change inside a channel the policy reader could not read (read-only), an identity that
// does not fit its channel (IdentityRules; "*" is the one wildcard), the redaction sentinel
// as a value. Arrays that change are sent whole and listed in replacePaths, so a removal is
// never sent without it. An edit that changes nothing gives an empty preview.
std::optional<PlannedWrite> planWrite(const QJsonObject &config, const QString &baseHash,
                                      const ConfigEdit &edit, QString *problem);

// Every leaf that differs between two configs, before → after (a whole array is one leaf).
QList<ChangeLine> changedLeaves(const QJsonObject &before, const QJsonObject &after);

} // namespace sb::policy

#pragma once

#include "app/health/LaneKey.h"
#include "app/policy/ConfigEdit.h"
#include "app/policy/PolicyTypes.h"
#include "app/policy/WritePreview.h"

#include <memory>
#include <optional>

#include <QObject>

namespace sb::gateway {
class GatewayClient;
}
namespace sb::actions {
class ActionRunner;
struct ActionStart;
struct ActionOutcome;
} // namespace sb::actions

namespace sb::policy {

// How a write ended.
struct WriteOutcome
{
    enum class Kind
    {
        Applied,      // written and in effect
        Noop,         // the gateway found nothing to change
        NeedsRestart, // written; applies after the gateway restarts
        Conflict,     // another writer changed the config first: nothing was written
        Failed,       // refused or not answered
    };
    Kind kind = Kind::Failed;
    QString message;          // for the operator, in words (plain text; may quote the gateway)
    QStringList changedPaths; // as the gateway reported them
    QString hashBefore;
    QString hashAfter;
    QList<ChangeLine> theirs; // Conflict: what the other writer changed since our read
};

// How a config write appears in the action log and on the lane's timeline: the lane it is
// logged on ("gateway/config" for a gateway-wide key), its start (log name "config.patch", the
// flag) and its outcome (changed paths, both hashes). The ActionRunner path below and
// switchboardctl, which logs its writes without a runner, share them.
LaneKey logLaneFor(const QString &gatewayId, const ConfigEdit &edit);
actions::ActionStart logStartFor(const ConfigEdit &edit);
actions::ActionOutcome logOutcomeFor(const WriteOutcome &outcome);

// The one way a config edit reaches a gateway (DESIGN §9), UI-free:
//   load() → Ready → preview(edit) → Previewing → apply() → Writing →
//     Ready again with a WriteOutcome: Applied / Noop / NeedsRestart / Failed, or
//     Conflict (stale hash): the config is re-read, `theirs` lists the other writer's change;
//     reapply() previews the same edit against it (→ Previewing), drop() forgets it (→ Ready).
// Never clobbers: every patch carries config.get's `hash` as baseHash, and a stale one is a
// conflict shown to the operator, never retried blindly. Each write goes through the
// ActionRunner when one is given (action log with both hashes and the changed paths);
// switchboardctl passes none and logs the finished write itself (app/ctl/CtlActionLog.h).
class ConfigWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigWriter)

public:
    enum class State
    {
        Empty, // nothing read yet
        Loading,
        Ready,      // a config is read; edits may be previewed
        Previewing, // a preview waits for apply() or drop()
        Writing,
        Conflict, // another writer got there first; reapply() or drop()
    };
    Q_ENUM(State)

    // `runner` may be null; `gatewayId` names the lane in the log.
    ConfigWriter(gateway::GatewayClient &client, actions::ActionRunner *runner, QString gatewayId,
                 QObject *parent = nullptr);
    ~ConfigWriter() override;

    State state() const { return m_state; }
    // The config as last read, typed; its hash is the next write's baseHash.
    const PolicyConfig &policy() const { return m_policy; }
    QString hash() const;
    bool hasPendingRestart() const; // configRevisionHash ≠ appliedConfigHash
    const std::optional<WritePreview> &preview() const { return m_preview; }

    void load();
    // From Ready (or Previewing, replacing it): the preview, or nothing with the problem in
    // words (an identity that does not fit, a read-only channel...). An empty preview means
    // the config already says so: nothing is sent.
    std::optional<WritePreview> preview(const ConfigEdit &edit, QString *problem);
    void apply();
    void reapply();
    void drop();

Q_SIGNALS:
    void stateChanged(sb::policy::ConfigWriter::State state);
    void loaded();
    void loadFailed(const QString &message);
    void finished(const sb::policy::WriteOutcome &outcome);

private:
    struct Snapshot;
    void setState(State state);
    void finishWrite(WriteOutcome outcome);
    void readAfterConflict(WriteOutcome outcome);
    void readAfterWrite(WriteOutcome outcome);

    gateway::GatewayClient &m_client;
    actions::ActionRunner *m_runner;
    QString m_gatewayId;
    State m_state = State::Empty;
    std::unique_ptr<Snapshot> m_snapshot;
    PolicyConfig m_policy;
    std::optional<ConfigEdit> m_edit;
    std::optional<WritePreview> m_preview;
};

} // namespace sb::policy

Q_DECLARE_METATYPE(sb::policy::WriteOutcome)

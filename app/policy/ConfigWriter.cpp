#include "app/policy/ConfigWriter.h"

#include "app/actions/ActionRunner.h"
#include "app/gateway/GatewayClient.h"
#include "app/policy/PatchBuilder.h"
#include "app/policy/PolicyReader.h"

namespace sb::policy {

namespace {

const QString kLogAction = QStringLiteral("config.patch");

} // namespace

LaneKey logLaneFor(const QString &gatewayId, const ConfigEdit &edit)
{
    return LaneKey{gatewayId, edit.channel.isEmpty() ? QStringLiteral("gateway") : edit.channel,
                   edit.accountId.isEmpty() ? QStringLiteral("config") : edit.accountId};
}

actions::ActionStart logStartFor(const ConfigEdit &edit)
{
    const QString summary = edit.summary.isEmpty() ? ConfigWriter::tr("config change") : edit.summary;
    return actions::ActionStart{kLogAction, ConfigWriter::tr("writing the config: %1").arg(summary),
                                ConfigWriter::tr("config: %1").arg(summary), std::nullopt};
}

actions::ActionOutcome logOutcomeFor(const WriteOutcome &outcome)
{
    actions::ActionOutcome logged;
    logged.ok = outcome.kind != WriteOutcome::Kind::Failed && outcome.kind != WriteOutcome::Kind::Conflict;
    logged.message = outcome.message;
    logged.answer = QStringLiteral("changedPaths=[%1]").arg(outcome.changedPaths.join(u','));
    if (outcome.kind == WriteOutcome::Kind::Conflict)
        logged.answer = QStringLiteral("conflict: config changed since last load");
    logged.configHashBefore = outcome.hashBefore;
    if (!outcome.hashAfter.isEmpty())
        logged.configHashAfter = outcome.hashAfter;
    return logged;
}

struct ConfigWriter::Snapshot
{
    gateway::ConfigSnapshot config;
    std::optional<PlannedWrite> planned;
};

ConfigWriter::ConfigWriter(gateway::GatewayClient &client, actions::ActionRunner *runner, QString gatewayId,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_runner(runner)
    , m_gatewayId(std::move(gatewayId))
{}

ConfigWriter::~ConfigWriter() = default;

QString ConfigWriter::hash() const
{
    return m_snapshot ? m_snapshot->config.hash : QString();
}

bool ConfigWriter::hasPendingRestart() const
{
    if (!m_snapshot)
        return false;
    const gateway::ConfigSnapshot &config = m_snapshot->config;
    return !config.configRevisionHash.isEmpty() && !config.appliedConfigHash.isEmpty() &&
           config.configRevisionHash != config.appliedConfigHash;
}

void ConfigWriter::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ConfigWriter::load()
{
    if (m_state == State::Writing || m_state == State::Loading)
        return;
    setState(State::Loading);
    m_client.configGet(this, [this](const gateway::Result<gateway::ConfigSnapshot> &result) {
        if (!result) {
            setState(m_snapshot ? State::Ready : State::Empty);
            Q_EMIT loadFailed(result.error().userMessage());
            return;
        }
        m_snapshot = std::make_unique<Snapshot>(Snapshot{result.value(), std::nullopt});
        m_policy = readPolicyConfig(m_snapshot->config.parsed);
        m_edit.reset();
        m_preview.reset();
        setState(State::Ready);
        Q_EMIT loaded();
    });
}

std::optional<WritePreview> ConfigWriter::preview(const ConfigEdit &edit, QString *problem)
{
    if (!m_snapshot ||
        (m_state != State::Ready && m_state != State::Previewing && m_state != State::Conflict)) {
        *problem = tr("The config has not been read yet, or a write is still under way.");
        return std::nullopt;
    }
    std::optional<PlannedWrite> planned =
        planWrite(m_snapshot->config.parsed, m_snapshot->config.hash, edit, problem);
    if (!planned)
        return std::nullopt;
    m_snapshot->planned = std::move(planned);
    m_edit = edit;
    m_preview = m_snapshot->planned->preview;
    setState(m_preview->isEmpty() ? State::Ready : State::Previewing);
    return m_preview;
}

void ConfigWriter::drop()
{
    if (m_state != State::Previewing && m_state != State::Conflict)
        return;
    m_edit.reset();
    m_preview.reset();
    if (m_snapshot)
        m_snapshot->planned.reset();
    setState(State::Ready);
}

void ConfigWriter::reapply()
{
    if (m_state != State::Conflict || !m_edit)
        return;
    QString problem;
    const ConfigEdit edit = *m_edit;
    if (!preview(edit, &problem)) {
        drop();
        WriteOutcome outcome;
        outcome.message = problem;
        Q_EMIT finished(outcome);
    }
}

void ConfigWriter::apply()
{
    if (m_state != State::Previewing || !m_snapshot || !m_snapshot->planned || !m_edit)
        return;
    if (m_runner && !m_runner->begin(logLaneFor(m_gatewayId, *m_edit), logStartFor(*m_edit))) {
        WriteOutcome outcome;
        outcome.message = tr("Another action is still running on this lane.");
        Q_EMIT finished(outcome);
        return;
    }
    setState(State::Writing);
    const QString baseHash = m_snapshot->config.hash;
    m_client.configPatch(
        m_snapshot->planned->patch, baseHash, this,
        [this, baseHash](const gateway::Result<gateway::ConfigWriteResult> &result) {
            WriteOutcome outcome;
            outcome.hashBefore = baseHash;
            if (!result) {
                const gateway::GatewayError &error = result.error();
                if (error.kind() == gateway::GatewayError::Kind::ConfigConflict) {
                    outcome.kind = WriteOutcome::Kind::Conflict;
                    outcome.message = tr(
                        "Another writer changed the config after Switchboard read it: nothing was written. "
                        "Their change is shown beside yours; apply yours again on top of theirs, or drop "
                        "it.");
                    readAfterConflict(outcome);
                    return;
                }
                outcome.kind = WriteOutcome::Kind::Failed;
                outcome.message = tr("The gateway refused the change: %1").arg(error.userMessage());
                finishWrite(outcome);
                return;
            }
            const gateway::ConfigWriteResult &written = result.value();
            outcome.changedPaths = written.changedPaths;
            if (written.noop) {
                outcome.kind = WriteOutcome::Kind::Noop;
                outcome.hashAfter = baseHash;
                outcome.message = tr("Nothing changed: the config already said so.");
                finishWrite(outcome);
                return;
            }
            outcome.hashAfter = written.hash;
            outcome.kind =
                written.requiresRestart ? WriteOutcome::Kind::NeedsRestart : WriteOutcome::Kind::Applied;
            readAfterWrite(outcome);
        });
}

void ConfigWriter::readAfterWrite(WriteOutcome outcome)
{
    // Re-read: the next write needs the new hash anyway, and the revision hashes tell whether
    // the running gateway took the change or waits for a restart.
    m_client.configGet(this, [this, outcome](const gateway::Result<gateway::ConfigSnapshot> &result) mutable {
        if (result) {
            m_snapshot = std::make_unique<Snapshot>(Snapshot{result.value(), std::nullopt});
            m_policy = readPolicyConfig(m_snapshot->config.parsed);
            if (hasPendingRestart())
                outcome.kind = WriteOutcome::Kind::NeedsRestart;
        }
        if (outcome.kind == WriteOutcome::Kind::NeedsRestart)
            outcome.message = tr("Saved; applies after the gateway restarts.");
        else if (outcome.changedPaths.isEmpty())
            outcome.message = tr("Saved; nothing in effect changed (the values equal OpenClaw's defaults).");
        else
            outcome.message =
                tr("Saved and in effect: %1.").arg(outcome.changedPaths.join(QStringLiteral(", ")));
        finishWrite(outcome);
    });
}

void ConfigWriter::readAfterConflict(WriteOutcome outcome)
{
    const QJsonObject ours = m_snapshot->config.parsed;
    m_client.configGet(
        this, [this, outcome, ours](const gateway::Result<gateway::ConfigSnapshot> &result) mutable {
            if (result) {
                outcome.theirs = changedLeaves(ours, result.value().parsed);
                m_snapshot = std::make_unique<Snapshot>(Snapshot{result.value(), std::nullopt});
                m_policy = readPolicyConfig(m_snapshot->config.parsed);
                outcome.hashAfter = m_snapshot->config.hash;
            }
            finishWrite(outcome);
        });
}

void ConfigWriter::finishWrite(WriteOutcome outcome)
{
    if (m_runner && m_edit)
        m_runner->finish(logLaneFor(m_gatewayId, *m_edit), logOutcomeFor(outcome));
    if (outcome.kind == WriteOutcome::Kind::Conflict && m_snapshot) {
        setState(State::Conflict);
    } else {
        m_edit.reset();
        m_preview.reset();
        setState(m_snapshot ? State::Ready : State::Empty);
    }
    Q_EMIT finished(outcome);
}

} // namespace sb::policy

#include "app/actions/ActionRunner.h"

#include "app/ingest/GatewaySession.h"
#include "app/ingest/Ingestor.h"
#include "app/platform/Clock.h"
#include "app/platform/Logging.h"
#include "app/store/History.h"

namespace sb::actions {

// The log has one free-text detail per row, covered by the row's hash: the gateway's answer,
// then a config write's hashes, so a changed hash breaks the chain like a changed answer.
QString actionLogDetail(const ActionOutcome &outcome)
{
    QString detail = outcome.answer;
    if (outcome.configHashBefore || outcome.configHashAfter) {
        if (!detail.isEmpty())
            detail += QStringLiteral("; ");
        detail += QStringLiteral("config %1 -> %2")
                      .arg(outcome.configHashBefore.value_or(QStringLiteral("-")),
                           outcome.configHashAfter.value_or(QStringLiteral("-")));
    }
    return detail;
}

ActionRunner::ActionRunner(ingest::GatewaySession &session, store::History *history, QString actor,
                           QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_history(history)
    , m_actor(std::move(actor))
{}

ActionRunner::~ActionRunner() = default;

bool ActionRunner::begin(const LaneKey &lane, const ActionStart &start)
{
    if (isBusy(lane)) {
        refuse(lane, tr("Another action is still running on this lane."));
        return false;
    }
    m_running.insert(lane, start.logAction);
    log::app()->info("operator action on {}: {}", lane.toString().toStdString(),
                     start.description.toStdString());
    Q_EMIT started(lane, start.description);
    m_session.ingestor().submit(ChannelEvent{lane, m_session.clock().nowMs(), EventKind::OperatorAction,
                                             start.code ? std::optional<int>(int(*start.code)) : std::nullopt,
                                             start.flag, EventSource::Operator, std::nullopt});
    return true;
}

void ActionRunner::finish(const LaneKey &lane, const ActionOutcome &outcome)
{
    const auto running = m_running.constFind(lane);
    if (running == m_running.cend()) {
        log::app()->warn("operator action on {} finished without having begun",
                         lane.toString().toStdString());
        return;
    }
    const QString logAction = *running;
    m_running.erase(running);
    for (const ChannelEvent &event : outcome.feedback)
        m_session.ingestor().submit(event);
    if (m_history && m_history->isOpen()) {
        store::ActionRecord record;
        record.at = m_session.clock().nowMs();
        record.actor = m_actor;
        record.action = logAction;
        record.lane = lane.toString();
        record.detail = actionLogDetail(outcome);
        m_history->appendAction(record);
    }
    log::app()->info("operator action on {} {}: {}", lane.toString().toStdString(),
                     outcome.ok ? "done" : "failed", outcome.message.toStdString());
    Q_EMIT finished(lane, outcome.ok, outcome.message);
}

void ActionRunner::refuse(const LaneKey &lane, const QString &message)
{
    Q_EMIT finished(lane, false, message);
}

} // namespace sb::actions

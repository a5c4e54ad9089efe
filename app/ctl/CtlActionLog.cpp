#include "app/ctl/CtlActionLog.h"

#include "app/actions/ActionRunner.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/SafeText.h"
#include "app/store/History.h"

#include <QCoreApplication>
#include <QTextStream>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

} // namespace

CtlActionLog::CtlActionLog(const QString &path)
    : m_history(std::make_unique<store::History>(path.isEmpty() ? store::History::defaultPath() : path))
{
    if (!m_history->open(&m_problem))
        m_history.reset();
}

CtlActionLog::~CtlActionLog()
{
    if (m_history)
        m_history->close();
}

bool CtlActionLog::isOpen() const
{
    return m_history != nullptr;
}

store::History *CtlActionLog::history() const
{
    return m_history.get();
}

QString CtlActionLog::actor()
{
    return QStringLiteral("switchboardctl");
}

void CtlActionLog::keepFlags(ingest::GatewaySession &session)
{
    if (!m_history)
        return;
    store::History *history = m_history.get();
    QObject::connect(&session, &ingest::GatewaySession::eventIngested, history,
                     [history](const ChannelEvent &event) {
                         if (event.kind == EventKind::OperatorAction && event.source == EventSource::Operator)
                             history->append(event);
                     });
}

void CtlActionLog::record(const LaneKey &lane, const actions::ActionStart &start,
                          const actions::ActionOutcome &outcome, qint64 startedAt, qint64 finishedAt)
{
    if (!m_history)
        return;
    m_history->append(ChannelEvent{lane, startedAt, EventKind::OperatorAction,
                                   start.code ? std::optional<int>(int(*start.code)) : std::nullopt,
                                   start.flag, EventSource::Operator, std::nullopt});
    store::ActionRecord row;
    row.at = finishedAt;
    row.actor = actor();
    row.action = start.logAction;
    row.lane = lane.toString();
    row.detail = actions::actionLogDetail(outcome);
    m_history->appendAction(row);
}

void CtlActionLog::warnIfClosed(QTextStream &err) const
{
    if (!m_history)
        err << Text::tr("switchboardctl: warning: this write is not in the action log: %1")
                   .arg(SafeText::forTerminal(m_problem))
            << Qt::endl;
}

} // namespace sb::ctl

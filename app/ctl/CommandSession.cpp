#include "app/ctl/CommandSession.h"

#include "app/actions/ActionRunner.h"
#include "app/ctl/CtlActionLog.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/GatewayProfile.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

} // namespace

CommandSession::CommandSession() = default;

CommandSession::~CommandSession()
{
    runner.reset();
    if (session)
        session->stop();
}

std::unique_ptr<CommandSession> openCommandSession(const StatusOptions &gateway)
{
    auto opened = std::make_unique<CommandSession>();
    opened->session = std::make_unique<ingest::GatewaySession>(sessionOptionsFor(gateway));
    ingest::GatewaySession &session = *opened->session;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&session.monitor(), &gateway::GatewayMonitor::stateChanged, &loop,
                     [&loop](gateway::ConnectionState state) {
                         if (state == gateway::ConnectionState::Failed)
                             loop.quit();
                     });
    QObject::connect(&session.monitor(), &gateway::GatewayMonitor::pollFailed, &loop, &QEventLoop::quit);
    session.whenCaughtUp([&loop] { loop.quit(); });
    deadline.start(gateway.timeoutSeconds * 1000);
    QTimer::singleShot(0, &session, &ingest::GatewaySession::start);
    loop.exec();
    if (!session.isCaughtUp()) {
        opened->error = session.monitor().connection().lastError().value_or(
            session.monitor().lastPollError().value_or(gateway::GatewayError::transport(
                Text::tr("no answer from the gateway within %1 s").arg(gateway.timeoutSeconds))));
        return opened;
    }
    opened->actionLog = std::make_unique<CtlActionLog>();
    opened->actionLog->keepFlags(session);
    opened->runner =
        std::make_unique<actions::ActionRunner>(session, opened->actionLog->history(), CtlActionLog::actor());
    return opened;
}

std::optional<LaneKey> laneForCommand(const QString &text, const StatusOptions &gateway,
                                      const QString &channel, QString *problem)
{
    const std::optional<LaneKey> lane = LaneKey::fromString(text);
    if (!lane || !lane->isValid()) {
        *problem =
            Text::tr("--lane needs GATEWAY/CHANNEL/ACCOUNT, e.g. %1/%2/default")
                .arg(gatewayIdForUrl(gateway.url), channel.isEmpty() ? QStringLiteral("telegram") : channel);
        return std::nullopt;
    }
    const QString id = gatewayIdForUrl(gateway.url);
    if (lane->gatewayId != id && lane->gatewayId != gateway.profileName) {
        *problem =
            Text::tr("--lane names gateway %1, but the command connects to %2").arg(lane->gatewayId, id);
        return std::nullopt;
    }
    if (!channel.isEmpty() && lane->channel != channel) {
        *problem = Text::tr("--lane must be a %1 lane, not %2").arg(channel, lane->channel);
        return std::nullopt;
    }
    return LaneKey{id, lane->channel, lane->accountId};
}

} // namespace sb::ctl

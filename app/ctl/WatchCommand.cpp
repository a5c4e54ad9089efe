#include "app/ctl/WatchCommand.h"

#include "app/gateway/GatewayMonitor.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/GatewayClock.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/Redactor.h"
#include "app/platform/SafeText.h"
#include "app/platform/TerminationSignals.h"

#include <algorithm>
#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

QString timeText(qint64 at)
{
    return QDateTime::fromMSecsSinceEpoch(at).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString isoUtc(qint64 at)
{
    return QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

// Gateway text for a terminal: no secret, no control character, no bidi override, no 100 KB
// field (SafeText::forTerminal).
QString shown(const QString &text)
{
    return SafeText::forTerminal(Redactor::redact(text));
}

void printLine(QTextStream &out, const QJsonObject &object)
{
    // A lone surrogate from the gateway would make the line unparseable.
    out << QString::fromUtf8(
               QJsonDocument(SafeText::forJson(Redactor::redact(object))).toJson(QJsonDocument::Compact))
        << '\n';
    out.flush();
}

void printTransition(QTextStream &out, bool json, const LaneKey &lane, const health::Transition &t)
{
    if (json) {
        QJsonObject line{{QStringLiteral("type"), QStringLiteral("transition")},
                         {QStringLiteral("lane"), lane.toString()},
                         {QStringLiteral("at"), t.at},
                         {QStringLiteral("atIso"), isoUtc(t.at)},
                         {QStringLiteral("from"), stateName(t.from)},
                         {QStringLiteral("to"), stateName(t.to)},
                         {QStringLiteral("reason"), t.reason.text()},
                         {QStringLiteral("action"), actionName(t.action)},
                         {QStringLiteral("actionText"), t.actionText()},
                         {QStringLiteral("rule"), t.ruleId}};
        if (t.code)
            line.insert(QStringLiteral("code"), *t.code);
        printLine(out, line);
        return;
    }
    out << timeText(t.at) << QStringLiteral("  ") << shown(lane.toString()) << QStringLiteral("  ")
        << stateName(t.from) << QStringLiteral(" -> ") << stateName(t.to) << QStringLiteral("  ")
        << shown(t.reason.text());
    if (t.action != OperatorAction::None)
        out << QStringLiteral("  [") << t.actionText() << QLatin1Char(']');
    out << '\n';
    out.flush();
}

// Every lane of a gateway once it has caught up: where the transitions start from.
void printStates(QTextStream &out, bool json, const QList<health::LaneStatus> &lanes, qint64 now)
{
    for (const health::LaneStatus &lane : lanes) {
        if (json) {
            QJsonObject line = laneJson(lane);
            line.insert(QStringLiteral("type"), QStringLiteral("state"));
            printLine(out, line);
        } else {
            out << timeText(now) << QStringLiteral("  ") << shown(lane.lane.toString())
                << QStringLiteral("  ") << stateName(lane.state) << QStringLiteral("  ")
                << Text::tr("since %1").arg(sinceText(lane.since, now)) << QStringLiteral("  ")
                << shown(lane.reason.text()) << '\n';
        }
    }
    out.flush();
}

// One gateway of the watch: its session and what became of it.
struct WatchedGateway
{
    explicit WatchedGateway(const StatusOptions &options)
        : session(sessionOptionsFor(options))
        , label(gatewayLabel(options))
    {}

    ingest::GatewaySession session;
    QString label;
    bool caughtUp = false;
    bool failed = false; // refused for good (auth, protocol): the session will not retry
    std::optional<gateway::GatewayError> fatal;

    int exitCode() const
    {
        if (failed || !caughtUp)
            return exitCodeForError(fatal);
        return exitCodeForLanes(session.lanes());
    }
};

} // namespace

int runWatch(const WatchOptions &options, QTextStream &out)
{
    const bool json = options.status.json;
    QList<StatusOptions> all{options.status};
    all << options.others;
    // With one gateway the lines read as they did before there were fleets.
    const bool several = all.size() > 1;
    std::vector<std::unique_ptr<WatchedGateway>> gateways;
    for (const StatusOptions &status : all)
        gateways.push_back(std::make_unique<WatchedGateway>(status));
    QEventLoop loop;

    for (const auto &watched : gateways) {
        WatchedGateway &g = *watched;
        gateway::GatewayMonitor &monitor = g.session.monitor();
        QObject::connect(
            &monitor, &gateway::GatewayMonitor::stateChanged, &loop, [&](gateway::ConnectionState state) {
                const QString described = monitor.describeState();
                if (json) {
                    QJsonObject line{{QStringLiteral("type"), QStringLiteral("gateway")},
                                     {QStringLiteral("state"), gateway::connectionStateName(state)},
                                     {QStringLiteral("text"), described}};
                    if (several)
                        line.insert(QStringLiteral("gateway"), g.session.gatewayId());
                    printLine(out, line);
                } else {
                    out << timeText(QDateTime::currentMSecsSinceEpoch()) << QStringLiteral("  ")
                        << (several ? Text::tr("gateway %1: %2").arg(g.label, shown(described))
                                    : Text::tr("gateway: %1").arg(shown(described)))
                        << '\n';
                    out.flush();
                }
                if (state == gateway::ConnectionState::Failed && !g.failed) {
                    g.failed = true;
                    g.fatal = monitor.connection().lastError();
                    // The others are still worth watching; a watch with nothing left ends.
                    if (std::all_of(gateways.begin(), gateways.end(),
                                    [](const auto &other) { return other->failed; }))
                        loop.quit();
                }
            });
        // History the log tail replays while catching up is not news; only what happens after is.
        QObject::connect(&g.session.engine(), &health::HealthEngine::laneStateChanged, &loop,
                         [&](const LaneKey &lane, const health::Transition &t) {
                             if (!g.caughtUp)
                                 return;
                             printTransition(out, json, lane, t);
                         });
        g.session.whenCaughtUp([&] {
            g.caughtUp = true;
            printStates(out, json, g.session.lanes(), g.session.clock().nowMs());
        });
    }
    QTimer stopAfter;
    stopAfter.setSingleShot(true);
    QObject::connect(&stopAfter, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (options.durationSeconds > 0)
        stopAfter.start(options.durationSeconds * 1000);
    // Ctrl+C and SIGTERM end the watch the way --duration does, with the lanes' exit code.
    const TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &TerminationSignals::received, &loop, &QEventLoop::quit);
    for (const auto &watched : gateways)
        QTimer::singleShot(0, &watched->session, &ingest::GatewaySession::start);
    loop.exec();
    int code = ExitHealthy;
    for (const auto &watched : gateways) {
        watched->session.stop();
        code = std::max(code, watched->exitCode());
    }
    return code;
}

} // namespace sb::ctl

#include "app/ctl/WatchCommand.h"

#include "app/gateway/GatewayMonitor.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/GatewayClock.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/Redactor.h"
#include "app/platform/SafeText.h"
#include "app/platform/TerminationSignals.h"

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

} // namespace

int runWatch(const WatchOptions &options, QTextStream &out)
{
    const bool json = options.status.json;
    ingest::GatewaySession watch(sessionOptionsFor(options.status));
    gateway::GatewayMonitor &monitor = watch.monitor();
    bool caughtUp = false;
    std::optional<gateway::GatewayError> fatal;
    QEventLoop loop;

    QObject::connect(&monitor, &gateway::GatewayMonitor::stateChanged, &loop,
                     [&](gateway::ConnectionState state) {
                         const QString described = monitor.describeState();
                         if (json) {
                             printLine(out, {{QStringLiteral("type"), QStringLiteral("gateway")},
                                             {QStringLiteral("state"), gateway::connectionStateName(state)},
                                             {QStringLiteral("text"), described}});
                         } else {
                             out << timeText(QDateTime::currentMSecsSinceEpoch()) << QStringLiteral("  ")
                                 << Text::tr("gateway: %1").arg(shown(described)) << '\n';
                             out.flush();
                         }
                         if (state == gateway::ConnectionState::Failed) {
                             fatal = monitor.connection().lastError();
                             loop.quit();
                         }
                     });
    // History the log tail replays while catching up is not news; only what happens after is.
    QObject::connect(&watch.engine(), &health::HealthEngine::laneStateChanged, &loop,
                     [&](const LaneKey &lane, const health::Transition &t) {
                         if (!caughtUp)
                             return;
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
                         } else {
                             out << timeText(t.at) << QStringLiteral("  ") << shown(lane.toString())
                                 << QStringLiteral("  ") << stateName(t.from) << QStringLiteral(" -> ")
                                 << stateName(t.to) << QStringLiteral("  ") << shown(t.reason.text());
                             if (t.action != OperatorAction::None)
                                 out << QStringLiteral("  [") << t.actionText() << QLatin1Char(']');
                             out << '\n';
                             out.flush();
                         }
                     });
    watch.whenCaughtUp([&] {
        caughtUp = true;
        const qint64 now = watch.clock().nowMs();
        for (const health::LaneStatus &lane : watch.lanes()) {
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
    });
    QTimer stopAfter;
    stopAfter.setSingleShot(true);
    QObject::connect(&stopAfter, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (options.durationSeconds > 0)
        stopAfter.start(options.durationSeconds * 1000);
    // Ctrl+C and SIGTERM end the watch the way --duration does, with the lanes' exit code.
    const TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &TerminationSignals::received, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &watch, &ingest::GatewaySession::start);
    loop.exec();
    watch.stop();
    if (fatal || !caughtUp)
        return exitCodeForError(fatal);
    return exitCodeForLanes(watch.lanes());
}

} // namespace sb::ctl

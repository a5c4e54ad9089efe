#include "app/ctl/StatusCommand.h"

#include "app/gateway/GatewayMonitor.h"
#include "app/ingest/GatewayClock.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/Redactor.h"
#include "app/platform/SafeText.h"
#include "app/store/History.h"

#include <algorithm>
#include <memory>
#include <vector>

#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return QStringLiteral("-");
    return *value ? Text::tr("yes") : Text::tr("no");
}

// Gateway text for a terminal: no secret, no control character, no bidi override, no 100 KB
// field (SafeText::forTerminal).
QString shown(const QString &text)
{
    return SafeText::forTerminal(Redactor::redact(text));
}

// One column of a table row: the text padded to the width, then the separating space.
QString cell(const QString &text, qsizetype width)
{
    return text.leftJustified(width) + QLatin1Char(' ');
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : shown(text);
}

QString duration(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return Text::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return Text::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return Text::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QJsonObject errorJson(const gateway::GatewayError &error)
{
    return QJsonObject{{QStringLiteral("kind"), gateway::GatewayError::kindName(error.kind())},
                       {QStringLiteral("code"), error.code()},
                       {QStringLiteral("message"), error.message()},
                       {QStringLiteral("userMessage"), error.userMessage()}};
}

} // namespace

gateway::ConnectionOptions connectionOptionsFor(const StatusOptions &options)
{
    gateway::ConnectionOptions connectionOptions;
    connectionOptions.url = options.url;
    connectionOptions.token = options.token;
    connectionOptions.allowInsecure = options.allowInsecure;
    connectionOptions.requestTimeoutMs = options.timeoutSeconds * 1000;
    connectionOptions.handshakeTimeoutMs = std::min(15000, options.timeoutSeconds * 1000);
    return connectionOptions;
}

ingest::GatewaySession::Options sessionOptionsFor(const StatusOptions &options)
{
    ingest::GatewaySession::Options session;
    session.connection = connectionOptionsFor(options);
    session.gatewayId = gatewayIdForUrl(options.url);
    session.policy = options.policy;
    session.record = options.record ? &*options.record : nullptr;
    return session;
}

std::optional<store::HistorySnapshot> readRecord(const QString &path, QString *why)
{
    const QString file = path.isEmpty() ? store::History::defaultPath() : path;
    if (!QFileInfo::exists(file)) {
        if (!path.isEmpty())
            *why = Text::tr("--history: no history at %1").arg(path);
        return std::nullopt;
    }
    store::History history(file);
    QString error;
    if (!history.open(&error)) {
        *why = Text::tr("--history: cannot read %1: %2").arg(file, error);
        return std::nullopt;
    }
    return history.load();
}

int exitCodeForLanes(const QList<health::LaneStatus> &lanes)
{
    int code = ExitHealthy;
    for (const health::LaneStatus &lane : lanes) {
        switch (severity(lane.state)) {
        case Severity::Critical:
            return ExitCritical;
        case Severity::Attention:
            code = ExitAttention;
            break;
        case Severity::Neutral:
        case Severity::Ok:
            break;
        }
    }
    return code;
}

namespace {

// One gateway's status read, with its own deadline. Several run side by side in one event
// loop; each tells `finished` once, when it has its answer or gave up.
class StatusRead
{
public:
    StatusRead(const StatusOptions &options, std::function<void()> finished)
        : m_finished(std::move(finished))
        , m_timeoutSeconds(options.timeoutSeconds)
        , m_session(sessionOptionsFor(options))
    {
        gateway::GatewayMonitor &monitor = m_session.monitor();
        m_deadline.setSingleShot(true);
        QObject::connect(&m_deadline, &QTimer::timeout, &m_context, [this, &monitor] {
            if (!m_report.error) {
                m_report.error = monitor.connection().lastError().value_or(gateway::GatewayError::transport(
                    Text::tr("no answer from the gateway within %1 s").arg(m_timeoutSeconds)));
            }
            finish();
        });
        QObject::connect(&monitor, &gateway::GatewayMonitor::stateChanged, &m_context,
                         [this, &monitor](gateway::ConnectionState state) {
                             if (state == gateway::ConnectionState::Failed && !m_done) {
                                 m_report.error = monitor.connection().lastError();
                                 finish();
                             }
                         });
        QObject::connect(&monitor, &gateway::GatewayMonitor::helloReceived, &m_context,
                         [this](const gateway::HelloOk &hello) {
                             if (m_done)
                                 return;
                             m_report.connected = true;
                             m_report.hello = hello;
                         });
        QObject::connect(&monitor, &gateway::GatewayMonitor::pollFailed, &m_context,
                         [this](const gateway::GatewayError &error) {
                             if (m_done)
                                 return;
                             m_report.error = error;
                             finish();
                         });
        m_session.whenCaughtUp([this, &monitor] {
            if (m_done)
                return;
            m_report.channels = monitor.lastStatus();
            m_report.lanes = m_session.lanes();
            m_report.gatewayNow = m_session.clock().nowMs();
            finish();
        });
    }

    void start()
    {
        m_deadline.start(m_timeoutSeconds * 1000);
        QTimer::singleShot(0, &m_session, &ingest::GatewaySession::start);
    }
    void stop() { m_session.stop(); } // the ingestor first: its log read in flight is cancelled, not failed
    const StatusReport &report() const { return m_report; }

private:
    void finish()
    {
        if (std::exchange(m_done, true))
            return;
        m_deadline.stop();
        m_finished();
    }

    // The session last: what it may still signal while it is destroyed is all alive.
    QObject m_context;
    StatusReport m_report;
    std::function<void()> m_finished;
    QTimer m_deadline;
    int m_timeoutSeconds;
    bool m_done = false;
    ingest::GatewaySession m_session;
};

bool worseFirst(const health::LaneStatus &a, const health::LaneStatus &b)
{
    if (severity(a.state) != severity(b.state))
        return severity(a.state) > severity(b.state);
    return a.lane < b.lane;
}

} // namespace

FleetReport collectFleetStatus(const QList<StatusOptions> &gateways)
{
    QEventLoop loop;
    qsizetype pending = gateways.size();
    std::vector<std::unique_ptr<StatusRead>> reads;
    for (const StatusOptions &options : gateways) {
        reads.push_back(std::make_unique<StatusRead>(options, [&] {
            if (--pending == 0)
                loop.quit();
        }));
    }
    for (const auto &read : reads)
        read->start();
    if (pending > 0)
        loop.exec();

    FleetReport fleet;
    for (const auto &read : reads) {
        read->stop();
        fleet.gateways << read->report();
    }
    for (qsizetype i = 0; i < fleet.gateways.size(); ++i) {
        for (const health::LaneStatus &lane : fleet.gateways.at(i).lanes)
            fleet.lanes << FleetReport::Lane{lane, i};
    }
    std::stable_sort(fleet.lanes.begin(), fleet.lanes.end(),
                     [](const FleetReport::Lane &a, const FleetReport::Lane &b) {
                         return worseFirst(a.status, b.status);
                     });
    return fleet;
}

StatusReport collectStatus(const StatusOptions &options)
{
    return collectFleetStatus({options}).gateways.first();
}

int exitCodeForFleet(const FleetReport &report)
{
    int code = ExitHealthy;
    for (const StatusReport &gateway : report.gateways)
        code = std::max(code, exitCodeFor(gateway));
    return code;
}

int exitCodeForError(const std::optional<gateway::GatewayError> &error)
{
    if (!error)
        return ExitCritical;
    switch (error->kind()) {
    case gateway::GatewayError::Kind::Auth:
    case gateway::GatewayError::Kind::Forbidden:
        return ExitAuthRefused;
    case gateway::GatewayError::Kind::ProtocolMismatch:
        return ExitProtocolMismatch;
    default:
        return ExitCritical;
    }
}

int exitCodeFor(const StatusReport &report)
{
    if (!report.connected)
        return exitCodeForError(report.error);
    if (!report.channels)
        return ExitCritical; // connected, but the gateway would not say how its channels are
    if (report.channels->hasProblems())
        return ExitCritical; // what could not be read cannot be vouched for
    return exitCodeForLanes(report.lanes);
}

QString sinceText(qint64 since, qint64 now)
{
    if (since <= 0)
        return QStringLiteral("-");
    const QString at = QDateTime::fromMSecsSinceEpoch(since).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return Text::tr("%1 (%2 ago)").arg(at, duration(std::max<qint64>(0, now - since)));
}

QJsonObject laneJson(const health::LaneStatus &lane)
{
    QJsonObject object{
        {QStringLiteral("lane"), lane.lane.toString()},
        {QStringLiteral("gateway"), lane.lane.gatewayId},
        {QStringLiteral("channel"), lane.lane.channel},
        {QStringLiteral("accountId"), lane.lane.accountId},
        {QStringLiteral("state"), stateName(lane.state)},
        {QStringLiteral("since"), lane.since},
        {QStringLiteral("sinceAtLeast"), lane.sinceAtLeast},
        {QStringLiteral("sinceIso"),
         QDateTime::fromMSecsSinceEpoch(lane.since, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
        {QStringLiteral("reason"), lane.reason.text()},
        {QStringLiteral("action"), actionName(lane.action)},
        {QStringLiteral("actionText"), lane.actionText()},
        {QStringLiteral("retryable"), lane.retryable},
        {QStringLiteral("rule"), lane.ruleId},
        {QStringLiteral("connected"), lane.connected},
        {QStringLiteral("deliveriesProven"), lane.deliveriesProven},
        {QStringLiteral("deliveriesNeeded"), lane.deliveriesNeeded},
        {QStringLiteral("flapping"), lane.flapping}};
    if (lane.lastCode)
        object.insert(QStringLiteral("lastCode"), *lane.lastCode);
    if (lane.lastDisconnectAt)
        object.insert(QStringLiteral("lastDisconnectAt"), *lane.lastDisconnectAt);
    if (lane.openIncidentId)
        object.insert(QStringLiteral("openIncidentId"), *lane.openIncidentId);
    return object;
}

QString gatewayLabel(const StatusOptions &options)
{
    if (options.profileName.isEmpty())
        return options.url.toString();
    return QStringLiteral("%1 (%2)").arg(shown(options.profileName), options.url.toString());
}

namespace {

// Which gateway, whether we reached it and what it runs: how a gateway's part begins, alone
// or in a fleet. False when there is nothing more to say about it.
bool printGatewayHead(const StatusReport &report, const StatusOptions &options, QTextStream &out)
{
    out << Text::tr("Gateway:     %1").arg(gatewayLabel(options)) << '\n';
    if (!report.hello) {
        out << Text::tr("State:       not connected") << '\n';
        if (report.error)
            out << Text::tr("Error:       %1").arg(shown(report.error->userMessage())) << '\n';
        return false;
    }
    const gateway::HelloOk &hello = *report.hello;
    out << Text::tr("State:       connected") << '\n';
    out << Text::tr("Server:      OpenClaw %1, protocol %2")
               .arg(orDash(hello.serverVersion))
               .arg(hello.protocol)
        << '\n';
    return true;
}

void printChannelsFailure(const StatusReport &report, QTextStream &out)
{
    if (!report.channels && report.error)
        out << Text::tr("channels.status failed: %1").arg(shown(report.error->userMessage())) << '\n';
}

void printUnreadable(const gateway::ChannelsStatus &channels, QTextStream &out)
{
    if (!channels.hasProblems())
        return;
    out << '\n' << Text::tr("Could not read (these lanes read unknown):") << '\n';
    for (const gateway::ChannelStatus &channel : channels.channels) {
        for (const QString &problem : channel.problems)
            out << QStringLiteral("  ") << shown(problem) << '\n';
    }
}

// A lane's three lines: key, state and since; reason; the action, when there is one.
void printLane(const health::LaneStatus &lane, qint64 gatewayNow, qsizetype laneWidth, QTextStream &out)
{
    const QString since = sinceText(lane.since, gatewayNow);
    out << QStringLiteral("  ") << cell(shown(lane.lane.toString()), laneWidth)
        << cell(stateName(lane.state), 13)
        << (lane.sinceAtLeast ? Text::tr("since at least %1").arg(since) : Text::tr("since %1").arg(since))
        << '\n';
    out << QStringLiteral("      ") << shown(lane.reason.text()) << '\n';
    if (lane.action != OperatorAction::None)
        out << QStringLiteral("      ") << Text::tr("Action: %1").arg(lane.actionText()) << '\n';
}

} // namespace

void printStatusText(const StatusReport &report, const StatusOptions &options, QTextStream &out)
{
    if (!printGatewayHead(report, options, out))
        return;
    const gateway::HelloOk &hello = *report.hello;
    if (hello.uptimeMs)
        out << Text::tr("Uptime:      %1").arg(duration(*hello.uptimeMs)) << '\n';
    out << Text::tr("Auth mode:   %1").arg(orDash(hello.authMode)) << '\n';
    out << Text::tr("Role:        %1").arg(orDash(hello.role)) << '\n';
    out << Text::tr("Scopes:      %1")
               .arg(hello.authReported ? shown(hello.scopes.join(QStringLiteral(", ")))
                                       : Text::tr("(not reported by this gateway)"))
        << '\n';
    out << Text::tr("Tick:        every %1 s").arg(hello.tickIntervalMs / 1000.0) << '\n';
    out << Text::tr("Config file: %1").arg(orDash(hello.configPath)) << '\n';
    if (!report.channels) {
        printChannelsFailure(report, out);
        return;
    }
    out << '\n' << Text::tr("Lanes (worst first):") << '\n';
    qsizetype laneWidth = 0;
    for (const health::LaneStatus &lane : report.lanes)
        laneWidth = std::max(laneWidth, shown(lane.lane.toString()).size());
    for (const health::LaneStatus &lane : report.lanes)
        printLane(lane, report.gatewayNow, laneWidth, out);
    if (report.lanes.isEmpty())
        out << QStringLiteral("  ") << Text::tr("(the gateway reports no channel accounts)") << '\n';

    out << '\n';
    const QString row = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9");
    out << row.arg(Text::tr("CHANNEL"), -10)
               .arg(Text::tr("ACCOUNT"), -10)
               .arg(Text::tr("ENABLED"), -8)
               .arg(Text::tr("LINKED"), -7)
               .arg(Text::tr("RUNNING"), -8)
               .arg(Text::tr("CONNECTED"), -10)
               .arg(Text::tr("HEALTH"), -13)
               .arg(Text::tr("RECONNECTS"), -11)
               .arg(Text::tr("LAST ERROR"))
        << '\n';
    for (const gateway::ChannelStatus &channel : report.channels->channels) {
        for (const gateway::AccountSnapshot &account : channel.accounts) {
            const QString health = !account.healthState.isEmpty() ? account.healthState : account.lifecycle;
            // Cells are joined, not substituted one by one: a "%3" in an account id would
            // otherwise take the next column's value.
            out << cell(shown(channel.id), 10) << cell(orDash(account.accountId), 10)
                << cell(yesNo(account.enabled), 8) << cell(yesNo(account.linked), 7)
                << cell(yesNo(account.running), 8) << cell(yesNo(account.connected), 10)
                << cell(orDash(health), 13)
                << cell(account.reconnectAttempts ? QString::number(*account.reconnectAttempts)
                                                  : QStringLiteral("-"),
                        11)
                << orDash(account.lastError) << '\n';
        }
    }
    printUnreadable(*report.channels, out);
    if (!report.channels->issues.isEmpty()) {
        out << '\n' << Text::tr("Issues reported by the gateway:") << '\n';
        for (const gateway::StatusIssue &issue : report.channels->issues) {
            out << QStringLiteral("  %1/%2 [%3] %4")
                       .arg(shown(issue.channel), shown(issue.accountId), shown(issue.kind),
                            shown(issue.message));
            if (!issue.fix.isEmpty())
                out << QStringLiteral(" ") << Text::tr("Fix: %1").arg(shown(issue.fix));
            out << '\n';
        }
    }
}

namespace {

// A lone surrogate from the gateway would make the document unparseable.
void printJson(const QJsonObject &root, QTextStream &out)
{
    out << QString::fromUtf8(
        QJsonDocument(SafeText::forJson(Redactor::redact(root))).toJson(QJsonDocument::Indented));
}

QJsonObject statusJson(const StatusReport &report, const StatusOptions &options)
{
    QJsonObject root{{QStringLiteral("url"), options.url.toString()},
                     {QStringLiteral("connected"), report.connected}};
    if (!options.profileName.isEmpty())
        root.insert(QStringLiteral("profile"), options.profileName);
    if (report.hello) {
        const gateway::HelloOk &hello = *report.hello;
        QJsonObject gatewayFacts{{QStringLiteral("serverVersion"), hello.serverVersion},
                                 {QStringLiteral("protocol"), hello.protocol},
                                 {QStringLiteral("authMode"), hello.authMode},
                                 {QStringLiteral("role"), hello.role},
                                 {QStringLiteral("scopes"), QJsonArray::fromStringList(hello.scopes)},
                                 {QStringLiteral("tickIntervalMs"), hello.tickIntervalMs},
                                 {QStringLiteral("maxPayload"), hello.maxPayloadBytes},
                                 {QStringLiteral("configPath"), hello.configPath}};
        if (hello.uptimeMs)
            gatewayFacts.insert(QStringLiteral("uptimeMs"), *hello.uptimeMs);
        root.insert(QStringLiteral("gateway"), gatewayFacts);
    }
    if (report.channels) {
        QJsonArray accounts;
        for (const gateway::ChannelStatus &channel : report.channels->channels) {
            for (const gateway::AccountSnapshot &account : channel.accounts) {
                accounts.append(QJsonObject{{QStringLiteral("channel"), channel.id},
                                            {QStringLiteral("accountId"), account.accountId},
                                            {QStringLiteral("status"), account.raw}});
            }
        }
        root.insert(QStringLiteral("accounts"), accounts);
        QJsonArray problems;
        for (const gateway::ChannelStatus &channel : report.channels->channels) {
            for (const QString &problem : channel.problems)
                problems.append(QJsonObject{{QStringLiteral("channel"), channel.id},
                                            {QStringLiteral("problem"), problem}});
        }
        root.insert(QStringLiteral("unreadable"), problems);
        root.insert(QStringLiteral("channelsStatus"), report.channels->raw);
        QJsonArray lanes;
        for (const health::LaneStatus &lane : report.lanes)
            lanes.append(laneJson(lane));
        root.insert(QStringLiteral("lanes"), lanes);
        root.insert(QStringLiteral("gatewayNow"), report.gatewayNow);
    }
    root.insert(QStringLiteral("exitCode"), exitCodeFor(report));
    if (report.error)
        root.insert(QStringLiteral("error"), errorJson(*report.error));
    return root;
}

} // namespace

void printStatusJson(const StatusReport &report, const StatusOptions &options, QTextStream &out)
{
    printJson(statusJson(report, options), out);
}

void printFleetText(const FleetReport &report, const QList<StatusOptions> &gateways, QTextStream &out)
{
    for (qsizetype i = 0; i < report.gateways.size(); ++i) {
        const StatusReport &gateway = report.gateways.at(i);
        if (printGatewayHead(gateway, gateways.at(i), out)) {
            printChannelsFailure(gateway, out);
            if (gateway.channels)
                printUnreadable(*gateway.channels, out);
        }
        out << '\n';
    }
    out << Text::tr("Lanes of every gateway (worst first):") << '\n';
    qsizetype laneWidth = 0;
    for (const FleetReport::Lane &lane : report.lanes)
        laneWidth = std::max(laneWidth, shown(lane.status.lane.toString()).size());
    for (const FleetReport::Lane &lane : report.lanes)
        printLane(lane.status, report.gateways.at(lane.gateway).gatewayNow, laneWidth, out);
    if (report.lanes.isEmpty())
        out << QStringLiteral("  ") << Text::tr("(no gateway reported a channel account)") << '\n';
}

void printFleetJson(const FleetReport &report, const QList<StatusOptions> &gateways, QTextStream &out)
{
    QJsonArray gatewayObjects;
    for (qsizetype i = 0; i < report.gateways.size(); ++i)
        gatewayObjects.append(statusJson(report.gateways.at(i), gateways.at(i)));
    QJsonArray lanes;
    for (const FleetReport::Lane &lane : report.lanes)
        lanes.append(laneJson(lane.status));
    printJson(QJsonObject{{QStringLiteral("gateways"), gatewayObjects},
                          {QStringLiteral("lanes"), lanes},
                          {QStringLiteral("exitCode"), exitCodeForFleet(report)}},
              out);
}

} // namespace sb::ctl

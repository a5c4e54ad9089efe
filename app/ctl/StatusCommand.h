#pragma once

#include "app/gateway/ChannelStatus.h"
#include "app/gateway/Connection.h"
#include "app/gateway/GatewayError.h"
#include "app/gateway/Hello.h"
#include "app/health/HealthTypes.h"
#include "app/ingest/GatewaySession.h"
#include "app/store/StoreTypes.h"

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QJsonObject;
class QTextStream;

namespace sb::ctl {

// Exit codes are part of switchboardctl's interface: monitoring scripts branch on them (the
// first three read like a Nagios plugin's OK / WARNING / CRITICAL).
enum ExitCode : int
{
    ExitHealthy = 0,   // every lane healthy or off on purpose; also --help, a finished watch
    ExitAttention = 1, // a lane on probation, degraded or reconnecting
    ExitCritical = 2,  // a lane that needs a person, or the gateway unreachable
    ExitAuthRefused = 3,
    ExitProtocolMismatch = 4,
    ExitUsage = 64, // EX_USAGE
};

struct StatusOptions
{
    QUrl url;
    QString profileName; // set when the gateway came from --profile: the output names it so
    QString token;
    bool allowInsecure = false;
    bool json = false;
    int timeoutSeconds = 20;     // covers the gateway's start-up phase, when connect says UNAVAILABLE
    health::HealthPolicy policy; // the window's preferences (--config), so both judge lanes alike
    // The window's record of this gateway (--history, or the window's own file when there is
    // one): since-times and proofs come from it instead of from the moment of this run.
    std::optional<store::HistorySnapshot> record;
};

// Reads the history at `path` for a reader (nothing is written). Empty `path`: the window's
// default file, if there is one (no record and no error when there is none).
std::optional<store::HistorySnapshot> readRecord(const QString &path, QString *why);

// What `switchboardctl status` learnt; printed by the formatters below.
struct StatusReport
{
    std::optional<gateway::HelloOk> hello;
    std::optional<gateway::ChannelsStatus> channels;
    std::optional<gateway::GatewayError> error; // why we could not connect, or why channels.status failed
    bool connected = false;
    QList<health::LaneStatus> lanes; // worst first
    qint64 gatewayNow = 0;           // the gateway's clock when the lanes were read (UTC ms)
};

// Connects, reads channels.status and the log tail through ingest and the health engine,
// disconnects. Runs its own event loop; returns when done.
StatusReport collectStatus(const StatusOptions &options);

// Several gateways read at once (`status` with more than one --gateway or --profile).
struct FleetReport
{
    struct Lane
    {
        health::LaneStatus status;
        qsizetype gateway = 0; // index into gateways: whose clock the since-time is read against
    };
    QList<StatusReport> gateways; // in the order of the options
    QList<Lane> lanes;            // every gateway's lanes, worst first
};

// Reads every gateway side by side in one event loop, each with its own deadline, so the
// fleet takes as long as its slowest gateway, not the sum of them.
FleetReport collectFleetStatus(const QList<StatusOptions> &gateways);
// The worst gateway's exit code; 3 (auth) and 4 (protocol) outrank 2 as they do numerically.
int exitCodeForFleet(const FleetReport &report);
void printFleetText(const FleetReport &report, const QList<StatusOptions> &gateways, QTextStream &out);
// {"gateways": [each gateway as printStatusJson prints it], "lanes": [...], "exitCode": N}
void printFleetJson(const FleetReport &report, const QList<StatusOptions> &gateways, QTextStream &out);
// How the output names a gateway: "name (url)" for a profile, else the URL.
QString gatewayLabel(const StatusOptions &options);

int exitCodeFor(const StatusReport &report);
// Gateway connection trouble as an exit code (2, 3 or 4).
int exitCodeForError(const std::optional<gateway::GatewayError> &error);
gateway::ConnectionOptions connectionOptionsFor(const StatusOptions &options);
ingest::GatewaySession::Options sessionOptionsFor(const StatusOptions &options);
// The exit code for a set of lanes: 0 all healthy (or off on purpose), 1 any lane on
// probation, degraded or reconnecting, 2 any lane that needs a person.
int exitCodeForLanes(const QList<health::LaneStatus> &lanes);
// "2026-02-12 19:01:00 (4 min ago)" in the local time zone.
QString sinceText(qint64 since, qint64 now);
QJsonObject laneJson(const health::LaneStatus &lane);
void printStatusText(const StatusReport &report, const StatusOptions &options, QTextStream &out);
void printStatusJson(const StatusReport &report, const StatusOptions &options, QTextStream &out);

} // namespace sb::ctl

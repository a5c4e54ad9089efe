#pragma once

#include "app/gateway/ChannelStatus.h"
#include "app/gateway/GatewayError.h"
#include "app/gateway/Hello.h"

#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QTextStream;

namespace sb::ctl {

// Exit codes are part of switchboardctl's interface: monitoring scripts branch on them.
enum ExitCode : int
{
    ExitConnected = 0,
    ExitFailure = 1,
    ExitUnreachable = 2,
    ExitAuthRefused = 3,
    ExitProtocolMismatch = 4,
    ExitUsage = 64, // EX_USAGE
};

struct StatusOptions
{
    QUrl url;
    QString token;
    bool allowInsecure = false;
    bool json = false;
    int timeoutSeconds = 20; // covers the gateway's start-up phase, when connect says UNAVAILABLE
};

// What `switchboardctl status` learnt; printed by the formatters below.
struct StatusReport
{
    std::optional<gateway::HelloOk> hello;
    std::optional<gateway::ChannelsStatus> channels;
    std::optional<gateway::GatewayError> error; // why we could not connect, or why channels.status failed
    bool connected = false;
};

// Connects, asks channels.status, disconnects. Runs its own event loop; returns when done.
StatusReport collectStatus(const StatusOptions &options);

int exitCodeFor(const StatusReport &report);
void printStatusText(const StatusReport &report, const StatusOptions &options, QTextStream &out);
void printStatusJson(const StatusReport &report, const StatusOptions &options, QTextStream &out);

} // namespace sb::ctl

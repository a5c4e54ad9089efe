#pragma once

#include "app/ctl/CtlCommand.h"
#include "app/ctl/GatewayArguments.h"
#include "app/gateway/GatewayClient.h"
#include "app/policy/ConfigWriter.h"

#include <memory>

#include <QEventLoop>
#include <QTimer>

class QCommandLineParser;

namespace sb::ctl {

// Runs the event loop until `signal` of `sender` fires or `timeoutMs` passes.
template <typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs)
{
    QEventLoop loop;
    bool fired = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    deadline.start(timeoutMs);
    loop.exec();
    return fired;
}

// policy and audit: one gateway, connected, its config read through the writer every config
// edit goes through.
struct PolicySession
{
    StatusOptions gateway;
    CommandConnection link;
    std::unique_ptr<gateway::GatewayClient> client;
    std::unique_ptr<policy::ConfigWriter> writer;

    QString gatewayId() const; // as the window names it (host:port), for the action log's lanes
};

// Parses the gateway options, connects and reads the config. Returns ExitHealthy or the code
// to stop with (the reason printed).
int openSession(const QCommandLineParser &parser, CtlIo &io, PolicySession *session);

} // namespace sb::ctl

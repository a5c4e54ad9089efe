#pragma once

#include <memory>

#include <QString>
#include <QUrl>

namespace sb::test {

// The gateway the conformance suite talks to. The same suite runs against a real OpenClaw
// gateway (RealGatewayBackend) and the drill gateway: any difference is a drill bug.
class ConformanceBackend
{
public:
    virtual ~ConformanceBackend() = default;

    virtual QString name() const = 0;
    virtual QUrl url() const = 0;
    virtual QString token() const = 0;
    // The gateway's config file (openclaw.json) when the suite may read it, else empty.
    virtual QString configFilePath() const = 0;
    // Kills the gateway and starts it again on the same URL and token. Returns once it was
    // relaunched, not once it is ready: the client under test must find that out itself.
    virtual bool restart(QString *why) = 0;
};

// Provided by the backend's .cpp, linked into the suite executable.
std::unique_ptr<ConformanceBackend> makeConformanceBackend(QString *why);

} // namespace sb::test

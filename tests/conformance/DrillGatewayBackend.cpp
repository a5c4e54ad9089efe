#include "app/drill/DrillGateway.h"
#include "app/drill/DrillSession.h"
#include "tests/conformance/ConformanceBackend.h"

namespace sb::test {

namespace {

// The drill in this process, playing a scenario that reproduces the real-gateway fixture
// (three channels enabled, no network): the suite's expectations are the real gateway's, so
// any test that fails here is a drill bug.
class DrillGatewayBackend final : public ConformanceBackend
{
public:
    explicit DrillGatewayBackend(std::unique_ptr<drill::DrillSession> session)
        : m_session(std::move(session))
    {}

    QString name() const override { return QStringLiteral("drill"); }
    QUrl url() const override { return m_session->url(); }
    QString token() const override { return m_session->token(); }
    // The drill keeps its openclaw.json in memory.
    QString configFilePath() const override { return {}; }

    bool restart(QString *) override
    {
        // Like the real gateway's restart: the socket goes, the port is closed for a while,
        // then connects are answered UNAVAILABLE "gateway starting" before one is accepted.
        m_session->gateway()->restart(/*restartExpectedMs=*/500, /*restartAfterMs=*/1500,
                                      /*unavailableConnectsAfter=*/2);
        return true;
    }

private:
    std::unique_ptr<drill::DrillSession> m_session;
};

} // namespace

std::unique_ptr<ConformanceBackend> makeConformanceBackend(QString *why)
{
    drill::DrillSession::Options options;
    options.scenarioPath = QStringLiteral(":/scenarios/conformance-offline.json");
    auto session = drill::DrillSession::start(options, why);
    if (!session)
        return nullptr;
    return std::make_unique<DrillGatewayBackend>(std::move(session));
}

} // namespace sb::test

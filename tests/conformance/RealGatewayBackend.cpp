#include "tests/conformance/ConformanceBackend.h"
#include "tests/conformance/RealGatewayEnv.h"

#include <QHash>
#include <QProcess>

namespace sb::test {

namespace {

// Reads STATE_DIR/env written by tests/conformance/real-gateway.sh (KEY=value lines).
class RealGatewayBackend final : public ConformanceBackend
{
public:
    RealGatewayBackend(QString stateDir, QHash<QString, QString> env)
        : m_stateDir(std::move(stateDir))
        , m_env(std::move(env))
    {}

    QString name() const override { return QStringLiteral("real OpenClaw gateway"); }
    QUrl url() const override { return QUrl(m_env.value(QStringLiteral("OPENCLAW_TEST_URL"))); }
    QString token() const override { return m_env.value(QStringLiteral("OPENCLAW_TEST_TOKEN")); }
    QString configFilePath() const override { return m_env.value(QStringLiteral("OPENCLAW_TEST_CONFIG")); }

    bool restart(QString *why) override
    {
        QProcess script;
        script.setProcessChannelMode(QProcess::ForwardedChannels);
        script.start(QStringLiteral("bash"),
                     {QStringLiteral(SB_REAL_GATEWAY_SCRIPT), QStringLiteral("restart"), m_stateDir});
        if (!script.waitForFinished(60000) || script.exitStatus() != QProcess::NormalExit ||
            script.exitCode() != 0) {
            *why = QStringLiteral("real-gateway.sh restart failed (exit %1)").arg(script.exitCode());
            return false;
        }
        return true;
    }

private:
    QString m_stateDir;
    QHash<QString, QString> m_env;
};

} // namespace

std::unique_ptr<ConformanceBackend> makeConformanceBackend(QString *why)
{
    const QHash<QString, QString> env = readRealGatewayEnv(why);
    if (env.isEmpty())
        return nullptr;
    if (env.value(QStringLiteral("OPENCLAW_TEST_URL")).isEmpty() ||
        env.value(QStringLiteral("OPENCLAW_TEST_TOKEN")).isEmpty()) {
        *why = QStringLiteral("the real gateway's state lacks OPENCLAW_TEST_URL or OPENCLAW_TEST_TOKEN: did "
                              "RealGatewayStart succeed?");
        return nullptr;
    }
    return std::make_unique<RealGatewayBackend>(qEnvironmentVariable("SWITCHBOARD_REAL_GATEWAY_STATE"), env);
}

} // namespace sb::test

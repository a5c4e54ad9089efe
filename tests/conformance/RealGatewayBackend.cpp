#include "tests/conformance/ConformanceBackend.h"

#include <QDir>
#include <QFile>
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
    const QString stateDir = qEnvironmentVariable("SWITCHBOARD_REAL_GATEWAY_STATE");
    if (stateDir.isEmpty()) {
        *why = QStringLiteral(
            "SWITCHBOARD_REAL_GATEWAY_STATE is not set; run through ctest (fixture RealGateway) "
            "or start one with tests/conformance/real-gateway.sh start DIR");
        return nullptr;
    }
    QFile file(QDir(stateDir).filePath(QStringLiteral("env")));
    if (!file.open(QIODevice::ReadOnly)) {
        *why = QStringLiteral("cannot read %1: did RealGatewayStart succeed?").arg(file.fileName());
        return nullptr;
    }
    QHash<QString, QString> env;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            env.insert(line.left(eq), line.mid(eq + 1));
    }
    if (env.value(QStringLiteral("OPENCLAW_TEST_URL")).isEmpty() ||
        env.value(QStringLiteral("OPENCLAW_TEST_TOKEN")).isEmpty()) {
        *why = QStringLiteral("%1 lacks OPENCLAW_TEST_URL or OPENCLAW_TEST_TOKEN").arg(file.fileName());
        return nullptr;
    }
    return std::make_unique<RealGatewayBackend>(stateDir, env);
}

} // namespace sb::test

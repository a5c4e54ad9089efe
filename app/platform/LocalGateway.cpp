#include "app/platform/LocalGateway.h"

#include "app/platform/Redactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

namespace {

constexpr int kDefaultPort = 18789;

QString tr(const char *text)
{
    return QCoreApplication::translate("LocalGateway", text);
}

} // namespace

LocalGateway discoverLocalGateway(const QString &homeDirectory, const QProcessEnvironment &environment)
{
    LocalGateway result;
    int port = kDefaultPort;
    QJsonObject gatewayConfig;

    result.configPath = QDir(homeDirectory).filePath(QStringLiteral(".openclaw/openclaw.json"));
    QFile file(result.configPath);
    if (file.open(QIODevice::ReadOnly)) {
        result.found = true;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (document.isObject()) {
            gatewayConfig = document.object().value(QStringLiteral("gateway")).toObject();
            port = gatewayConfig.value(QStringLiteral("port")).toInt(kDefaultPort);
        } else {
            // OpenClaw accepts JSON5 (comments, trailing commas); we only read plain JSON.
            result.problem = tr("%1 is not plain JSON (%2); enter the port and token by hand.")
                                 .arg(result.configPath, error.errorString());
        }
    } else {
        result.configPath.clear();
    }

    bool portOk = false;
    const int envPort = environment.value(QStringLiteral("OPENCLAW_GATEWAY_PORT")).toInt(&portOk);
    if (portOk && envPort > 0 && envPort < 65536) {
        port = envPort;
        result.found = true;
    }

    result.token = environment.value(QStringLiteral("OPENCLAW_GATEWAY_TOKEN"));
    if (!result.token.isEmpty())
        result.found = true;
    else
        result.token =
            gatewayConfig.value(QStringLiteral("auth")).toObject().value(QStringLiteral("token")).toString();
    Redactor::registerSecret(result.token);

    result.url.setScheme(QStringLiteral("ws"));
    result.url.setHost(QStringLiteral("127.0.0.1"));
    result.url.setPort(port);

    if (!result.found)
        result.problem =
            tr("No local OpenClaw gateway found (no ~/.openclaw/openclaw.json, no OPENCLAW_GATEWAY_PORT).");
    else if (result.token.isEmpty() && result.problem.isEmpty())
        result.problem =
            tr("No token found: run \"openclaw gateway auth-token --show\" on this machine and paste it.");
    return result;
}

} // namespace sb

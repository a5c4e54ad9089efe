#include "app/platform/GatewayProfile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUuid>

namespace sb {

GatewayProfile GatewayProfile::create(const QString &name, const QUrl &url)
{
    GatewayProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    profile.name = name;
    profile.url = url;
    return profile;
}

QString GatewayProfile::secretKey() const
{
    return id + QStringLiteral("/gateway-token");
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString gatewayIdForUrl(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("wss") ? 443 : 80;
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(defaultPort));
}

QString validateGatewayUrl(const QUrl &url, bool allowInsecure)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("GatewayProfile",
                                           "Enter a gateway URL such as ws://127.0.0.1:18789.");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return QCoreApplication::translate("GatewayProfile", "The URL must start with ws:// or wss://.");
    if (scheme == QLatin1String("ws") && !isLoopbackHost(url.host()) && !allowInsecure) {
        return QCoreApplication::translate("GatewayProfile", "ws:// sends the gateway token unencrypted. Use "
                                                             "wss:// for %1, or explicitly allow an insecure "
                                                             "connection for this profile.")
            .arg(url.host());
    }
    return {};
}

} // namespace sb

#pragma once

#include <QString>
#include <QUrl>

namespace sb {

// A gateway the operator watches. Preferences only: the token lives in the SecretStore
// under secretKey(), never here.
struct GatewayProfile
{
    QString id; // stable, generated once; keys the secret and the history
    QString name;
    QUrl url;
    QString displayTimeZone;    // IANA id, e.g. "Asia/Tokyo"; empty means the system zone
    bool allowInsecure = false; // explicit opt-in to ws:// towards a non-loopback host
    bool watchAtStart = false;  // the window connects to it at start, beside the other watched ones

    static GatewayProfile create(const QString &name, const QUrl &url);
    QString secretKey() const; // "<id>/gateway-token"

    bool operator==(const GatewayProfile &) const = default;
};

// Why a URL cannot be used, in words, or an empty string when it can. ws:// is only for
// loopback unless the profile opted in (DESIGN §9).
QString validateGatewayUrl(const QUrl &url, bool allowInsecure);
bool isLoopbackHost(const QString &host);
// The gateway part of a lane key for a gateway reached at `url`: "host:port". The GUI and
// switchboardctl use the same rule, so `switchboardctl history --lane` finds the GUI's lanes.
QString gatewayIdForUrl(const QUrl &url);

} // namespace sb

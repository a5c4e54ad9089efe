#include "app/linking/SignalAccountConfig.h"

#include "app/gateway/GatewayClient.h"

namespace sb::linking {

using namespace Qt::StringLiterals;

namespace {

// The daemon URL one level of the config gives (the channel or one account), if any.
std::optional<std::pair<QUrl, QString>> daemonUrlAt(const QJsonObject &level, const QString &path)
{
    const QJsonObject transport = level.value(u"transport"_s).toObject();
    const QString transportUrl = transport.value(u"url"_s).toString();
    if (!transportUrl.isEmpty())
        return std::pair{QUrl(transportUrl), path + u".transport.url"_s};
    const QString kind = transport.value(u"kind"_s).toString();
    if (kind == QLatin1String("managed-native") &&
        (transport.contains(u"httpHost"_s) || transport.contains(u"httpPort"_s))) {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(transport.value(u"httpHost"_s).toString(u"127.0.0.1"_s));
        url.setPort(transport.value(u"httpPort"_s).toInt(8080));
        return std::pair{url, path + u".transport.httpHost/httpPort"_s};
    }
    // v3's flat keys ("httpUrl: full daemon URL (overrides host/port)").
    const QString httpUrl = level.value(u"httpUrl"_s).toString();
    if (!httpUrl.isEmpty())
        return std::pair{QUrl(httpUrl), path + u".httpUrl"_s};
    if (level.contains(u"httpHost"_s) || level.contains(u"httpPort"_s)) {
        QUrl url;
        url.setScheme(u"http"_s);
        url.setHost(level.value(u"httpHost"_s).toString(u"127.0.0.1"_s));
        url.setPort(level.value(u"httpPort"_s).toInt(8080));
        return std::pair{url, path + u".httpHost/httpPort"_s};
    }
    if (kind == QLatin1String("managed-native")) {
        // The managed daemon's default bind.
        return std::pair{QUrl(u"http://127.0.0.1:8080"_s), path + u".transport (managed-native default)"_s};
    }
    return std::nullopt;
}

} // namespace

SignalAccountConfig signalAccountConfig(const QJsonObject &config, const QString &accountId)
{
    const QJsonObject channel = config.value(u"channels"_s).toObject().value(u"signal"_s).toObject();
    const QJsonObject account = channel.value(u"accounts"_s).toObject().value(accountId).toObject();
    const QString accountPath = u"channels.signal.accounts.%1"_s.arg(accountId);

    SignalAccountConfig result;
    result.number = account.value(u"account"_s).toString();
    if (result.number.isEmpty())
        result.number = channel.value(u"account"_s).toString();
    auto found = daemonUrlAt(account, accountPath);
    if (!found)
        found = daemonUrlAt(channel, u"channels.signal"_s);
    if (found) {
        result.daemonUrl = found->first;
        result.daemonUrlSource = found->second;
    }
    return result;
}

void fetchSignalAccountConfig(gateway::GatewayClient &client, const QString &accountId, QObject *context,
                              std::function<void(const gateway::Result<SignalAccountConfig> &)> done)
{
    client.configGet(context, [accountId, done](const gateway::Result<gateway::ConfigSnapshot> &result) {
        if (!result) {
            done(result.error());
            return;
        }
        done(signalAccountConfig(result.value().config, accountId));
    });
}

} // namespace sb::linking

#pragma once

#include "app/gateway/Result.h"

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QString>
#include <QUrl>

class QObject;

namespace sb::gateway {
class GatewayClient;
}

namespace sb::linking {

// What the gateway's config says about one Signal account: its number and where its signal-cli
// daemon listens (openclaw-gateway-protocol.md §3.4). v4 keeps the daemon under `transport`
// (external-native / container: `url`; managed-native: `url` or httpHost/httpPort, default
// 127.0.0.1:8080); v3 used the flat keys httpUrl, or httpHost/httpPort. An account's own keys
// override the channel's.
struct SignalAccountConfig
{
    QString number; // E.164, empty when the config names none
    std::optional<QUrl> daemonUrl;
    QString daemonUrlSource; // the config path the URL came from, e.g. "channels.signal.transport.url"
};

SignalAccountConfig signalAccountConfig(const QJsonObject &config, const QString &accountId);

// config.get, then the account's part of the answer (for callers that hold no JSON).
void fetchSignalAccountConfig(gateway::GatewayClient &client, const QString &accountId, QObject *context,
                              std::function<void(const gateway::Result<SignalAccountConfig> &)> done);

} // namespace sb::linking

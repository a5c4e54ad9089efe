#include "app/linking/ChannelAccounts.h"

namespace sb::linking {

namespace {

const QString kDefault = QStringLiteral("default");

QJsonObject section(const QJsonObject &config, const QString &channel)
{
    return config.value(QLatin1String("channels")).toObject().value(channel).toObject();
}

} // namespace

QStringList configuredAccounts(const QJsonObject &config, const QString &channel)
{
    const QJsonValue value = config.value(QLatin1String("channels")).toObject().value(channel);
    if (!value.isObject())
        return {};
    QStringList ids{kDefault};
    const QJsonObject accounts = value.toObject().value(QLatin1String("accounts")).toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        if (it.key() != kDefault)
            ids.append(it.key());
    }
    return ids;
}

bool accountConfigured(const QJsonObject &config, const QString &channel, const QString &accountId)
{
    return configuredAccounts(config, channel).contains(accountId.isEmpty() ? kDefault : accountId);
}

QStringList accountKeyPath(const QString &channel, const QString &accountId, const QString &key)
{
    if (accountId.isEmpty() || accountId == kDefault)
        return {QStringLiteral("channels"), channel, key};
    return {QStringLiteral("channels"), channel, QStringLiteral("accounts"), accountId, key};
}

QJsonValue effectiveAccountValue(const QJsonObject &config, const QString &channel, const QString &accountId,
                                 const QString &key)
{
    const QJsonObject channelSection = section(config, channel);
    if (!accountId.isEmpty() && accountId != kDefault) {
        const QJsonValue own =
            channelSection.value(QLatin1String("accounts")).toObject().value(accountId).toObject().value(key);
        if (!own.isUndefined())
            return own;
    }
    return channelSection.value(key);
}

} // namespace sb::linking

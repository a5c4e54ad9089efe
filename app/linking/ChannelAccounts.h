#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sb::linking {

// Which accounts a channel has in a gateway's config (config.get `config`): the channel
// section itself is the "default" account, and channels.<channel>.accounts.<id> the others.
// The gateway accepts a login for any id and creates empty credentials for it, so a flow asks
// here first.
QStringList configuredAccounts(const QJsonObject &config, const QString &channel);
bool accountConfigured(const QJsonObject &config, const QString &channel, const QString &accountId);

// The config path of one account's key: channels.telegram.botToken for "default",
// channels.telegram.accounts.<id>.botToken for the others.
QStringList accountKeyPath(const QString &channel, const QString &accountId, const QString &key);

// The value an account sees for `key`: its own, else the channel section's.
QJsonValue effectiveAccountValue(const QJsonObject &config, const QString &channel, const QString &accountId,
                                 const QString &key);

} // namespace sb::linking

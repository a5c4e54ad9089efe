#pragma once

#include <optional>

#include <QList>
#include <QMap>
#include <QString>

namespace sb {
class Settings;
}
namespace sb::policy {
struct PolicyConfig;
}

namespace sb::failover {

// A person a failover must keep reachable: a name and the address they answer on per channel
// ("whatsapp" → "+15555550100", "signal" → "uuid:…", "telegram" → "123456789"), each in the
// form the gateway expects.
struct Operator
{
    QString name;
    QMap<QString, QString> identities; // channel id → identity

    QString identityOn(const QString &channel) const { return identities.value(channel); }
};

// One operator's identity on a channel as a direct-message recipient: IdentityRules' forms
// minus the group ones (a WhatsApp group JID, a Signal group:, a negative Telegram chat id or a
// @username, which `send` cannot reach a person by). The identity normalized, or nothing with
// `problem` in words.
std::optional<QString> operatorIdentity(const QString &channel, const QString &text, QString *problem);

// The operators file / preference: a JSON list such as
//   [{"name":"Grace","whatsapp":"+15555550100","signal":"+15555550101","telegram":"123456789"}]
// Every key besides "name" is a channel id. Refused with the problem in words (which entry,
// which channel, why) when an entry has no name, a name twice, or an identity that does not fit.
std::optional<QList<Operator>> readOperators(const QByteArray &json, QString *problem);
QByteArray operatorsToJson(const QList<Operator> &operators);

// The operators kept in the preferences (none when the preference is unset).
std::optional<QList<Operator>> operatorsFromSettings(const Settings &settings, QString *problem);
void saveOperators(Settings &settings, const QList<Operator> &operators);

// Operators to offer from a gateway's config: every direct-message identity in
// commands.ownerAllowFrom ("signal:+1555…") and the channels' allowFrom lists, owners first. A
// phone number allowed on several channels is one person with an identity on each. Named by
// that first identity until the operator names them; wildcards and groups are left out.
QList<Operator> suggestedOperators(const policy::PolicyConfig &config);

} // namespace sb::failover

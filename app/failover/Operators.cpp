#include "app/failover/Operators.h"

#include "app/platform/Settings.h"
#include "app/policy/IdentityRules.h"
#include "app/policy/PolicyTypes.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sb::failover {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::failover::Operators", text);
}

const QString kName = QStringLiteral("name");

} // namespace

std::optional<QString> operatorIdentity(const QString &channel, const QString &text, QString *problem)
{
    std::optional<QString> normalized = policy::normalizeIdentity(channel, text, problem);
    if (!normalized)
        return std::nullopt;
    const QString &id = *normalized;
    if (channel == QLatin1String("whatsapp") && !id.startsWith(u'+')) {
        *problem = tr("an operator is reached on WhatsApp by phone number (E.164, e.g. +15555550100), "
                      "not by a group");
        return std::nullopt;
    }
    if (channel == QLatin1String("signal") && id.startsWith(QLatin1String("group:"))) {
        *problem = tr("an operator is reached on Signal by phone number or uuid:, not by a group");
        return std::nullopt;
    }
    if (channel == QLatin1String("telegram") && (id.startsWith(u'-') || id.startsWith(u'@'))) {
        *problem = tr("an operator is reached on Telegram by their numeric user id (e.g. 123456789), "
                      "not by a group or a @username");
        return std::nullopt;
    }
    return normalized;
}

std::optional<QList<Operator>> readOperators(const QByteArray &json, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = tr("The operators are not valid JSON: %1 (at character %2).")
                       .arg(error.errorString())
                       .arg(error.offset);
        return std::nullopt;
    }
    if (!document.isArray()) {
        *problem = tr("The operators must be a JSON list, e.g. "
                      "[{\"name\":\"Grace\",\"signal\":\"+15555550101\"}].");
        return std::nullopt;
    }
    QList<Operator> operators;
    QSet<QString> names;
    const QJsonArray entries = document.array();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString which = tr("Operator %1").arg(i + 1);
        if (!entries.at(i).isObject()) {
            *problem = tr("%1 is not an object with a name and identities.").arg(which);
            return std::nullopt;
        }
        const QJsonObject entry = entries.at(i).toObject();
        Operator person;
        person.name = entry.value(kName).toString().trimmed();
        if (person.name.isEmpty()) {
            *problem = tr("%1 has no name.").arg(which);
            return std::nullopt;
        }
        if (names.contains(person.name)) {
            *problem = tr("%1: the name \"%2\" is used twice.").arg(which, person.name);
            return std::nullopt;
        }
        names.insert(person.name);
        for (auto it = entry.begin(); it != entry.end(); ++it) {
            if (it.key() == kName)
                continue;
            if (!it.value().isString()) {
                *problem = tr("%1 (%2): %3 must be text, e.g. \"%4\".")
                               .arg(which, person.name, it.key(), policy::identityExample(it.key()));
                return std::nullopt;
            }
            QString why;
            const std::optional<QString> id = operatorIdentity(it.key(), it.value().toString(), &why);
            if (!id) {
                *problem = tr("%1 (%2): \"%3\" is not a %4 identity: %5")
                               .arg(which, person.name, it.value().toString(), it.key(), why);
                return std::nullopt;
            }
            person.identities.insert(it.key(), *id);
        }
        operators.append(person);
    }
    return operators;
}

QByteArray operatorsToJson(const QList<Operator> &operators)
{
    QJsonArray entries;
    for (const Operator &person : operators) {
        QJsonObject entry{{kName, person.name}};
        for (auto it = person.identities.begin(); it != person.identities.end(); ++it)
            entry.insert(it.key(), it.value());
        entries.append(entry);
    }
    return QJsonDocument(entries).toJson(QJsonDocument::Compact);
}

std::optional<QList<Operator>> operatorsFromSettings(const Settings &settings, QString *problem)
{
    const QString json = settings.operatorsJson();
    if (json.trimmed().isEmpty())
        return QList<Operator>{};
    return readOperators(json.toUtf8(), problem);
}

void saveOperators(Settings &settings, const QList<Operator> &operators)
{
    settings.setOperatorsJson(QString::fromUtf8(operatorsToJson(operators)));
}

QList<Operator> suggestedOperators(const policy::PolicyConfig &config)
{
    QList<QPair<QString, QString>> offered; // channel, identity; owners first
    for (const QString &owner : config.ownerAllowFrom.value) {
        const qsizetype colon = owner.indexOf(u':');
        if (colon > 0)
            offered.append({owner.left(colon), owner.mid(colon + 1)});
    }
    for (const policy::EffectivePolicy &effective : policy::effectivePolicies(config)) {
        for (const QString &entry : effective.allowFrom.value)
            offered.append({effective.channel, entry});
    }
    QList<Operator> people;
    for (const auto &[channel, text] : std::as_const(offered)) {
        QString ignored;
        const std::optional<QString> id = operatorIdentity(channel, text, &ignored);
        if (!id)
            continue;
        // The same phone number on another channel is the same person.
        auto same = std::find_if(people.begin(), people.end(), [&](const Operator &person) {
            for (auto it = person.identities.begin(); it != person.identities.end(); ++it) {
                if (it.value() == *id && (it.key() == channel || id->startsWith(u'+')))
                    return true;
            }
            return false;
        });
        if (same == people.end()) {
            people.append(Operator{*id, {{channel, *id}}});
        } else if (!same->identities.contains(channel)) {
            same->identities.insert(channel, *id);
        }
    }
    return people;
}

} // namespace sb::failover

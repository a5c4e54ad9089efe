#include "app/policy/PatchBuilder.h"

#include "app/gateway/MethodTypes.h"
#include "app/policy/IdentityRules.h"
#include "app/policy/PolicyReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sb::policy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::policy::PatchBuilder", text);
}

QString asText(const QJsonValue &value)
{
    if (value.isUndefined())
        return {};
    if (value.isString())
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QStringLiteral("null");
}

QJsonObject withValue(QJsonObject object, const QStringList &path, qsizetype index, const QJsonValue &value)
{
    const QString &key = path.at(index);
    if (index == path.size() - 1) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return object;
    }
    const QJsonValue child = object.value(key);
    if (value.isUndefined() && !child.isObject())
        return object; // removing below a key that is not there: nothing to do
    object.insert(key, withValue(child.toObject(), path, index + 1, value));
    return object;
}

QJsonValue toJson(const ConfigChange::Value &value)
{
    if (const auto *text = std::get_if<QString>(&value))
        return *text;
    if (const auto *list = std::get_if<QStringList>(&value))
        return QJsonArray::fromStringList(*list);
    if (const auto *flag = std::get_if<bool>(&value))
        return *flag;
    return QJsonValue(QJsonValue::Undefined);
}

bool isIdentityList(const QStringList &path)
{
    const QString &last = path.last();
    return (path.size() >= 3 && path.first() == QLatin1String("channels") &&
            (last == QLatin1String("allowFrom") || last == QLatin1String("groupAllowFrom"))) ||
           path == QStringList{QStringLiteral("commands"), QStringLiteral("ownerAllowFrom")} ||
           (path.size() == 4 &&
            path.mid(0, 3) == QStringList{QStringLiteral("tools"), QStringLiteral("elevated"),
                                          QStringLiteral("allowFrom")});
}

// Each entry checked against its channel's forms; "*" is OpenClaw's wildcard everywhere.
std::optional<QStringList> normalizeList(const QStringList &path, const QStringList &entries,
                                         QString *problem)
{
    QStringList out;
    for (const QString &entry : entries) {
        const QString trimmed = entry.trimmed();
        if (trimmed == QLatin1String("*")) {
            out.append(trimmed);
            continue;
        }
        QString channel;
        QString id = trimmed;
        if (path.first() == QLatin1String("channels")) {
            channel = path.at(1);
        } else if (path.first() == QLatin1String("tools")) {
            channel = path.at(3);
        } else {
            // commands.ownerAllowFrom: "<channel>:<id>"
            const qsizetype colon = trimmed.indexOf(u':');
            if (colon <= 0) {
                *problem = tr("%1: \"%2\" needs its channel in front, e.g. telegram:123456789")
                               .arg(path.join(u'.'), trimmed);
                return std::nullopt;
            }
            channel = trimmed.left(colon);
            id = trimmed.mid(colon + 1);
        }
        QString why;
        const std::optional<QString> normalized = normalizeIdentity(channel, id, &why);
        if (!normalized) {
            *problem = tr("%1: \"%2\" is not a %3 identity: %4").arg(path.join(u'.'), trimmed, channel, why);
            return std::nullopt;
        }
        out.append(path.first() == QLatin1String("commands") ? channel + u':' + *normalized : *normalized);
    }
    return out;
}

bool containsSentinel(const QJsonValue &value)
{
    if (value.isString())
        return value.toString() == QLatin1String(gateway::ConfigSnapshot::redactedSentinel);
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (containsSentinel(item))
                return true;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (containsSentinel(it.value()))
                return true;
        }
    }
    return false;
}

void collectLeaves(const QJsonValue &before, const QJsonValue &after, const QString &prefix,
                   QList<ChangeLine> *out)
{
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList keys = a.keys();
        for (const QString &key : b.keys()) {
            if (!a.contains(key))
                keys.append(key);
        }
        keys.sort();
        for (const QString &key : std::as_const(keys))
            collectLeaves(a.value(key), b.value(key), prefix.isEmpty() ? key : prefix + u'.' + key, out);
        return;
    }
    if (before != after)
        out->append({prefix, asText(before), asText(after)});
}

} // namespace

QList<ChangeLine> changedLeaves(const QJsonObject &before, const QJsonObject &after)
{
    QList<ChangeLine> out;
    collectLeaves(before, after, {}, &out);
    return out;
}

std::optional<PlannedWrite> planWrite(const QJsonObject &config, const QString &baseHash,
                                      const ConfigEdit &edit, QString *problem)
{
    const PolicyConfig policy = readPolicyConfig(config);
    QJsonObject after = config;
    for (const ConfigChange &change : edit.changes) {
        if (change.path.isEmpty() || change.path.contains(QString())) {
            *problem = tr("an empty config path");
            return std::nullopt;
        }
        if (change.path.first() == QLatin1String("channels") && change.path.size() >= 2) {
            const ChannelConfig *channel = policy.channel(change.path.at(1));
            if (channel && channel->isReadOnly()) {
                *problem =
                    tr("channels.%1 has settings Switchboard cannot read (%2); it is shown read-only and "
                       "never rewritten.")
                        .arg(channel->channel, channel->problems.join(QStringLiteral("; ")));
                return std::nullopt;
            }
        }
        QJsonValue value = toJson(change.value);
        if (const auto *list = std::get_if<QStringList>(&change.value); list && isIdentityList(change.path)) {
            const std::optional<QStringList> normalized = normalizeList(change.path, *list, problem);
            if (!normalized)
                return std::nullopt;
            value = QJsonArray::fromStringList(*normalized);
        }
        if (containsSentinel(value)) {
            *problem =
                tr("%1: a redacted secret cannot be written back as a value").arg(change.path.join(u'.'));
            return std::nullopt;
        }
        after = withValue(after, change.path, 0, value);
    }

    PlannedWrite planned;
    planned.after = after;
    planned.patch = gateway::MergePatch::diff(config, after);
    planned.preview.summary = edit.summary;
    planned.preview.lines = changedLeaves(config, after);
    planned.preview.baseHash = baseHash;
    if (!planned.patch.isEmpty()) {
        planned.preview.patchJson = planned.patch.toText();
        planned.preview.replacePaths = planned.patch.replacePaths();
    }
    return planned;
}

} // namespace sb::policy

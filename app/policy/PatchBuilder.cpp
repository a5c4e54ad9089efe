#include "app/policy/PatchBuilder.h"

#include "app/gateway/MethodTypes.h"
#include "app/policy/IdentityRules.h"
#include "app/policy/PolicyReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

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

QJsonValue valueAt(const QJsonObject &object, const QStringList &path)
{
    QJsonValue value = object;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value;
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

// The channel an entry of an identity list names, and the entry without it
// (commands.ownerAllowFrom entries are "<channel>:<id>"); nothing when it names none.
std::optional<std::pair<QString, QString>> entryChannel(const QStringList &path, const QString &entry)
{
    if (path.first() == QLatin1String("channels"))
        return std::pair{path.at(1), entry};
    if (path.first() == QLatin1String("tools"))
        return std::pair{path.at(3), entry};
    const qsizetype colon = entry.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    return std::pair{entry.left(colon).toLower(), entry.mid(colon + 1)}; // OpenClaw ignores its case
}

// What an entry is compared by: its canonical form when it has one, else itself.
QString identityKey(const QStringList &path, const QString &entry)
{
    const QString trimmed = entry.trimmed();
    const auto named = entryChannel(path, trimmed);
    if (trimmed == QLatin1String("*") || !named)
        return trimmed;
    const std::optional<QString> canonical = normalizeIdentity(named->first, named->second, nullptr);
    return canonical ? named->first + u':' + *canonical : trimmed;
}

// Each entry checked against its channel's forms; "*" is OpenClaw's wildcard everywhere.
// Entries the list already holds (`current`) are kept as written there: the gateway took them,
// and an edit elsewhere in the list never rewrites them. A new entry is written in its
// canonical form, and not at all when the list already names the same identity ("tg:123" and
// "123" are one Telegram user).
std::optional<QStringList> normalizeList(const QStringList &path, const QStringList &entries,
                                         const QJsonArray &current, QString *problem)
{
    QStringList kept;
    for (const QJsonValue &value : current)
        kept << value.toString();
    QStringList out;
    QSet<QString> seen;
    for (const QString &entry : entries) {
        const QString trimmed = entry.trimmed();
        QString written = trimmed;
        if (trimmed != QLatin1String("*") && !kept.contains(trimmed)) {
            const auto named = entryChannel(path, trimmed);
            if (!named) {
                *problem = tr("%1: \"%2\" needs its channel in front, e.g. telegram:123456789")
                               .arg(path.join(u'.'), trimmed);
                return std::nullopt;
            }
            QString why;
            const std::optional<QString> normalized = normalizeIdentity(named->first, named->second, &why);
            if (!normalized) {
                *problem = tr("%1: \"%2\" is not a %3 identity: %4")
                               .arg(path.join(u'.'), trimmed, named->first, why);
                return std::nullopt;
            }
            written =
                path.first() == QLatin1String("commands") ? named->first + u':' + *normalized : *normalized;
        }
        const QString key = identityKey(path, written);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out.append(written);
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
            const std::optional<QStringList> normalized =
                normalizeList(change.path, *list, valueAt(config, change.path).toArray(), problem);
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

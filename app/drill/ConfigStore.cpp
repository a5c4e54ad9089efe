#include "app/drill/ConfigStore.h"

#include "app/gateway/MergePatch.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sb::drill {

using namespace Qt::StringLiterals;

namespace {

QString joinPath(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

QJsonValue redactValue(const QJsonValue &value, bool secret)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.begin(); it != in.end(); ++it)
            out.insert(it.key(), redactValue(it.value(), ConfigStore::isSecretKey(it.key())));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(redactValue(item, false));
        return out;
    }
    if (secret && value.isString() && !value.toString().isEmpty())
        return QString::fromLatin1(kRedactedSentinel);
    return value;
}

// Puts the saved secret back wherever a client echoed the sentinel, as the real gateway does
// so that a config round-trip through a UI never destroys credentials.
bool restoreSentinels(QJsonValue &candidate, const QJsonValue &saved, const QString &path, QString *error)
{
    if (candidate.isString() && candidate.toString() == QLatin1String(kRedactedSentinel)) {
        if (!saved.isString()) {
            *error = u"cannot restore redacted value at %1: no saved value"_s.arg(path);
            return false;
        }
        candidate = saved;
        return true;
    }
    if (candidate.isObject()) {
        QJsonObject object = candidate.toObject();
        const QJsonObject savedObject = saved.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonValue child = it.value();
            if (!restoreSentinels(child, savedObject.value(it.key()), joinPath(path, it.key()), error))
                return false;
            it.value() = child;
        }
        candidate = object;
        return true;
    }
    if (candidate.isArray()) {
        QJsonArray array = candidate.toArray();
        const QJsonArray savedArray = saved.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue child = array.at(i);
            if (!restoreSentinels(child, savedArray.at(i), path + u'[' + QString::number(i) + u']', error))
                return false;
            array.replace(i, child);
        }
        candidate = array;
    }
    return true;
}

void diffLeaves(const QJsonValue &before, const QJsonValue &after, const QString &path, QStringList *out)
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
        for (const QString &key : keys)
            diffLeaves(a.value(key), b.value(key), joinPath(path, key), out);
        return;
    }
    if (before != after)
        out->append(path);
}

// Arrays whose entries would disappear. The real gateway refuses those unless the path is
// listed in replacePaths, so a stale editor cannot silently drop allowlist entries.
void findShrunkArrays(const QJsonValue &before, const QJsonValue &after, const QString &path,
                      QStringList *out)
{
    if (before.isObject()) {
        // A removed key counts too: the arrays it held lose their entries (verified: a null on
        // an object holding a list needs that list's path in replacePaths).
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        for (auto it = a.begin(); it != a.end(); ++it)
            findShrunkArrays(it.value(), b.value(it.key()), joinPath(path, it.key()), out);
        return;
    }
    if (before.isArray() && after.isUndefined()) {
        if (!before.toArray().isEmpty())
            out->append(path);
        return;
    }
    if (before.isArray() && after.isArray()) {
        const QJsonArray newer = after.toArray();
        for (const QJsonValue &item : before.toArray()) {
            if (!newer.contains(item)) {
                out->append(path);
                return;
            }
        }
    }
}

// The schema defaults the real gateway fills in before it compares two configs: a key newly
// written with its default value is saved (the file and its hash change) but is not a changed
// path (verified: dmPolicy "pairing" on a channel root answers changedPaths []).
bool isNewKeyWithDefaultValue(const QJsonObject &before, const QJsonObject &after, const QString &path)
{
    const QStringList keys = path.split(u'.');
    if (keys.size() != 3 || keys.first() != QLatin1String("channels"))
        return false;
    const QJsonObject beforeChannel = before.value(keys.at(0)).toObject().value(keys.at(1)).toObject();
    if (beforeChannel.contains(keys.at(2)))
        return false;
    const QJsonValue value =
        after.value(keys.at(0)).toObject().value(keys.at(1)).toObject().value(keys.at(2));
    return (keys.at(2) == QLatin1String("dmPolicy") && value == QJsonValue(u"pairing"_s)) ||
           (keys.at(2) == QLatin1String("groupPolicy") && value == QJsonValue(u"allowlist"_s));
}

} // namespace

ConfigStore::ConfigStore(QJsonObject initial, QString path)
    : m_config(std::move(initial))
    , m_path(std::move(path))
{
    m_hash = hashOf(m_config);
    m_appliedRevision = revisionHash();
}

QString ConfigStore::hashOf(const QJsonObject &config, const QByteArray &salt)
{
    // The real gateway's revision hashes look like "hmac-sha256:v1:<base64url>"; the drill
    // uses a plain SHA-256 of the canonical JSON in the same spelling.
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(salt + canonicalJson(config)), QCryptographicHash::Sha256);
    return QStringLiteral("hmac-sha256:v1:") +
           QString::fromLatin1(
               digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ConfigStore::revisionHash() const
{
    return hashOf(m_config, "revision:");
}

QJsonObject ConfigStore::redacted() const
{
    return redactValue(m_config, false).toObject();
}

bool ConfigStore::isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.endsWith(QLatin1String("token")) || k.endsWith(QLatin1String("secret")) ||
           k.endsWith(QLatin1String("password")) || k.endsWith(QLatin1String("apikey")) ||
           k == QLatin1String("privatekey");
}

QByteArray ConfigStore::canonicalJson(const QJsonObject &object)
{
    // QJsonObject keeps its keys sorted, so the compact form is already canonical.
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ConfigStore::WriteResult ConfigStore::patch(const QJsonObject &mergePatchObject,
                                            const QStringList &replacePaths)
{
    QJsonValue merged = gateway::MergePatch::apply(m_config, mergePatchObject);
    QString error;
    if (!restoreSentinels(merged, m_config, {}, &error))
        return {false, error, {}, false, {}, false};

    QStringList shrunk;
    findShrunkArrays(m_config, merged, {}, &shrunk);
    QStringList unconfirmed;
    for (const QString &path : std::as_const(shrunk)) {
        if (!replacePaths.contains(path))
            unconfirmed.append(path);
    }
    if (!unconfirmed.isEmpty()) {
        return {false,
                u"config.patch would remove entries from array path(s): %1. Pass replacePaths with the exact "
                u"path(s) when this is intentional, or use config.apply for full-config replacement."_s.arg(
                    unconfirmed.join(u", "_s)),
                {},
                false,
                {},
                false};
    }
    return commit(merged.toObject());
}

ConfigStore::WriteResult ConfigStore::replace(const QJsonObject &full)
{
    QJsonValue candidate = full;
    QString error;
    if (!restoreSentinels(candidate, m_config, {}, &error))
        return {false, error, {}, false, {}, false};
    return commit(candidate.toObject());
}

ConfigStore::WriteResult ConfigStore::commit(const QJsonObject &next)
{
    WriteResult result;
    result.ok = true;
    diffLeaves(m_config, next, {}, &result.changedPaths);
    result.writtenPaths = result.changedPaths;
    if (result.changedPaths.isEmpty()) {
        result.noop = true;
        return result;
    }
    result.changedPaths.removeIf(
        [&](const QString &path) { return isNewKeyWithDefaultValue(m_config, next, path); });
    m_config = next;
    m_hash = hashOf(m_config);
    // The gateway section (port, bind, auth) is restart-kind: the running drill keeps the old
    // revision until a restart it never does.
    result.requiresRestart =
        std::any_of(result.writtenPaths.cbegin(), result.writtenPaths.cend(),
                    [](const QString &path) { return path.startsWith(QLatin1String("gateway.")); });
    if (!result.requiresRestart)
        m_appliedRevision = revisionHash();
    return result;
}

} // namespace sb::drill

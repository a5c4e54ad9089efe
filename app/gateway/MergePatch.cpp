#include "app/gateway/MergePatch.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb::gateway {

namespace {

QJsonObject withValueAt(QJsonObject object, const QStringList &path, qsizetype index, const QJsonValue &value)
{
    const QString &key = path.at(index);
    if (index == path.size() - 1) {
        object.insert(key, value);
        return object;
    }
    const QJsonValue existing = object.value(key);
    QJsonObject child = existing.isObject() ? existing.toObject() : QJsonObject();
    object.insert(key, withValueAt(child, path, index + 1, value));
    return object;
}

// The gateway refuses a null that drops array entries, directly or inside a removed object,
// unless each such array is listed in replacePaths (verified on 2026.9.6).
void listRemovedArrays(MergePatch &patch, const QStringList &path, const QJsonValue &removed)
{
    if (removed.isArray() && !removed.toArray().isEmpty())
        patch.replaceArray(path.join(QLatin1Char('.')));
    if (removed.isObject()) {
        const QJsonObject object = removed.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            listRemovedArrays(patch, path + QStringList{it.key()}, it.value());
    }
}

void diffInto(MergePatch &patch, const QStringList &prefix, const QJsonObject &before,
              const QJsonObject &after)
{
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (!after.contains(it.key())) {
            patch.remove(prefix + QStringList{it.key()});
            listRemovedArrays(patch, prefix + QStringList{it.key()}, it.value());
        }
    }
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QStringList path = prefix + QStringList{it.key()};
        const QJsonValue old = before.value(it.key());
        const QJsonValue now = it.value();
        if (old == now)
            continue;
        if (old.isObject() && now.isObject()) {
            diffInto(patch, path, old.toObject(), now.toObject());
            continue;
        }
        patch.set(path, now);
        if (now.isArray() && old.isArray())
            patch.replaceArray(path.join(QLatin1Char('.')));
    }
}

} // namespace

MergePatch &MergePatch::set(const QString &dottedPath, const QJsonValue &value)
{
    return set(dottedPath.split(QLatin1Char('.'), Qt::SkipEmptyParts), value);
}

MergePatch &MergePatch::set(const QStringList &path, const QJsonValue &value)
{
    if (!path.isEmpty())
        m_patch = withValueAt(m_patch, path, 0, value);
    return *this;
}

MergePatch &MergePatch::remove(const QString &dottedPath)
{
    return set(dottedPath, QJsonValue(QJsonValue::Null));
}

MergePatch &MergePatch::remove(const QStringList &path)
{
    return set(path, QJsonValue(QJsonValue::Null));
}

MergePatch &MergePatch::replaceArray(const QString &dottedPath)
{
    if (!m_replacePaths.contains(dottedPath))
        m_replacePaths.append(dottedPath);
    return *this;
}

MergePatch MergePatch::diff(const QJsonObject &before, const QJsonObject &after)
{
    MergePatch patch;
    diffInto(patch, {}, before, after);
    return patch;
}

QString MergePatch::toText() const
{
    return QString::fromUtf8(QJsonDocument(m_patch).toJson(QJsonDocument::Compact));
}

QJsonValue MergePatch::apply(const QJsonValue &target, const QJsonValue &patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject patchObject = patch.toObject();
    for (auto it = patchObject.begin(); it != patchObject.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), apply(result.value(it.key()), it.value()));
    }
    return result;
}

} // namespace sb::gateway

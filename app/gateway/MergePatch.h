#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace sb::gateway {

// Builds the RFC 7396 JSON merge patch that config.patch expects as `raw` text. Paths are
// dotted config paths ("channels.telegram.groupPolicy"); a key containing a dot is addressed
// with the QStringList overloads.
class MergePatch
{
public:
    MergePatch &set(const QString &dottedPath, const QJsonValue &value);
    MergePatch &set(const QStringList &path, const QJsonValue &value);
    // Removes the key on the server (a null in the patch).
    MergePatch &remove(const QString &dottedPath);
    MergePatch &remove(const QStringList &path);
    // Arrays are merged by id on the server; removing entries from one requires naming its
    // path here, otherwise the gateway refuses the patch.
    MergePatch &replaceArray(const QString &dottedPath);

    // The smallest patch that turns `before` into `after`. Arrays that differ are sent whole and
    // listed in replacePaths(), so removals are honoured; so are the arrays a removed key held.
    static MergePatch diff(const QJsonObject &before, const QJsonObject &after);

    bool isEmpty() const { return m_patch.isEmpty(); }
    QJsonObject patch() const { return m_patch; }
    QString toText() const; // compact JSON, which is valid JSON5 for `raw`
    QStringList replacePaths() const { return m_replacePaths; }

    // RFC 7396 applied locally: previews and the drill gateway use it.
    static QJsonValue apply(const QJsonValue &target, const QJsonValue &patch);

private:
    QJsonObject m_patch;
    QStringList m_replacePaths;
};

} // namespace sb::gateway

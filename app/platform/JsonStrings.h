#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace sb {

// Rewrites every string in a JSON tree, object keys included, leaving its shape and every other
// value as they are: how gateway answers are redacted and made safe for a JSON document.
template <typename Rewrite>
QJsonValue rewriteJsonStrings(const QJsonValue &value, const Rewrite &rewrite);

template <typename Rewrite>
QJsonObject rewriteJsonStrings(const QJsonObject &object, const Rewrite &rewrite)
{
    QJsonObject result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        result.insert(rewrite(it.key()), rewriteJsonStrings(it.value(), rewrite));
    return result;
}

template <typename Rewrite>
QJsonArray rewriteJsonStrings(const QJsonArray &array, const Rewrite &rewrite)
{
    QJsonArray result;
    for (const QJsonValue &item : array)
        result.append(rewriteJsonStrings(item, rewrite));
    return result;
}

template <typename Rewrite>
QJsonValue rewriteJsonStrings(const QJsonValue &value, const Rewrite &rewrite)
{
    switch (value.type()) {
    case QJsonValue::String:
        return rewrite(value.toString());
    case QJsonValue::Object:
        return rewriteJsonStrings(value.toObject(), rewrite);
    case QJsonValue::Array:
        return rewriteJsonStrings(value.toArray(), rewrite);
    default:
        return value;
    }
}

} // namespace sb

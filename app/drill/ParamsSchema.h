#pragma once

#include <optional>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb::drill {

// A tiny closed-object validator that reports the first problem in the words of the real
// gateway's formatValidationErrors() over ajv errors ("at /client: unexpected property 'x'",
// "must have required property 'id'", "at /client/mode: must be equal to one of the allowed
// values"). The real protocol schemas are all closed; so are these.
struct FieldRule
{
    enum class Type
    {
        Any,
        String,
        NonEmptyString,
        Integer,
        Boolean,
        StringArray,
        Object,
        ClosedObject
    };
    QString name;
    Type type = Type::Any;
    bool required = false;
    QStringList allowed;                // enum values for strings
    std::optional<qint64> minimum;      // for integers
    std::optional<qsizetype> maxLength; // for strings
    QList<FieldRule> children;          // for ClosedObject
};

std::optional<QString> validateClosedObject(const QJsonValue &value, const QList<FieldRule> &rules,
                                            const QString &path = {});

// "invalid <method> params: <reason>" when params do not fit, else nothing. Methods the drill
// does not know a schema for accept any object.
std::optional<QString> validateMethodParams(const QString &method, const QJsonValue &params);

const QList<FieldRule> &connectParamsRules();

} // namespace sb::drill

#include "app/gateway/Frame.h"

#include <cmath>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

namespace sb::gateway {

namespace {

// Every frame schema on the server is closed (additionalProperties: false). We accept the
// fields v4 added so one decoder serves both versions, and refuse anything else: a field
// we do not know means we do not understand the frame.
const QSet<QString> s_requestKeys = {QStringLiteral("type"),        QStringLiteral("id"),
                                     QStringLiteral("method"),      QStringLiteral("params"),
                                     QStringLiteral("traceparent"), QStringLiteral("expectedProfileId")};
const QSet<QString> s_responseKeys = {QStringLiteral("type"), QStringLiteral("id"), QStringLiteral("ok"),
                                      QStringLiteral("payload"), QStringLiteral("error")};
const QSet<QString> s_eventKeys = {QStringLiteral("type"),         QStringLiteral("event"),
                                   QStringLiteral("payload"),      QStringLiteral("seq"),
                                   QStringLiteral("stateVersion"), QStringLiteral("recipientProfileId")};
const QSet<QString> s_errorKeys = {QStringLiteral("code"), QStringLiteral("message"),
                                   QStringLiteral("details"), QStringLiteral("retryable"),
                                   QStringLiteral("retryAfterMs")};
const QSet<QString> s_stateVersionKeys = {QStringLiteral("presence"), QStringLiteral("health")};

// JSON numbers arrive as doubles; 2^53 is the last integer a double holds exactly.
constexpr double maxExactInteger = 9007199254740992.0;

std::optional<qint64> nonNegativeInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < 0 || number > maxExactInteger || std::floor(number) != number)
        return std::nullopt;
    return static_cast<qint64>(number);
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString unexpectedKey(const QJsonObject &object, const QSet<QString> &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return {};
}

// Reads a required non-empty string field; returns the reason when it is not one.
QString requireNonEmptyString(const QJsonObject &object, const QString &key, const QString &where,
                              QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QStringLiteral("%1 has no %2").arg(where, quoted(key));
    if (!value.isString())
        return QStringLiteral("%1 field %2 is not a string").arg(where, quoted(key));
    if (value.toString().isEmpty())
        return QStringLiteral("%1 field %2 is empty").arg(where, quoted(key));
    *out = value.toString();
    return {};
}

QString checkOptionalString(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (!value.isUndefined() && !value.isString())
        return QStringLiteral("%1 field %2 is not a string").arg(where, quoted(key));
    return {};
}

std::variant<ErrorShape, QString> decodeError(const QJsonValue &value)
{
    const QString where = QStringLiteral("response error");
    if (!value.isObject())
        return QStringLiteral("response field \"error\" is not an object");
    const QJsonObject object = value.toObject();
    if (const QString key = unexpectedKey(object, s_errorKeys); !key.isEmpty())
        return QStringLiteral("%1 has an unknown field %2").arg(where, quoted(key));
    ErrorShape error;
    if (QString why = requireNonEmptyString(object, QStringLiteral("code"), where, &error.code);
        !why.isEmpty())
        return why;
    if (QString why = requireNonEmptyString(object, QStringLiteral("message"), where, &error.message);
        !why.isEmpty())
        return why;
    error.details = object.value(QStringLiteral("details"));
    const QJsonValue retryable = object.value(QStringLiteral("retryable"));
    if (!retryable.isUndefined()) {
        if (!retryable.isBool())
            return QStringLiteral("%1 field \"retryable\" is not a boolean").arg(where);
        error.retryable = retryable.toBool();
    }
    const QJsonValue retryAfter = object.value(QStringLiteral("retryAfterMs"));
    if (!retryAfter.isUndefined()) {
        const auto ms = nonNegativeInteger(retryAfter);
        if (!ms)
            return QStringLiteral("%1 field \"retryAfterMs\" is not a non-negative integer").arg(where);
        error.retryAfterMs = *ms;
    }
    return error;
}

std::variant<Frame, DecodeError> decodeRequest(const QJsonObject &object)
{
    const QString where = QStringLiteral("req frame");
    if (const QString key = unexpectedKey(object, s_requestKeys); !key.isEmpty())
        return DecodeError{QStringLiteral("%1 has an unknown field %2").arg(where, quoted(key))};
    RequestFrame frame;
    if (QString why = requireNonEmptyString(object, QStringLiteral("id"), where, &frame.id); !why.isEmpty())
        return DecodeError{why};
    if (QString why = requireNonEmptyString(object, QStringLiteral("method"), where, &frame.method);
        !why.isEmpty())
        return DecodeError{why};
    for (const QString &key : {QStringLiteral("traceparent"), QStringLiteral("expectedProfileId")}) {
        if (QString why = checkOptionalString(object, key, where); !why.isEmpty())
            return DecodeError{why};
    }
    frame.params = object.value(QStringLiteral("params"));
    return Frame{frame};
}

std::variant<Frame, DecodeError> decodeResponse(const QJsonObject &object)
{
    const QString where = QStringLiteral("res frame");
    if (const QString key = unexpectedKey(object, s_responseKeys); !key.isEmpty())
        return DecodeError{QStringLiteral("%1 has an unknown field %2").arg(where, quoted(key))};
    ResponseFrame frame;
    if (QString why = requireNonEmptyString(object, QStringLiteral("id"), where, &frame.id); !why.isEmpty())
        return DecodeError{why};
    const QJsonValue ok = object.value(QStringLiteral("ok"));
    if (ok.isUndefined())
        return DecodeError{QStringLiteral("res frame has no \"ok\"")};
    if (!ok.isBool())
        return DecodeError{QStringLiteral("res frame field \"ok\" is not a boolean")};
    frame.ok = ok.toBool();
    frame.payload = object.value(QStringLiteral("payload"));
    const QJsonValue error = object.value(QStringLiteral("error"));
    if (!error.isUndefined()) {
        auto decoded = decodeError(error);
        if (const QString *why = std::get_if<QString>(&decoded))
            return DecodeError{*why};
        frame.error = std::get<ErrorShape>(std::move(decoded));
    }
    return Frame{frame};
}

std::variant<Frame, DecodeError> decodeEvent(const QJsonObject &object)
{
    const QString where = QStringLiteral("event frame");
    if (const QString key = unexpectedKey(object, s_eventKeys); !key.isEmpty())
        return DecodeError{QStringLiteral("%1 has an unknown field %2").arg(where, quoted(key))};
    EventFrame frame;
    if (QString why = requireNonEmptyString(object, QStringLiteral("event"), where, &frame.event);
        !why.isEmpty())
        return DecodeError{why};
    if (QString why = checkOptionalString(object, QStringLiteral("recipientProfileId"), where);
        !why.isEmpty())
        return DecodeError{why};
    frame.payload = object.value(QStringLiteral("payload"));
    const QJsonValue seq = object.value(QStringLiteral("seq"));
    if (!seq.isUndefined()) {
        frame.seq = nonNegativeInteger(seq);
        if (!frame.seq)
            return DecodeError{QStringLiteral("event frame field \"seq\" is not a non-negative integer")};
    }
    const QJsonValue stateVersion = object.value(QStringLiteral("stateVersion"));
    if (!stateVersion.isUndefined()) {
        if (!stateVersion.isObject())
            return DecodeError{QStringLiteral("event frame field \"stateVersion\" is not an object")};
        const QJsonObject versions = stateVersion.toObject();
        if (const QString key = unexpectedKey(versions, s_stateVersionKeys); !key.isEmpty())
            return DecodeError{QStringLiteral("event stateVersion has an unknown field %1").arg(quoted(key))};
        const auto presence = nonNegativeInteger(versions.value(QStringLiteral("presence")));
        const auto health = nonNegativeInteger(versions.value(QStringLiteral("health")));
        if (!presence || !health) {
            return DecodeError{
                QStringLiteral("event stateVersion needs non-negative integers \"presence\" and \"health\"")};
        }
        frame.stateVersion = StateVersion{*presence, *health};
    }
    return Frame{frame};
}

QJsonObject encodeObject(const RequestFrame &frame)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("req")},
                       {QStringLiteral("id"), frame.id},
                       {QStringLiteral("method"), frame.method}};
    if (!frame.params.isUndefined())
        object.insert(QStringLiteral("params"), frame.params);
    return object;
}

QJsonObject encodeObject(const ResponseFrame &frame)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("res")},
                       {QStringLiteral("id"), frame.id},
                       {QStringLiteral("ok"), frame.ok}};
    if (!frame.payload.isUndefined())
        object.insert(QStringLiteral("payload"), frame.payload);
    if (frame.error)
        object.insert(QStringLiteral("error"), frame.error->toJson());
    return object;
}

QJsonObject encodeObject(const EventFrame &frame)
{
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("event")},
                       {QStringLiteral("event"), frame.event}};
    if (!frame.payload.isUndefined())
        object.insert(QStringLiteral("payload"), frame.payload);
    if (frame.seq)
        object.insert(QStringLiteral("seq"), *frame.seq);
    if (frame.stateVersion) {
        object.insert(QStringLiteral("stateVersion"),
                      QJsonObject{{QStringLiteral("presence"), frame.stateVersion->presence},
                                  {QStringLiteral("health"), frame.stateVersion->health}});
    }
    return object;
}

} // namespace

QJsonObject ErrorShape::toJson() const
{
    QJsonObject object{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isUndefined())
        object.insert(QStringLiteral("details"), details);
    if (retryable)
        object.insert(QStringLiteral("retryable"), *retryable);
    if (retryAfterMs)
        object.insert(QStringLiteral("retryAfterMs"), *retryAfterMs);
    return object;
}

std::variant<Frame, DecodeError> decodeFrame(const QByteArray &text, qint64 maxBytes)
{
    if (maxBytes > 0 && text.size() > maxBytes) {
        return DecodeError{
            QStringLiteral("frame of %1 bytes exceeds the limit of %2 bytes").arg(text.size()).arg(maxBytes)};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return DecodeError{
            QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset)};
    }
    if (!document.isObject())
        return DecodeError{QStringLiteral("frame is not a JSON object")};
    const QJsonObject object = document.object();
    const QJsonValue type = object.value(QStringLiteral("type"));
    if (type.isUndefined())
        return DecodeError{QStringLiteral("frame has no \"type\"")};
    if (!type.isString())
        return DecodeError{QStringLiteral("frame field \"type\" is not a string")};
    const QString kind = type.toString();
    if (kind == QLatin1String("req"))
        return decodeRequest(object);
    if (kind == QLatin1String("res"))
        return decodeResponse(object);
    if (kind == QLatin1String("event"))
        return decodeEvent(object);
    // Cap the echoed type: the reason goes to logs and must not become a vector for junk.
    return DecodeError{QStringLiteral("unknown frame type %1").arg(quoted(kind.left(64)))};
}

QByteArray encodeFrame(const Frame &frame)
{
    const QJsonObject object = std::visit([](const auto &typed) { return encodeObject(typed); }, frame);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace sb::gateway

#pragma once

#include <optional>
#include <variant>

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sb::gateway {

// The three frame kinds of the OpenClaw Gateway Protocol (v3 and v4 share them; v4 adds
// optional fields we never send to a v3 server). Only app/gateway/ and the drill server
// (which speaks the same protocol from the other side) build or read frame JSON.

struct ErrorShape
{
    QString code; // e.g. "INVALID_REQUEST", "UNAVAILABLE", "FORBIDDEN"
    QString message;
    QJsonValue details{QJsonValue::Undefined}; // undefined when absent, never null on the wire
    std::optional<bool> retryable;
    std::optional<qint64> retryAfterMs;

    QJsonObject toJson() const;
};

struct RequestFrame
{
    QString id;
    QString method;
    QJsonValue params{QJsonValue::Undefined}; // undefined when absent
};

struct ResponseFrame
{
    QString id;
    bool ok = false;
    QJsonValue payload{QJsonValue::Undefined}; // undefined when absent
    std::optional<ErrorShape> error;
};

struct StateVersion
{
    qint64 presence = 0;
    qint64 health = 0;
};

struct EventFrame
{
    QString event;
    QJsonValue payload{QJsonValue::Undefined};
    std::optional<qint64> seq;
    std::optional<StateVersion> stateVersion;
};

using Frame = std::variant<RequestFrame, ResponseFrame, EventFrame>;

struct DecodeError
{
    QString reason; // in words, for the log and the user: "not JSON: ...", "unknown frame type \"x\""
};

// Decodes one WebSocket text frame. Never throws, never asserts: anything that is not a valid
// frame yields a DecodeError saying why. maxBytes == 0 means no size limit.
std::variant<Frame, DecodeError> decodeFrame(const QByteArray &text, qint64 maxBytes = 0);

QByteArray encodeFrame(const Frame &frame);

} // namespace sb::gateway

#pragma once

#include "app/gateway/Frame.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sb::fuzz {

// The payload the Connection would hand to the parsers (a res or event frame's), or the whole
// document for inputs that are a bare payload.
inline QJsonValue payloadOf(const QByteArray &input)
{
    const auto decoded = gateway::decodeFrame(input);
    if (const auto *frame = std::get_if<gateway::Frame>(&decoded)) {
        if (const auto *response = std::get_if<gateway::ResponseFrame>(frame))
            return response->payload;
        if (const auto *event = std::get_if<gateway::EventFrame>(frame))
            return event->payload;
    }
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace sb::fuzz

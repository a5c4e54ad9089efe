#include "app/health/LaneKey.h"

namespace sb {

QString channelDisplayName(const QString &channel)
{
    if (channel == QLatin1String("whatsapp"))
        return QStringLiteral("WhatsApp");
    if (channel == QLatin1String("telegram"))
        return QStringLiteral("Telegram");
    if (channel == QLatin1String("signal"))
        return QStringLiteral("Signal");
    if (channel == QLatin1String("imessage"))
        return QStringLiteral("iMessage");
    return channel;
}

QString LaneKey::toString() const
{
    return gatewayId + QLatin1Char('/') + channel + QLatin1Char('/') + accountId;
}

std::optional<LaneKey> LaneKey::fromString(const QString &text)
{
    const qsizetype first = text.indexOf(QLatin1Char('/'));
    if (first <= 0)
        return std::nullopt;
    const qsizetype second = text.indexOf(QLatin1Char('/'), first + 1);
    if (second <= first + 1 || second == text.size() - 1)
        return std::nullopt;
    LaneKey key{text.left(first), text.mid(first + 1, second - first - 1), text.mid(second + 1)};
    return key;
}

} // namespace sb

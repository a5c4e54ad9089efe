#pragma once

#include <optional>
#include <tuple>

#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace sb {

// One lane of the timeline: a (gateway, channel, account) triple. Nothing above the gateway
// client assumes a single gateway, so the gateway id is always part of the key.
struct LaneKey
{
    QString gatewayId;
    QString channel;
    QString accountId;

    bool isValid() const { return !gatewayId.isEmpty() && !channel.isEmpty() && !accountId.isEmpty(); }

    // "gw/whatsapp/default": the form logs, the store's action log and switchboardctl print.
    QString toString() const;
    // Inverse of toString(); the account id keeps any further slashes.
    static std::optional<LaneKey> fromString(const QString &text);

    friend bool operator==(const LaneKey &a, const LaneKey &b)
    {
        return a.gatewayId == b.gatewayId && a.channel == b.channel && a.accountId == b.accountId;
    }
    friend bool operator!=(const LaneKey &a, const LaneKey &b) { return !(a == b); }
    friend bool operator<(const LaneKey &a, const LaneKey &b)
    {
        return std::tie(a.gatewayId, a.channel, a.accountId) < std::tie(b.gatewayId, b.channel, b.accountId);
    }
};

inline size_t qHash(const LaneKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.gatewayId, key.channel, key.accountId);
}

// A channel id as people write it: the brands' own spelling ("WhatsApp", not a translated
// word); an id this console does not know is shown as the gateway wrote it.
QString channelDisplayName(const QString &channel);

} // namespace sb

Q_DECLARE_METATYPE(sb::LaneKey)

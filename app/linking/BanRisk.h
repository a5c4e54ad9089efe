#pragma once

#include "app/health/HealthTypes.h"
#include "app/store/StoreTypes.h"

#include <optional>

#include <QList>
#include <QString>

namespace sb::linking {

// Why relinking this number now is likely to end in another ban: WhatsApp treats a number
// that comes straight back after a ban as the same abuse (the story's 18:57 relink, banned at
// 19:08). The operator may go on; the flow only says it first.
struct BanRisk
{
    enum class Why
    {
        PossibleBan,      // the engine calls the lane blocked: possible ban
        RecentRelinkLost, // the last relink ended in a loss within the last 24 h
    };
    Why why = Why::PossibleBan;
    qint64 at = 0; // when the lane was blocked / the relink was lost (UTC ms)

    QString text() const; // translated, plain text
};

constexpr qint64 kRecentRelinkWindowMs = 24LL * 60 * 60 * 1000;

// `recent` is the lane's history segments (any order); `nowMs` on the engine's clock. A relink
// is probation straight after logged out, blocked or conflict (not a reconnect after a flap).
std::optional<BanRisk> banRiskBeforeRelink(const health::LaneStatus &lane,
                                           const QList<store::Segment> &recent, qint64 nowMs);

} // namespace sb::linking

#include "app/linking/BanRisk.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>

namespace sb::linking {

namespace {

// A lane needs a (re)link after these; probation right after one of them is a relink, not a
// reconnect after a flap.
bool needsLink(LaneState state)
{
    return state == LaneState::LoggedOut || state == LaneState::Blocked || state == LaneState::Conflict;
}

bool isLoss(LaneState state)
{
    return state == LaneState::Blocked || state == LaneState::LoggedOut || state == LaneState::Conflict ||
           state == LaneState::Stopped || state == LaneState::Disabled;
}

} // namespace

QString BanRisk::text() const
{
    const QString when = QDateTime::fromMSecsSinceEpoch(at).toLocalTime().toString(QStringLiteral("HH:mm"));
    const QString what =
        why == Why::PossibleBan
            ? QCoreApplication::translate("sb::linking::BanRisk",
                                          "This number was blocked at %1, possibly banned by WhatsApp.")
                  .arg(when)
            : QCoreApplication::translate(
                  "sb::linking::BanRisk",
                  "This number's last relink was lost at %1, within the last 24 hours.")
                  .arg(when);
    return what + u' ' +
           QCoreApplication::translate(
               "sb::linking::BanRisk",
               "Relinking a number that was just banned tends to end in another ban. Move the operators to "
               "another channel first (fail over) and let this number rest; relink only if you must.");
}

std::optional<BanRisk> banRiskBeforeRelink(const health::LaneStatus &lane,
                                           const QList<store::Segment> &recent, qint64 nowMs)
{
    if (lane.state == LaneState::Blocked)
        return BanRisk{BanRisk::Why::PossibleBan, lane.since};
    QList<store::Segment> segments = recent;
    std::sort(segments.begin(), segments.end(),
              [](const store::Segment &a, const store::Segment &b) { return a.from < b.from; });
    std::optional<BanRisk> risk;
    for (qsizetype i = 1; i + 1 < segments.size(); ++i) {
        const store::Segment &next = segments.at(i + 1);
        if (needsLink(segments.at(i - 1).state) && segments.at(i).state == LaneState::Probation &&
            isLoss(next.state) && next.from >= nowMs - kRecentRelinkWindowMs && next.from <= nowMs)
            risk = BanRisk{BanRisk::Why::RecentRelinkLost, next.from};
    }
    return risk;
}

} // namespace sb::linking

#include "ui/StoryShots.h"

#include "app/platform/Clock.h"
#include "ui/ScreenshotTour.h"
#include "ui/timeline/TimelineView.h"

#include <QDateTime>
#include <QTimeZone>

namespace sb {

void addStoryShots(ScreenshotTour &tour, TimelineView &timeline, const Clock &storyClock,
                   const QTimeZone &zone, std::function<void(const LaneKey &lane)> sendTestMessage)
{
    const auto at = [zone](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 2, day), QTime(hour, minute), zone).toMSecsSinceEpoch();
    };
    const auto zoomTo = [&timeline](qint64 from, qint64 to) {
        return [&timeline, from, to] {
            timeline.setVisibleRange(from, to);
            // The lane the night is about, with its facts in the side panel.
            timeline.selectLane(
                LaneKey{QStringLiteral("drill"), QStringLiteral("whatsapp"), QStringLiteral("default")});
        };
    };
    tour.addMainWindowShot(QStringLiteral("timeline-night.png"), zoomTo(at(12, 0, 0), at(13, 1, 30)));
    tour.addMainWindowShot(QStringLiteral("timeline-day.png"), zoomTo(at(12, 11, 0), at(12, 20, 0)));
    tour.addMainWindowShot(QStringLiteral("timeline-hour.png"), zoomTo(at(12, 18, 40), at(12, 19, 20)));
    // The Signal lane after its proof, with a test message the console sent over it.
    tour.addMainWindowShot(QStringLiteral("lane-actions.png"), [&timeline, &storyClock, at, sendTestMessage] {
        const LaneKey signal{QStringLiteral("drill"), QStringLiteral("signal"), QStringLiteral("default")};
        // From Signal's registration trouble to now, where the test message's flag lands.
        const qint64 now = storyClock.nowMs();
        timeline.setVisibleRange(at(13, 0, 15), now + (now - at(13, 0, 15)) / 20);
        timeline.selectLane(signal);
        sendTestMessage(signal);
    });
}

} // namespace sb

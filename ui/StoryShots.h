#pragma once

#include "app/health/LaneKey.h"

#include <functional>

class QTimeZone;

namespace sb {

class Clock;
class ScreenshotTour;
class TimelineView;

// The README's pictures of the story's night (the drill's default scenario, gateway "drill"):
// all of it, the WhatsApp afternoon and evening, the hour around the 18:57 relink and the 19:08
// loss, and the Signal lane after its proof with a test message sent over it. The times are the
// story's, so they live here, beside nothing else, rather than in the composition root.
// `storyClock` is the drill's scenario clock (its now places the test message's flag);
// `sendTestMessage` sends one on the lane given.
void addStoryShots(ScreenshotTour &tour, TimelineView &timeline, const Clock &storyClock,
                   const QTimeZone &zone, std::function<void(const LaneKey &lane)> sendTestMessage);

} // namespace sb

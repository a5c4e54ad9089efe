#include "app/platform/Clock.h"

namespace sb {

namespace {
SystemClock s_systemClock;
Clock *s_clock = &s_systemClock;
} // namespace

Clock &Clock::instance()
{
    return *s_clock;
}

void Clock::setInstance(Clock *clock)
{
    s_clock = clock ? clock : &s_systemClock;
}

} // namespace sb

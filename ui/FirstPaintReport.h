#pragma once

class QWidget;

namespace sb {

// The cold-start and fleet benchmarks' probe (bench/timeline/BenchColdStart, scripts/bench.sh):
// once `target` has finished its first paint, prints "first-paint VmRSS: … VmHWM: …" (Linux
// /proc) on stdout and quits the event loop with status 0. Switched on by the environment
// variable SWITCHBOARD_EXIT_AFTER_FIRST_PAINT; the window itself knows nothing of it.
void exitAfterFirstPaint(QWidget *target);

} // namespace sb

#!/usr/bin/env bash
# Builds and runs every benchmark and prints their figures (docs/benchmarks.md records them).
# Benchmarks are not tests: their numbers depend on the machine and on what else runs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
install_debian_packages build
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/switchboard/ccache}
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)" --target BenchFrameDecode BenchStoreIngest BenchTimelineRepaint BenchColdStart BenchLiveLatency BenchManyLanes BenchFleet BenchFleetLatency
echo "== Frame decode"
./build/ci/bench/BenchFrameDecode
echo "== Store ingest"
./build/ci/bench/store/BenchStoreIngest "$@"
echo "== Timeline repaint (200 lanes x 1,000,000 segments, then 1,000 lanes x 5,000,000)"
QT_QPA_PLATFORM=offscreen ./build/ci/bench/timeline/BenchTimelineRepaint
echo "== Cold start (1,000,000-event history)"
./build/ci/bench/timeline/BenchColdStart
echo "== Live latency (1,000 events/s)"
QT_QPA_PLATFORM=offscreen ./build/ci/bench/timeline/BenchLiveLatency 2>/dev/null
echo "== Many lanes (one channels.status, 10,000 new lanes)"
QT_QPA_PLATFORM=offscreen ./build/ci/bench/timeline/BenchManyLanes 2>/dev/null
echo "== A fleet in one window (50 drill gateways x 20 lanes)"
QT_QPA_PLATFORM=offscreen ./build/ci/bench/timeline/BenchFleet --quiet-seconds 60 2>/dev/null
echo "== A fleet's events (1,000 events/s over 50 drill gateways x 20 lanes) to the repaint"
QT_QPA_PLATFORM=offscreen ./build/ci/bench/timeline/BenchFleetLatency --seconds 15 2>/dev/null
echo "== Load average at the end (the machine may be shared)"
cat /proc/loadavg

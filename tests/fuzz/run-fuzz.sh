#!/usr/bin/env bash
# Builds tests/fuzz/FuzzFrameDecoder.cpp with clang's libFuzzer (+ASan/UBSan) directly against
# app/gateway/Frame.cpp and Qt Core, then runs it for a bounded time over a seed corpus of
# real frames recorded from a real OpenClaw gateway (tests/data/real-gateway/*.json and
# tests/gateway/data/*.json, secrets removed).
#
#   run-fuzz.sh SOURCE_DIR WORK_DIR [SECONDS]
#
# A separate compiler invocation rather than a CMake option: the project builds with GCC and
# libFuzzer needs clang; this keeps the main build untouched. Crashes land in WORK_DIR as
# crash-* files and make the script fail.
set -euo pipefail
src=${1:?usage: run-fuzz.sh SOURCE_DIR WORK_DIR [SECONDS]}
work=${2:?usage: run-fuzz.sh SOURCE_DIR WORK_DIR [SECONDS]}
seconds=${3:-30}
cxx=${CLANGXX:-clang++}

mkdir -p "$work/corpus" "$work/artifacts"
shopt -s nullglob
for seed in "$src"/tests/data/real-gateway/*.json "$src"/tests/gateway/data/*.json; do
    cp -f "$seed" "$work/corpus/seed-$(basename "$seed")"
done

# shellcheck disable=SC2046
"$cxx" -std=c++20 -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined -fPIC \
    $(pkg-config --cflags Qt6Core) -I"$src" \
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_NO_CAST_FROM_BYTEARRAY -DQT_NO_KEYWORDS \
    -DQT_USE_QSTRINGBUILDER -DQT_NO_DEBUG_OUTPUT \
    "$src/tests/fuzz/FuzzFrameDecoder.cpp" "$src/app/gateway/Frame.cpp" \
    $(pkg-config --libs Qt6Core) -o "$work/FuzzFrameDecoder"

# Qt's own JSON parser allocates per nesting level; keep inputs realistic but large enough to
# cover the size-limit branch.
"$work/FuzzFrameDecoder" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 "$work/corpus"

#!/usr/bin/env bash
# Builds one libFuzzer target (tests/fuzz/<TARGET>.cpp) with clang (+ASan/UBSan) directly
# against the app sources it exercises and Qt Core, then runs it for a bounded time over a
# seed corpus of real data recorded from a real OpenClaw gateway (secrets removed).
#
#   run-fuzz.sh SOURCE_DIR WORK_DIR SECONDS TARGET [--source FILE]... [--seeds GLOB]...
#               [--seed-lines FILE]...
#
#   --source FILE      an app source file the target needs (relative to SOURCE_DIR)
#   --seeds GLOB       every matching file is one seed (relative to SOURCE_DIR)
#   --seed-lines FILE  every line of FILE is one seed (JSON-lines logs)
# tests/fuzz/dicts/<TARGET>.dict, when present, gives libFuzzer the format's tokens.
# tests/fuzz/regressions/<TARGET>/* (inputs that once crashed) are always seeds: libFuzzer
# runs the whole corpus before mutating, so a fixed bug that comes back fails the test at once.
#
# A separate compiler invocation rather than a CMake option: the project builds with GCC and
# libFuzzer needs clang; this keeps the main build untouched. Crashes land in
# WORK_DIR/artifacts as crash-*/timeout-*/oom-* files and make the script fail.
set -euo pipefail
usage="usage: run-fuzz.sh SOURCE_DIR WORK_DIR SECONDS TARGET [--source FILE]... [--seeds GLOB]... [--seed-lines FILE]..."
src=${1:?$usage}
work=${2:?$usage}
seconds=${3:?$usage}
target=${4:?$usage}
shift 4
cxx=${CLANGXX:-clang++}

sources=()
seed_globs=()
seed_line_files=()
while [ $# -gt 0 ]; do
    case "$1" in
    --source) sources+=("$src/${2:?$usage}"); shift 2 ;;
    --seeds) seed_globs+=("${2:?$usage}"); shift 2 ;;
    --seed-lines) seed_line_files+=("$src/${2:?$usage}"); shift 2 ;;
    *) echo "$usage" >&2; exit 2 ;;
    esac
done

mkdir -p "$work/corpus" "$work/artifacts"
shopt -s nullglob
seeded=0
for pattern in "${seed_globs[@]}" "tests/fuzz/regressions/$target/*"; do
    # shellcheck disable=SC2206 # the glob is meant to expand here
    matches=("$src"/$pattern)
    for seed in "${matches[@]}"; do
        [ -f "$seed" ] || continue
        cp -f "$seed" "$work/corpus/seed-$(basename "$(dirname "$seed")")-$(basename "$seed")"
        seeded=$((seeded + 1))
    done
done
for file in "${seed_line_files[@]}"; do
    n=0
    prefix="$work/corpus/seed-${file##*/}"
    while IFS= read -r line || [ -n "$line" ]; do
        n=$((n + 1))
        [ -n "$line" ] || continue
        printf '%s' "$line" >"$prefix-$n"
        seeded=$((seeded + 1))
    done <"$file"
done
if [ "$seeded" -eq 0 ]; then
    echo "run-fuzz.sh: no seeds for $target" >&2
    exit 2
fi

# shellcheck disable=SC2046
"$cxx" -std=c++20 -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fPIC \
    $(pkg-config --cflags Qt6Core) -I"$src" \
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_NO_CAST_FROM_BYTEARRAY -DQT_NO_KEYWORDS \
    -DQT_USE_QSTRINGBUILDER -DQT_NO_DEBUG_OUTPUT \
    "$src/tests/fuzz/$target.cpp" "${sources[@]}" \
    $(pkg-config --libs Qt6Core) -o "$work/$target"

dict=()
if [ -f "$src/tests/fuzz/dicts/$target.dict" ]; then
    dict=(-dict="$src/tests/fuzz/dicts/$target.dict")
fi

echo "$target: $seeded seeds, $seconds s${dict:+, dictionary}"
# Qt's own JSON parser allocates per nesting level; keep inputs realistic but large enough to
# cover the size-limit branch.
"$work/$target" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
    "${dict[@]}" -artifact_prefix="$work/artifacts/" -print_final_stats=1 "$work/corpus"

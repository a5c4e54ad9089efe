#!/usr/bin/env bash
# Usage: check-headless-help.sh <switchboard binary> <version>
# `switchboard --help` and `--version` must work where no display exists (an SSH session, a
# package check): no platform plugin forced, no X11 or Wayland display.
set -uo pipefail

exe=${1:?usage: check-headless-help.sh <switchboard binary> <version>}
version=${2:?usage: check-headless-help.sh <switchboard binary> <version>}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-help.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
headless=(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORMTHEME
    HOME="$scratch" XDG_RUNTIME_DIR="$scratch")

status=0
check() { # <what> <expected exit> <expected text> <args...>
    local what=$1 expected=$2 text=$3
    shift 3
    local code
    timeout 20 "${headless[@]}" "$exe" "$@" >"$scratch/out" 2>"$scratch/err"
    code=$?
    if [[ $code -ne $expected ]]; then
        echo "FAIL: switchboard $* exited $code without a display, expected $expected" >&2
        cat "$scratch/err" >&2
        status=1
    elif ! grep -qF -- "$text" "$scratch/out"; then
        echo "FAIL: switchboard $* did not print \"$text\" ($what)" >&2
        cat "$scratch/out" "$scratch/err" >&2
        status=1
    fi
}

check "usage" 0 "Usage: " --help
check "the drill option" 0 "--drill" --help
check "short help" 0 "--history <file>" -h
check "version" 0 "Switchboard $version" --version
check "short version" 0 "Switchboard $version" -v

((status == 0)) && echo "headless help: ok"
exit $status

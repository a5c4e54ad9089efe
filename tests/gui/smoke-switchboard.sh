#!/usr/bin/env bash
# Usage: smoke-switchboard.sh <switchboard binary>
# Starts the real executable offscreen, as a user would (main.cpp, the composition root, the
# compiled-in translations, the keychain fallback), walks every window through the screenshot
# option and checks it exits cleanly; then checks command-line errors exit with 64.
set -euo pipefail

exe=${1:?usage: smoke-switchboard.sh <switchboard binary>}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-smoke.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config XDG_DATA_HOME=$scratch/home/.local/share
export XDG_CACHE_HOME=$scratch/home/.cache XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
# No session bus and no display to autolaunch one: the keychain is unavailable, so the app
# must fall back and say so, and a developer's real keyring is never touched.
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY

status=0
for lang in en ja; do
    shots=$scratch/shots-$lang
    log=$scratch/run-$lang.log
    if ! timeout 60 "$exe" --lang "$lang" --config "$scratch/settings.ini" --screenshot-dir "$shots" \
        --log-level info >"$log" 2>&1; then
        echo "FAIL: switchboard --lang $lang did not exit cleanly" >&2
        cat "$log" >&2
        status=1
        continue
    fi
    for png in main-window profile-dialog about-dialog; do
        [[ -s $shots/$png.png ]] || { echo "FAIL: $png.png missing ($lang)" >&2; status=1; }
    done
    grep -q "UI language: $lang" "$log" || { echo "FAIL: the $lang translation was not loaded" >&2; status=1; }
    grep -q "no keychain available" "$log" || { echo "FAIL: no keychain fallback reported ($lang)" >&2; status=1; }
done
[[ -s $XDG_DATA_HOME/Switchboard/Switchboard/logs/switchboard.log ]] || { echo "FAIL: no log file" >&2; status=1; }

for args in "--log-level nonsense=debug" "--lang zz"; do
    set +e
    # shellcheck disable=SC2086 # the arguments are meant to split
    "$exe" $args >/dev/null 2>"$scratch/usage.err"
    code=$?
    set -e
    if [[ $code -ne 64 ]]; then
        echo "FAIL: switchboard $args exited $code, expected 64" >&2
        status=1
    elif [[ ! -s $scratch/usage.err ]]; then
        echo "FAIL: switchboard $args gave no message" >&2
        status=1
    fi
done

((status == 0)) && echo "smoke: ok"
exit $status

#!/usr/bin/env bash
# Usage: scripts/screenshots.sh [build dir]      (default: build/ci)
#
# Runs the real switchboard binary in a virtual X server (the xcb platform, not offscreen, so
# the pictures show what a desktop shows) with a scratch HOME and a pre-seeded settings file,
# and writes PNGs of each window to docs/screenshots/. Builds nothing: build the preset first.
# When D-Bus and gnome-keyring are installed, a throw-away Secret Service runs for the session
# so the pictures show the normal state rather than the "no keychain" warning.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-build/ci}
[[ $build == /* ]] || build=$root/$build
exe=$build/app/switchboard
out=$root/docs/screenshots

if [[ ! -x $exe ]]; then
    echo "screenshots.sh: $exe not found; build first, e.g. cmake --build --preset ci" >&2
    exit 1
fi
if ! command -v xvfb-run >/dev/null; then
    echo "screenshots.sh: xvfb-run is missing (apt-get install xvfb xauth)" >&2
    exit 1
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-screenshots.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch/home
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share XDG_CACHE_HOME=$HOME/.cache
export XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

# Two example profiles, as an operator would have them; no token (secrets never appear in
# screenshots, and these gateways do not exist).
config=$XDG_CONFIG_HOME/Switchboard/Switchboard.conf
mkdir -p "$(dirname "$config")"
cat >"$config" <<'INI'
[gateways]
profiles\1\id=6f0c2a7e-3b1d-4c59-9a53-1d2f8e4b7c10
profiles\1\name=Tokyo (primary)
profiles\1\url=wss://gw-tokyo.example.net
profiles\1\displayTimeZone=Asia/Tokyo
profiles\1\allowInsecure=false
profiles\2\id=0b9d4e61-5a2c-4f7e-8c31-6e4a2d9f1b25
profiles\2\name=Drill (loopback)
profiles\2\url=ws://127.0.0.1:18789
profiles\2\displayTimeZone=
profiles\2\allowInsecure=false
profiles\size=2
INI

shots=$scratch/shots
app=("$exe" --config "$config" --lang en --screenshot-dir "$shots")
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
    # The keyring password only protects this scratch keyring, deleted on exit.
    app=(dbus-run-session -- bash -c \
        'printf screenshots | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
        keyring "${app[@]}")
fi

timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "${app[@]}"
# The same console on the built-in drill gateway playing the story's night.
# (QCommandLineParser keeps the last --screenshot-dir.)
# Speed 2400 plays the whole night in about 40 s; the tour waits for its end.
timeout 240 xvfb-run -a -s "-screen 0 1600x1000x24" "${app[@]}" --drill --speed 2400 --screenshot-dir "$shots/drill"
# A fleet: three drill gateways in one window (README "Watching many gateways").
timeout 240 xvfb-run -a -s "-screen 0 1600x1000x24" "${app[@]}" --drill --drill-gateways 3 --speed 2400 \
    --screenshot-dir "$shots/fleet"

mkdir -p "$out"
for name in main-window profile-dialog about-dialog preferences-dialog; do
    if [[ ! -s $shots/$name.png ]]; then
        echo "screenshots.sh: $name.png was not produced" >&2
        exit 1
    fi
    cp "$shots/$name.png" "$out/$name.png"
    echo "wrote ${out#"$root"/}/$name.png"
done
if [[ -s $shots/drill/main-window.png ]]; then
    cp "$shots/drill/main-window.png" "$out/drill-console.png"
    echo "wrote ${out#"$root"/}/drill-console.png"
else
    echo "screenshots.sh: the drill console screenshot was not produced" >&2
    exit 1
fi
for name in timeline-night timeline-day timeline-hour lane-actions; do
    if [[ ! -s $shots/drill/$name.png ]]; then
        echo "screenshots.sh: $name.png was not produced" >&2
        exit 1
    fi
    cp "$shots/drill/$name.png" "$out/$name.png"
    echo "wrote ${out#"$root"/}/$name.png"
done
if [[ -s $shots/fleet/main-window.png ]]; then
    cp "$shots/fleet/main-window.png" "$out/fleet-window.png"
    echo "wrote ${out#"$root"/}/fleet-window.png"
else
    echo "screenshots.sh: the fleet window screenshot was not produced" >&2
    exit 1
fi

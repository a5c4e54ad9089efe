#!/usr/bin/env bash
# The real OpenClaw CLI is a client of the drill: `openclaw gateway call health|channels.status
# --json --url --token` must succeed against switchboard-drill. Exit 77 (skip) without the
# runtime that scripts/openclaw-runtime.sh installs.
set -euo pipefail

DRILL=${1:?usage: $0 path/to/switchboard-drill}
CACHE_ROOT=${SWITCHBOARD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/switchboard}
OPENCLAW=${OPENCLAW_BIN:-$CACHE_ROOT/openclaw-2026.9.6/bin/openclaw}
if [[ ! -x "$OPENCLAW" ]]; then
    # ctest gives every test a scratch HOME; the runtime lives under the real one.
    OPENCLAW=$(getent passwd "$(id -u)" | cut -d: -f6)/.cache/switchboard/openclaw-2026.9.6/bin/openclaw
fi
if [[ ! -x "$OPENCLAW" ]]; then
    echo "SKIP: OpenClaw runtime not installed (run scripts/openclaw-runtime.sh)"
    exit 77
fi

WORK=$(mktemp -d)
DRILL_PID=
cleanup() {
    [[ -n "$DRILL_PID" ]] && kill "$DRILL_PID" 2>/dev/null || true
    [[ -n "$DRILL_PID" ]] && wait "$DRILL_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

TOKEN=drill-cli-$RANDOM$RANDOM
printf '%s' "$TOKEN" >"$WORK/token"
"$DRILL" --token-file "$WORK/token" --no-signal-emulator >"$WORK/drill.out" 2>"$WORK/drill.err" &
DRILL_PID=$!
for _ in $(seq 1 100); do
    grep -q '^listening ' "$WORK/drill.out" 2>/dev/null && break
    sleep 0.1
done
URL=$(sed -n 's/^listening //p' "$WORK/drill.out")
[[ -n "$URL" ]] || { echo "switchboard-drill did not start"; cat "$WORK/drill.err"; exit 1; }

# The CLI gets its own empty HOME: nothing from a local OpenClaw install leaks in.
mkdir -p "$WORK/home"
call() {
    HOME="$WORK/home" OPENCLAW_GATEWAY_TOKEN= timeout 90 "$OPENCLAW" gateway call "$1" --json --url "$URL" --token "$TOKEN"
}
call health >"$WORK/health.json"
grep -q '"channelOrder"' "$WORK/health.json" || { echo "health: unexpected output"; cat "$WORK/health.json"; exit 1; }
call channels.status >"$WORK/status.json"
grep -q '"channelAccounts"' "$WORK/status.json" || { echo "channels.status: unexpected output"; cat "$WORK/status.json"; exit 1; }
grep -q '"whatsapp"' "$WORK/status.json" || { echo "channels.status: no whatsapp"; exit 1; }
echo "openclaw gateway call health/channels.status against the drill: OK"

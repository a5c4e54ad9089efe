#!/usr/bin/env bash
# Runs a command inside a private D-Bus session that has a real Secret Service
# (gnome-keyring-daemon) with an unlocked login keyring in a throwaway HOME, so the test
# exercises QtKeychain -> libsecret -> Secret Service end to end without touching the
# user's keyring.
set -euo pipefail
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/.local/share" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- bash -c '
    set -uo pipefail
    # --unlock reads the keyring password from stdin and creates the login keyring. The
    # daemon forks: its stdio must not hold the test runner'"'"'s pipes open.
    eval "$(printf "switchboard-test-password" | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
    keyring_pid=$(pgrep -u "$(id -u)" -n -f "gnome-keyring-daemon" || true)
    "$@"
    status=$?
    [[ -n "$keyring_pid" ]] && kill "$keyring_pid" 2>/dev/null
    exit $status
' with-secret-service "$@" 2> >(grep -v "Failed to set fd limit" >&2)

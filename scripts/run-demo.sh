#!/usr/bin/env bash
# The README's run command: installs any missing Debian packages, builds the release
# preset and starts the console. Arguments are passed to switchboard.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh

install_debian_packages build
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/switchboard/ccache}
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
exec ./build/release/app/switchboard "$@"

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
# With no arguments the console starts on the built-in drill gateway playing the story's night.
if [[ $# -eq 0 ]]; then
    set -- --drill
fi
exec ./build/release/app/switchboard "$@"

#!/usr/bin/env bash
# Usage: scripts/test-screenshots.sh [build dir]      (default: build/ci)
#
# The README's pictures of the flows (WhatsApp QR, proof and cooldown, DM requests over two
# gateways, Signal captcha, rate limit and proof, the security finding and its fix, the
# Incidents dock, the failover banner, plan, result and rollback) taken by the GUI tests
# themselves at the states they check: each test saves its window when
# SWITCHBOARD_SCREENSHOT_DIR is set (tests/support/Screenshot.h). Offscreen; builds nothing.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-build/ci}
[[ $build == /* ]] || build=$root/$build
export SWITCHBOARD_SCREENSHOT_DIR=$root/docs/screenshots
ctest --test-dir "$build" --output-on-failure \
    -R '^(TestLinkingWizards|TestPairingDock|TestSignalWizard|TestSecurityWindow|TestIncidentsPanel|TestFailoverDialog|TestFailoverWindow)$'

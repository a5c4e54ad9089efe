#!/usr/bin/env bash
# Fails when the built switchboardctl carries the drill: any sb::drill:: symbol, or the embedded
# drill scenarios (their resource initialiser). switchboardctl is a client; the drill is a
# separate library (switchboard_drill) that only the window, switchboard-drill and tests link.
set -uo pipefail
binary=${1:?path to switchboardctl}
command -v nm >/dev/null || { echo "nm not found: skipped"; exit 77; }
[[ -x "$binary" ]] || { echo "no executable at $binary"; exit 1; }
symbols=$(nm -C "$binary") || { echo "nm could not read $binary"; exit 1; }
# A binary without a symbol table proves nothing either way.
[[ $(wc -l <<<"$symbols") -gt 100 ]] || { echo "$binary has no symbol table"; exit 1; }
hits=$(grep -E 'sb::drill::|qInitResources_drill_scenarios' <<<"$symbols")
if [[ -n "$hits" ]]; then
    echo "switchboardctl links the drill ($(wc -l <<<"$hits") symbols), e.g.:"
    head -n 10 <<<"$hits" | cut -c1-200
    exit 1
fi
echo "switchboardctl: no drill symbols"

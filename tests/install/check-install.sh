#!/usr/bin/env bash
# Usage: check-install.sh <build dir> [cmake]
# Runs `cmake --install` into a temporary prefix and checks that the installed tree holds the
# binaries, desktop integration files, icon and translations, and that the desktop files pass
# their validators.
set -euo pipefail

build_dir=${1:?usage: check-install.sh <build dir> [cmake]}
cmake=${2:-cmake}
prefix=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-install.XXXXXX")
trap 'rm -rf "$prefix"' EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
ok() { echo "ok: $*"; }

"$cmake" --install "$build_dir" --prefix "$prefix" >"$prefix/install.log" 2>&1 || {
    cat "$prefix/install.log" >&2
    echo "FAIL: cmake --install failed" >&2
    exit 1
}

app_id=dev.switchboard.Switchboard
desktop=$prefix/share/applications/$app_id.desktop
metainfo=$prefix/share/metainfo/$app_id.metainfo.xml
icon=$prefix/share/icons/hicolor/scalable/apps/$app_id.svg

for exe in switchboard switchboardctl; do
    if [[ -x $prefix/bin/$exe ]]; then ok "bin/$exe"; else fail "bin/$exe missing or not executable"; fi
done

for file in "$desktop" "$metainfo" "$icon" \
    "$prefix/share/switchboard/translations/switchboard_ja.qm" \
    "$prefix/share/switchboard/translations/switchboard_en.qm"; do
    if [[ -s $file ]]; then ok "${file#"$prefix"/}"; else fail "${file#"$prefix"/} missing or empty"; fi
done

if [[ -s $desktop ]]; then
    if command -v desktop-file-validate >/dev/null; then
        if desktop-file-validate "$desktop"; then ok "desktop-file-validate"; else fail "desktop-file-validate"; fi
    else
        echo "skip: desktop-file-validate not installed"
    fi
    grep -q "^Icon=$app_id$" "$desktop" || fail "the desktop file does not name the installed icon"
fi

if [[ -s $metainfo ]]; then
    if command -v appstreamcli >/dev/null; then
        if appstreamcli validate --no-net "$metainfo"; then ok "appstreamcli validate"; else fail "appstreamcli validate"; fi
    else
        echo "skip: appstreamcli not installed"
    fi
fi

if [[ -s $icon ]] && ! grep -q '<svg' "$icon"; then
    fail "the icon is not an SVG"
fi

if ((failures > 0)); then
    echo "$failures check(s) failed; installed tree:" >&2
    (cd "$prefix" && find . -type f | sort) >&2
    exit 1
fi
echo "installed tree OK"

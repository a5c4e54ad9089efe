#!/usr/bin/env bash
# Installs the Debian 12 packages Switchboard needs, and only those that are missing, so a
# second run costs one dpkg-query. Sourced by run-demo.sh and test.sh.
#   install_debian_packages build|test
set -euo pipefail

SWITCHBOARD_BUILD_PACKAGES=(
    cmake ninja-build ccache pkg-config g++
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite
    qtkeychain-qt6-dev libspdlog-dev libqrencode-dev libsqlite3-dev libgl-dev
    libqt6opengl6-dev  # Qt6Charts' CMake package needs Qt6OpenGL; qt6-charts-dev does not pull it in
    gnome-keyring dbus-daemon fonts-noto-cjk
)
SWITCHBOARD_TEST_PACKAGES=(
    xvfb xauth appstream desktop-file-utils procps iproute2
    clang libclang-rt-14-dev
    nodejs npm
    zbar-tools     # zbarimg decodes every QR code the console shows
    chromium       # opens the HTML we write (incident exports), headless
    poppler-utils  # pdftotext/pdftoppm read the PDF exports back
)

install_debian_packages() {
    local packages=("${SWITCHBOARD_BUILD_PACKAGES[@]}")
    [[ "${1:-build}" == test ]] && packages+=("${SWITCHBOARD_TEST_PACKAGES[@]}")
    local missing=()
    local pkg
    for pkg in "${packages[@]}"; do
        # npm may come from elsewhere (nvm, a Node tarball): a working npm is enough.
        if [[ "$pkg" == npm || "$pkg" == nodejs ]] && command -v npm >/dev/null 2>&1; then
            continue
        fi
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0

    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    echo "Installing Debian packages: ${missing[*]}" >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# CPack: a Debian package built against, and depending on, Debian 12's own Qt 6.4, QtKeychain,
# spdlog and libqrencode (nothing vendored). `cpack -G DEB` in a build directory makes it.
set(CPACK_PACKAGE_NAME "switchboard")
set(CPACK_PACKAGE_VENDOR "The Switchboard developers")
set(CPACK_PACKAGE_CONTACT "Switchboard maintainers <maintainers@switchboard.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Line breaks kept short: dpkg shows the extended description as written (lintian flags long lines).
# Only what ships: a feature joins this text (and the AppStream metainfo) when it lands.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "Switchboard watches a fleet of OpenClaw messaging gateways (WhatsApp,"
    "Telegram, Signal and more) and shows every channel's health as a live"
    "timeline, with incidents as bands. A channel that reconnects is on"
    "probation until it has proven its recovery. Alerts go to the tray and the"
    "desktop. From a lane it sends a test message, restarts the channel, links"
    "WhatsApp by QR, sets up a Telegram bot, approves DM pairing requests and"
    "registers or links Signal through signal-cli. It shows each account's"
    "effective allowlist policy, audits the configuration with previewed"
    "one-click fixes, fails a dying channel over to a proven one with every"
    "operator's test message confirmed (or rolls it back), and writes incident"
    "reports (Markdown, HTML, PDF, PNG)."
    "A built-in drill gateway replays a night of failures. Gateway tokens are"
    "kept in the system keychain. Includes the headless switchboardctl (status,"
    "watch, history, audit, policy, relink, pairing, signal, failover,"
    "incidents, export, import-log).")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_STRIP_FILES ON)

set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Spelled out rather than computed by dpkg-shlibdeps: the Qt plugins (SQLite driver, SVG icon
# engine) are loaded at run time, so no linker scan would find them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6core6 (>= 6.4.2), libqt6gui6 (>= 6.4.2), libqt6widgets6 (>= 6.4.2), libqt6network6 (>= 6.4.2), \
libqt6websockets6 (>= 6.4.2), libqt6sql6 (>= 6.4.2), libqt6sql6-sqlite (>= 6.4.2), libqt6charts6 (>= 6.4.2), \
libqt6svg6 (>= 6.4.2), libqt6keychain1 (>= 0.13), libspdlog1.10, libfmt9, libqrencode4, libc6, libstdc++6")
# A Secret Service provider keeps tokens across restarts; without one Switchboard warns and
# keeps them in memory only.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")

include(CPack)

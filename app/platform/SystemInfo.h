#pragma once

#include <QString>

namespace sb::systeminfo {

// Versions of the libraries this build runs with, for the About dialog and bug reports.
// Runtime versions where the library can tell us, build-time ones where it cannot.
QString qtRuntimeVersion();
QString qtKeychainVersion();
QString spdlogVersion();
// Asks SQLite itself through an in-memory QSQLITE connection, so the answer is the library
// actually loaded, not the headers we compiled against. Says why when the driver is missing.
QString sqliteVersion();

} // namespace sb::systeminfo

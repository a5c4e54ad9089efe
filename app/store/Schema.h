#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sb::store::schema {

// The version this build writes. Older files are migrated step by step on open; a newer
// file is refused rather than damaged.
constexpr int currentVersion = 4;

// Connection settings both the reader and the writer use: WAL so readers never block the
// writer, synchronous=NORMAL (in WAL a committed transaction survives a process crash; only
// an OS crash or power cut can lose the last commits, never corrupt the file).
bool applyPragmas(QSqlDatabase &db, QString *error);

// Brings the file to currentVersion, each step in its own transaction.
bool migrate(QSqlDatabase &db, QString *error);

int version(const QSqlDatabase &db);

} // namespace sb::store::schema

#pragma once

#include <QString>

namespace sb::files {

// The history, the log and the settings hold operator identities and incident details: they
// are readable by their owner only (files 0600, their folders 0700), whatever the umask, and
// files or folders left looser by an earlier version are tightened when opened.

enum class ExistingFolder
{
    Tighten, // the application's own folder: set it to 0700 even if it was there before
    Keep,    // a folder the operator named (--config /tmp/x.ini): never change one that exists
};

// Creates the folder and any missing parents at 0700. Returns false when it does not exist
// afterwards.
bool ensurePrivateFolder(const QString &folder, ExistingFolder existing);

// Sets an existing file to 0600; a missing file is not an error (returns true).
bool restrictToOwner(const QString &file);

// Creates an empty file with mode 0600 when it does not exist yet, so whatever writes it
// later (SQLite, QSaveFile) inherits the mode; an existing one is tightened instead.
bool ensurePrivateFile(const QString &file);

} // namespace sb::files

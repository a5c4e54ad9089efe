#pragma once

#include "app/store/StoreTypes.h"

#include <QString>

namespace sb::store {

// The hash chain over the operator action log (DESIGN §5). Every row stores the previous
// row's hash and its own; changing, inserting or removing a row breaks the chain there.
// (Removing the newest rows is not detectable from the file alone; see docs/health-model.md.)
namespace actionlog {

// The first row's prevHash.
QString genesisHash();

// SHA-256 over the previous hash and the row's content, hex encoded. Fields are length-
// prefixed so "ab"+"c" and "a"+"bc" hash differently.
QString hashOf(const QString &prevHash, const ActionRecord &record);

} // namespace actionlog
} // namespace sb::store

#pragma once

#include <optional>

#include <QString>

namespace sb::policy {

// The forms of address each channel accepts as a recipient or an allowlist entry, so a typo
// is caught before it reaches a gateway (which would queue a message to nowhere, or an
// allowlist entry that never matches):
//   whatsapp  E.164 phone number (+15555550100) or a group JID (120363...@g.us)
//   telegram  numeric user or chat id (123456789, -1001234567890) or @username
//   signal    E.164, uuid:<uuid>, or group:<base64 group id>
// Other channels: anything non-empty without whitespace (the gateway decides).
// Returns the entry as the gateway expects it (surrounding blanks removed, spaces, dashes
// and dots inside a phone number dropped), or nothing with `problem` set in plain words.
std::optional<QString> normalizeIdentity(const QString &channel, const QString &text, QString *problem);

// A placeholder for an input field, e.g. "+15555550100" for WhatsApp.
QString identityExample(const QString &channel);

} // namespace sb::policy

#pragma once

#include <optional>

#include <QString>

namespace sb::policy {

// The forms of address each channel accepts as a recipient or an allowlist entry, so a typo
// is caught before it reaches a gateway (which would queue a message to nowhere, or an
// allowlist entry that never matches):
//   whatsapp  E.164 phone number (+15555550100), a user JID (15555550100@s.whatsapp.net) or a
//             group JID (120363...@g.us); "whatsapp:" and "group:" in front are accepted
//   telegram  numeric user or chat id (123456789, -1001234567890) or @username; "telegram:"
//             or "tg:" in front is accepted
//   signal    E.164, uuid:<uuid> or a bare UUID, or group:<base64 group id>; "signal:" in
//             front is accepted
// Prefixes are matched in any case, as OpenClaw matches them.
// Other channels: anything non-empty without whitespace (the gateway decides).
// Returns the entry in the canonical form OpenClaw compares and its own setup writes (the
// provider prefix dropped, a user JID as +E.164, a bare UUID as uuid:<uuid>, spaces, dashes and
// dots inside a phone number dropped), or nothing with `problem` set in plain words. Two
// entries are the same identity when their canonical forms are equal.
std::optional<QString> normalizeIdentity(const QString &channel, const QString &text, QString *problem);

// A placeholder for an input field, e.g. "+15555550100" for WhatsApp.
QString identityExample(const QString &channel);

} // namespace sb::policy

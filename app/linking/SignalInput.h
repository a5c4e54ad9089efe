#pragma once

#include <optional>

#include <QString>

namespace sb::linking {

// What the operator types or pastes in the Signal flows, checked before any call reaches the
// daemon. Each returns the value as signal-cli expects it, or nothing with `problem` set in
// plain words (the style of app/policy/IdentityRules.h).

// "+81 90-0000-0053" → "+819000000053". A Signal account is a phone number in E.164: '+',
// a country code, 7 to 15 digits in all.
std::optional<QString> normalizeSignalNumber(const QString &text, QString *problem);

// The token from the captcha page's "Open Signal" link, as pasted: quotes, blanks and a
// `signalcaptcha://` scheme taken off; what remains must look like a token
// ("signal-hcaptcha.…" / "signal-recaptcha-v2.…": letters, digits and . _ - : only, long
// enough to be one).
std::optional<QString> normalizeCaptchaToken(const QString &text, QString *problem);

// An SMS or voice code: "123-456", "123 456" → "123456"; six digits.
std::optional<QString> normalizeVerificationCode(const QString &text, QString *problem);

// A registration lock PIN: 4 or more characters (digits or alphanumeric), blanks trimmed.
std::optional<QString> normalizeRegistrationPin(const QString &text, QString *problem);

// Where the operator solves a captcha: registration (signal-cli(1), register --captcha) and
// the rate-limit challenge (submitRateLimitChallenge).
QString registrationCaptchaPage();
QString challengeCaptchaPage();

} // namespace sb::linking

#pragma once

#include "app/linking/signalcli/DaemonError.h"

#include <optional>

#include <QString>

namespace sb::linking {

// What a daemon error means for the Signal flows. signal-cli reports registration trouble as a
// JSON-RPC error whose code is minus its exit code (signal-cli(1) EXIT CODES: 1 user error,
// 3 server or IO error, 5 server rate limiting) and whose message carries the server's HTTP
// status in brackets ("[403] Authorization failed!").
enum class DaemonProblem
{
    CaptchaRequired,     // register: "Captcha required for verification"
    InvalidCaptcha,      // register --captcha: "Invalid captcha given."
    AuthorizationFailed, // [401]/[403]: another device re-registered the number, or another IP
    RateLimited,         // [413]/[429], exit code 5: wait Retry-After
    ChallengeRequired,   // [428] proof required: a captcha through submitRateLimitChallenge
    WrongCode,           // verify with a code that is not the one sent
    CodeExpired,         // verify after the verification session ran out
    PinRequired,         // [423] registration lock: verify needs the PIN
    PinIncorrect,        // the PIN given is not the lock's
    SignalCliOutdated,   // [499] DeprecatedVersionException
    DaemonUnavailable,   // not running, wrong URL, unreadable answers: not Signal's doing
    Other,
};

struct DaemonProblemInfo
{
    DaemonProblem problem = DaemonProblem::Other;
    std::optional<qint64> retryAfterSeconds;
    QString challenge;             // ChallengeRequired: the token for submitRateLimitChallenge
    std::optional<int> httpStatus; // the Signal server's status in the message, when it has one
};

// JSON-RPC error codes signal-cli answers with (minus its exit codes).
inline constexpr int kRpcUserError = -1;
inline constexpr int kRpcIoError = -3;
inline constexpr int kRpcRateLimitError = -5;

DaemonProblemInfo classifyDaemonError(const signalcli::DaemonError &error);

} // namespace sb::linking

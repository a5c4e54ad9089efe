#include "app/linking/SignalDaemonProblem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace sb::linking {

using namespace Qt::StringLiterals;

namespace {

// The challenge token of a proof-required rate limit, wherever the error data carries it
// (signal-cli's send results: {type: "RATE_LIMIT_FAILURE", token, retryAfterSeconds}).
QString challengeIn(const QJsonValue &data)
{
    if (data.isObject()) {
        const QJsonObject object = data.toObject();
        const QString token = object.value(u"token"_s).toString();
        if (!token.isEmpty())
            return token;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString found = challengeIn(it.value());
            if (!found.isEmpty())
                return found;
        }
    } else if (data.isArray()) {
        for (const QJsonValue &item : data.toArray()) {
            const QString found = challengeIn(item);
            if (!found.isEmpty())
                return found;
        }
    }
    return {};
}

} // namespace

DaemonProblemInfo classifyDaemonError(const signalcli::DaemonError &error)
{
    DaemonProblemInfo info;
    info.retryAfterSeconds = error.retryAfterSeconds();
    if (error.kind() != signalcli::DaemonError::Kind::Rpc) {
        info.problem = DaemonProblem::DaemonUnavailable;
        return info;
    }
    const QString message = error.message();
    static const QRegularExpression bracketed(u"\\[(\\d{3})\\]"_s);
    const QRegularExpressionMatch status = bracketed.match(message);
    if (status.hasMatch())
        info.httpStatus = status.captured(1).toInt();
    const int http = info.httpStatus.value_or(0);
    auto says = [&message](const char *words) {
        return message.contains(QLatin1String(words), Qt::CaseInsensitive);
    };

    info.challenge = challengeIn(error.data());
    if (http == 428 || !info.challenge.isEmpty() || says("ProofRequired")) {
        info.problem = DaemonProblem::ChallengeRequired;
    } else if (says("Captcha required")) {
        info.problem = DaemonProblem::CaptchaRequired;
    } else if (says("Invalid captcha") || says("Captcha rejected")) {
        info.problem = DaemonProblem::InvalidCaptcha;
    } else if (http == 413 || http == 429 || error.rpcCode() == kRpcRateLimitError || says("Rate limit")) {
        info.problem = DaemonProblem::RateLimited;
    } else if (http == 423 || says("locked with a pin")) {
        info.problem = DaemonProblem::PinRequired;
    } else if (says("Invalid pin") || says("IncorrectPin")) {
        info.problem = DaemonProblem::PinIncorrect;
    } else if (http == 401 || http == 403 || says("Authorization failed")) {
        info.problem = DaemonProblem::AuthorizationFailed;
    } else if (http == 499 || says("DeprecatedVersion")) {
        info.problem = DaemonProblem::SignalCliOutdated;
    } else if (says("expired") || says("NoSuchSession")) {
        info.problem = DaemonProblem::CodeExpired;
    } else if (says("verification code") || says("IncorrectCode")) {
        info.problem = DaemonProblem::WrongCode;
    }
    return info;
}

} // namespace sb::linking

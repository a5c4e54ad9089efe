#include "app/health/LaneState.h"

#include <array>
#include <utility>

#include <QCoreApplication>

namespace sb {

namespace {

constexpr std::array<std::pair<LaneState, const char *>, 10> kStateNames{{
    {LaneState::Unknown, "unknown"},
    {LaneState::Healthy, "healthy"},
    {LaneState::Probation, "probation"},
    {LaneState::Degraded, "degraded"},
    {LaneState::Reconnecting, "reconnecting"},
    {LaneState::Conflict, "conflict"},
    {LaneState::LoggedOut, "logged-out"},
    {LaneState::Blocked, "blocked"},
    {LaneState::Stopped, "stopped"},
    {LaneState::Disabled, "disabled"},
}};

constexpr std::array<std::pair<OperatorAction, const char *>, 12> kActionNames{{
    {OperatorAction::None, "none"},
    {OperatorAction::Relink, "relink"},
    {OperatorAction::RestartChannel, "restart-channel"},
    {OperatorAction::ResolveConflict, "resolve-conflict"},
    {OperatorAction::Wait, "wait"},
    {OperatorAction::FailOver, "fail-over"},
    {OperatorAction::ReRegister, "re-register"},
    {OperatorAction::SolveCaptcha, "solve-captcha"},
    {OperatorAction::CheckToken, "check-token"},
    {OperatorAction::UpgradeSignalCli, "upgrade-signal-cli"},
    {OperatorAction::Link, "link"},
    {OperatorAction::CheckTransport, "check-transport"},
}};

} // namespace

QString stateName(LaneState state)
{
    for (const auto &[value, name] : kStateNames) {
        if (value == state)
            return QLatin1String(name);
    }
    return QStringLiteral("unknown");
}

std::optional<LaneState> stateFromName(const QString &name)
{
    for (const auto &[value, text] : kStateNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString stateDisplayName(LaneState state)
{
    switch (state) {
    case LaneState::Unknown:
        return QCoreApplication::translate("sb::health", "unknown");
    case LaneState::Healthy:
        return QCoreApplication::translate("sb::health", "healthy");
    case LaneState::Probation:
        return QCoreApplication::translate("sb::health", "probation");
    case LaneState::Degraded:
        return QCoreApplication::translate("sb::health", "degraded");
    case LaneState::Reconnecting:
        return QCoreApplication::translate("sb::health", "reconnecting");
    case LaneState::Conflict:
        return QCoreApplication::translate("sb::health", "conflict");
    case LaneState::LoggedOut:
        return QCoreApplication::translate("sb::health", "logged out");
    case LaneState::Blocked:
        return QCoreApplication::translate("sb::health", "blocked");
    case LaneState::Stopped:
        return QCoreApplication::translate("sb::health", "stopped");
    case LaneState::Disabled:
        return QCoreApplication::translate("sb::health", "disabled");
    }
    return QCoreApplication::translate("sb::health", "unknown");
}

Severity severity(LaneState state)
{
    switch (state) {
    case LaneState::Healthy:
        return Severity::Ok;
    case LaneState::Probation:
    case LaneState::Degraded:
    case LaneState::Reconnecting:
        return Severity::Attention;
    case LaneState::Conflict:
    case LaneState::LoggedOut:
    case LaneState::Blocked:
    case LaneState::Stopped:
        return Severity::Critical;
    case LaneState::Unknown:
    case LaneState::Disabled:
        return Severity::Neutral;
    }
    return Severity::Neutral;
}

int badness(LaneState state)
{
    switch (state) {
    case LaneState::Unknown:
    case LaneState::Disabled:
    case LaneState::Healthy:
        return 0;
    case LaneState::Probation:
        return 1;
    case LaneState::Reconnecting:
        return 2;
    case LaneState::Degraded:
        return 3;
    case LaneState::Stopped:
        return 4;
    case LaneState::Conflict:
    case LaneState::LoggedOut:
        return 5;
    case LaneState::Blocked:
        return 6;
    }
    return 0;
}

QString actionName(OperatorAction action)
{
    for (const auto &[value, name] : kActionNames) {
        if (value == action)
            return QLatin1String(name);
    }
    return QStringLiteral("none");
}

std::optional<OperatorAction> actionFromName(const QString &name)
{
    for (const auto &[value, text] : kActionNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString actionText(OperatorAction action, qint64 waitMs)
{
    switch (action) {
    case OperatorAction::None:
        return QCoreApplication::translate("sb::health", "No action needed");
    case OperatorAction::Relink:
        return QCoreApplication::translate("sb::health", "Re-link the account (scan a new QR code)");
    case OperatorAction::RestartChannel:
        return QCoreApplication::translate("sb::health", "Restart the channel");
    case OperatorAction::ResolveConflict:
        return QCoreApplication::translate(
            "sb::health",
            "Resolve the conflict: find the other session or process using this account, then restart "
            "the channel");
    case OperatorAction::Wait:
        if (waitMs > 0) {
            const int seconds = int((waitMs + 999) / 1000);
            return QCoreApplication::translate("sb::health", "Wait %n s, then try again", nullptr, seconds);
        }
        return QCoreApplication::translate("sb::health", "Wait, then try again");
    case OperatorAction::FailOver:
        return QCoreApplication::translate("sb::health", "Fail over to a healthy channel");
    case OperatorAction::ReRegister:
        return QCoreApplication::translate("sb::health",
                                           "Re-register the number (captcha, verification code, PIN)");
    case OperatorAction::SolveCaptcha:
        return QCoreApplication::translate("sb::health", "Solve the captcha and submit the token");
    case OperatorAction::CheckToken:
        return QCoreApplication::translate("sb::health", "Check the bot token");
    case OperatorAction::UpgradeSignalCli:
        return QCoreApplication::translate("sb::health", "Upgrade signal-cli");
    case OperatorAction::Link:
        return QCoreApplication::translate("sb::health", "Link the account (scan a QR code)");
    case OperatorAction::CheckTransport:
        return QCoreApplication::translate(
            "sb::health", "Check what the channel connects to: the gateway's retries reach nothing");
    }
    return QCoreApplication::translate("sb::health", "No action needed");
}

} // namespace sb

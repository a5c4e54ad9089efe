#include "app/health/ChannelEvent.h"

#include <array>
#include <utility>

namespace sb {

namespace {

constexpr std::array<std::pair<EventKind, const char *>, 21> kKindNames{{
    {EventKind::Disconnected, "disconnected"},
    {EventKind::Connected, "connected"},
    {EventKind::ReconnectScheduled, "reconnect-scheduled"},
    {EventKind::RetryBudgetExhausted, "retry-budget-exhausted"},
    {EventKind::LoggedOut, "logged-out"},
    {EventKind::Conflict, "conflict"},
    {EventKind::Stopped, "stopped"},
    {EventKind::Started, "started"},
    {EventKind::Disabled, "disabled"},
    {EventKind::Enabled, "enabled"},
    {EventKind::DeliveryOk, "delivery-ok"},
    {EventKind::DeliveryFailed, "delivery-failed"},
    {EventKind::InboundSeen, "inbound-seen"},
    {EventKind::AuthFailed, "auth-failed"},
    {EventKind::RegistrationProblem, "registration-problem"},
    {EventKind::ProbeResult, "probe-result"},
    {EventKind::StatusIssue, "status-issue"},
    {EventKind::OperatorAction, "operator-action"},
    {EventKind::LinkStarted, "link-started"},
    {EventKind::Linked, "linked"},
    {EventKind::Unreadable, "unreadable"},
}};

constexpr std::array<std::pair<EventSource, const char *>, 6> kSourceNames{{
    {EventSource::StatusSnapshot, "status-snapshot"},
    {EventSource::LogLine, "log-line"},
    {EventSource::HeartbeatEvent, "heartbeat-event"},
    {EventSource::ConsoleSend, "console-send"},
    {EventSource::Operator, "operator"},
    {EventSource::Drill, "drill"},
}};

} // namespace

QString ChannelEvent::dedupeKey() const
{
    // Deliberately without `at`, `detail` and `source`: two sources describe one disconnect
    // with different timestamps and wording. The deduplicator adds the time window.
    return lane.toString() + QLatin1Char('|') + kindName(kind) + QLatin1Char('|') +
           (code ? QString::number(*code) : QString());
}

QString kindName(EventKind kind)
{
    for (const auto &[value, name] : kKindNames) {
        if (value == kind)
            return QLatin1String(name);
    }
    return QString::number(int(kind));
}

std::optional<EventKind> kindFromName(const QString &name)
{
    for (const auto &[value, text] : kKindNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString sourceName(EventSource source)
{
    for (const auto &[value, name] : kSourceNames) {
        if (value == source)
            return QLatin1String(name);
    }
    return QString::number(int(source));
}

std::optional<EventSource> sourceFromName(const QString &name)
{
    for (const auto &[value, text] : kSourceNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

bool isLossOfChannel(EventKind kind)
{
    switch (kind) {
    case EventKind::Disconnected:
    case EventKind::RetryBudgetExhausted:
    case EventKind::LoggedOut:
    case EventKind::Conflict:
    case EventKind::Stopped:
    case EventKind::Disabled:
    case EventKind::AuthFailed:
        return true;
    default:
        return false;
    }
}

} // namespace sb

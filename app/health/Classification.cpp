#include "app/health/Classification.h"

#include <algorithm>
#include <array>
#include <cstring>

#include <QCoreApplication>
#include <QStringList>

namespace sb::health {

namespace {

using K = EventKind;
using S = LaneState;
using A = OperatorAction;

// A transport drop: only these move a lane to `reconnecting`. A failed send on a live socket
// does not mean the socket is gone, so transient rows never apply to DeliveryFailed.
constexpr KindMask kDrop = kindBit(K::Disconnected);
// Anything that carries a verdict about the account itself.
constexpr KindMask kFail = kindBit(K::Disconnected) | kindBit(K::LoggedOut) | kindBit(K::Conflict) |
                           kindBit(K::AuthFailed) | kindBit(K::RegistrationProblem) |
                           kindBit(K::DeliveryFailed) | kindBit(K::StatusIssue);
constexpr KindMask kRegistration = kindBit(K::RegistrationProblem) | kindBit(K::AuthFailed) |
                                   kindBit(K::DeliveryFailed) | kindBit(K::StatusIssue);

// clang-format off
const std::array kTable{
    // ---- WhatsApp (Baileys DisconnectReason + OpenClaw's own 499) ----
    ClassificationRow{.id = "whatsapp.503-after-send-on-probation", .channel = "whatsapp", .kinds = kDrop,
        .codeLow = 503, .codeHigh = 503, .context = ClassContext::ProbationAfterSend,
        .state = S::Blocked, .retryable = false, .action = A::FailOver,
        .reason = QT_TRANSLATE_NOOP("sb::health", "possible ban: WhatsApp answered 503 right after a send while the link was still on probation"),
        .basis = "story 19:08; DESIGN §4 blocked"},
    ClassificationRow{.id = "whatsapp.401-logged-out", .channel = "whatsapp", .kinds = kFail,
        .codeLow = 401, .codeHigh = 401, .state = S::LoggedOut, .retryable = false, .action = A::Relink,
        .reason = QT_TRANSLATE_NOOP("sb::health", "session revoked (401): the device was unlinked, the stored credentials are useless"),
        .basis = "Baileys loggedOut; OpenClaw stops the monitor"},
    ClassificationRow{.id = "whatsapp.440-conflict", .channel = "whatsapp", .kinds = kFail,
        .codeLow = 440, .codeHigh = 440, .state = S::Conflict, .retryable = false, .action = A::ResolveConflict,
        .reason = QT_TRANSLATE_NOOP("sb::health", "another WhatsApp Web session took over (440 conflict)"),
        .basis = "Baileys connectionReplaced; OpenClaw PR #25858 non-retryable"},
    ClassificationRow{.id = "whatsapp.403-forbidden", .channel = "whatsapp", .kinds = kFail,
        .codeLow = 403, .codeHigh = 403, .state = S::Blocked, .retryable = false, .action = A::FailOver,
        .reason = QT_TRANSLATE_NOOP("sb::health", "possible ban: WhatsApp refused the account (403 forbidden); automatic retries would only hurt the number"),
        .basis = "Baileys forbidden; ecosystem reading: account block"},
    ClassificationRow{.id = "whatsapp.411-multidevice-mismatch", .channel = "whatsapp", .kinds = kFail,
        .codeLow = 411, .codeHigh = 411, .state = S::Blocked, .retryable = false, .action = A::Relink,
        .reason = QT_TRANSLATE_NOOP("sb::health", "multi-device mismatch (411): update WhatsApp on the phone, then re-link"),
        .basis = "Baileys multideviceMismatch"},
    ClassificationRow{.id = "whatsapp.408-qr-expired", .channel = "whatsapp", .kinds = kFail,
        .codeLow = 408, .codeHigh = 408, .phrase = "qr refs attempts ended|qr expired",
        .retryable = true, .action = A::Relink,
        .reason = QT_TRANSLATE_NOOP("sb::health", "the QR code expired before it was scanned (408): start the link again for a fresh code"),
        .basis = "Baileys timedOut during login"},
    ClassificationRow{.id = "whatsapp.515-restart-after-pairing", .channel = "whatsapp", .kinds = kFail,
        .codeLow = 515, .codeHigh = 515, .context = ClassContext::Login,
        .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "WhatsApp asked for the expected restart after pairing (515)"),
        .basis = "Baileys restartRequired; OpenClaw login flow restarts once"},
    ClassificationRow{.id = "whatsapp.515-restart-required", .channel = "whatsapp", .kinds = kDrop,
        .codeLow = 515, .codeHigh = 515, .state = S::Reconnecting, .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "WhatsApp asked for a restart (515); the gateway reconnects"),
        .basis = "Baileys restartRequired at runtime"},
    ClassificationRow{.id = "whatsapp.499-watchdog-recycle", .channel = "whatsapp", .kinds = kDrop,
        .codeLow = 499, .codeHigh = 499, .state = S::Reconnecting, .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "OpenClaw's watchdog recycled a stale connection (499); the gateway reconnects"),
        .basis = "OpenClaw watchdog close, PR #77026"},
    ClassificationRow{.id = "whatsapp.428-connection-closed", .channel = "whatsapp", .kinds = kDrop,
        .codeLow = 428, .codeHigh = 428, .state = S::Reconnecting, .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "connection closed (428); credentials still valid, the gateway reconnects"),
        .basis = "Baileys connectionClosed"},
    ClassificationRow{.id = "whatsapp.408-timed-out", .channel = "whatsapp", .kinds = kDrop,
        .codeLow = 408, .codeHigh = 408, .state = S::Reconnecting, .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "connection timed out (408), e.g. network stall or sleep; the gateway reconnects"),
        .basis = "Baileys connectionLost/timedOut"},
    ClassificationRow{.id = "whatsapp.500-bad-session", .channel = "whatsapp", .kinds = kDrop,
        .codeLow = 500, .codeHigh = 500, .state = S::Reconnecting, .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "bad session (500); the gateway retries, re-link if it keeps coming back"),
        .basis = "Baileys badSession"},
    ClassificationRow{.id = "whatsapp.503-unavailable", .channel = "whatsapp", .kinds = kDrop,
        .codeLow = 503, .codeHigh = 503, .state = S::Reconnecting, .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "WhatsApp service unavailable (503); the gateway retries with a longer backoff"),
        .basis = "Baileys unavailableService"},
    ClassificationRow{.id = "whatsapp.link-cooldown", .channel = "whatsapp", .kinds = kFail,
        .phrase = "can't link new devices|cannot link new devices|try again later",
        .retryable = true, .action = A::Wait,
        .reason = QT_TRANSLATE_NOOP("sb::health", "WhatsApp refuses new links for now (link cooldown)"),
        .basis = "openclaw#4686, #20281, #144977"},
    ClassificationRow{.id = "whatsapp.retry-budget-exhausted", .channel = "whatsapp",
        .kinds = kindBit(K::RetryBudgetExhausted), .state = S::Blocked, .retryable = false, .action = A::RestartChannel,
        .reason = QT_TRANSLATE_NOOP("sb::health", "the gateway gave up after 12 reconnect attempts; the channel stays down until restarted"),
        .basis = "OpenClaw reconnect policy maxAttempts 12, PR #118659"},

    // ---- Signal (signal-cli daemon: SSE stream, JSON-RPC register/verify) ----
    ClassificationRow{.id = "signal.captcha-required", .channel = "signal", .kinds = kFail,
        .phrase = "captcha required|invalid captcha|captcha rejected",
        .retryable = false, .action = A::SolveCaptcha,
        .reason = QT_TRANSLATE_NOOP("sb::health", "Signal wants a captcha before it registers the number"),
        .basis = "signal-cli NumberVerificationUtils"},
    ClassificationRow{.id = "signal.428-proof-required", .channel = "signal", .kinds = kRegistration,
        .codeLow = 428, .codeHigh = 428, .retryable = false, .action = A::SolveCaptcha,
        .reason = QT_TRANSLATE_NOOP("sb::health", "Signal wants proof of humanity (428) before more sends"),
        .basis = "PushServiceSocket ProofRequiredException"},
    ClassificationRow{.id = "signal.413-rate-limited", .channel = "signal", .kinds = kFail,
        .codeLow = 413, .codeHigh = 413, .retryable = true, .action = A::Wait,
        .reason = QT_TRANSLATE_NOOP("sb::health", "Signal rate limit (413); retrying before Retry-After only extends it"),
        .basis = "PushServiceSocket RateLimitException"},
    ClassificationRow{.id = "signal.429-rate-limited", .channel = "signal", .kinds = kFail,
        .codeLow = 429, .codeHigh = 429, .retryable = true, .action = A::Wait,
        .reason = QT_TRANSLATE_NOOP("sb::health", "Signal rate limit (429); retrying before Retry-After only extends it"),
        .basis = "PushServiceSocket RateLimitException; SSE keeps retrying 429"},
    ClassificationRow{.id = "signal.401-authorization-failed", .channel = "signal", .kinds = kFail,
        .codeLow = 401, .codeHigh = 401, .state = S::LoggedOut, .retryable = false, .action = A::ReRegister,
        .reason = QT_TRANSLATE_NOOP("sb::health", "Signal rejected the account's credentials (401): the number was re-registered elsewhere or unregistered"),
        .basis = "PushServiceSocket AuthorizationFailedException"},
    ClassificationRow{.id = "signal.403-authorization-failed", .channel = "signal", .kinds = kFail,
        .codeLow = 403, .codeHigh = 403, .state = S::LoggedOut, .retryable = false, .action = A::ReRegister,
        .reason = QT_TRANSLATE_NOOP("sb::health", "Signal authorization failed (403): re-register the number"),
        .basis = "PushServiceSocket AuthorizationFailedException; signal-cli#1882"},
    ClassificationRow{.id = "signal.423-registration-lock", .channel = "signal", .kinds = kRegistration,
        .codeLow = 423, .codeHigh = 423, .retryable = false, .action = A::ReRegister,
        .reason = QT_TRANSLATE_NOOP("sb::health", "registration lock (423): re-register with the account PIN"),
        .basis = "PushServiceSocket LockedException"},
    ClassificationRow{.id = "signal.499-signal-cli-too-old", .channel = "signal", .kinds = kFail,
        .codeLow = 499, .codeHigh = 499, .state = S::Blocked, .retryable = false, .action = A::UpgradeSignalCli,
        .reason = QT_TRANSLATE_NOOP("sb::health", "the Signal server refuses this signal-cli version (499, not WhatsApp's 499)"),
        .basis = "PushServiceSocket DeprecatedVersionException"},
    ClassificationRow{.id = "signal.408-stream-timeout", .channel = "signal", .kinds = kDrop,
        .codeLow = 408, .codeHigh = 408, .state = S::Reconnecting, .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "the event stream timed out (408); the gateway reconnects"),
        .basis = "OpenClaw isPermanentSignalSseRejection keeps retrying 408"},
    ClassificationRow{.id = "signal.425-too-early", .channel = "signal", .kinds = kDrop,
        .codeLow = 425, .codeHigh = 425, .state = S::Reconnecting, .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "the daemon was not ready for the event stream (425); the gateway reconnects"),
        .basis = "OpenClaw isPermanentSignalSseRejection keeps retrying 425"},
    ClassificationRow{.id = "signal.permanent-4xx", .channel = "signal",
        .kinds = kDrop | kindBit(K::StatusIssue),
        .codeLow = 400, .codeHigh = 499, .except = {408, 425, 429}, .state = S::Blocked,
        .retryable = false, .action = A::RestartChannel,
        .reason = QT_TRANSLATE_NOOP("sb::health", "the Signal daemon permanently rejected the event stream (%1): fix the account or daemon URL, then restart the channel"),
        .basis = "OpenClaw v4 stops on 4xx other than 408/425/429"},
    ClassificationRow{.id = "signal.5xx-server-error", .channel = "signal", .kinds = kDrop,
        .codeLow = 500, .codeHigh = 599, .state = S::Reconnecting, .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "the Signal daemon or server failed (%1); the gateway reconnects"),
        .basis = "OpenClaw SSE reconnect loop"},
    ClassificationRow{.id = "signal.sse-lost", .channel = "signal", .kinds = kDrop,
        .phrase = "sse|event stream|connection lost",
        .state = S::Reconnecting, .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "Signal event stream (SSE) lost; the gateway reconnects every 1 to 10 s"),
        .basis = "OpenClaw sse-reconnect.ts, unlimited attempts"},

    // ---- Telegram (grammY long polling, Bot API) ----
    ClassificationRow{.id = "telegram.401-bad-token", .channel = "telegram", .kinds = kFail,
        .codeLow = 401, .codeHigh = 401, .state = S::Blocked, .retryable = false, .action = A::CheckToken,
        .reason = QT_TRANSLATE_NOOP("sb::health", "Telegram rejected the bot token (getMe 401)"),
        .basis = "Bot API getMe 401 Unauthorized"},
    ClassificationRow{.id = "telegram.409-conflict", .channel = "telegram", .kinds = kFail,
        .codeLow = 409, .codeHigh = 409, .state = S::Conflict, .retryable = false, .action = A::ResolveConflict,
        .reason = QT_TRANSLATE_NOOP("sb::health", "another process is polling with this bot token (409 conflict)"),
        .basis = "OpenClaw docs/channels/telegram.md: persistent 409"},
    ClassificationRow{.id = "telegram.429-flood-wait", .channel = "telegram", .kinds = kFail,
        .codeLow = 429, .codeHigh = 429, .retryable = true, .action = A::Wait,
        .reason = QT_TRANSLATE_NOOP("sb::health", "Telegram flood control (429)"),
        .basis = "Bot API retry_after"},
    ClassificationRow{.id = "telegram.network-failure", .channel = "telegram", .kinds = kFail,
        .phrase = "network|fetch failed|etimedout|econnreset|econnrefused|enotfound|eai_again|socket hang up",
        .state = S::Reconnecting, .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "Telegram unreachable (network failure); the gateway retries"),
        .basis = "OpenClaw polling watchdog, #75407"},

    // ---- any channel: the event kind alone ----
    ClassificationRow{.id = "any.retry-budget-exhausted", .channel = "*",
        .kinds = kindBit(K::RetryBudgetExhausted), .state = S::Blocked, .retryable = false,
        .action = A::RestartChannel,
        .reason = QT_TRANSLATE_NOOP("sb::health", "the gateway gave up reconnecting; the channel stays down until restarted"),
        .basis = "DESIGN §4 blocked"},
    ClassificationRow{.id = "any.not-linked", .channel = "*", .kinds = kindBit(K::LoggedOut),
        .phrase = "not linked", .state = S::Stopped, .retryable = false, .action = A::Link,
        .reason = QT_TRANSLATE_NOOP("sb::health", "not linked: the gateway holds no session for this account yet"),
        .basis = "channels.status linked:false, stateReason \"not linked\" (real 2026.9.6 gateway)"},
    ClassificationRow{.id = "any.logged-out", .channel = "*", .kinds = kindBit(K::LoggedOut),
        .state = S::LoggedOut, .retryable = false, .action = A::Relink,
        .reason = QT_TRANSLATE_NOOP("sb::health", "the session was logged out"),
        .basis = "DESIGN §4 logged-out"},
    ClassificationRow{.id = "any.conflict", .channel = "*", .kinds = kindBit(K::Conflict),
        .state = S::Conflict, .retryable = false, .action = A::ResolveConflict,
        .reason = QT_TRANSLATE_NOOP("sb::health", "another session took over"),
        .basis = "DESIGN §4 conflict"},
    ClassificationRow{.id = "any.auth-failed", .channel = "*", .kinds = kindBit(K::AuthFailed),
        .state = S::LoggedOut, .retryable = false, .action = A::Relink,
        .reason = QT_TRANSLATE_NOOP("sb::health", "the credentials were rejected"),
        .basis = "DESIGN §4 logged-out"},
    ClassificationRow{.id = "any.disconnected", .channel = "*", .kinds = kDrop,
        .state = S::Reconnecting, .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "disconnected; the gateway reconnects"),
        .basis = "DESIGN §4 reconnecting"},
    ClassificationRow{.id = "any.delivery-failed", .channel = "*", .kinds = kindBit(K::DeliveryFailed),
        .retryable = true, .action = A::None,
        .reason = QT_TRANSLATE_NOOP("sb::health", "a send failed"),
        .basis = "a failed send alone does not take the lane down"},
};
// clang-format on

bool phraseMatches(const char *phrases, const QString &detail)
{
    if (!phrases)
        return true;
    const QStringList alternatives = QString::fromLatin1(phrases).split(QLatin1Char('|'));
    for (const QString &phrase : alternatives) {
        if (detail.contains(phrase, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool codeMatches(const ClassificationRow &row, const std::optional<int> &code)
{
    if (row.codeLow == 0)
        return true;
    if (!code || *code < row.codeLow || *code > row.codeHigh)
        return false;
    for (int excluded : row.except) {
        if (excluded != 0 && excluded == *code)
            return false;
    }
    return true;
}

bool matches(const ClassificationRow &row, const ChannelEvent &event, ClassContext context)
{
    if (std::strcmp(row.channel, "*") != 0 && event.lane.channel != QLatin1String(row.channel))
        return false;
    if (!(row.kinds & kindBit(event.kind)))
        return false;
    if (row.context != ClassContext::Any && row.context != context)
        return false;
    return codeMatches(row, event.code) && phraseMatches(row.phrase, event.detail);
}

QString contextName(ClassContext context)
{
    switch (context) {
    case ClassContext::Any:
        return QString();
    case ClassContext::Login:
        return QStringLiteral("during a link");
    case ClassContext::ProbationAfterSend:
        return QStringLiteral("on probation, ≤ 2 min after a send");
    }
    return QString();
}

QString kindsText(KindMask kinds)
{
    QStringList names;
    if ((kinds & kFail) == kFail) {
        names << QStringLiteral("any failure");
        kinds &= ~kFail;
    } else if (kinds == kDrop) {
        return QStringLiteral("disconnect");
    }
    for (int k = 1; k <= int(EventKind::Linked); ++k) {
        if (kinds & kindBit(EventKind(k)))
            names << kindName(EventKind(k));
    }
    return names.join(QStringLiteral(", "));
}

QString codeText(const ClassificationRow &row)
{
    if (row.codeLow == 0)
        return QString();
    QString text = row.codeLow == row.codeHigh
                       ? QString::number(row.codeLow)
                       : QString::number(row.codeLow) + QStringLiteral("–") + QString::number(row.codeHigh);
    QStringList excluded;
    for (int code : row.except) {
        if (code != 0)
            excluded << QString::number(code);
    }
    if (!excluded.isEmpty())
        text += QStringLiteral(" except ") + excluded.join(QStringLiteral(", "));
    return text;
}

} // namespace

std::span<const ClassificationRow> classificationTable()
{
    return kTable;
}

const ClassificationRow *findRow(const char *id)
{
    for (const ClassificationRow &row : kTable) {
        if (std::strcmp(row.id, id) == 0)
            return &row;
    }
    return nullptr;
}

std::optional<Verdict> classify(const ChannelEvent &event, ClassContext context)
{
    for (const ClassificationRow &row : kTable) {
        if (!matches(row, event, context))
            continue;
        Verdict verdict;
        verdict.row = &row;
        verdict.state = row.state;
        verdict.retryable = row.retryable;
        verdict.action = row.action;
        if (row.action == OperatorAction::Wait && event.retryAfterMs)
            verdict.waitMs = *event.retryAfterMs;
        QStringList args;
        if (std::strstr(row.reason, "%1"))
            args << (event.code ? QString::number(*event.code) : QStringLiteral("?"));
        verdict.reason = Reason::of(QLatin1String(row.id), args);
        return verdict;
    }
    return std::nullopt;
}

bool saysUnreachable(const QString &detail)
{
    // Node's errno codes and undici's / grammY's wording, as the real 2026.9.6 gateway logs them
    // ("Error: connect ECONNREFUSED 127.0.0.1:9", "Network request for 'getUpdates' failed!").
    static constexpr std::array kPhrases{
        "econnrefused", "enotfound",    "eai_again",   "ehostunreach",        "enetunreach",
        "etimedout",    "fetch failed", "getaddrinfo", "network request for", "connection refused"};
    return std::any_of(kPhrases.begin(), kPhrases.end(), [&](const char *phrase) {
        return detail.contains(QLatin1String(phrase), Qt::CaseInsensitive);
    });
}

QString classificationMarkdown()
{
    // Untranslated on purpose: this feeds the English design documentation.
    QString out =
        QStringLiteral("| rule | channel | events | code | phrase | when | state | retryable | action | "
                       "reason | basis |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (const ClassificationRow &row : kTable) {
        QString phrase = row.phrase ? QString::fromLatin1(row.phrase) : QString();
        phrase.replace(QLatin1Char('|'), QStringLiteral(" / "));
        QString reason = QString::fromUtf8(row.reason);
        reason.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        out += QStringLiteral("| `") + QLatin1String(row.id) + QStringLiteral("` | ") +
               QLatin1String(row.channel) + QStringLiteral(" | ") + kindsText(row.kinds) +
               QStringLiteral(" | ") + codeText(row) + QStringLiteral(" | ") + phrase +
               QStringLiteral(" | ") + contextName(row.context) + QStringLiteral(" | ") +
               (row.state ? stateName(*row.state) : QStringLiteral("(unchanged)")) + QStringLiteral(" | ") +
               (row.retryable ? QStringLiteral("yes") : QStringLiteral("no")) + QStringLiteral(" | ") +
               actionName(row.action) + QStringLiteral(" | ") + reason + QStringLiteral(" | ") +
               QString::fromUtf8(row.basis) + QStringLiteral(" |\n");
    }
    return out;
}

} // namespace sb::health

#include "app/linking/LoginAnswer.h"

namespace sb::linking {

namespace {

bool says(const QString &message, const char *words)
{
    return message.contains(QLatin1String(words), Qt::CaseInsensitive);
}

// The outcomes that can end either call, checked before the call-specific ones.
std::optional<LoginAnswer> endingOf(const gateway::WebLoginState &answer)
{
    const QString &message = answer.message;
    if (answer.code == QLatin1String("whatsapp-auth-unstable") || says(message, "still stabilizing") ||
        says(message, "has not settled on disk"))
        return LoginAnswer::AuthUnstable;
    // "can't" arrives with a straight or a typographic apostrophe.
    if (says(message, "link new devices"))
        return LoginAnswer::Cooldown;
    if (says(message, "logged out"))
        return LoginAnswer::LoggedOut;
    if (says(message, "conflict") || says(message, "status=440") || says(message, "(440)"))
        return LoginAnswer::Conflict;
    if (says(message, "restart after pairing"))
        return LoginAnswer::RestartAfterPairing;
    if (says(message, "QR expired"))
        return LoginAnswer::Expired;
    if (says(message, "already linked"))
        return LoginAnswer::AlreadyLinked;
    if (says(message, "No active WhatsApp login"))
        return LoginAnswer::NoActiveLogin;
    return std::nullopt;
}

} // namespace

LoginAnswer classifyStartAnswer(const gateway::WebLoginState &answer)
{
    if (!answer.qrDataUrl.isEmpty())
        return LoginAnswer::Qr;
    if (const auto ending = endingOf(answer))
        return *ending;
    // An offline gateway answers ok with only "WhatsApp login failed: ..." and no QR.
    return LoginAnswer::Failed;
}

LoginAnswer classifyWaitAnswer(const gateway::WebLoginState &answer)
{
    if (answer.connected.value_or(false))
        return LoginAnswer::Linked;
    if (const auto ending = endingOf(answer))
        return *ending;
    if (!answer.qrDataUrl.isEmpty())
        return LoginAnswer::QrRefreshed;
    if (says(answer.message, "Still waiting"))
        return LoginAnswer::StillWaiting;
    return LoginAnswer::Failed;
}

} // namespace sb::linking

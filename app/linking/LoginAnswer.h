#pragma once

#include "app/gateway/MethodTypes.h"

namespace sb::linking {

// What one web.login.start / web.login.wait answer means. The WhatsApp plugin answers ok with
// a sentence for success and failure alike; the sentence (and qrDataUrl / connected) is all
// there is to go on, so the sentences of @openclaw/whatsapp 2026.9.6 (dist/.setup/login-qr and
// connection-controller) are matched here, in one place.
enum class LoginAnswer
{
    Qr,                  // start: a QR to show
    QrRefreshed,         // wait: the gateway rotated the QR (qrDataUrl is the new one)
    StillWaiting,        // wait: its timeout ran out with nothing scanned
    Linked,              // wait: connected
    RestartAfterPairing, // 515 right after the scan: the gateway restarts the socket once
    Expired,             // the login's 3 minutes ran out
    NoActiveLogin,       // wait with nothing running (a gateway restart, or another console)
    AlreadyLinked,       // start without force on a linked account
    AuthUnstable,        // credentials still settling on disk: retry in a moment
    Conflict,            // 440: another WhatsApp Web session took over
    LoggedOut,           // 401: the phone revoked the session, credentials cleared
    Cooldown,            // the phone refuses new devices for now ("can't link new devices")
    Failed,              // anything else: the gateway's words
};

LoginAnswer classifyStartAnswer(const gateway::WebLoginState &answer);
LoginAnswer classifyWaitAnswer(const gateway::WebLoginState &answer);

} // namespace sb::linking

#include "app/gateway/GatewayError.h"

#include "app/platform/Redactor.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonObject>

namespace sb::gateway {

namespace {

QString detailString(const QJsonValue &details, const char *key)
{
    return details.toObject().value(QLatin1String(key)).toString();
}

// The stale-baseHash guard's words on v3 and v4: "config changed since last load; re-run
// config.get and retry" (server-methods/config.ts requireConfigBaseHash).
bool isStaleBaseHash(const QString &message)
{
    return message.contains(QLatin1String("config changed since last load"), Qt::CaseInsensitive);
}

bool isAuthDetailCode(const QString &code)
{
    return code.startsWith(QLatin1String("AUTH_")) || code.startsWith(QLatin1String("DEVICE_")) ||
           code == QLatin1String("PAIRING_REQUIRED") ||
           code == QLatin1String("CONTROL_UI_ORIGIN_NOT_ALLOWED") ||
           code == QLatin1String("CONTROL_UI_DEVICE_IDENTITY_REQUIRED");
}

} // namespace

GatewayError GatewayError::fromErrorShape(const ErrorShape &shape)
{
    GatewayError error;
    error.m_code = shape.code;
    error.m_message = shape.message;
    error.m_details = shape.details;
    error.m_retryable = shape.retryable.value_or(false);
    if (shape.retryAfterMs)
        error.m_retryAfterMs = std::min(*shape.retryAfterMs, maxGatewayDelayMs);

    const QString detail = error.detailCode();
    if (detail == QLatin1String("PROTOCOL_MISMATCH") || shape.message == QLatin1String("protocol mismatch"))
        error.m_kind = Kind::ProtocolMismatch;
    else if (shape.code == QLatin1String("UNAVAILABLE"))
        error.m_kind = Kind::Unavailable;
    else if (isAuthDetailCode(detail) || shape.code == QLatin1String("NOT_PAIRED") ||
             shape.message.startsWith(QLatin1String("unauthorized")))
        error.m_kind = Kind::Auth;
    // v4 says FORBIDDEN + MISSING_SCOPE; v3 says INVALID_REQUEST "missing scope: x".
    else if (shape.code == QLatin1String("FORBIDDEN") || detail == QLatin1String("MISSING_SCOPE") ||
             shape.message.startsWith(QLatin1String("missing scope")))
        error.m_kind = Kind::Forbidden;
    else if (isStaleBaseHash(shape.message))
        error.m_kind = Kind::ConfigConflict;
    else
        error.m_kind = Kind::Remote;
    return error;
}

GatewayError GatewayError::transport(const QString &reason)
{
    GatewayError error;
    error.m_kind = Kind::Transport;
    error.m_code = QStringLiteral("TRANSPORT");
    error.m_message = reason;
    error.m_ourWords = true;
    error.m_retryable = true;
    return error;
}

GatewayError GatewayError::timeout(const QString &method, qint64 afterMs)
{
    GatewayError error;
    error.m_kind = Kind::Timeout;
    error.m_code = QStringLiteral("TIMEOUT");
    error.m_message =
        tr("%1 got no answer within %2 s").arg(method).arg(static_cast<double>(afterMs) / 1000.0);
    error.m_ourWords = true;
    error.m_retryable = true;
    return error;
}

GatewayError GatewayError::protocol(const QString &reason)
{
    GatewayError error;
    error.m_kind = Kind::Protocol;
    error.m_code = QStringLiteral("PROTOCOL");
    error.m_message = reason;
    error.m_ourWords = true;
    return error;
}

GatewayError GatewayError::unsupported(const QString &method, int protocolVersion)
{
    GatewayError error;
    error.m_kind = Kind::Unsupported;
    error.m_code = QStringLiteral("UNSUPPORTED");
    error.m_message =
        tr("%1 is not available on this gateway (protocol %2); it needs a gateway that speaks protocol 4")
            .arg(method)
            .arg(protocolVersion);
    error.m_ourWords = true;
    return error;
}

GatewayError GatewayError::protocolMismatch(qint64 announcedProtocol)
{
    GatewayError error;
    error.m_kind = Kind::ProtocolMismatch;
    error.m_code = QStringLiteral("PROTOCOL_MISMATCH");
    error.m_message = tr("the gateway answered with protocol %1").arg(announcedProtocol);
    error.m_ourWords = true;
    return error;
}

QString GatewayError::detailCode() const
{
    return detailString(m_details, "code");
}

bool GatewayError::isTerminalForConnect() const
{
    switch (m_kind) {
    case Kind::Auth:
    case Kind::ProtocolMismatch:
    case Kind::Forbidden:
    case Kind::Remote:   // e.g. INVALID_REQUEST "invalid connect params": sending it again cannot help
    case Kind::Protocol: // a hello-ok we cannot read
    case Kind::Unsupported:
    case Kind::ConfigConflict:
        return true;
    case Kind::Transport:
    case Kind::Timeout:
    case Kind::Unavailable:
        return false;
    }
    return true;
}

QString GatewayError::recommendedNextStep() const
{
    const QString step = detailString(m_details, "recommendedNextStep");
    if (step.isEmpty())
        return {};
    if (step == QLatin1String("retry_with_device_token"))
        return tr("Retry with the device token this workstation was issued.");
    if (step == QLatin1String("update_auth_configuration"))
        return tr("Update the gateway's auth configuration (gateway.auth) so it has a token.");
    if (step == QLatin1String("update_auth_credentials"))
        return tr(
            "Enter the gateway's current token (openclaw gateway auth-token --show on the gateway host).");
    if (step == QLatin1String("wait_then_retry"))
        return tr("Wait a little, then connect again.");
    if (step == QLatin1String("review_auth_configuration"))
        return tr("Review the gateway's auth configuration.");
    // An unknown hint from a newer gateway is still more useful than nothing.
    return tr("The gateway recommends: %1").arg(step);
}

QString GatewayError::userMessage() const
{
    QString lead;
    switch (m_kind) {
    case Kind::Transport:
        lead = tr("Cannot reach the gateway.");
        break;
    case Kind::Timeout:
        lead = tr("The gateway did not answer in time.");
        break;
    case Kind::Protocol:
        lead = tr("The gateway sent something Switchboard does not understand.");
        break;
    case Kind::Auth:
        lead = tr("The gateway refused the credentials.");
        break;
    case Kind::ProtocolMismatch:
        lead = tr(
            "This gateway speaks a protocol version Switchboard does not support (3 and 4 are supported).");
        break;
    case Kind::Unavailable:
        lead = tr("The gateway is temporarily unavailable.");
        break;
    case Kind::ConfigConflict:
        lead =
            tr("Someone else changed the gateway configuration since it was loaded. Reload it, review both "
               "versions and apply your change again.");
        break;
    case Kind::Forbidden:
        lead = tr("This connection is not allowed to do that (missing scope).");
        break;
    case Kind::Unsupported:
        lead = tr("This gateway does not offer that.");
        break;
    case Kind::Remote:
        lead = tr("The gateway refused the request.");
        break;
    }
    QString text = lead;
    // Only the gateway's own refusals are quoted as its words; local failures are details.
    if (!m_message.isEmpty()) {
        text += QLatin1Char(' ') +
                (m_ourWords ? tr("Details: %1").arg(m_message) : tr("Gateway said: %1").arg(m_message));
    }
    if (m_retryAfterMs && m_kind == Kind::Unavailable)
        text += QLatin1Char(' ') + tr("Retry in %1 s.").arg(static_cast<double>(*m_retryAfterMs) / 1000.0);
    if (const QString step = recommendedNextStep(); !step.isEmpty())
        text += QLatin1Char(' ') + step;
    return text;
}

QString GatewayError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Transport:
        return QStringLiteral("transport");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::ProtocolMismatch:
        return QStringLiteral("protocol-mismatch");
    case Kind::Unavailable:
        return QStringLiteral("unavailable");
    case Kind::ConfigConflict:
        return QStringLiteral("config-conflict");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::Unsupported:
        return QStringLiteral("unsupported");
    case Kind::Remote:
        return QStringLiteral("remote");
    }
    return QStringLiteral("remote");
}

GatewayError GatewayError::redacted() const
{
    GatewayError copy = *this;
    copy.m_message = Redactor::redact(m_message);
    copy.m_details = Redactor::redact(m_details);
    return copy;
}

} // namespace sb::gateway

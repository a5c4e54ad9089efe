#pragma once

#include "app/gateway/Frame.h"

#include <optional>

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace sb::gateway {

// The longest wait Switchboard accepts from a gateway (retryAfterMs, restartExpectedMs). JSON
// carries delays up to 2^53 ms; taken at its word, one hostile or buggy answer would park the
// console for good ("next connection attempt in 9007199254740991 ms"). Five minutes is longer
// than any restart the real gateway announces (it asks for 0.5-1 s) and short enough that the
// operator sees a fresh answer soon.
inline constexpr qint64 maxGatewayDelayMs = 5 * 60 * 1000;

// Why a gateway call or connection failed, typed so the layers above decide without reading
// strings: a state machine branches on kind(), a dialog shows userMessage().
class GatewayError
{
    Q_DECLARE_TR_FUNCTIONS(GatewayError)

public:
    enum class Kind
    {
        Transport,        // socket refused, dropped, or never answered the handshake
        Timeout,          // a request got no answer within its deadline
        Protocol,         // the gateway said something we cannot understand, or we refused to send
        Auth,             // token refused, device identity or pairing required: needs a person
        ProtocolMismatch, // neither v3 nor v4 agreed: needs an upgrade, retrying cannot help
        Unavailable,      // the gateway is starting, restarting, busy or rate-limiting: retry later
        ConfigConflict,   // config.patch/set with a stale baseHash: re-fetch, show both sides
        Forbidden,        // the connection lacks a scope for this method
        Unsupported,      // the method or field does not exist on this gateway's protocol version
        Remote,           // any other refusal from the gateway (invalid params, channel errors...)
    };

    GatewayError() = default;

    static GatewayError fromErrorShape(const ErrorShape &shape);
    static GatewayError transport(const QString &reason);
    static GatewayError timeout(const QString &method, qint64 afterMs);
    static GatewayError protocol(const QString &reason);
    static GatewayError unsupported(const QString &method, int protocolVersion);
    // hello-ok named a protocol other than 3 or 4 (any integer, never narrowed to int first).
    static GatewayError protocolMismatch(qint64 announcedProtocol);

    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }       // gateway error code, or ours ("TRANSPORT", "TIMEOUT"...)
    QString message() const { return m_message; } // the gateway's own words (plain text)
    QJsonValue details() const { return m_details; }
    QString detailCode() const; // details.code, e.g. "AUTH_TOKEN_MISMATCH"
    bool retryable() const { return m_retryable; }
    // The gateway's retryAfterMs, at most maxGatewayDelayMs.
    std::optional<qint64> retryAfterMs() const { return m_retryAfterMs; }

    // True when retrying the same thing cannot help without a person changing something.
    bool isTerminalForConnect() const;

    // A sentence for the operator: what happened, the gateway's message, and the next step the
    // gateway recommends when it sent one. Plain text.
    QString userMessage() const;
    // details.recommendedNextStep in words, or empty.
    QString recommendedNextStep() const;

    static QString kindName(Kind kind); // stable English identifier for logs and --json

    // The same error with registered and token-shaped secrets taken out of the gateway's words.
    GatewayError redacted() const;

private:
    Kind m_kind = Kind::Remote;
    QString m_code;
    QString m_message;
    QJsonValue m_details;
    bool m_retryable = false;
    bool m_ourWords = false; // m_message is Switchboard's, not quoted from the gateway
    std::optional<qint64> m_retryAfterMs;
};

} // namespace sb::gateway

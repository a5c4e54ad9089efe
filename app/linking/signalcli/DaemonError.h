#pragma once

#include <optional>
#include <utility>
#include <variant>

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace sb::linking::signalcli {

// Why a call to the signal-cli daemon failed, typed so the flows branch on kind() and the
// JSON-RPC code, and the operator reads userMessage(). The daemon's own words (message()) are
// plain text.
class DaemonError
{
    Q_DECLARE_TR_FUNCTIONS(DaemonError)

public:
    enum class Kind
    {
        NotRunning,  // connection refused: nothing listens at the daemon URL
        Unreachable, // host not found, network down, TLS failure...
        Timeout,     // no (complete) answer within the call's deadline
        WrongUrl,    // something answered, but not signal-cli's HTTP API (404, not an event stream)
        NotJson,     // the answer is not JSON (an HTML page from a proxy or web server)
        BadResponse, // JSON, but not a JSON-RPC 2.0 response to our request
        HttpStatus,  // an HTTP status the daemon never sends for a JSON-RPC call
        Rpc,         // the daemon's JSON-RPC error object: rpcCode(), message(), data()
    };

    DaemonError() = default;
    DaemonError(Kind kind, QString message, int httpStatus = 0)
        : m_kind(kind)
        , m_message(std::move(message))
        , m_httpStatus(httpStatus)
    {}
    static DaemonError rpc(int code, QString message, QJsonValue data);

    Kind kind() const { return m_kind; }
    int rpcCode() const { return m_rpcCode; }
    QString message() const { return m_message; }
    QJsonValue data() const { return m_data; }
    int httpStatus() const { return m_httpStatus; }
    // A wait the daemon asked for: the HTTP Retry-After header, or the rate-limit result's
    // retryAfterSeconds in the error data.
    std::optional<qint64> retryAfterSeconds() const { return m_retryAfterSeconds; }
    void setRetryAfterSeconds(qint64 seconds) { m_retryAfterSeconds = seconds; }

    // For the operator: what went wrong and, where it helps, what to check.
    QString userMessage() const;

private:
    Kind m_kind = Kind::BadResponse;
    int m_rpcCode = 0;
    QString m_message;
    QJsonValue m_data;
    int m_httpStatus = 0;
    std::optional<qint64> m_retryAfterSeconds;
};

// A daemon call's outcome: its value or the error.
template <typename T>
class DaemonResult
{
public:
    DaemonResult(T value) // NOLINT(google-explicit-constructor): returning a value reads naturally
        : m_outcome(std::move(value))
    {}
    DaemonResult(DaemonError error) // NOLINT(google-explicit-constructor)
        : m_outcome(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_outcome); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_outcome); }
    const DaemonError &error() const { return std::get<DaemonError>(m_outcome); }

private:
    std::variant<T, DaemonError> m_outcome;
};

} // namespace sb::linking::signalcli

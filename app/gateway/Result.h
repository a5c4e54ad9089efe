#pragma once

#include "app/gateway/GatewayError.h"

#include <functional>
#include <utility>
#include <variant>

namespace sb::gateway {

// The outcome of one gateway call: a typed value or a typed error. Small enough to copy into
// a state machine's transition and to branch on in switchboardctl.
template <typename T>
class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): returning a value should read naturally
        : m_outcome(std::move(value))
    {}
    Result(GatewayError error) // NOLINT(google-explicit-constructor)
        : m_outcome(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_outcome); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_outcome); }
    const GatewayError &error() const { return std::get<GatewayError>(m_outcome); }

private:
    std::variant<T, GatewayError> m_outcome;
};

template <typename T>
using ResultHandler = std::function<void(const Result<T> &)>;

} // namespace sb::gateway

// Event::redacted() lives apart from the payload readers in Hello.cpp: those are fuzzed on their
// own (tests/fuzz), without the Redactor and its secret registry.
#include "app/gateway/Hello.h"
#include "app/platform/Redactor.h"

namespace sb::gateway {

Event Event::redacted() const
{
    return fromFrame(EventFrame{name, Redactor::redact(m_payload), seq, stateVersion}, receivedAt);
}

} // namespace sb::gateway

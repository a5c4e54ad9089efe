#pragma once

#include "app/platform/Clock.h"

#include <atomic>

namespace sb::ingest {

// The gateway's idea of "now": the local clock plus the offset seen in the gateway's own
// timestamps (channels.status ts, tick events). Lane reasons count minutes against the
// times the gateway stamps on events, so a workstation clock that is off by a few minutes
// (or a drill replaying a night in February) must not make "re-linked 4 min ago" wrong.
class GatewayClock final : public Clock
{
public:
    QDateTime now() const override
    {
        return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load(std::memory_order_relaxed));
    }

    void observe(const QDateTime &gatewayNow)
    {
        if (gatewayNow.isValid())
            m_offsetMs.store(QDateTime::currentDateTimeUtc().msecsTo(gatewayNow), std::memory_order_relaxed);
    }
    qint64 offsetMs() const { return m_offsetMs.load(std::memory_order_relaxed); }

private:
    std::atomic<qint64> m_offsetMs{0};
};

} // namespace sb::ingest

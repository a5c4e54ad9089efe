#pragma once

#include "app/drill/DrillSession.h"

#include <memory>
#include <vector>

#include <QString>

namespace sb::drill {

// N drill gateways in one process (switchboard-drill --gateways N): one DrillSession each, on
// N loopback ports, gateway 1 playing the scenario and the others its fleetVariation(). For
// demos of a fleet in one window and for the fleet benchmark.
class DrillFleet
{
public:
    static constexpr int kMaxGateways = 200;

    struct Options
    {
        int gateways = 1;
        // Shared by every gateway. A non-zero port is gateway 1's; gateway k listens on
        // port + k - 1. A token (from a file) is every gateway's; otherwise each makes its own.
        DrillSession::Options session;
    };

    static std::unique_ptr<DrillFleet> start(const Options &options, QString *error);

    int size() const { return static_cast<int>(m_sessions.size()); }
    // 0-based; gateway number k is session(k - 1).
    DrillSession *session(int index) const { return m_sessions.at(static_cast<size_t>(index)).get(); }

    // The line switchboard-drill prints for gateway `index` (0-based), which fleet tests and
    // benchmarks read:
    //   gateway <k> <ws url> [token <token>] [signal-cli <http url>] scenario <name>
    QString announcement(int index, bool withToken) const;

private:
    DrillFleet() = default;

    std::vector<std::unique_ptr<DrillSession>> m_sessions;
};

} // namespace sb::drill

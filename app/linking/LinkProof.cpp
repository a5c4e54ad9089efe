#include "app/linking/LinkProof.h"

#include "app/health/LaneState.h"

namespace sb::linking {

QString LinkProof::text() const
{
    return tr("connected %1 of %2 min, %3 of %4 deliveries")
        .arg(connectedMs / 60000)
        .arg(connectedNeededMs / 60000)
        .arg(deliveries)
        .arg(deliveriesNeeded);
}

LinkProof LinkProof::of(const health::LaneStatus &status, qint64 nowMs)
{
    LinkProof proof;
    proof.state = status.state;
    proof.connectedNeededMs = status.connectedNeededMs;
    proof.deliveriesNeeded = status.deliveriesNeeded;
    // The engine keeps counting past the target; the proof reads "3 of 3", never "7 of 3".
    proof.deliveries = qMin(status.deliveriesProven, status.deliveriesNeeded);
    if (status.connected && status.connectedSince > 0)
        proof.connectedMs = qBound<qint64>(0, nowMs - status.connectedSince, status.connectedNeededMs);
    if (status.state == LaneState::Healthy) {
        proof.connectedMs = proof.connectedNeededMs;
        proof.deliveries = proof.deliveriesNeeded;
    }
    return proof;
}

} // namespace sb::linking

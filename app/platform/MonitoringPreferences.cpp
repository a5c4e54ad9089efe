#include "app/platform/MonitoringPreferences.h"

#include <algorithm>

namespace sb {

namespace {

ProofPreference clampedProof(ProofPreference proof)
{
    using P = MonitoringPreferences;
    proof.connectedMinutes =
        std::clamp(proof.connectedMinutes, P::kMinConnectedMinutes, P::kMaxConnectedMinutes);
    proof.deliveries = std::clamp(proof.deliveries, P::kMinDeliveries, P::kMaxDeliveries);
    return proof;
}

} // namespace

MonitoringPreferences MonitoringPreferences::clamped() const
{
    MonitoringPreferences result = *this;
    result.proof = clampedProof(proof);
    for (auto it = result.proofByChannel.begin(); it != result.proofByChannel.end(); ++it)
        it.value() = clampedProof(it.value());
    result.incidentGraceSeconds = std::clamp(incidentGraceSeconds, 0, kMaxIncidentGraceSeconds);
    result.reconnectLimitMinutes =
        std::clamp(reconnectLimitMinutes, kMinReconnectLimitMinutes, kMaxReconnectLimitMinutes);
    result.alertStrikes = std::clamp(alertStrikes, kMinAlertStrikes, kMaxAlertStrikes);
    result.alertWindowMinutes =
        std::clamp(alertWindowMinutes, kMinAlertWindowMinutes, kMaxAlertWindowMinutes);
    result.retentionDays = std::clamp(retentionDays, 0, kMaxRetentionDays);
    return result;
}

QStringList MonitoringPreferences::knownChannels()
{
    return {QStringLiteral("whatsapp"), QStringLiteral("telegram"), QStringLiteral("signal")};
}

} // namespace sb

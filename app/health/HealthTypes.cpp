#include "app/health/HealthTypes.h"

namespace sb::health {

namespace {

ProofPolicy proofFrom(const ProofPreference &preference)
{
    return ProofPolicy{qint64(preference.connectedMinutes) * 60 * 1000, preference.deliveries};
}

} // namespace

HealthPolicy HealthPolicy::from(const MonitoringPreferences &preferences)
{
    const MonitoringPreferences p = preferences.clamped();
    HealthPolicy policy;
    policy.proof = proofFrom(p.proof);
    for (auto it = p.proofByChannel.cbegin(); it != p.proofByChannel.cend(); ++it)
        policy.proofByChannel.insert(it.key(), proofFrom(it.value()));
    policy.incidentGraceMs = qint64(p.incidentGraceSeconds) * 1000;
    policy.reconnectLimitMs = qint64(p.reconnectLimitMinutes) * 60 * 1000;
    return policy;
}

} // namespace sb::health

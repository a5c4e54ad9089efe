#pragma once

#include "app/health/HealthTypes.h"

#include <QCoreApplication>
#include <QString>

namespace sb::linking {

// Proof of recovery on the lane after linking, as the health engine counts it: the last page
// of the linking wizards and `switchboardctl relink` show it filling ("connected 4 of 15 min, 2 of 3
// deliveries"). A link is not a recovery until the lane proves itself.
struct LinkProof
{
    Q_DECLARE_TR_FUNCTIONS(LinkProof)

public:
    LaneState state = LaneState::Unknown;
    qint64 connectedMs = 0;
    qint64 connectedNeededMs = 0;
    int deliveries = 0;
    int deliveriesNeeded = 0;

    QString text() const; // translated
    static LinkProof of(const health::LaneStatus &status, qint64 nowMs);
};

} // namespace sb::linking

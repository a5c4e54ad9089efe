// The proof a linking wizard shows fills up to its target and stops there: past the target the
// engine keeps counting connected minutes and deliveries, but "17 of 15 min, 7 of 3 deliveries"
// reads as a bug to an operator (seen on the Signal wizard before the proof had one reader).
#include "app/linking/LinkProof.h"

#include <QTest>

namespace {

constexpr qint64 kMinute = 60'000;

sb::health::LaneStatus proofOf(int deliveries, sb::LaneState state)
{
    sb::health::LaneStatus status;
    status.state = state;
    status.connected = true;
    status.connectedSince = 1'000'000;
    status.connectedNeededMs = 15 * kMinute;
    status.deliveriesNeeded = 3;
    status.deliveriesProven = deliveries;
    return status;
}

} // namespace

class TestLinkProof : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsWhileOnProbation()
    {
        const auto status = proofOf(2, sb::LaneState::Probation);
        const auto proof = sb::linking::LinkProof::of(status, status.connectedSince + 4 * kMinute + 30'000);
        QCOMPARE(proof.text(), QStringLiteral("connected 4 of 15 min, 2 of 3 deliveries"));
    }

    void stopsAtItsTargetWhenProven()
    {
        const auto status = proofOf(7, sb::LaneState::Healthy);
        const auto proof = sb::linking::LinkProof::of(status, status.connectedSince + 17 * kMinute);
        QCOMPARE(proof.text(), QStringLiteral("connected 15 of 15 min, 3 of 3 deliveries"));
    }

    void deliveriesPastTheTargetBeforeTheMinutes()
    {
        const auto status = proofOf(5, sb::LaneState::Probation);
        const auto proof = sb::linking::LinkProof::of(status, status.connectedSince + 5 * kMinute);
        QCOMPARE(proof.text(), QStringLiteral("connected 5 of 15 min, 3 of 3 deliveries"));
    }

    void notConnectedCountsNoMinutes()
    {
        auto status = proofOf(1, sb::LaneState::Reconnecting);
        status.connected = false;
        const auto proof = sb::linking::LinkProof::of(status, status.connectedSince + 9 * kMinute);
        QCOMPARE(proof.text(), QStringLiteral("connected 0 of 15 min, 1 of 3 deliveries"));
    }
};

QTEST_GUILESS_MAIN(TestLinkProof)
#include "TestLinkProof.moc"

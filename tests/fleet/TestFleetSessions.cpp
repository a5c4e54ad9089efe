// FleetSessions without a window: each watched gateway gets its own session restored from the one
// record read for the fleet, a summary of its own lanes, and a say in whether the picture is live.
#include "app/fleet/FleetSessions.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/Clock.h"
#include "app/store/History.h"
#include "tests/support/TestEnvironment.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

namespace sb {

namespace {

constexpr qint64 kT0 = 1'770'800'000'000;
const LaneKey kHome{QStringLiteral("home:1"), QStringLiteral("telegram"), QStringLiteral("default")};
const LaneKey kVps{QStringLiteral("vps:2"), QStringLiteral("whatsapp"), QStringLiteral("default")};
const LaneKey kVpsSignal{QStringLiteral("vps:2"), QStringLiteral("signal"), QStringLiteral("default")};

ChannelEvent channelEvent(const LaneKey &lane, qint64 at, EventKind kind, std::optional<int> code = {})
{
    ChannelEvent e;
    e.lane = lane;
    e.at = at;
    e.kind = kind;
    e.code = code;
    e.source = EventSource::LogLine;
    return e;
}

// A port nothing listens on: the session keeps trying, the gateway is never live.
fleet::FleetSessions::Watch unreachable(const QString &id, const QString &title)
{
    fleet::FleetSessions::Watch watch;
    watch.gatewayId = id;
    watch.title = title;
    watch.connection.url = QUrl(QStringLiteral("ws://127.0.0.1:9"));
    return watch;
}

} // namespace

class TestFleetSessions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachGatewayContinuesFromItsOwnPartOfOneRecord()
    {
        test::ScratchHome home;
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(kT0, QTimeZone::utc()));
        store::History history(home.filePath(QStringLiteral("history.sqlite")), store::StoreOptions{},
                               &clock);
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        // What an earlier run watched: home's Telegram connected, the VPS's WhatsApp logged out
        // and its Signal connected.
        health::HealthEngine before(clock);
        history.attach(&before);
        for (const ChannelEvent &e :
             {channelEvent(kHome, kT0, EventKind::Connected), channelEvent(kVps, kT0, EventKind::Connected),
              channelEvent(kVpsSignal, kT0, EventKind::Connected),
              channelEvent(kVps, kT0 + 60'000, EventKind::Disconnected, 401)}) {
            clock.set(QDateTime::fromMSecsSinceEpoch(e.at, QTimeZone::utc()));
            before.process(e);
        }
        history.flush();
        const LaneState homeState = before.status(kHome).state;
        const LaneState vpsState = before.status(kVps).state;
        QCOMPARE(vpsState, LaneState::LoggedOut);

        fleet::FleetSessions fleet(&history, health::HealthPolicy{});
        QSignalSpy added(&fleet, &fleet::FleetSessions::sessionAdded);
        ingest::GatewaySession &homeSession =
            fleet.watch(unreachable(kHome.gatewayId, QStringLiteral("Home")));
        ingest::GatewaySession &vpsSession = fleet.watch(unreachable(kVps.gatewayId, QStringLiteral("VPS")));
        QCOMPARE(added.count(), 2);
        QCOMPARE(fleet.gatewayIds(), (QStringList{kHome.gatewayId, kVps.gatewayId}));

        // Each restored its own lanes, and only those.
        QCOMPARE(homeSession.lanes().size(), 1);
        QCOMPARE(homeSession.lanes().first().lane, kHome);
        QCOMPARE(homeSession.laneStatus(kHome).state, homeState);
        QCOMPARE(vpsSession.lanes().size(), 2);
        QCOMPARE(vpsSession.lanes().first().lane, kVps); // worst first
        QCOMPARE(vpsSession.laneStatus(kVps).state, vpsState);

        // Watching a gateway again is the same session, not a second one.
        QCOMPARE(&fleet.watch(unreachable(kVps.gatewayId, QStringLiteral("VPS again"))), &vpsSession);
        QCOMPARE(added.count(), 2);
        QCOMPARE(fleet.size(), 2);

        const fleet::GatewaySummary vps = fleet.summary(kVps.gatewayId);
        QCOMPARE(vps.title, QStringLiteral("VPS"));
        QCOMPARE(vps.laneCount, 2);
        QCOMPARE(vps.worstLane, std::optional<LaneKey>(kVps));
        QCOMPARE(vps.worstState, LaneState::LoggedOut);
        QCOMPARE(vps.lanesByState.value(LaneState::LoggedOut), 1);
        QCOMPARE(vps.protocol, 0); // never connected
        QCOMPARE(vps.severity(), Severity::Critical);
        QVERIFY(vps.link != fleet::LinkState::Live);

        // Neither is live: the notice names both.
        const QString stale = fleet.staleReason();
        QVERIFY2(stale.contains(QStringLiteral("Home: ")) && stale.contains(QStringLiteral("VPS: ")),
                 qPrintable(stale));
        fleet.stopAll();
    }

    void summariesAreCoalescedPerGateway()
    {
        fleet::FleetSessions fleet(nullptr, health::HealthPolicy{});
        QSignalSpy changed(&fleet, &fleet::FleetSessions::summaryChanged);
        fleet.watch(unreachable(QStringLiteral("a:1"), QStringLiteral("A")));
        fleet.watch(unreachable(QStringLiteral("b:2"), QStringLiteral("B")));
        // Added and started in the same turn: nothing yet, then one summary each, in watch order,
        // however many things happened to them before the event loop turned.
        QCOMPARE(changed.count(), 0);
        QTRY_VERIFY(changed.count() >= 2);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("a:1"));
        QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("b:2"));
        QCOMPARE(fleet.summary(QStringLiteral("a:1")).laneCount, 0);
        QCOMPARE(fleet.summary(QStringLiteral("missing")).link, fleet::LinkState::NotStarted);
        fleet.stopAll();
    }

    void noGatewayIsNotLive()
    {
        fleet::FleetSessions fleet(nullptr, health::HealthPolicy{});
        QVERIFY(!fleet.staleReason().isEmpty());
    }
};

} // namespace sb

QTEST_GUILESS_MAIN(sb::TestFleetSessions)
#include "TestFleetSessions.moc"

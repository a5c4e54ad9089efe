// channels.status diffs: the real gateway's answer as a first snapshot, then hand-made
// successors for each change the diff reports.
#include "app/gateway/ChannelStatus.h"
#include "app/ingest/StatusDiff.h"
#include "tests/support/TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using sb::ChannelEvent;
using sb::EventKind;
using sb::gateway::ChannelsStatus;
using sb::ingest::diffChannelsStatus;

namespace {

constexpr qint64 kT0 = 1770800000000; // 2026-02-11T09:33:20Z

QJsonObject account(std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject object{{QStringLiteral("accountId"), QStringLiteral("default")},
                       {QStringLiteral("enabled"), true},
                       {QStringLiteral("configured"), true},
                       {QStringLiteral("running"), true},
                       {QStringLiteral("connected"), true},
                       {QStringLiteral("linked"), true},
                       {QStringLiteral("lastConnectedAt"), kT0}};
    for (const auto &[key, value] : fields)
        object.insert(key, value);
    return object;
}

ChannelsStatus snapshot(qint64 ts, const QJsonObject &whatsapp, const QJsonArray &issues = {})
{
    const QJsonObject payload{
        {QStringLiteral("ts"), ts},
        {QStringLiteral("channelOrder"), QJsonArray{QStringLiteral("whatsapp")}},
        {QStringLiteral("channels"), QJsonObject{{QStringLiteral("whatsapp"), QJsonObject{}}}},
        {QStringLiteral("channelAccounts"), QJsonObject{{QStringLiteral("whatsapp"), QJsonArray{whatsapp}}}},
        {QStringLiteral("channelDefaultAccountId"),
         QJsonObject{{QStringLiteral("whatsapp"), QStringLiteral("default")}}},
        {QStringLiteral("statusIssues"), issues}};
    QString why;
    const auto status = sb::gateway::parseChannelsStatus(payload, &why);
    if (!status)
        qFatal("fixture does not parse: %s", qPrintable(why));
    return *status;
}

QList<EventKind> kinds(const QList<ChannelEvent> &events)
{
    QList<EventKind> out;
    for (const ChannelEvent &e : events)
        out << e.kind;
    return out;
}

} // namespace

class TestStatusDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The real 2026.9.6 answer with no channel reachable: WhatsApp reads as needing a link,
    // Signal carries its connection error, and every event is a StatusSnapshot at its ts.
    void realGatewayFirstSnapshot()
    {
        QFile file(QStringLiteral(SWITCHBOARD_TEST_DATA_DIR "/real-gateway/channels-status-res.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject frame = QJsonDocument::fromJson(file.readAll()).object();
        QString why;
        const auto status = sb::gateway::parseChannelsStatus(frame.value(QStringLiteral("payload")), &why);
        QVERIFY2(status, qPrintable(why));
        const QList<ChannelEvent> events = diffChannelsStatus(std::nullopt, *status, QStringLiteral("real"));
        bool whatsappNeedsLink = false, signalError = false;
        for (const ChannelEvent &e : events) {
            QCOMPARE(e.source, sb::EventSource::StatusSnapshot);
            QCOMPARE(e.lane.gatewayId, QStringLiteral("real"));
            QVERIFY(e.at > 0);
            if (e.lane.channel == QLatin1String("whatsapp") && e.kind == EventKind::LoggedOut)
                whatsappNeedsLink = true;
            if (e.lane.channel == QLatin1String("signal") && e.kind == EventKind::StatusIssue &&
                e.detail.contains(QLatin1String("ECONNREFUSED")))
                signalError = true;
        }
        QVERIFY(whatsappNeedsLink);
        QVERIFY(signalError);
        // The same snapshot again says nothing new.
        QVERIFY(diffChannelsStatus(status, *status, QStringLiteral("real")).isEmpty());
    }

    void firstSightOfAConnectedAccountIsOneConnectedEvent()
    {
        const auto now = snapshot(kT0 + 60000, account({}));
        const auto events = diffChannelsStatus(std::nullopt, now, QStringLiteral("gw"));
        QCOMPARE(kinds(events), QList<EventKind>{EventKind::Connected});
        QCOMPARE(events.first().at, kT0); // lastConnectedAt, not the snapshot time
        QCOMPARE(events.first().lane.toString(), QStringLiteral("gw/whatsapp/default"));
    }

    // A drop and reconnect between two polls: connected stays true, but lastDisconnect and
    // lastConnectedAt moved, so both are reported at the gateway's own times, in order.
    void blipBetweenPolls()
    {
        const auto before = snapshot(kT0 + 60000, account({}));
        const QJsonObject drop{{QStringLiteral("at"), kT0 + 90000},
                               {QStringLiteral("status"), 428},
                               {QStringLiteral("error"), QStringLiteral("Connection Closed")}};
        const auto after =
            snapshot(kT0 + 120000, account({{QStringLiteral("lastDisconnect"), drop},
                                            {QStringLiteral("lastConnectedAt"), kT0 + 97000}}));
        const auto events = diffChannelsStatus(before, after, QStringLiteral("gw"));
        QCOMPARE(kinds(events), (QList<EventKind>{EventKind::Disconnected, EventKind::Connected}));
        QCOMPARE(events[0].code, std::optional<int>(428));
        QCOMPARE(events[0].at, kT0 + 90000);
        QCOMPARE(events[0].detail, QStringLiteral("Connection Closed"));
        QCOMPARE(events[1].at, kT0 + 97000);
    }

    void loggedOutDropAndRetries()
    {
        const auto before = snapshot(kT0 + 60000, account({{QStringLiteral("reconnectAttempts"), 1}}));
        const QJsonObject drop{{QStringLiteral("at"), kT0 + 90000},
                               {QStringLiteral("status"), 401},
                               {QStringLiteral("loggedOut"), true}};
        const auto loggedOut =
            snapshot(kT0 + 120000, account({{QStringLiteral("connected"), false},
                                            {QStringLiteral("lastDisconnect"), drop},
                                            {QStringLiteral("healthState"), QStringLiteral("logged-out")}}));
        const auto events = diffChannelsStatus(before, loggedOut, QStringLiteral("gw"));
        QCOMPARE(kinds(events), QList<EventKind>{EventKind::LoggedOut}); // healthState says the same: once
        QCOMPARE(events.first().code, std::optional<int>(401));

        const auto retrying = snapshot(kT0 + 60000, account({{QStringLiteral("connected"), false},
                                                             {QStringLiteral("reconnectAttempts"), 2}}));
        const auto more = snapshot(kT0 + 62000, account({{QStringLiteral("connected"), false},
                                                         {QStringLiteral("reconnectAttempts"), 3}}));
        QCOMPARE(kinds(diffChannelsStatus(retrying, more, QStringLiteral("gw"))),
                 QList<EventKind>{EventKind::ReconnectScheduled});
    }

    void trafficStopStartAndDisable()
    {
        const auto before = snapshot(kT0, account({{QStringLiteral("lastOutboundAt"), kT0 - 5000},
                                                   {QStringLiteral("lastInboundAt"), kT0 - 5000}}));
        const auto traffic = snapshot(kT0 + 60000, account({{QStringLiteral("lastOutboundAt"), kT0 + 30000},
                                                            {QStringLiteral("lastInboundAt"), kT0 + 20000}}));
        const auto events = diffChannelsStatus(before, traffic, QStringLiteral("gw"));
        QCOMPARE(kinds(events), (QList<EventKind>{EventKind::InboundSeen, EventKind::DeliveryOk}));
        QCOMPARE(events[1].at, kT0 + 30000);

        const auto stopped = snapshot(kT0 + 90000, account({{QStringLiteral("running"), false},
                                                            {QStringLiteral("connected"), false},
                                                            {QStringLiteral("lastStopAt"), kT0 + 85000}}));
        const auto stopEvents = diffChannelsStatus(traffic, stopped, QStringLiteral("gw"));
        QVERIFY(kinds(stopEvents).contains(EventKind::Stopped));
        QCOMPARE(stopEvents.first().at, kT0 + 85000);
        const auto restarted = snapshot(kT0 + 95000, account({{QStringLiteral("running"), true},
                                                              {QStringLiteral("connected"), false},
                                                              {QStringLiteral("lastStartAt"), kT0 + 94000}}));
        QCOMPARE(kinds(diffChannelsStatus(stopped, restarted, QStringLiteral("gw"))),
                 QList<EventKind>{EventKind::Started});

        const auto disabled = snapshot(kT0 + 99000, account({{QStringLiteral("enabled"), false},
                                                             {QStringLiteral("running"), false},
                                                             {QStringLiteral("connected"), false}}));
        QCOMPARE(kinds(diffChannelsStatus(restarted, disabled, QStringLiteral("gw"))),
                 QList<EventKind>{EventKind::Disabled});
        QVERIFY(kinds(diffChannelsStatus(disabled, restarted, QStringLiteral("gw")))
                    .contains(EventKind::Enabled));
    }

    // channels.stop then channels.start between two polls: running and connected read true
    // both times, but lastStopAt moved. The connection after it is new: stop, start, connect.
    void restartBetweenPolls()
    {
        const auto before = snapshot(kT0 + 60000, account({{QStringLiteral("lastStopAt"), kT0 - 3600000}}));
        const auto after =
            snapshot(kT0 + 120000, account({{QStringLiteral("lastStopAt"), kT0 + 90000},
                                            {QStringLiteral("lastStartAt"), kT0 + 90200},
                                            {QStringLiteral("lastConnectedAt"), kT0 + 91000}}));
        const auto events = diffChannelsStatus(before, after, QStringLiteral("gw"));
        QCOMPARE(kinds(events),
                 (QList<EventKind>{EventKind::Stopped, EventKind::Started, EventKind::Connected}));
        QCOMPARE(events[0].at, kT0 + 90000);
        QCOMPARE(events[1].at, kT0 + 90200);
        QCOMPARE(events[2].at, kT0 + 91000);
        // Nothing moved: nothing to report.
        QVERIFY(diffChannelsStatus(after, after, QStringLiteral("gw")).isEmpty());
    }

    void newStatusIssuesAndErrorsOnce()
    {
        const QJsonArray issues{
            QJsonObject{{QStringLiteral("channel"), QStringLiteral("whatsapp")},
                        {QStringLiteral("accountId"), QStringLiteral("default")},
                        {QStringLiteral("kind"), QStringLiteral("config")},
                        {QStringLiteral("message"), QStringLiteral("<b>open</b> groups")}}};
        const auto before = snapshot(kT0, account({}));
        const auto after =
            snapshot(kT0 + 1000, account({{QStringLiteral("lastError"), QStringLiteral("boom")}}), issues);
        const auto events = diffChannelsStatus(before, after, QStringLiteral("gw"));
        QCOMPARE(kinds(events), (QList<EventKind>{EventKind::StatusIssue, EventKind::StatusIssue}));
        QVERIFY(events[0].detail == QLatin1String("boom") || events[1].detail == QLatin1String("boom"));
        QVERIFY(events[0].detail.contains(QLatin1String("<b>open</b>")) ||
                events[1].detail.contains(QLatin1String("<b>open</b>")));
        QVERIFY(diffChannelsStatus(after, after, QStringLiteral("gw")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatusDiff)
#include "TestStatusDiff.moc"

// The story's night, played at very high speed, as a connected client receives it.
#include "app/drill/DrillSession.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/Scenario.h"
#include "app/drill/ScenarioClock.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/platform/Clock.h"
#include "tests/drill/DrillTestClient.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using sb::drill::DrillSession;
using sb::drill::Scenario;
using sb::drill::test::DrillTestClient;

namespace {

QDateTime jst(const QString &text)
{
    return QDateTime(QDate::fromString(text.left(10), Qt::ISODate),
                     QTime::fromString(text.mid(11), u"HH:mm"_s), QTimeZone("Asia/Tokyo"));
}

// The log lines a client gets from logs.tail, parsed.
QList<QJsonObject> tailAll(DrillTestClient &client)
{
    QList<QJsonObject> out;
    const QJsonObject page =
        client
            .call(u"logs.tail"_s,
                  QJsonObject{{u"cursor"_s, 0}, {u"limit"_s, 5000}, {u"maxBytes"_s, 1000000}})[u"payload"_s]
            .toObject();
    for (const QJsonValue &line : page.value(u"lines"_s).toArray())
        out.append(QJsonDocument::fromJson(line.toString().toUtf8()).object());
    return out;
}

} // namespace

class TestDrillScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultScenarioParses()
    {
        QString error;
        const auto scenario = Scenario::load(Scenario::defaultPath(), &error);
        QVERIFY2(scenario, qPrintable(error));
        QCOMPARE(scenario->timeZone.id(), QByteArray("Asia/Tokyo"));
        QCOMPARE(scenario->start, jst(u"2026-02-12T00:30"_s).toUTC());
        QCOMPARE(scenario->speed, 60.0);
        QVERIFY(std::is_sorted(scenario->steps.cbegin(), scenario->steps.cend(),
                               [](const auto &a, const auto &b) { return a.at < b.at; }));
        // At speed 60 the night plays in under half an hour of wall time.
        QVERIFY(scenario->start.msecsTo(scenario->end()) / 60 < 30 * 60 * 1000);
        QVERIFY(Scenario::builtIn().contains(Scenario::defaultPath()));
    }

    void badScenariosSayWhy()
    {
        QString error;
        QVERIFY(!Scenario::parse(
            R"({"start":"2026-02-12T00:00:00","steps":[{"kind":"nope","offset":"00:01"}]})", &error));
        QVERIFY(error.contains(u"unknown kind"_s));
        QVERIFY(!Scenario::parse(R"({"start":"2026-02-12T00:00:00","steps":[{"kind":"log"}]})", &error));
        QVERIFY(error.contains(u"offset"_s));
        const auto repeated = Scenario::parse(
            R"({"start":"2026-02-12T00:00:00","timeZone":"Asia/Tokyo","steps":[{"kind":"log","offset":"00:10","repeat":{"every":"00:05","count":3}}]})",
            &error);
        QVERIFY2(repeated, qPrintable(error));
        QCOMPARE(repeated->steps.size(), 3);
        QCOMPARE(repeated->steps.at(2).at, jst(u"2026-02-12T00:20"_s).toUTC());
    }

    void storyNightReachesEveryReceiptInOrder()
    {
        // The scenario clock runs on a manual base clock: nothing moves until the test says so.
        sb::ManualClock wall(QDateTime::currentDateTimeUtc());
        DrillSession::Options options;
        options.token = u"night"_s;
        options.autoPlay = false;
        options.signalEmulator = true;
        options.baseClock = &wall;
        options.speed = 100000;
        QString error;
        auto drill = DrillSession::start(options, &error);
        QVERIFY2(drill, qPrintable(error));
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), u"night"_s));

        // Play on timers at 100000×: the whole night in under a second of (manual) wall time.
        QSignalSpy finished(drill->player(), &sb::drill::ScenarioPlayer::finished);
        drill->player()->start();
        for (int i = 0; i < 2000 && finished.isEmpty(); ++i) {
            wall.advanceMs(1);
            QTest::qWait(1);
        }
        QVERIFY(!finished.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(client.call(u"health"_s).value(u"ok"_s).toBool(), 5000);

        // 1. WhatsApp closes, in order, as health events carry them.
        QList<int> statuses;
        qint64 lastAt = 0;
        for (const QJsonObject &event : client.events(u"health"_s)) {
            const QJsonObject wa =
                event[u"payload"_s][u"channels"_s][u"whatsapp"_s][u"accounts"_s][u"default"_s].toObject();
            const QJsonObject last = wa.value(u"lastDisconnect"_s).toObject();
            if (!last.isEmpty() && last.value(u"at"_s).toInteger() != lastAt) {
                lastAt = last.value(u"at"_s).toInteger();
                statuses.append(last.value(u"status"_s).toInt());
            }
        }
        // 01:55, then two more within 17 min (flapping), then nine through the morning.
        const QList<int> expected{499, 499, 428, 428, 428, 428, 428, 428,
                                  428, 428, 428, 428, 428, 428, 401, 503};
        QCOMPARE(statuses, expected);

        // 2. The receipts' times, from the log the client tails (JST timestamps).
        const QList<QJsonObject> lines = tailAll(client);
        const auto timeOf = [&](const QString &needle, int nth = 0) -> QString {
            int seen = 0;
            for (const QJsonObject &line : lines) {
                if (line.value(u"message"_s).toString().contains(needle) && seen++ == nth)
                    return line.value(u"time"_s).toString().left(16);
            }
            return {};
        };
        QCOMPARE(timeOf(u"(status 499)"_s, 0), u"2026-02-12T00:34"_s);
        QCOMPARE(timeOf(u"(status 499)"_s, 1), u"2026-02-12T01:32"_s);
        QCOMPARE(timeOf(u"(status 428)"_s, 0), u"2026-02-12T01:55"_s);
        QCOMPARE(timeOf(u"(status 428)"_s, 9).left(11), u"2026-02-12T"_s);
        QVERIFY(timeOf(u"(status 428)"_s, 9) < u"2026-02-12T12:00"_s); // "through the morning"
        QCOMPARE(timeOf(u"WhatsApp session logged out"_s), u"2026-02-12T12:20"_s);
        QCOMPARE(timeOf(u"WhatsApp Web linked"_s), u"2026-02-12T18:57"_s);
        QCOMPARE(timeOf(u"status code 503"_s), u"2026-02-12T19:08"_s);
        QCOMPARE(timeOf(u"g-job-grace"_s), u"2026-02-12T19:18"_s);
        QCOMPARE(timeOf(u"Captcha required"_s), u"2026-02-13T00:21"_s);
        QCOMPARE(timeOf(u"[403] Authorization failed"_s), u"2026-02-13T00:38"_s);
        QCOMPARE(timeOf(u"Signal connection lost"_s, 0), u"2026-02-13T00:39"_s);
        QCOMPARE(timeOf(u"Signal connection lost"_s, 9), u"2026-02-13T00:52"_s);
        QCOMPARE(timeOf(u"delivered message"_s), u"2026-02-13T00:53"_s);

        // 3. Deliveries after the relink (tests OK), then the failed outbound.
        QList<QJsonObject> waBeats;
        QList<QJsonObject> signalBeats;
        for (const QJsonObject &event : client.events(u"heartbeat"_s)) {
            const QJsonObject beat = event.value(u"payload"_s).toObject();
            const QDateTime at =
                QDateTime::fromMSecsSinceEpoch(beat.value(u"ts"_s).toInteger(), QTimeZone::utc());
            if (beat.value(u"channel"_s) == u"whatsapp"_s && at >= jst(u"2026-02-12T18:57"_s))
                waBeats.append(beat);
            if (beat.value(u"channel"_s) == u"signal"_s)
                signalBeats.append(beat);
        }
        QCOMPARE(waBeats.size(), 4);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(waBeats.at(i).value(u"status"_s).toString(), u"sent"_s);
        QCOMPARE(waBeats.at(3).value(u"status"_s).toString(), u"failed"_s);

        // 4. Signal proves itself: first delivery 00:53, then ≥ 15 min of ≥ 3 consecutive ones.
        QVERIFY(signalBeats.size() >= 4);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(signalBeats.first().value(u"ts"_s).toInteger())
                     .toTimeZone(QTimeZone("Asia/Tokyo"))
                     .toString(u"HH:mm"_s),
                 u"00:53"_s);
        for (const QJsonObject &beat : signalBeats)
            QCOMPARE(beat.value(u"status"_s).toString(), u"sent"_s);
        QVERIFY(signalBeats.last().value(u"ts"_s).toInteger() -
                    signalBeats.first().value(u"ts"_s).toInteger() >=
                15 * 60 * 1000);

        // 5. The final state as channels.status and config.get show it.
        const QJsonObject status = client.call(u"channels.status"_s, QJsonObject{})[u"payload"_s].toObject();
        const QJsonObject wa = status[u"channelAccounts"_s][u"whatsapp"_s][0].toObject();
        QCOMPARE(wa.value(u"enabled"_s).toBool(true), false);
        QCOMPARE(wa[u"lastDisconnect"_s][u"status"_s].toInt(), 503);
        const QJsonObject signal = status[u"channelAccounts"_s][u"signal"_s][0].toObject();
        QCOMPARE(signal.value(u"connected"_s).toBool(), true);
        QVERIFY(!signal.contains(u"healthState"_s)); // like the real Signal plugin's snapshot
        const QJsonObject health = client.call(u"health"_s)[u"payload"_s].toObject();
        QCOMPARE(health[u"channels"_s][u"signal"_s][u"healthState"_s].toString(), u"healthy"_s);
        QCOMPARE(health[u"channelOrder"_s].toArray(),
                 (QJsonArray{u"signal"_s, u"telegram"_s, u"whatsapp"_s}));
        QCOMPARE(status[u"channelAccounts"_s][u"telegram"_s].toArray().size(), 2);
        const QJsonObject config =
            client.call(u"config.get"_s, QJsonObject{})[u"payload"_s][u"config"_s].toObject();
        QCOMPARE(config[u"channels"_s][u"whatsapp"_s][u"enabled"_s].toBool(true), false);
        QCOMPARE(config[u"channels"_s][u"telegram"_s][u"groupPolicy"_s].toString(), u"allowlist"_s);
        QCOMPARE(config[u"tools"_s][u"elevated"_s][u"enabled"_s].toBool(), true);

        // 6. Telegram's open-group moment was visible to the client as a config change.
        bool sawOpen = false;
        for (const QJsonObject &event : client.events(u"config.changed"_s))
            sawOpen = sawOpen || !event[u"payload"_s][u"hash"_s].toString().isEmpty();
        QVERIFY(sawOpen);

        // The console shows scenario time: the last tick-free health `ts` is Feb 13 JST.
        const qint64 ts = client.call(u"health"_s)[u"payload"_s][u"ts"_s].toInteger();
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(ts).toTimeZone(QTimeZone("Asia/Tokyo")).date(),
                 QDate(2026, 2, 13));
    }

    void scenarioClockFollowsItsBaseClock()
    {
        sb::ManualClock wall(QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc()));
        const QDateTime start = jst(u"2026-02-12T00:30"_s);
        sb::drill::ScenarioClock clock(start, 60, &wall);
        wall.advanceMs(1000);
        QCOMPARE(clock.now(), start.addSecs(60).toUTC());
        clock.setSpeed(2);
        wall.advanceMs(1000);
        QCOMPARE(clock.now(), start.addSecs(62).toUTC());
        QCOMPARE(clock.wallMsUntil(start.addSecs(64)), 1000);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sb::test::ScratchHome home;
    TestDrillScenario test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDrillScenario.moc"

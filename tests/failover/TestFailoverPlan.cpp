// The failover's plan, pre-flight and rollback without a gateway: what one config.patch
// changes, what it refuses before anything is written, and that the rollback patch turns the
// planned config back into the one before, path for path.
#include "app/failover/FailoverPlan.h"
#include "app/failover/Operators.h"
#include "app/failover/Preflight.h"
#include "app/failover/Recommendation.h"
#include "app/platform/Settings.h"
#include "app/policy/PolicyReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using sb::LaneKey;
using sb::failover::FailoverPlan;
using sb::failover::FailoverRequest;
using sb::failover::Operator;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// The standby scenario's config, plus a binding and an agent heartbeat on WhatsApp.
QJsonObject standbyConfig()
{
    return json(R"({
      "channels": {
        "whatsapp": {"enabled": true, "dmPolicy": "allowlist",
                     "allowFrom": ["+818011112222", "+818033334444", "+818012345678"], "groupPolicy": "allowlist"},
        "telegram": {"enabled": false},
        "signal": {"enabled": true, "account": "+819000000053", "dmPolicy": "pairing", "groupPolicy": "allowlist"}
      },
      "commands": {"ownerAllowFrom": ["whatsapp:+818011112222"]},
      "tools": {"elevated": {"enabled": true, "allowFrom": {"whatsapp": ["+818011112222"]}}},
      "agents": {"defaults": {"heartbeat": {"every": "30m", "target": "whatsapp", "to": "+818033334444"}}},
      "bindings": [{"agentId": "main", "match": {"channel": "whatsapp"}},
                   {"agentId": "ops", "match": {"channel": "telegram"}}]
    })");
}

LaneKey lane(const QString &channel, const QString &gateway = u"gw"_s)
{
    return LaneKey{gateway, channel, QStringLiteral("default")};
}

QList<Operator> operators()
{
    return {
        Operator{QStringLiteral("Grace"),
                 {{QStringLiteral("whatsapp"), QStringLiteral("+818011112222")},
                  {QStringLiteral("signal"), QStringLiteral("+818011112222")}}},
        Operator{QStringLiteral("Kenji"),
                 {{QStringLiteral("whatsapp"), QStringLiteral("+818033334444")},
                  {QStringLiteral("signal"), QStringLiteral("uuid:6a1f0c3e-8a5b-4c7e-9f10-2b3c4d5e6f70")}}}};
}

FailoverRequest request()
{
    return FailoverRequest{lane(u"whatsapp"_s), lane(u"signal"_s), operators()};
}

QJsonValue at(const QJsonObject &config, const QString &dotted)
{
    QJsonValue value = config;
    for (const QString &key : dotted.split(u'.'))
        value = value.toObject().value(key);
    return value;
}

sb::health::LaneStatus laneStatus(const LaneKey &key, sb::LaneState state, bool flapping = false)
{
    sb::health::LaneStatus s;
    s.lane = key;
    s.state = state;
    s.flapping = flapping;
    s.deliveriesNeeded = 3;
    return s;
}

} // namespace

class TestFailoverPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planMovesEverythingToTheTarget()
    {
        QString problem;
        const std::optional<FailoverPlan> plan =
            sb::failover::buildPlan(request(), standbyConfig(), u"h1"_s, &problem);
        QVERIFY2(plan, qPrintable(problem));
        const QJsonObject &after = plan->after;
        QCOMPARE(at(after, u"channels.whatsapp.enabled"_s), QJsonValue(false));
        QCOMPARE(at(after, u"channels.signal.dmPolicy"_s), QJsonValue(QStringLiteral("allowlist")));
        QCOMPARE(at(after, u"channels.signal.allowFrom"_s),
                 QJsonValue(QJsonArray{u"+818011112222"_s, u"uuid:6a1f0c3e-8a5b-4c7e-9f10-2b3c4d5e6f70"_s}));
        QCOMPARE(at(after, u"channels.signal.groupPolicy"_s), QJsonValue(QStringLiteral("allowlist")));
        // The operators first, the old owner kept after them.
        QCOMPARE(at(after, u"commands.ownerAllowFrom"_s),
                 QJsonValue(QJsonArray{u"signal:+818011112222"_s,
                                       u"signal:uuid:6a1f0c3e-8a5b-4c7e-9f10-2b3c4d5e6f70"_s,
                                       u"whatsapp:+818011112222"_s}));
        // The heartbeat went to Kenji on WhatsApp: now to Kenji on Signal.
        QCOMPARE(at(after, u"agents.defaults.heartbeat.target"_s), QJsonValue(QStringLiteral("signal")));
        QCOMPARE(at(after, u"agents.defaults.heartbeat.to"_s),
                 QJsonValue(QStringLiteral("uuid:6a1f0c3e-8a5b-4c7e-9f10-2b3c4d5e6f70")));
        QCOMPARE(at(after, u"agents.defaults.heartbeat.every"_s), QJsonValue(QStringLiteral("30m")));
        // Only the binding that routed WhatsApp moves.
        const QJsonArray bindings = after.value(u"bindings"_s).toArray();
        QCOMPARE(bindings.at(0).toObject().value(u"match"_s).toObject().value(u"channel"_s).toString(),
                 QStringLiteral("signal"));
        QCOMPARE(bindings.at(1).toObject().value(u"match"_s).toObject().value(u"channel"_s).toString(),
                 QStringLiteral("telegram"));
        // Nothing else changes: untouched keys are not in the patch.
        QVERIFY(!plan->patch.patch().contains(u"tools"_s));
        QVERIFY(!plan->patch.patch().value(u"channels"_s).toObject().contains(u"telegram"_s));
        QCOMPARE(plan->baseHash, QStringLiteral("h1"));

        QStringList paths;
        for (const auto &line : plan->lines)
            paths << line.path;
        QCOMPARE(paths,
                 (QStringList{u"agents.defaults.heartbeat.target"_s, u"agents.defaults.heartbeat.to"_s,
                              u"bindings"_s, u"channels.signal.allowFrom"_s, u"channels.signal.dmPolicy"_s,
                              u"channels.whatsapp.enabled"_s, u"commands.ownerAllowFrom"_s}));
        QVERIFY2(plan->inWords().contains(u"channels.signal.dmPolicy: \"pairing\" → \"allowlist\""_s),
                 qPrintable(plan->inWords()));
    }

    void ownerHeartbeatIsLeftToOwnerAllowFrom()
    {
        QJsonObject config = standbyConfig();
        config.remove(u"agents"_s);
        QString problem;
        const auto plan = sb::failover::buildPlan(request(), config, u"h1"_s, &problem);
        QVERIFY2(plan, qPrintable(problem));
        QVERIFY(!plan->after.contains(u"agents"_s));
        QCOMPARE(plan->notes.size(), 1);
        QVERIFY(plan->notes.first().contains(QLatin1String("ownerAllowFrom")));
    }

    void declaredAccountsAreWrittenWhereTheyLive()
    {
        const QJsonObject config = json(R"({"channels": {
            "whatsapp": {"accounts": {"biz": {"enabled": true}}},
            "telegram": {"enabled": false, "accounts": {"ops": {"enabled": false, "dmPolicy": "pairing"}}}}})");
        FailoverRequest r{LaneKey{u"gw"_s, u"whatsapp"_s, u"biz"_s},
                          LaneKey{u"gw"_s, u"telegram"_s, u"ops"_s},
                          {Operator{u"Grace"_s, {{u"telegram"_s, u"123456789"_s}}}}};
        QString problem;
        const auto plan = sb::failover::buildPlan(r, config, u"h"_s, &problem);
        QVERIFY2(plan, qPrintable(problem));
        QCOMPARE(at(plan->after, u"channels.whatsapp.accounts.biz.enabled"_s), QJsonValue(false));
        QCOMPARE(at(plan->after, u"channels.telegram.accounts.ops.enabled"_s), QJsonValue(true));
        QCOMPARE(at(plan->after, u"channels.telegram.accounts.ops.allowFrom"_s),
                 QJsonValue(QJsonArray{u"123456789"_s}));
        QCOMPARE(at(plan->after, u"channels.telegram.enabled"_s), QJsonValue(false)); // the root is not ours
    }

    void rollbackRestoresEveryPath()
    {
        QString problem;
        const auto plan = sb::failover::buildPlan(request(), standbyConfig(), u"h1"_s, &problem);
        QVERIFY2(plan, qPrintable(problem));
        const sb::gateway::MergePatch undo = sb::failover::rollbackPatch(*plan, standbyConfig());
        // Applied to the planned config, the rollback gives back the config before, exactly.
        QCOMPARE(sb::gateway::MergePatch::apply(plan->after, undo.patch()).toObject(), standbyConfig());
        // Keys the plan added are removed (null), lists that shrink back are named.
        QCOMPARE(at(undo.patch(), u"agents.defaults.heartbeat.to"_s), QJsonValue(u"+818033334444"_s));
        QCOMPARE(at(undo.patch(), u"channels.signal.allowFrom"_s), QJsonValue(QJsonValue::Null));
        QVERIFY2(undo.replacePaths().contains(u"commands.ownerAllowFrom"_s),
                 qPrintable(undo.replacePaths().join(u',')));
    }

    // config.get's `config` fills in OpenClaw's defaults (the real gateway's answer: dmPolicy
    // "pairing", commands.native...); the file has none of them. The rollback restores the file,
    // so no default is written into it on the way back.
    void rollbackRestoresTheFileNotTheDefaults()
    {
        const QJsonObject file = json(R"({"channels": {"whatsapp": {"enabled": true},
                                                       "signal": {"enabled": true, "account": "+15555550123"}}})");
        const QJsonObject withDefaults = json(R"({"channels": {
            "whatsapp": {"enabled": true, "dmPolicy": "pairing"},
            "signal": {"enabled": true, "account": "+15555550123", "dmPolicy": "pairing"}},
            "commands": {"native": "auto", "restart": true}})");
        FailoverRequest r{lane(u"whatsapp"_s),
                          lane(u"signal"_s),
                          {Operator{u"Grace"_s, {{u"signal"_s, u"+15555550101"_s}}}}};
        QString problem;
        const auto plan = sb::failover::buildPlan(r, withDefaults, u"h"_s, &problem);
        QVERIFY2(plan, qPrintable(problem));
        const QJsonObject written = sb::gateway::MergePatch::apply(file, plan->patch.patch()).toObject();
        QCOMPARE(at(written, u"channels.signal.dmPolicy"_s), QJsonValue(u"allowlist"_s));
        const sb::gateway::MergePatch undo = sb::failover::rollbackPatch(*plan, file);
        QCOMPARE(sb::gateway::MergePatch::apply(written, undo.patch()).toObject(), file);
    }

    void badInputIsRefusedInWords_data()
    {
        QTest::addColumn<LaneKey>("from");
        QTest::addColumn<LaneKey>("to");
        QTest::addColumn<QList<Operator>>("people");
        QTest::addColumn<QString>("words");
        QTest::newRow("target is the source")
            << lane(u"signal"_s) << lane(u"signal"_s) << operators() << u"is the source"_s;
        QTest::newRow("two gateways") << lane(u"whatsapp"_s, u"a"_s) << lane(u"signal"_s, u"b"_s)
                                      << operators() << u"different gateways"_s;
        QTest::newRow("no identity on target") << lane(u"whatsapp"_s) << lane(u"telegram"_s) << operators()
                                               << u"Grace has no telegram identity"_s;
        QTest::newRow("identity in the wrong form")
            << lane(u"whatsapp"_s) << lane(u"signal"_s)
            << QList<Operator>{Operator{u"Grace"_s, {{u"signal"_s, u"0801234"_s}}}}
            << u"Grace's signal identity \"0801234\""_s;
        QTest::newRow("no operators") << lane(u"whatsapp"_s) << lane(u"signal"_s) << QList<Operator>{}
                                      << u"No operators to move: add them in Preferences → Operators"_s;
    }

    void badInputIsRefusedInWords()
    {
        QFETCH(LaneKey, from);
        QFETCH(LaneKey, to);
        QFETCH(QList<Operator>, people);
        QFETCH(QString, words);
        QString problem;
        QVERIFY(!sb::failover::checkRequest(FailoverRequest{from, to, people}, &problem));
        QVERIFY2(problem.contains(words), qPrintable(problem));
    }

    void unknownLaneIsRefused()
    {
        QString problem;
        FailoverRequest r{lane(u"whatsapp"_s), LaneKey{u"gw"_s, u"signal"_s, u"backup"_s}, operators()};
        QVERIFY(!sb::failover::buildPlan(r, standbyConfig(), u"h"_s, &problem));
        QVERIFY2(problem.contains(QLatin1String("backup")), qPrintable(problem));
    }

    void operatorsFileIsReadAndChecked()
    {
        QString problem;
        const auto people = sb::failover::readOperators(
            R"([{"name":"Grace","whatsapp":"+1 555-555 0100","signal":"+15555550101","telegram":"123456789"}])",
            &problem);
        QVERIFY2(people, qPrintable(problem));
        QCOMPARE(people->size(), 1);
        QCOMPARE(people->first().identityOn(u"whatsapp"_s), QStringLiteral("+15555550100"));
        QCOMPARE(people->first().identityOn(u"telegram"_s), QStringLiteral("123456789"));

        QVERIFY(!sb::failover::readOperators(R"([{"name":"Grace","telegram":"@grace"}])", &problem));
        QVERIFY2(problem.contains(QLatin1String("numeric user id")), qPrintable(problem));
        QVERIFY(!sb::failover::readOperators(R"([{"name":"Grace","whatsapp":"120363@g.us"}])", &problem));
        QVERIFY2(problem.contains(QLatin1String("Grace")), qPrintable(problem));
        QVERIFY(!sb::failover::readOperators(R"([{"signal":"+15555550101"}])", &problem));
        QVERIFY2(problem.contains(QLatin1String("no name")), qPrintable(problem));
        QVERIFY(!sb::failover::readOperators(R"({"name":"Grace"})", &problem));
        QVERIFY(!sb::failover::readOperators("[", &problem));
    }

    void operatorsAreOfferedFromTheConfig()
    {
        const auto people = sb::failover::suggestedOperators(sb::policy::readPolicyConfig(json(R"({
            "channels": {"whatsapp": {"allowFrom": ["+818011112222", "+818033334444", "*"]},
                         "signal": {"allowFrom": ["+818011112222", "group:abc="]},
                         "telegram": {"allowFrom": ["@someone", "7123456789"]}},
            "commands": {"ownerAllowFrom": ["signal:+818033334444"]}})")));
        QCOMPARE(people.size(), 3);
        // The owner first; one person per phone number, with an identity on each channel.
        QCOMPARE(people.at(0).name, u"+818033334444"_s);
        QCOMPARE(people.at(0).identityOn(u"whatsapp"_s), u"+818033334444"_s);
        QCOMPARE(people.at(0).identityOn(u"signal"_s), u"+818033334444"_s);
        QCOMPARE(people.at(1).identityOn(u"signal"_s), u"+818011112222"_s);
        QCOMPARE(people.at(2).identities, (QMap<QString, QString>{{u"telegram"_s, u"7123456789"_s}}));
    }

    void operatorsLiveInThePreferences()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"switchboard.ini"_s);
        {
            sb::Settings settings(ini);
            sb::failover::saveOperators(settings, operators());
            settings.sync();
        }
        sb::Settings again(ini);
        QString problem;
        const auto people = sb::failover::operatorsFromSettings(again, &problem);
        QVERIFY2(people, qPrintable(problem));
        QCOMPARE(people->size(), 2);
        QCOMPARE(people->at(1).name, QStringLiteral("Kenji"));
        QCOMPARE(people->at(1).identityOn(u"signal"_s),
                 QStringLiteral("uuid:6a1f0c3e-8a5b-4c7e-9f10-2b3c4d5e6f70"));
    }

    void preflightSaysEachCheckInWords()
    {
        QString problem;
        const auto plan = sb::failover::buildPlan(request(), standbyConfig(), u"h1"_s, &problem);
        QVERIFY2(plan, qPrintable(problem));
        sb::failover::PreflightFacts facts;
        facts.target = laneStatus(lane(u"signal"_s), sb::LaneState::Healthy);
        facts.protocolVersion = 4;
        auto checks = sb::failover::runPreflight(*plan, facts);
        QStringList ids;
        for (const auto &check : checks) {
            ids << check.id;
            QVERIFY2(check.passed, qPrintable(check.id + u": "_s + check.words));
            QVERIFY(!check.words.isEmpty());
        }
        QCOMPARE(ids, (QStringList{u"target-proven"_s, u"operators-reachable"_s, u"no-critical-finding"_s,
                                   u"config-fresh"_s, u"protocol"_s}));

        facts.target = laneStatus(lane(u"signal"_s), sb::LaneState::Probation);
        facts.protocolVersion = 3;
        facts.restartPending = true;
        checks = sb::failover::runPreflight(*plan, facts);
        QVERIFY(!sb::failover::preflightPasses(checks));
        QVERIFY(checks[0].words.contains(QLatin1String("probation")));
        QVERIFY(!checks[3].passed);
        QVERIFY(!checks[4].passed);
        QVERIFY(!sb::failover::withOverrides(checks, {u"target-proof"_s}, &problem));
        QVERIFY2(problem.contains(QLatin1String("target-proven")), qPrintable(problem));
        const auto overridden = sb::failover::withOverrides(
            checks, {u"target-proven"_s, u"config-fresh"_s, u"protocol"_s}, &problem);
        QVERIFY(overridden);
        QVERIFY(sb::failover::preflightPasses(*overridden));
        QVERIFY((*overridden)[0].overridden);
        QVERIFY(!(*overridden)[1].overridden); // it passed: nothing to override
    }

    // Telegram with open groups and elevated tools: moving there would leave the CRITICAL finding.
    void criticalFindingOnTheTargetFails()
    {
        QJsonObject config = standbyConfig();
        QJsonObject channels = config.value(u"channels"_s).toObject();
        channels.insert(u"telegram"_s,
                        json(R"({"enabled": true, "groups": {"-1002026021219": {"requireMention": false}},
                                              "groupPolicy": "open"})"));
        config.insert(u"channels"_s, channels);
        QJsonObject tools = json(R"({"elevated": {"enabled": true, "allowFrom": {"telegram": ["*"]}}})");
        config.insert(u"tools"_s, tools);
        FailoverRequest r{lane(u"whatsapp"_s),
                          lane(u"telegram"_s),
                          {Operator{u"Grace"_s, {{u"telegram"_s, u"123456789"_s}}}}};
        QString problem;
        const auto plan = sb::failover::buildPlan(r, config, u"h"_s, &problem);
        QVERIFY2(plan, qPrintable(problem));
        sb::failover::PreflightFacts facts;
        facts.target = laneStatus(lane(u"telegram"_s), sb::LaneState::Healthy);
        facts.protocolVersion = 4;
        const auto checks = sb::failover::runPreflight(*plan, facts);
        // The plan makes groups allowlist-only, which is what the rule asks: no critical left.
        QVERIFY2(checks[2].passed, qPrintable(checks[2].words));
    }

    void recommendationNeedsAProvenAlternative()
    {
        QHash<LaneKey, sb::failover::DropTally> tallies;
        tallies.insert(lane(u"whatsapp"_s), {9, 0});
        QList<sb::health::LaneStatus> lanes{laneStatus(lane(u"whatsapp"_s), sb::LaneState::Degraded, true),
                                            laneStatus(lane(u"signal"_s), sb::LaneState::Probation)};
        QVERIFY(sb::failover::recommendFailovers(lanes, tallies, QTimeZone::utc()).isEmpty());
        lanes[1].state = sb::LaneState::Healthy;
        auto advice = sb::failover::recommendFailovers(lanes, tallies, QTimeZone::utc());
        QCOMPARE(advice.size(), 1);
        QCOMPARE(advice.first().to, lane(u"signal"_s));
        QVERIFY2(advice.first().text.startsWith(QLatin1String("WhatsApp: 9 drops since ")),
                 qPrintable(advice.first().text));
        QVERIFY2(advice.first().text.endsWith(QLatin1String("Signal is proven. Fail over now")),
                 qPrintable(advice.first().text));
        // Another gateway's proven lane is no alternative.
        lanes[1].lane.gatewayId = u"other"_s;
        QVERIFY(sb::failover::recommendFailovers(lanes, tallies, QTimeZone::utc()).isEmpty());
        // Logged out counts too.
        lanes[1].lane.gatewayId = u"gw"_s;
        lanes[0] = laneStatus(lane(u"whatsapp"_s), sb::LaneState::LoggedOut);
        advice = sb::failover::recommendFailovers(lanes, {}, QTimeZone::utc());
        QCOMPARE(advice.size(), 1);
        QVERIFY2(advice.first().text.startsWith(QLatin1String("WhatsApp is ")),
                 qPrintable(advice.first().text));
        // Disabled on purpose (the failover's own doing): no advice, whatever its drops.
        lanes[0] = laneStatus(lane(u"whatsapp"_s), sb::LaneState::Disabled);
        QVERIFY(sb::failover::recommendFailovers(lanes, tallies, QTimeZone::utc()).isEmpty());
    }

    // The advice's times are on the gateway's clock, not the machine's: 16:55 UTC is 01:55 in
    // Tokyo, the story's words whatever zone the console runs in.
    void recommendationSpeaksInTheGatewaysZone()
    {
        QHash<LaneKey, sb::failover::DropTally> tallies;
        const qint64 firstDrop =
            QDateTime(QDate(2026, 2, 11), QTime(16, 55), QTimeZone::utc()).toMSecsSinceEpoch();
        tallies.insert(lane(u"whatsapp"_s), {9, firstDrop});
        const QList<sb::health::LaneStatus> lanes{
            laneStatus(lane(u"whatsapp"_s), sb::LaneState::Degraded, true),
            laneStatus(lane(u"signal"_s), sb::LaneState::Healthy)};
        const auto tokyo = sb::failover::recommendFailovers(lanes, tallies, QTimeZone("Asia/Tokyo"));
        QCOMPARE(tokyo.size(), 1);
        QCOMPARE(tokyo.first().text, u"WhatsApp: 9 drops since 01:55. Signal is proven. Fail over now"_s);
        const auto berlin = sb::failover::recommendFailovers(lanes, tallies, QTimeZone("Europe/Berlin"));
        QCOMPARE(berlin.first().text, u"WhatsApp: 9 drops since 17:55. Signal is proven. Fail over now"_s);
    }

    // Two accounts of one channel share the channel's root keys and its owner entries
    // ("whatsapp:+8180…" names no account): no plan could move operators between them
    // without rewriting what the source still uses. Refused in words before anything is read.
    void twoAccountsOfOneChannelAreRefused()
    {
        FailoverRequest r{LaneKey{u"gw"_s, u"whatsapp"_s, u"default"_s},
                          LaneKey{u"gw"_s, u"whatsapp"_s, u"biz"_s},
                          {Operator{u"Grace"_s, {{u"whatsapp"_s, u"+15555550100"_s}}}}};
        QString problem;
        QVERIFY(!sb::failover::checkRequest(r, &problem));
        QVERIFY2(problem.contains(u"accounts of one channel"_s), qPrintable(problem));
        QVERIFY2(problem.contains(u"whatsapp/biz"_s), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestFailoverPlan)
#include "TestFailoverPlan.moc"

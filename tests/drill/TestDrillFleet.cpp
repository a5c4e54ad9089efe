// switchboard-drill --gateways N: N drill gateways in one process, the story on the first and
// its variations (docs/scenarios.md "Fleets") on the others, each on its own port.
#include "app/drill/DrillFleet.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/drill/ScenarioVariation.h"
#include "tests/drill/DrillTestClient.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using sb::drill::DrillFleet;
using sb::drill::Scenario;
using sb::drill::test::DrillTestClient;

namespace {

struct Endpoint
{
    QUrl url;
    QString token;
};

// The facts of one gateway's channels.status a console tells gateways apart by.
struct Identity
{
    bool whatsappConfigured = false;
    QString whatsappNumber;
    QString telegramBot;
};

QJsonObject channelsStatus(const Endpoint &endpoint)
{
    DrillTestClient client;
    if (!client.handshake(endpoint.url, endpoint.token))
        return {};
    const QJsonObject response = client.call(u"channels.status"_s, QJsonObject{});
    return response.value(u"payload"_s).toObject();
}

Identity identityOf(const QJsonObject &status)
{
    const QJsonObject whatsapp = status[u"channels"_s][u"whatsapp"_s].toObject();
    Identity identity;
    identity.whatsappConfigured = whatsapp[u"configured"_s].toBool();
    identity.whatsappNumber = whatsapp[u"self"_s][u"e164"_s].toString();
    for (const QJsonValue &account : status[u"channelAccounts"_s][u"telegram"_s].toArray()) {
        if (account[u"accountId"_s].toString() == QLatin1String("default"))
            identity.telegramBot = account[u"name"_s].toString();
    }
    return identity;
}

const QList<Identity> &expectedIdentities()
{
    // Gateway 1 is the story (+819011112222, @grace_ops_bot); 2 runs without WhatsApp; 3 has
    // its own number ending in 0003 and its bots prefixed gw3_ (docs/scenarios.md "Fleets").
    static const QList<Identity> identities{{true, u"+819011112222"_s, u"grace_ops_bot"_s},
                                            {false, u"+819011110002"_s, u"gw2_grace_ops_bot"_s},
                                            {true, u"+819011110003"_s, u"gw3_grace_ops_bot"_s}};
    return identities;
}

void compareStatuses(const QList<Endpoint> &endpoints)
{
    QCOMPARE(endpoints.size(), 3);
    QSet<quint16> ports;
    QList<QJsonObject> statuses;
    for (const Endpoint &endpoint : endpoints) {
        ports.insert(static_cast<quint16>(endpoint.url.port()));
        QJsonObject status = channelsStatus(endpoint);
        QVERIFY2(status.contains(u"channels"_s), qPrintable(endpoint.url.toString()));
        status.remove(u"ts"_s); // the one field that differs between any two answers
        statuses.append(status);
    }
    QCOMPARE(ports.size(), 3);
    QVERIFY(statuses.at(0) != statuses.at(1));
    QVERIFY(statuses.at(0) != statuses.at(2));
    QVERIFY(statuses.at(1) != statuses.at(2));
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const Identity seen = identityOf(statuses.at(i));
        const Identity &expected = expectedIdentities().at(i);
        QCOMPARE(seen.whatsappConfigured, expected.whatsappConfigured);
        if (expected.whatsappConfigured)
            QCOMPARE(seen.whatsappNumber, expected.whatsappNumber);
        QCOMPARE(seen.telegramBot, expected.telegramBot);
    }
}

} // namespace

class TestDrillFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstGatewayPlaysTheStoryAsWritten()
    {
        QString error;
        const auto story = Scenario::load(Scenario::defaultPath(), &error);
        QVERIFY2(story, qPrintable(error));
        const Scenario first = sb::drill::fleetVariation(*story, 1);
        QCOMPARE(first.name, story->name);
        QCOMPARE(first.initial, story->initial);
        QCOMPARE(first.steps.size(), story->steps.size());
        for (qsizetype i = 0; i < first.steps.size(); ++i)
            QCOMPARE(first.steps.at(i).at, story->steps.at(i).at);
    }

    void variationsAreStaggeredAndTheSameEveryTime()
    {
        QString error;
        const auto story = Scenario::load(Scenario::defaultPath(), &error);
        QVERIFY2(story, qPrintable(error));
        const Scenario third = sb::drill::fleetVariation(*story, 3);
        QCOMPARE(third.name, story->name + u"-gw3"_s);
        QCOMPARE(third.start, story->start);
        QCOMPARE(third.steps.size(), story->steps.size());
        for (qsizetype i = 0; i < third.steps.size(); ++i) {
            QCOMPARE(third.steps.at(i).kind, story->steps.at(i).kind);
            QCOMPARE(third.steps.at(i).at, story->steps.at(i).at.addSecs(2 * 7 * 60));
        }
        const Scenario again = sb::drill::fleetVariation(*story, 3);
        QCOMPARE(again.initial, third.initial);
        QCOMPARE(again.steps.size(), third.steps.size());
    }

    void evenGatewaysRunWithoutWhatsApp()
    {
        QString error;
        const auto story = Scenario::load(Scenario::defaultPath(), &error);
        QVERIFY2(story, qPrintable(error));
        const Scenario second = sb::drill::fleetVariation(*story, 2);
        QVERIFY(second.steps.size() < story->steps.size());
        for (const Scenario::Step &step : second.steps) {
            QVERIFY2(step.data.value(u"channel"_s).toString() != QLatin1String("whatsapp"),
                     qPrintable(step.kind));
            QVERIFY(step.kind != QLatin1String("webLogin"));
        }
        // Telegram's and Signal's nights are still there, 7 minutes later.
        const auto telegramOn = [](const Scenario &scenario) {
            for (const Scenario::Step &step : scenario.steps) {
                if (step.kind == QLatin1String("config") &&
                    step.data[u"patch"_s][u"channels"_s][u"telegram"_s][u"enabled"_s].toBool())
                    return step.at;
            }
            return QDateTime();
        };
        QVERIFY(telegramOn(*story).isValid());
        QCOMPARE(telegramOn(second), telegramOn(*story).addSecs(7 * 60));
        QCOMPARE(second.initial[u"config"_s][u"channels"_s][u"whatsapp"_s][u"enabled"_s].toBool(true), false);
    }

    void threeGatewaysInProcessAnswerThreeDistinctStatuses()
    {
        DrillFleet::Options options;
        options.gateways = 3;
        options.session.signalEmulator = false;
        QString error;
        const auto fleet = DrillFleet::start(options, &error);
        QVERIFY2(fleet, qPrintable(error));
        QCOMPARE(fleet->size(), 3);
        QList<Endpoint> endpoints;
        for (int i = 0; i < fleet->size(); ++i)
            endpoints.append({fleet->session(i)->url(), fleet->session(i)->token()});
        QVERIFY(endpoints.at(0).token != endpoints.at(1).token);
        compareStatuses(endpoints);
    }

    void aTokenFromAFileIsEveryGatewaysAndPortsFollowEachOther()
    {
        DrillFleet::Options options;
        options.gateways = 2;
        options.session.signalEmulator = false;
        options.session.token = u"fleet-token"_s;
        QString error;
        const auto fleet = DrillFleet::start(options, &error);
        QVERIFY2(fleet, qPrintable(error));
        QCOMPARE(fleet->session(1)->token(), u"fleet-token"_s);
        const QString line = fleet->announcement(1, false);
        QCOMPARE(line, u"gateway 2 %1 scenario %2"_s.arg(fleet->session(1)->url().toString(),
                                                         fleet->session(1)->player()->scenario().name));

        // A fixed first port: gateway k on port + k - 1 (probe for two free neighbours first).
        const quint16 first = fleet->session(0)->gateway()->port();
        fleet->session(0)->gateway()->stopListening();
        fleet->session(1)->gateway()->stopListening();
        options.session.port = first;
        const auto fixed = DrillFleet::start(options, &error);
        if (!fixed)
            QSKIP(qPrintable(u"port %1 or the next was taken meanwhile: "_s.arg(first) + error));
        QCOMPARE(fixed->session(0)->gateway()->port(), first);
        QCOMPARE(fixed->session(1)->gateway()->port(), static_cast<quint16>(first + 1));
    }

    void refusesAnEmptyFleet()
    {
        DrillFleet::Options options;
        options.gateways = 0;
        QString error;
        QVERIFY(!DrillFleet::start(options, &error));
        QVERIFY(error.contains(u"1 to"_s));
    }

    void theExecutablePrintsOneLinePerGateway()
    {
        QProcess drill;
        drill.setProgram(QStringLiteral(SB_DRILL_EXE));
        drill.setArguments({u"--gateways"_s, u"3"_s, u"--no-signal-emulator"_s});
        drill.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        drill.start();
        QVERIFY(drill.waitForStarted(10000));
        QByteArray output;
        const auto announced = [&] {
            output += drill.readAllStandardOutput();
            return output.contains("ready 3\n");
        };
        QTRY_VERIFY_WITH_TIMEOUT(announced(), 20000);

        static const QRegularExpression line(
            u"^gateway (\\d+) (ws://127\\.0\\.0\\.1:\\d+) token ([0-9a-f]+) scenario (\\S+)$"_s);
        QList<Endpoint> endpoints;
        QStringList scenarios;
        for (const QByteArray &text : output.split('\n')) {
            const auto match = line.match(QString::fromUtf8(text));
            if (!match.hasMatch())
                continue;
            QCOMPARE(match.captured(1).toInt(), endpoints.size() + 1);
            endpoints.append({QUrl(match.captured(2)), match.captured(3)});
            scenarios.append(match.captured(4));
        }
        QCOMPARE(scenarios,
                 (QStringList{u"2026-02-12-night"_s, u"2026-02-12-night-gw2"_s, u"2026-02-12-night-gw3"_s}));
        compareStatuses(endpoints);
        if (QTest::currentTestFailed())
            return;

        drill.terminate();
        QVERIFY(drill.waitForFinished(10000));
        QCOMPARE(drill.exitStatus(), QProcess::NormalExit);
        QCOMPARE(drill.exitCode(), 0);
    }

    // A script may stop the fleet the moment it has read "ready N". SIGTERM must not be lost
    // because exec() had not started yet: it was, 15 runs in 20, before the lines were
    // printed from inside the event loop.
    void stopsOnSigtermRightAfterAnnouncing()
    {
        for (int run = 0; run < 5; ++run) {
            QProcess drill;
            drill.setProgram(QStringLiteral(SB_DRILL_EXE));
            drill.setArguments(
                {u"--gateways"_s, u"2"_s, u"--no-signal-emulator"_s, u"--log-level"_s, u"warn"_s});
            drill.start();
            QVERIFY(drill.waitForStarted(10000));
            // Blocking reads, no event loop in between: terminate as soon as the line is there.
            QByteArray output;
            while (!output.contains("ready 2\n") && drill.waitForReadyRead(20000))
                output += drill.readAllStandardOutput();
            QVERIFY(output.contains("ready 2\n"));
            drill.terminate();
            QVERIFY2(drill.waitForFinished(3000), "switchboard-drill ignored SIGTERM");
            QCOMPARE(drill.exitCode(), 0);
        }
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sb::test::ScratchHome home;
    TestDrillFleet test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDrillFleet.moc"

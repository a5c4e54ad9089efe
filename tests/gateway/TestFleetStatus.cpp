#include "app/ctl/CommandLine.h"
#include "app/ctl/StatusCommand.h"
#include "app/ctl/WatchCommand.h"
#include "app/health/LaneState.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/KeychainSecretStore.h"
#include "app/platform/MemorySecretStore.h"
#include "app/platform/SecretStore.h"
#include "app/platform/Settings.h"
#include "tests/gateway/ScriptedGateway.h"

#include <csignal>
#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

using namespace sb::ctl;
using sb::test::ScriptedGateway;

namespace {

QJsonObject recordedStatusPayload()
{
    QFile file(QStringLiteral(SB_GATEWAY_TEST_DATA "/res-channels-status.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("payload")).toObject();
}

// The recorded answer with Telegram alone, and connected: a lane back but not yet proven
// (probation, DESIGN §4), which needs no person.
QJsonObject telegramBackOnProbation(QJsonObject payload)
{
    const QString telegram = QStringLiteral("telegram");
    QJsonObject channel = payload.value(QStringLiteral("channels")).toObject().value(telegram).toObject();
    QJsonObject account = payload.value(QStringLiteral("channelAccounts"))
                              .toObject()
                              .value(telegram)
                              .toArray()
                              .first()
                              .toObject();
    for (QJsonObject *facts : {&channel, &account}) {
        facts->insert(QStringLiteral("running"), true);
        facts->insert(QStringLiteral("connected"), true);
        facts->insert(QStringLiteral("lastError"), QJsonValue::Null);
    }
    account.insert(QStringLiteral("restartPending"), false);
    account.insert(QStringLiteral("lifecycle"), QStringLiteral("running"));
    account.insert(QStringLiteral("healthState"), QStringLiteral("healthy"));
    payload.insert(QStringLiteral("channels"), QJsonObject{{telegram, channel}});
    payload.insert(QStringLiteral("channelAccounts"), QJsonObject{{telegram, QJsonArray{account}}});
    payload.insert(QStringLiteral("channelOrder"), QJsonArray{telegram});
    payload.insert(QStringLiteral("statusIssues"), QJsonArray{});
    return payload;
}

sb::Severity severityOf(const QString &stateName)
{
    const auto state = sb::stateFromName(stateName);
    return state ? sb::severity(*state) : sb::Severity::Neutral;
}

const sb::gateway::ErrorShape kTokenMismatch{
    QStringLiteral("INVALID_REQUEST"), QStringLiteral("unauthorized: gateway token mismatch"),
    QJsonObject{{QStringLiteral("code"), QStringLiteral("AUTH_TOKEN_MISMATCH")}}, false, std::nullopt};

} // namespace

class TestFleetStatus : public QObject
{
    Q_OBJECT

private:
    // Three gateways: one whose only lane is back on probation (no person needed), one with
    // WhatsApp never linked (needs a person), one that refuses our token.
    std::unique_ptr<ScriptedGateway> m_onProbation;
    std::unique_ptr<ScriptedGateway> m_needsPerson;
    std::unique_ptr<ScriptedGateway> m_refusing;
    QTemporaryDir m_dir;

    // channels.status gets `payload`; the log tail is empty (no history to replay).
    static void answerWith(ScriptedGateway &server, const QJsonObject &payload)
    {
        server.onRequest = [&server, payload](const sb::gateway::RequestFrame &request) {
            if (request.method == QLatin1String("logs.tail")) {
                server.respond(request.id,
                               QJsonObject{{QStringLiteral("file"), QStringLiteral("/tmp/gateway.log")},
                                           {QStringLiteral("cursor"), 0},
                                           {QStringLiteral("size"), 0},
                                           {QStringLiteral("lines"), QJsonArray{}}});
            } else {
                server.respond(request.id, payload);
            }
        };
    }

    static QString portOf(const ScriptedGateway &server) { return QString::number(server.url().port()); }

    int run(QStringList arguments, QString *out, QString *err = nullptr, sb::SecretStore *secrets = nullptr)
    {
        arguments.prepend(QStringLiteral("switchboardctl"));
        QString errText;
        QTextStream outStream(out);
        QTextStream errStream(&errText);
        const int code = runCommandLine(arguments, outStream, errStream, secrets);
        outStream.flush();
        errStream.flush();
        if (err)
            *err = errText;
        return code;
    }

    // A settings file in the temp dir with a profile "home" for `url`; its id is returned.
    QString writeProfile(const QUrl &url, const QString &name = QStringLiteral("home"))
    {
        sb::Settings settings(iniPath());
        const sb::GatewayProfile profile = sb::GatewayProfile::create(name, url);
        settings.saveProfile(profile);
        return profile.id;
    }
    QString iniPath() const { return m_dir.filePath(QStringLiteral("switchboard.ini")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!recordedStatusPayload().isEmpty());
        qputenv("SB_FLEET_TOKEN_A", "fleet-token-aaaaaaaa");
        qputenv("SB_FLEET_TOKEN_B", "fleet-token-bbbbbbbb");
        qputenv("SB_FLEET_TOKEN_C", "fleet-token-cccccccc");
    }

    void init()
    {
        m_onProbation = std::make_unique<ScriptedGateway>();
        m_needsPerson = std::make_unique<ScriptedGateway>();
        m_refusing = std::make_unique<ScriptedGateway>();
        QVERIFY(m_onProbation->listen());
        QVERIFY(m_needsPerson->listen());
        QVERIFY(m_refusing->listen());
        answerWith(*m_onProbation, telegramBackOnProbation(recordedStatusPayload()));
        answerWith(*m_needsPerson, recordedStatusPayload());
        answerWith(*m_refusing, recordedStatusPayload());
        m_refusing->connectAnswers = {{false, kTokenMismatch, 1008}};
        QFile::remove(iniPath());
    }

    void cleanup()
    {
        m_onProbation.reset();
        m_needsPerson.reset();
        m_refusing.reset();
    }

    // The gateway that needs a person is named second and one is unreachable: its lanes still
    // lead, and the fleet exits 2.
    void threeGatewaysWorstFirstJson()
    {
        const QUrl unreachable = m_refusing->url();
        m_refusing.reset();
        QString out;
        const int code =
            run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                 QStringLiteral("3"), QStringLiteral("--gateway"), m_onProbation->url().toString(),
                 QStringLiteral("--token-env"), QStringLiteral("SB_FLEET_TOKEN_A"),
                 QStringLiteral("--gateway"), m_needsPerson->url().toString(), QStringLiteral("--token-env"),
                 QStringLiteral("SB_FLEET_TOKEN_B"), QStringLiteral("--gateway"), unreachable.toString(),
                 QStringLiteral("--token-env"), QStringLiteral("SB_FLEET_TOKEN_C")},
                &out);
        QCOMPARE(code, int(ExitCritical));
        const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY2(!root.isEmpty(), qPrintable(out));
        QCOMPARE(root.value(QStringLiteral("exitCode")).toInt(), int(ExitCritical));

        const QJsonArray gateways = root.value(QStringLiteral("gateways")).toArray();
        QCOMPARE(gateways.size(), 3);
        // Each gateway is the object a lone --gateway prints, in command-line order.
        QCOMPARE(gateways.at(0).toObject().value(QStringLiteral("url")).toString(),
                 m_onProbation->url().toString());
        QCOMPARE(gateways.at(0).toObject().value(QStringLiteral("exitCode")).toInt(), int(ExitAttention));
        QCOMPARE(gateways.at(1).toObject().value(QStringLiteral("exitCode")).toInt(), int(ExitCritical));
        QCOMPARE(gateways.at(1).toObject().value(QStringLiteral("accounts")).toArray().size(), 3);
        const QJsonObject lost = gateways.at(2).toObject();
        QCOMPARE(lost.value(QStringLiteral("connected")).toBool(true), false);
        QCOMPARE(lost.value(QStringLiteral("exitCode")).toInt(), int(ExitCritical));
        QCOMPARE(lost.value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("transport"));

        // Every lane of both reachable gateways, worst first across them.
        const QJsonArray lanes = root.value(QStringLiteral("lanes")).toArray();
        QCOMPARE(lanes.size(), 4); // telegram on the first; signal, telegram, whatsapp on the second
        const QString first = QStringLiteral("127.0.0.1:") + portOf(*m_onProbation);
        const QString second = QStringLiteral("127.0.0.1:") + portOf(*m_needsPerson);
        // Needs a person (stopped) on the second gateway, then the first one's lane on probation,
        // then what the second cannot vouch for (unknown): worst first across gateways.
        const auto laneAt = [&](qsizetype i) {
            return lanes.at(i).toObject().value(QStringLiteral("lane")).toString();
        };
        const auto stateAt = [&](qsizetype i) {
            return lanes.at(i).toObject().value(QStringLiteral("state")).toString();
        };
        QCOMPARE(laneAt(0), second + QStringLiteral("/telegram/default"));
        QCOMPARE(laneAt(1), second + QStringLiteral("/whatsapp/default"));
        QCOMPARE(laneAt(2), first + QStringLiteral("/telegram/default"));
        QCOMPARE(laneAt(3), second + QStringLiteral("/signal/default"));
        QCOMPARE(severityOf(stateAt(0)), sb::Severity::Critical);
        QCOMPARE(severityOf(stateAt(1)), sb::Severity::Critical);
        QCOMPARE(stateAt(2), QStringLiteral("probation"));
        QCOMPARE(lanes.at(2).toObject().value(QStringLiteral("gateway")).toString(), first);
    }

    void threeGatewaysText()
    {
        QString out;
        // The refusing gateway in the middle: the worst code wins wherever it stands.
        const int code = run({QStringLiteral("status"), QStringLiteral("--timeout"), QStringLiteral("3"),
                              QStringLiteral("--gateway"), m_onProbation->url().toString(),
                              QStringLiteral("--token-env"), QStringLiteral("SB_FLEET_TOKEN_A"),
                              QStringLiteral("--gateway"), m_refusing->url().toString(),
                              QStringLiteral("--token-env"), QStringLiteral("SB_FLEET_TOKEN_C"),
                              QStringLiteral("--gateway"), m_needsPerson->url().toString(),
                              QStringLiteral("--token-env"), QStringLiteral("SB_FLEET_TOKEN_B")},
                             &out);
        // The refused token outranks the lane that needs a person, as with one gateway.
        QCOMPARE(code, int(ExitAuthRefused));
        // A head per gateway, in command-line order, then one list of lanes.
        const qsizetype headA =
            out.indexOf(QStringLiteral("Gateway:     ") + m_onProbation->url().toString());
        const qsizetype headB =
            out.indexOf(QStringLiteral("Gateway:     ") + m_needsPerson->url().toString());
        const qsizetype headC = out.indexOf(QStringLiteral("Gateway:     ") + m_refusing->url().toString());
        const qsizetype lanes = out.indexOf(QStringLiteral("(worst first)"));
        QVERIFY2(headA >= 0 && headA < headC && headC < headB && headB < lanes, qPrintable(out));
        QVERIFY2(out.indexOf(QStringLiteral("protocol 4"), headA) < headC, qPrintable(out));
        QVERIFY2(out.indexOf(QStringLiteral("not connected"), headC) < headB, qPrintable(out));
        QVERIFY2(out.indexOf(QStringLiteral("refused the credentials"), headC) < headB, qPrintable(out));
        QVERIFY2(out.indexOf(QStringLiteral("protocol 4"), headB) < lanes, qPrintable(out));
        const qsizetype whatsapp = out.indexOf(QStringLiteral("127.0.0.1:") + portOf(*m_needsPerson) +
                                               QStringLiteral("/whatsapp/default"));
        const qsizetype onProbation = out.indexOf(QStringLiteral("127.0.0.1:") + portOf(*m_onProbation) +
                                                  QStringLiteral("/telegram/default"));
        const qsizetype unknown = out.indexOf(QStringLiteral("127.0.0.1:") + portOf(*m_needsPerson) +
                                              QStringLiteral("/signal/default"));
        QVERIFY2(lanes < whatsapp && whatsapp < onProbation && onProbation < unknown, qPrintable(out));
        QVERIFY2(out.indexOf(QStringLiteral("Action: "), whatsapp) < onProbation, qPrintable(out));
        for (const char *token : {"fleet-token-aaaaaaaa", "fleet-token-bbbbbbbb", "fleet-token-cccccccc"})
            QVERIFY(!out.contains(QLatin1String(token)));
    }

    // Gateways that never answer channels.status are waited for side by side: the fleet takes
    // one --timeout, not one per gateway.
    void silentGatewaysAreWaitedForTogether()
    {
        for (ScriptedGateway *server : {m_onProbation.get(), m_needsPerson.get(), m_refusing.get()}) {
            server->connectAnswers.clear();
            server->onRequest = [](const sb::gateway::RequestFrame &) {
            };
        }
        QElapsedTimer elapsed;
        elapsed.start();
        QString out;
        const int code = run(
            {QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--timeout"),
             QStringLiteral("2"), QStringLiteral("--gateway"), m_onProbation->url().toString(),
             QStringLiteral("--token-env"), QStringLiteral("SB_FLEET_TOKEN_A"), QStringLiteral("--gateway"),
             m_needsPerson->url().toString(), QStringLiteral("--token-env"),
             QStringLiteral("SB_FLEET_TOKEN_B"), QStringLiteral("--gateway"), m_refusing->url().toString(),
             QStringLiteral("--token-env"), QStringLiteral("SB_FLEET_TOKEN_C")},
            &out);
        const qint64 ms = elapsed.elapsed();
        QCOMPARE(code, int(ExitCritical));
        QVERIFY2(ms >= 1900 && ms < 4500,
                 qPrintable(QStringLiteral("%1 ms for three 2 s deadlines").arg(ms)));
        const QJsonArray gateways =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("gateways")).toArray();
        QCOMPARE(gateways.size(), 3);
        for (const QJsonValue &gateway : gateways) {
            QCOMPARE(gateway.toObject().value(QStringLiteral("connected")).toBool(), true);
            QVERIFY(gateway.toObject().contains(QStringLiteral("error")));
        }
    }

    void singleGatewayKeepsItsJsonShape()
    {
        QString out;
        const int code = run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--gateway"),
                              m_needsPerson->url().toString(), QStringLiteral("--token-env"),
                              QStringLiteral("SB_FLEET_TOKEN_B")},
                             &out);
        QCOMPARE(code, int(ExitCritical));
        const QJsonObject root = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY(!root.contains(QStringLiteral("gateways")));
        QVERIFY(!root.contains(QStringLiteral("profile")));
        QCOMPARE(root.value(QStringLiteral("url")).toString(), m_needsPerson->url().toString());
        QCOMPARE(root.value(QStringLiteral("lanes")).toArray().size(), 3);
    }

    void profileReadsUrlAndKeychainToken()
    {
        const QString id = writeProfile(m_needsPerson->url());
        sb::MemorySecretStore secrets;
        bool written = false;
        secrets.write(id + QStringLiteral("/gateway-token"), QStringLiteral("profile-token-12345678"), this,
                      [&](const sb::SecretStore::Result &result) { written = result.ok(); });
        QTRY_VERIFY(written);

        QString out;
        QString err;
        const int code = run({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--config"),
                              iniPath(), QStringLiteral("--profile"), QStringLiteral("home"),
                              QStringLiteral("--gateway"), m_onProbation->url().toString(),
                              QStringLiteral("--token-env"), QStringLiteral("SB_FLEET_TOKEN_A")},
                             &out, &err, &secrets);
        QVERIFY2(code == ExitCritical, qPrintable(err + out));
        const QJsonArray gateways =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("gateways")).toArray();
        QCOMPARE(gateways.size(), 2);
        QCOMPARE(gateways.at(1).toObject().value(QStringLiteral("profile")).toString(),
                 QStringLiteral("home"));
        QCOMPARE(gateways.at(1).toObject().value(QStringLiteral("url")).toString(),
                 m_needsPerson->url().toString());
        // The keychain's token is the one the profile's gateway was given; the other gets its own.
        QVERIFY(!m_needsPerson->requests.isEmpty());
        const QJsonObject auth =
            m_needsPerson->requests.first().params.toObject().value(QStringLiteral("auth")).toObject();
        QCOMPARE(auth.value(QStringLiteral("token")).toString(), QStringLiteral("profile-token-12345678"));
        QVERIFY(!m_onProbation->requests.isEmpty());
        QCOMPARE(m_onProbation->requests.first()
                     .params.toObject()
                     .value(QStringLiteral("auth"))
                     .toObject()
                     .value(QStringLiteral("token"))
                     .toString(),
                 QStringLiteral("fleet-token-aaaaaaaa"));
        QVERIFY(!out.contains(QStringLiteral("profile-token-12345678")));
    }

    void profileByIdAndNameInText()
    {
        const QString id = writeProfile(m_onProbation->url(), QStringLiteral("office"));
        sb::MemorySecretStore secrets; // nothing stored: an empty token, as the window does
        QString out;
        const int code = run({QStringLiteral("status"), QStringLiteral("--config"), iniPath(),
                              QStringLiteral("--profile"), id},
                             &out, nullptr, &secrets);
        QCOMPARE(code, int(ExitAttention));
        QVERIFY2(out.contains(QStringLiteral("Gateway:     office (") + m_onProbation->url().toString()),
                 qPrintable(out));
    }

    // The path switchboardctl takes by itself: the OS keychain, under the window's service name.
    // Writes to that keychain, so it runs only when asked to, inside the throwaway Secret
    // Service of tests/integration/with-secret-service.sh:
    //   SB_TEST_THROWAWAY_SECRET_SERVICE=1 tests/integration/with-secret-service.sh
    //       build/ci/tests/gateway/TestFleetStatus profileTokenFromTheRealKeychain
    void profileTokenFromTheRealKeychain()
    {
        if (!qEnvironmentVariableIsSet("SB_TEST_THROWAWAY_SECRET_SERVICE"))
            QSKIP("needs SB_TEST_THROWAWAY_SECRET_SERVICE=1 under tests/integration/with-secret-service.sh");
        const QString id = writeProfile(m_needsPerson->url());
        const QString key = id + QStringLiteral("/gateway-token");
        sb::KeychainSecretStore keychain; // the window's service name
        std::optional<sb::SecretStore::Result> stored;
        keychain.write(key, QStringLiteral("keychain-token-87654321"), this,
                       [&](const sb::SecretStore::Result &result) { stored = result; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 20000);
        QVERIFY2(stored->ok(), qPrintable(stored->message));

        QString out;
        QString err;
        const int code = run({QStringLiteral("status"), QStringLiteral("--config"), iniPath(),
                              QStringLiteral("--profile"), QStringLiteral("home")},
                             &out, &err);
        std::optional<sb::SecretStore::Result> removed;
        keychain.remove(key, this, [&](const sb::SecretStore::Result &result) { removed = result; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QVERIFY2(code == ExitCritical, qPrintable(err + out));
        QVERIFY(!m_needsPerson->requests.isEmpty());
        QCOMPARE(m_needsPerson->requests.first()
                     .params.toObject()
                     .value(QStringLiteral("auth"))
                     .toObject()
                     .value(QStringLiteral("token"))
                     .toString(),
                 QStringLiteral("keychain-token-87654321"));
    }

    void usageErrorsInWords_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("words");
        const QString a = QStringLiteral("ws://127.0.0.1:18001");
        const QString b = QStringLiteral("ws://127.0.0.1:18002");
        const QString gw = QStringLiteral("--gateway");
        const QString env = QStringLiteral("--token-env");
        const QString varA = QStringLiteral("SB_FLEET_TOKEN_A");
        const QString varB = QStringLiteral("SB_FLEET_TOKEN_B");
        QTest::newRow("more --token-env than --gateway")
            << QStringList{QStringLiteral("status"), gw, a, env, varA, env, varB}
            << QStringLiteral("per --gateway");
        QTest::newRow("fewer --token-env than --gateway")
            << QStringList{QStringLiteral("status"), gw, a, gw, b, env, varA} << QStringLiteral("its own");
        QTest::newRow("--token-stdin with several")
            << QStringList{QStringLiteral("status"), gw, a, gw, b, QStringLiteral("--token-stdin")}
            << QStringLiteral("--token-stdin");
        QTest::newRow("the same --gateway twice")
            << QStringList{QStringLiteral("watch"), gw, a, env, varA, gw, a, env, varB}
            << QStringLiteral("twice");
        QTest::newRow("no such profile")
            << QStringList{QStringLiteral("status"), QStringLiteral("--profile"), QStringLiteral("nowhere")}
            << QStringLiteral("nowhere");
        QTest::newRow("profile and --gateway alike") << QStringList{QStringLiteral("status"),
                                                                    QStringLiteral("--profile"),
                                                                    QStringLiteral("home"),
                                                                    gw,
                                                                    QStringLiteral("ws://127.0.0.1:18003"),
                                                                    env,
                                                                    varA}
                                                     << QStringLiteral("--gateway names too");
    }

    void usageErrorsInWords()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, words);
        writeProfile(QUrl(QStringLiteral("ws://127.0.0.1:18003")));
        arguments << QStringLiteral("--config") << iniPath();
        sb::MemorySecretStore secrets;
        QString out;
        QString err;
        QCOMPARE(run(arguments, &out, &err, &secrets), int(ExitUsage));
        QVERIFY2(err.contains(words), qPrintable(err));
    }

    // Transitions of every gateway as they happen; one that refuses us is reported and the
    // watch goes on with the others, and ends (on SIGTERM here) with the worst code.
    void watchSeveralGateways()
    {
        WatchOptions options;
        options.status.url = m_refusing->url();
        options.status.token = QStringLiteral("fleet-token-cccccccc");
        options.status.timeoutSeconds = 5;
        StatusOptions second = options.status;
        second.url = m_needsPerson->url();
        StatusOptions third = options.status;
        third.url = m_onProbation->url();
        options.others = {second, third};
        constexpr int kBoundSeconds = 60; // only a bound: the signal ends the watch long before
        options.durationSeconds = kBoundSeconds;

        QString text;
        QTextStream out(&text);
        const QString needsPersonLane =
            QStringLiteral("127.0.0.1:") + portOf(*m_needsPerson) + QStringLiteral("/whatsapp/default");
        const QString onProbationLane =
            QStringLiteral("127.0.0.1:") + portOf(*m_onProbation) + QStringLiteral("/telegram/default");
        const QString refused = QStringLiteral("gateway ") + m_refusing->url().toString() +
                                QStringLiteral(": Not connected: The gateway refused the credentials");
        // Once both have caught up, each gateway's picture changes: the lane on probation
        // stops, the stopped Telegram comes back. The transitions of both are printed as they
        // happen, each naming its lane (and so its gateway).
        const QString leftProbation = onProbationLane + QStringLiteral("  probation -> ");
        const QRegularExpression backOnProbation(
            QRegularExpression::escape(QStringLiteral("127.0.0.1:") + portOf(*m_needsPerson) +
                                       QStringLiteral("/telegram/default  ")) +
            QStringLiteral("[a-z-]+ -> probation"));
        bool changed = false;
        bool raised = false;
        QTimer poll;
        poll.setInterval(20);
        QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
            out.flush();
            if (!changed && text.contains(needsPersonLane) && text.contains(onProbationLane) &&
                text.contains(refused)) {
                changed = true;
                answerWith(*m_onProbation, recordedStatusPayload());
                answerWith(*m_needsPerson, telegramBackOnProbation(recordedStatusPayload()));
                m_onProbation->sendEvent(QStringLiteral("health"), QJsonObject(), 1);
                m_needsPerson->sendEvent(QStringLiteral("health"), QJsonObject(), 1);
            }
            if (changed && !raised && text.contains(leftProbation) && text.contains(backOnProbation)) {
                raised = true;
                poll.stop();
                ::raise(SIGTERM); // without the watch's handler this ends the test process
            }
        });
        poll.start();
        const int code = runWatch(options, out);
        out.flush();
        QVERIFY2(raised, qPrintable(text.right(1500)));
        // The refusal came first, yet the others' lanes were printed after it: the watch went on.
        QVERIFY(text.indexOf(refused) < text.indexOf(needsPersonLane));
        QVERIFY(text.indexOf(refused) < text.indexOf(onProbationLane));
        QCOMPARE(code, int(ExitAuthRefused));
    }
};

QTEST_GUILESS_MAIN(TestFleetStatus)
#include "TestFleetStatus.moc"

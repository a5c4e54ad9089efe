// The drill gateway seen from a raw client: handshake, closed schemas, auth, RPCs.
#include "app/drill/DrillGateway.h"
#include "app/drill/DrillSession.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/WebLoginSession.h"
#include "tests/drill/DrillTestClient.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using sb::drill::DrillSession;
using sb::drill::test::DrillTestClient;

class TestDrillGateway : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DrillSession> startDrill()
    {
        DrillSession::Options options;
        options.token = u"drill-test-token"_s;
        options.autoPlay = false;
        options.signalEmulator = false;
        QString error;
        auto session = DrillSession::start(options, &error);
        if (!session)
            qWarning("drill did not start: %s", qPrintable(error));
        return session;
    }

private Q_SLOTS:
    void challengeComesFirst()
    {
        auto drill = startDrill();
        QVERIFY(drill);
        DrillTestClient client;
        QVERIFY(client.open(drill->url()));
        QVERIFY(client.waitForChallenge());
        const QJsonObject challenge = client.frames().constFirst();
        QCOMPARE(challenge.value(u"event"_s).toString(), u"connect.challenge"_s);
        QVERIFY(!challenge.contains(u"seq"_s));
        QVERIFY(!challenge.value(u"payload"_s)[u"nonce"_s].toString().isEmpty());
        QVERIFY(challenge.value(u"payload"_s)[u"ts"_s].toInteger() > 0);
        QVERIFY(
            challenge.value(u"payload"_s)[u"capabilities"_s].toArray().contains(u"model-catalog-snapshot"_s));
    }

    void handshakeAcceptsTheConsoleConnectFrame()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.open(drill->url()));
        QVERIFY(client.waitForChallenge());
        const QJsonObject response =
            client.connectWith(DrillTestClient::consoleConnectParams(u"drill-test-token"_s));
        QVERIFY2(response.value(u"ok"_s).toBool(), QJsonDocument(response).toJson().constData());
        const QJsonObject hello = response.value(u"payload"_s).toObject();
        QCOMPARE(hello.value(u"type"_s).toString(), u"hello-ok"_s);
        QCOMPARE(hello.value(u"protocol"_s).toInt(), 4);
        QCOMPARE(hello[u"policy"_s][u"tickIntervalMs"_s].toInt(), 30000);
        QCOMPARE(hello[u"policy"_s][u"maxPayload"_s].toInteger(), 26214400);
        const QJsonArray scopes = hello[u"auth"_s][u"scopes"_s].toArray();
        QCOMPARE(scopes.size(), 5);
        QCOMPARE(hello[u"auth"_s][u"role"_s].toString(), u"operator"_s);
        const QJsonArray methods = hello[u"features"_s][u"methods"_s].toArray();
        QVERIFY(methods.contains(u"channels.pairing.list"_s));
        QVERIFY(methods.contains(u"web.login.start"_s)); // the recorded real hello-ok lists it
        QVERIFY(hello[u"snapshot"_s][u"health"_s][u"channels"_s].toObject().contains(u"whatsapp"_s));
        // Scopes really are kept: a pairing-scoped method answers.
        QVERIFY(client.call(u"channels.pairing.list"_s, QJsonObject{}).value(u"ok"_s).toBool());
    }

    void unknownConnectFieldIsRejectedAndClosed1008()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.open(drill->url()));
        QVERIFY(client.waitForChallenge());
        QJsonObject params = DrillTestClient::consoleConnectParams(u"drill-test-token"_s);
        params.insert(u"bogus"_s, true);
        const QJsonObject response = client.connectWith(params);
        QCOMPARE(response.value(u"ok"_s).toBool(true), false);
        QCOMPARE(response[u"error"_s][u"code"_s].toString(), u"INVALID_REQUEST"_s);
        QCOMPARE(response[u"error"_s][u"message"_s].toString(),
                 u"invalid connect params: at root: unexpected property 'bogus'"_s);
        QVERIFY(client.waitDisconnected());
        QCOMPARE(client.closeCode(), 1008);
    }

    void clientModeIsAClosedEnum()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.open(drill->url()));
        QVERIFY(client.waitForChallenge());
        QJsonObject params = DrillTestClient::consoleConnectParams(u"drill-test-token"_s);
        QJsonObject info = params.value(u"client"_s).toObject();
        info.insert(u"mode"_s, u"operator"_s); // the docs' mistake: operator is a role
        params.insert(u"client"_s, info);
        const QJsonObject response = client.connectWith(params);
        QCOMPARE(response[u"error"_s][u"message"_s].toString(),
                 u"invalid connect params: at /client/mode: must be equal to one of the allowed values"_s);
        QVERIFY(client.waitDisconnected());
        QCOMPARE(client.closeCode(), 1008);
    }

    void wrongTokenIsRefused()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.open(drill->url()));
        QVERIFY(client.waitForChallenge());
        const QJsonObject response = client.connectWith(DrillTestClient::consoleConnectParams(u"wrong"_s));
        QCOMPARE(response[u"error"_s][u"code"_s].toString(), u"INVALID_REQUEST"_s);
        QCOMPARE(
            response[u"error"_s][u"message"_s].toString(),
            u"unauthorized: gateway token mismatch (use this gateway's gateway.auth.token or pair the device)"_s);
        QCOMPARE(response[u"error"_s][u"details"_s][u"code"_s].toString(), u"AUTH_TOKEN_MISMATCH"_s);
        QCOMPARE(response[u"error"_s][u"details"_s][u"recommendedNextStep"_s].toString(),
                 u"update_auth_credentials"_s);
        QVERIFY(client.waitDisconnected());
        QCOMPARE(client.closeCode(), 1008);
    }

    void protocolMismatchCloses1002()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.open(drill->url()));
        QVERIFY(client.waitForChallenge());
        QJsonObject params = DrillTestClient::consoleConnectParams(u"drill-test-token"_s);
        params.insert(u"minProtocol"_s, 5);
        params.insert(u"maxProtocol"_s, 6);
        const QJsonObject response = client.connectWith(params);
        QCOMPARE(response[u"error"_s][u"message"_s].toString(), u"protocol mismatch"_s);
        QCOMPARE(response[u"error"_s][u"details"_s][u"expectedProtocol"_s].toInt(), 4);
        QVERIFY(client.waitDisconnected());
        QCOMPARE(client.closeCode(), 1002);
    }

    void firstRequestMustBeConnect()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.open(drill->url()));
        QVERIFY(client.waitForChallenge());
        const QJsonObject response = client.call(u"health"_s);
        QCOMPARE(response[u"error"_s][u"message"_s].toString(),
                 u"invalid handshake: first request must be connect"_s);
        QVERIFY(client.waitDisconnected());
        QCOMPARE(client.closeCode(), 1008);
    }

    void unknownMethodAndClosedParams()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), u"drill-test-token"_s));
        QCOMPARE(client.call(u"nope.nope"_s)[u"error"_s][u"message"_s].toString(),
                 u"unknown method: nope.nope"_s);
        const QJsonObject bad = client.call(u"channels.status"_s, QJsonObject{{u"verbose"_s, true}});
        QCOMPARE(bad[u"error"_s][u"message"_s].toString(),
                 u"invalid channels.status params: at root: unexpected property 'verbose'"_s);
    }

    void otherClientsLoseTheirScopes()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.open(drill->url()));
        QVERIFY(client.waitForChallenge());
        QJsonObject params = DrillTestClient::consoleConnectParams(u"drill-test-token"_s);
        params.insert(u"client"_s, QJsonObject{{u"id"_s, u"openclaw-linux"_s},
                                               {u"mode"_s, u"ui"_s},
                                               {u"version"_s, u"1"_s},
                                               {u"platform"_s, u"linux"_s}});
        const QJsonObject hello = client.connectWith(params);
        QVERIFY(hello.value(u"ok"_s).toBool());
        QVERIFY(hello[u"payload"_s][u"auth"_s][u"scopes"_s].toArray().isEmpty());
        const QJsonObject denied = client.call(u"channels.status"_s, QJsonObject{});
        QCOMPARE(denied[u"error"_s][u"code"_s].toString(), u"FORBIDDEN"_s);
        QCOMPARE(denied[u"error"_s][u"details"_s][u"code"_s].toString(), u"MISSING_SCOPE"_s);
    }

    void configPatchWithStaleHashChangesNothing()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), u"drill-test-token"_s));
        const QString staleHash =
            client.call(u"config.get"_s, QJsonObject{})[u"payload"_s][u"hash"_s].toString();
        QVERIFY(!staleHash.isEmpty());
        // Someone else writes first.
        drill->world()->patchConfig(QJsonObject{{u"ui"_s, QJsonObject{{u"seamColor"_s, u"#ff0000"_s}}}},
                                    u"cli"_s);
        QVERIFY(!client.waitEvent(u"config.changed"_s).isEmpty());
        const QJsonObject before = client.call(u"config.get"_s, QJsonObject{})[u"payload"_s].toObject();
        const QJsonObject patch{
            {u"channels"_s, QJsonObject{{u"telegram"_s, QJsonObject{{u"groupPolicy"_s, u"allowlist"_s}}}}}};
        const QJsonObject refused = client.call(
            u"config.patch"_s, QJsonObject{{u"raw"_s, QString::fromUtf8(QJsonDocument(patch).toJson())},
                                           {u"baseHash"_s, staleHash}});
        QCOMPARE(refused[u"error"_s][u"code"_s].toString(), u"INVALID_REQUEST"_s);
        QCOMPARE(refused[u"error"_s][u"message"_s].toString(),
                 u"config changed since last load; re-run config.get and retry"_s);
        const QJsonObject after = client.call(u"config.get"_s, QJsonObject{})[u"payload"_s].toObject();
        QCOMPARE(after.value(u"hash"_s), before.value(u"hash"_s));
        QCOMPARE(after.value(u"config"_s), before.value(u"config"_s));
        // Without any hash: refused too.
        const QJsonObject hashless = client.call(
            u"config.patch"_s, QJsonObject{{u"raw"_s, QString::fromUtf8(QJsonDocument(patch).toJson())}});
        QCOMPARE(
            hashless[u"error"_s][u"message"_s].toString(),
            u"config base hash required for channels.telegram.groupPolicy; re-run config.get and retry with baseHash"_s);
    }

    void configPatchKeepsRedactedSecrets()
    {
        auto drill = startDrill();
        drill->world()->patchConfig(
            QJsonObject{
                {u"channels"_s, QJsonObject{{u"telegram"_s, QJsonObject{{u"botToken"_s, u"123:secret"_s}}}}}},
            u"cli"_s);
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), u"drill-test-token"_s));
        const QJsonObject got = client.call(u"config.get"_s, QJsonObject{})[u"payload"_s].toObject();
        QCOMPARE(got[u"config"_s][u"channels"_s][u"telegram"_s][u"botToken"_s].toString(),
                 u"__OPENCLAW_REDACTED__"_s);
        QCOMPARE(got[u"config"_s][u"gateway"_s][u"auth"_s][u"token"_s].toString(),
                 u"__OPENCLAW_REDACTED__"_s);
        QVERIFY(!got.value(u"raw"_s).toString().contains(u"123:secret"_s));
        // Send the sentinel back with a real change: the secret survives, the hash moves. (Not
        // "allowlist": that is the default, which the real gateway saves but does not count as
        // a changed path.)
        const QJsonObject patch{
            {u"channels"_s,
             QJsonObject{{u"telegram"_s, QJsonObject{{u"botToken"_s, u"__OPENCLAW_REDACTED__"_s},
                                                     {u"groupPolicy"_s, u"disabled"_s}}}}}};
        const qsizetype mark = client.frames().size();
        const QJsonObject applied = client.call(
            u"config.patch"_s, QJsonObject{{u"raw"_s, QString::fromUtf8(QJsonDocument(patch).toJson())},
                                           {u"baseHash"_s, got.value(u"hash"_s)}});
        QVERIFY2(applied.value(u"ok"_s).toBool(), QJsonDocument(applied).toJson().constData());
        QVERIFY(applied[u"payload"_s][u"hash"_s].toString() != got.value(u"hash"_s).toString());
        QVERIFY(
            applied[u"payload"_s][u"changedPaths"_s].toArray().contains(u"channels.telegram.groupPolicy"_s));
        QCOMPARE(drill->world()->config().config()[u"channels"_s][u"telegram"_s][u"botToken"_s].toString(),
                 u"123:secret"_s);
        const QJsonObject changed = client.waitEvent(u"config.changed"_s, 5000, mark);
        QCOMPARE(changed[u"payload"_s][u"hash"_s], applied[u"payload"_s][u"hash"_s]);
    }

    void logsTailCursorAdvances()
    {
        auto drill = startDrill();
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), u"drill-test-token"_s));
        const QJsonObject first = client.call(u"logs.tail"_s, QJsonObject{})[u"payload"_s].toObject();
        const qint64 cursor = first.value(u"cursor"_s).toInteger();
        drill->world()->log(u"WARN"_s, u"channels/whatsapp"_s,
                            u"WhatsApp Web connection closed (status 428)."_s);
        const QJsonObject next =
            client.call(u"logs.tail"_s, QJsonObject{{u"cursor"_s, cursor}, {u"limit"_s, 100}})[u"payload"_s]
                .toObject();
        QVERIFY(next.value(u"cursor"_s).toInteger() > cursor);
        const QJsonArray lines = next.value(u"lines"_s).toArray();
        QCOMPARE(lines.size(), 1);
        const QJsonObject line = QJsonDocument::fromJson(lines.at(0).toString().toUtf8()).object();
        QCOMPARE(line[u"_meta"_s][u"logLevelName"_s].toString(), u"WARN"_s);
        QCOMPARE(line.value(u"message"_s).toString(), u"WhatsApp Web connection closed (status 428)."_s);
        QVERIFY(line.value(u"time"_s).toString().endsWith(u"+09:00"_s)); // scenario zone: JST
    }

    void sendAndPairingAnswerPlausibly()
    {
        auto drill = startDrill();
        drill->world()->patchConfig(
            QJsonObject{
                {u"channels"_s, QJsonObject{{u"telegram"_s, QJsonObject{{u"dmPolicy"_s, u"pairing"_s}}}}}},
            u"cli"_s);
        drill->world()->addPairingRequest(u"telegram"_s, u"default"_s, u"7123456789"_s, u"Kenji"_s,
                                          u"K7PQ2XMA"_s);
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), u"drill-test-token"_s));
        const QJsonObject sent = client.call(u"send"_s, QJsonObject{{u"to"_s, u"+818011112222"_s},
                                                                    {u"message"_s, u"test"_s},
                                                                    {u"channel"_s, u"whatsapp"_s},
                                                                    {u"idempotencyKey"_s, u"k1"_s}});
        QVERIFY2(sent.value(u"ok"_s).toBool(), QJsonDocument(sent).toJson().constData());
        QVERIFY(!sent[u"payload"_s][u"messageId"_s].toString().isEmpty());
        const QJsonObject noKey = client.call(u"send"_s, QJsonObject{{u"to"_s, u"+1"_s}});
        QCOMPARE(noKey[u"error"_s][u"message"_s].toString(),
                 u"invalid send params: must have required property 'idempotencyKey'"_s);

        const QJsonArray requests =
            client.call(u"channels.pairing.list"_s, QJsonObject{})[u"payload"_s][u"requests"_s].toArray();
        QCOMPARE(requests.size(), 1);
        const QString requestId = requests.at(0)[u"requestId"_s].toString();
        QVERIFY(client
                    .call(u"channels.pairing.approve"_s, QJsonObject{{u"channel"_s, u"telegram"_s},
                                                                     {u"accountId"_s, u"default"_s},
                                                                     {u"requestId"_s, requestId}})
                    .value(u"ok"_s)
                    .toBool());
        QVERIFY(client.call(u"channels.pairing.list"_s, QJsonObject{})[u"payload"_s][u"requests"_s]
                    .toArray()
                    .isEmpty());
        const QJsonObject again =
            client.call(u"channels.pairing.dismiss"_s, QJsonObject{{u"channel"_s, u"telegram"_s},
                                                                   {u"accountId"_s, u"default"_s},
                                                                   {u"requestId"_s, requestId}});
        QCOMPARE(again[u"error"_s][u"message"_s].toString(), u"pending DM access request no longer exists"_s);
    }

    void webLoginQrRotatesAndCompletes()
    {
        auto drill = startDrill();
        sb::drill::WebLoginSession::Options options;
        options.qrRotateMs = 300;
        options.completeAfterMs = -1;
        drill->gateway()->webLogin()->setOptions(options);
        DrillTestClient client;
        QVERIFY(client.handshake(drill->url(), u"drill-test-token"_s));
        const QJsonObject started =
            client.call(u"web.login.start"_s, QJsonObject{{u"force"_s, true}, {u"timeoutMs"_s, 30000}});
        const QString qr = started[u"payload"_s][u"qrDataUrl"_s].toString();
        QVERIFY(qr.startsWith(u"data:image/png;base64,"_s));
        QVERIFY(qr.size() <= 16384);
        const QByteArray png = QByteArray::fromBase64(qr.mid(22).toLatin1());
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        const QJsonObject rotated = client.call(
            u"web.login.wait"_s, QJsonObject{{u"timeoutMs"_s, 5000}, {u"currentQrDataUrl"_s, qr}}, 6000);
        QCOMPARE(rotated[u"payload"_s][u"connected"_s].toBool(true), false);
        const QString next = rotated[u"payload"_s][u"qrDataUrl"_s].toString();
        QVERIFY(next.startsWith(u"data:image/png;base64,"_s));
        QVERIFY(next != qr);
        QSignalSpy arrived(drill->gateway(), &sb::drill::DrillGateway::requestReceived);
        const QString waitId = client.sendRequest(
            u"web.login.wait"_s, QJsonObject{{u"timeoutMs"_s, 5000}, {u"currentQrDataUrl"_s, next}});
        QTRY_COMPARE_WITH_TIMEOUT(arrived.size(), 1, 5000);
        drill->gateway()->webLogin()->completeScan();
        const QJsonObject done = client.waitResponse(waitId);
        QCOMPARE(done[u"payload"_s][u"connected"_s].toBool(), true);
        const QJsonObject status =
            client.call(u"channels.status"_s, QJsonObject{{u"channel"_s, u"whatsapp"_s}});
        QCOMPARE(status[u"payload"_s][u"channelAccounts"_s][u"whatsapp"_s][0][u"connected"_s].toBool(), true);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sb::test::ScratchHome home;
    TestDrillGateway test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDrillGateway.moc"

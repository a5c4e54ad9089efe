#include "app/gateway/ChannelStatus.h"
#include "app/gateway/Frame.h"
#include "app/gateway/Hello.h"
#include "app/gateway/MethodTypes.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace sb::gateway;

// Parses payloads recorded from a real OpenClaw 2026.9.6 gateway (tests/gateway/data, token
// removed) through the real decoder, so a change in either shows here first.
class TestChannelStatus : public QObject
{
    Q_OBJECT

private:
    static QJsonValue recordedPayload(const char *name)
    {
        QFile file(QStringLiteral(SB_GATEWAY_TEST_DATA "/") + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        const auto decoded = decodeFrame(file.readAll());
        if (!std::holds_alternative<Frame>(decoded))
            qFatal("fixture %s does not decode: %s", name, qPrintable(std::get<DecodeError>(decoded).reason));
        return std::get<ResponseFrame>(std::get<Frame>(decoded)).payload;
    }

private Q_SLOTS:
    void parsesRealChannelsStatus()
    {
        QString why;
        const auto status = parseChannelsStatus(recordedPayload("res-channels-status.json"), &why);
        QVERIFY2(status, qPrintable(why));
        QCOMPARE(status->channels.size(), 3);
        QCOMPARE(status->channels.at(0).id, QStringLiteral("signal"));
        const ChannelStatus *whatsapp = status->channel(QStringLiteral("whatsapp"));
        QVERIFY(whatsapp);
        QCOMPARE(whatsapp->label, QStringLiteral("WhatsApp"));
        QCOMPARE(whatsapp->accounts.size(), 1);
        const AccountSnapshot &account = whatsapp->accounts.first();
        QCOMPARE(account.accountId, QStringLiteral("default"));
        QCOMPARE(account.linked, std::optional<bool>(false));
        QCOMPARE(account.running, std::optional<bool>(false));
        QCOMPARE(account.healthState, QStringLiteral("stopped"));
        QCOMPARE(account.stateReason, QStringLiteral("not linked"));
        QVERIFY(!account.lastConnectedAt);
        QVERIFY(!account.lastDisconnect);
        QVERIFY(account.lastError.isEmpty());
        const AccountSnapshot &signal = status->channel(QStringLiteral("signal"))->accounts.first();
        QCOMPARE(signal.connected, std::optional<bool>(false));
        QVERIFY(signal.lastError.contains(QStringLiteral("ECONNREFUSED")));
        QVERIFY(signal.lastStartAt.has_value());
        QVERIFY(!status->issues.isEmpty());
        QVERIFY(status->at.isValid());
    }

    void parsesRealHealth()
    {
        QString why;
        const auto health = parseHealthSnapshot(recordedPayload("res-health.json"), &why);
        QVERIFY2(health, qPrintable(why));
        QCOMPARE(health->ok, std::optional<bool>(true));
        QVERIFY(health->channels.contains(QStringLiteral("whatsapp")));
        QVERIFY(health->channels.contains(QStringLiteral("telegram")));
        QVERIFY(health->channels.contains(QStringLiteral("signal")));
        QCOMPARE(health->channels.value(QStringLiteral("signal")).first().accountId,
                 QStringLiteral("default"));
    }

    void parsesRealHello()
    {
        QString why;
        const auto hello = parseHelloOk(recordedPayload("res-hello-ok.json"), &why);
        QVERIFY2(hello, qPrintable(why));
        QCOMPARE(hello->protocol, 4);
        QCOMPARE(hello->tickIntervalMs, 30000);
        QCOMPARE(hello->maxPayloadBytes, 26214400);
        QCOMPARE(hello->authMode, QStringLiteral("token"));
        QVERIFY(hello->scopes.contains(QStringLiteral("operator.pairing")));
        QVERIFY(hello->methods.contains(QStringLiteral("channels.status")));
        // The protocol notes say v4 hides web.login.* from discovery; 2026.9.6 with the WhatsApp
        // plugin lists them. Either way the console must not gate the QR page on this list.
    }

    void parsesRealMethodAnswers()
    {
        QString why;
        const auto config = parseConfigSnapshot(recordedPayload("res-config-get.json"), &why);
        QVERIFY2(config, qPrintable(why));
        QVERIFY(!config->hash.isEmpty());
        QVERIFY(!config->rawPayload.contains(QStringLiteral("raw")));
        QCOMPARE(config->config.value(QStringLiteral("gateway"))
                     .toObject()
                     .value(QStringLiteral("auth"))
                     .toObject()
                     .value(QStringLiteral("token"))
                     .toString(),
                 QString::fromLatin1(ConfigSnapshot::redactedSentinel));

        const auto tail = parseLogsTail(recordedPayload("res-logs-tail.json"), &why);
        QVERIFY2(tail, qPrintable(why));
        QVERIFY(tail->cursor > 0);
        QVERIFY(!tail->lines.isEmpty());

        const auto login = parseWebLoginState(recordedPayload("res-web-login-start.json"), &why);
        QVERIFY2(login, qPrintable(why));
        QVERIFY(login->qrDataUrl.isEmpty());
        QVERIFY(login->message.contains(QStringLiteral("WhatsApp login failed")));

        const auto pairing = parsePairingList(recordedPayload("res-pairing-list.json"), &why);
        QVERIFY2(pairing, qPrintable(why));
        QCOMPARE(pairing->accounts.size(), 3);
        QVERIFY(pairing->requests.isEmpty());

        QCOMPARE(parsePresence(recordedPayload("res-system-presence.json")).size(), 1);
        QVERIFY(recordedPayload("res-last-heartbeat.json").isNull());
    }

    void toleratesMissingOptionalFields()
    {
        QString why;
        const auto status = parseChannelsStatus(
            QJsonObject{
                {QStringLiteral("channelAccounts"),
                 QJsonObject{{QStringLiteral("x"),
                              QJsonArray{QJsonObject{{QStringLiteral("accountId"), QStringLiteral("a")}}}}}}},
            &why);
        QVERIFY(status);
        QCOMPARE(status->channels.size(), 1);
        QVERIFY(!status->channels.first().accounts.first().connected);
        QVERIFY(status->channels.first().problems.isEmpty());
        QVERIFY(!parseChannelsStatus(QJsonValue(3), &why));
        QVERIFY(!why.isEmpty());
    }

    // What cannot be read is said, per channel, never silently dropped.
    void wrongTypesAreProblems()
    {
        QString why;
        const auto status = parseChannelsStatus(
            QJsonObject{
                {QStringLiteral("channelAccounts"),
                 QJsonObject{{QStringLiteral("whatsapp"), QJsonObject{{QStringLiteral("accountId"), 1}}},
                             {QStringLiteral("telegram"),
                              QJsonArray{QJsonObject{{QStringLiteral("accountId"), 7}}, 3,
                                         QJsonObject{{QStringLiteral("accountId"), QStringLiteral("ok")}}}},
                             {QStringLiteral("signal"), QJsonArray{QJsonObject{}}}}}},
            &why);
        QVERIFY(status);
        QVERIFY(status->hasProblems());
        const ChannelStatus *whatsapp = status->channel(QStringLiteral("whatsapp"));
        QCOMPARE(whatsapp->problems,
                 QStringList{QStringLiteral("channelAccounts.whatsapp is an object, not a list")});
        const ChannelStatus *telegram = status->channel(QStringLiteral("telegram"));
        QCOMPARE(
            telegram->problems,
            (QStringList{
                QStringLiteral("channelAccounts.telegram[0].accountId is a number, not a non-empty string"),
                QStringLiteral("channelAccounts.telegram[1] is a number, not an object")}));
        QCOMPARE(telegram->accounts.size(), 1); // the readable one stays
        QCOMPARE(status->channel(QStringLiteral("signal"))->problems,
                 QStringList{QStringLiteral(
                     "channelAccounts.signal[0].accountId is missing, not a non-empty string")});
    }

    void parsesProbeFactsAndAuthAge()
    {
        const QJsonObject raw{
            {QStringLiteral("accountId"), QStringLiteral("default")},
            {QStringLiteral("authAgeMs"), 5400000},
            {QStringLiteral("probe"),
             QJsonObject{{QStringLiteral("ok"), true},
                         {QStringLiteral("elapsedMs"), 42},
                         {QStringLiteral("bot"),
                          QJsonObject{{QStringLiteral("canReadAllGroupMessages"), false},
                                      {QStringLiteral("username"), QStringLiteral("sb_bot")}}}}}};
        const AccountSnapshot account = parseAccountSnapshot(QStringLiteral("telegram"), raw);
        QCOMPARE(account.authAgeMs, std::optional<qint64>(5400000));
        QCOMPARE(account.probe.size(), 4);
        QCOMPARE(account.probe.first(),
                 (ProbeFact{QStringLiteral("bot.canReadAllGroupMessages"), QStringLiteral("false")}));
        QCOMPARE(account.probeValue(QStringLiteral("bot.username")),
                 std::optional<QString>(QStringLiteral("sb_bot")));
        QCOMPARE(account.probeValue(QStringLiteral("elapsedMs")),
                 std::optional<QString>(QStringLiteral("42")));
        QVERIFY(!account.probeValue(QStringLiteral("nope")));
        // A negative or fractional age is not an age.
        QJsonObject odd = raw;
        odd.insert(QStringLiteral("authAgeMs"), -1);
        QVERIFY(!parseAccountSnapshot(QStringLiteral("telegram"), odd).authAgeMs);
    }

    void parsesDisconnectDetails()
    {
        const QJsonObject raw{{QStringLiteral("accountId"), QStringLiteral("default")},
                              {QStringLiteral("lastDisconnect"),
                               QJsonObject{{QStringLiteral("at"), 1770854040000.0},
                                           {QStringLiteral("status"), 428},
                                           {QStringLiteral("error"), QStringLiteral("Connection Closed")},
                                           {QStringLiteral("loggedOut"), false}}},
                              {QStringLiteral("reconnectAttempts"), 9}};
        const AccountSnapshot account = parseAccountSnapshot(QStringLiteral("whatsapp"), raw);
        QVERIFY(account.lastDisconnect);
        QCOMPARE(account.lastDisconnect->status.value_or(0), 428);
        QCOMPARE(account.lastDisconnect->at->toMSecsSinceEpoch(), 1770854040000);
        QCOMPARE(account.reconnectAttempts.value_or(0), 9);

        // 4294967697 is 401 plus 2^32: truncated it would read "logged out".
        QJsonObject huge = raw;
        huge.insert(QStringLiteral("lastDisconnect"), QJsonObject{{QStringLiteral("status"), 4294967697.0}});
        huge.insert(QStringLiteral("reconnectAttempts"), 4294967296.0);
        const AccountSnapshot odd = parseAccountSnapshot(QStringLiteral("whatsapp"), huge);
        QVERIFY(!odd.lastDisconnect->status);
        QVERIFY(!odd.reconnectAttempts);
    }
};

QTEST_GUILESS_MAIN(TestChannelStatus)
#include "TestChannelStatus.moc"

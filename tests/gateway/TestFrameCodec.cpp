#include "app/gateway/Frame.h"

#include <QJsonArray>
#include <QTest>

using namespace sb::gateway;

class TestFrameCodec : public QObject
{
    Q_OBJECT

private:
    static QString reasonFor(const char *json, qint64 maxBytes = 0)
    {
        const auto decoded = decodeFrame(QByteArray(json), maxBytes);
        const auto *error = std::get_if<DecodeError>(&decoded);
        return error ? error->reason : QString();
    }

    template <typename T>
    static T decodeAs(const QByteArray &json)
    {
        return std::get<T>(decodeOk(json));
    }

    static Frame decodeOk(const QByteArray &json)
    {
        const auto decoded = decodeFrame(json);
        if (const auto *error = std::get_if<DecodeError>(&decoded))
            qFatal("unexpected decode error: %s", qPrintable(error->reason));
        return std::get<Frame>(decoded);
    }

private Q_SLOTS:
    void decodesRequest()
    {
        const Frame frame = decodeOk(R"({"type":"req","id":"7","method":"health","params":{"probe":true}})");
        const auto &request = std::get<RequestFrame>(frame);
        QCOMPARE(request.id, QStringLiteral("7"));
        QCOMPARE(request.method, QStringLiteral("health"));
        QCOMPARE(request.params.toObject().value(QStringLiteral("probe")).toBool(), true);
    }

    void decodesRequestWithoutParams()
    {
        const auto request = decodeAs<RequestFrame>(R"({"type":"req","id":"1","method":"status"})");
        QVERIFY(request.params.isUndefined());
    }

    void decodesSuccessResponse()
    {
        const auto response =
            decodeAs<ResponseFrame>(R"({"type":"res","id":"3","ok":true,"payload":{"a":1}})");
        QCOMPARE(response.id, QStringLiteral("3"));
        QVERIFY(response.ok);
        QCOMPARE(response.payload.toObject().value(QStringLiteral("a")).toInt(), 1);
        QVERIFY(!response.error);
    }

    void keepsNullPayloadDistinctFromAbsent()
    {
        // last-heartbeat answers null when no heartbeat ran yet.
        const auto withNull = decodeAs<ResponseFrame>(R"({"type":"res","id":"3","ok":true,"payload":null})");
        QVERIFY(withNull.payload.isNull());
        const auto absent = decodeAs<ResponseFrame>(R"({"type":"res","id":"3","ok":true})");
        QVERIFY(absent.payload.isUndefined());
    }

    void decodesErrorResponse()
    {
        const auto response = decodeAs<ResponseFrame>(
            R"({"type":"res","id":"1","ok":false,"error":{"code":"UNAVAILABLE","message":"gateway starting; retry shortly","details":{"reason":"startup-sidecars"},"retryable":true,"retryAfterMs":500}})");
        QVERIFY(!response.ok);
        QVERIFY(response.error);
        QCOMPARE(response.error->code, QStringLiteral("UNAVAILABLE"));
        QCOMPARE(response.error->retryAfterMs.value_or(-1), 500);
        QCOMPARE(response.error->retryable.value_or(false), true);
        QCOMPARE(response.error->details.toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("startup-sidecars"));
    }

    void decodesEventWithSeqAndStateVersion()
    {
        const auto event = decodeAs<EventFrame>(
            R"({"type":"event","event":"health","payload":{"ok":true},"seq":12,"stateVersion":{"presence":3,"health":9}})");
        QCOMPARE(event.event, QStringLiteral("health"));
        QCOMPARE(event.seq.value_or(-1), 12);
        QVERIFY(event.stateVersion);
        QCOMPARE(event.stateVersion->presence, 3);
        QCOMPARE(event.stateVersion->health, 9);
    }

    void decodesChallengeWithoutSeq()
    {
        const auto event = decodeAs<EventFrame>(
            R"({"type":"event","event":"connect.challenge","payload":{"nonce":"n","ts":1}})");
        QVERIFY(!event.seq);
        QVERIFY(!event.stateVersion);
    }

    void acceptsV4OnlyOptionalFields()
    {
        QVERIFY(std::holds_alternative<Frame>(
            decodeFrame(R"({"type":"event","event":"tick","payload":{"ts":1},"recipientProfileId":"p"})")));
        QVERIFY(std::holds_alternative<Frame>(decodeFrame(
            R"({"type":"req","id":"1","method":"m","traceparent":"00-ab","expectedProfileId":"p"})")));
    }

    void rejectsWithReason_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("not json") << QByteArray("{nope") << QStringLiteral("not JSON");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("not JSON");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
        QTest::newRow("no type") << QByteArray(R"({"id":"1"})") << QStringLiteral("no \"type\"");
        QTest::newRow("type not string")
            << QByteArray(R"({"type":3})") << QStringLiteral("\"type\" is not a string");
        QTest::newRow("unknown type")
            << QByteArray(R"({"type":"hello"})") << QStringLiteral("unknown frame type \"hello\"");
        QTest::newRow("req no id") << QByteArray(R"({"type":"req","method":"m"})")
                                   << QStringLiteral("no \"id\"");
        QTest::newRow("req numeric id") << QByteArray(R"({"type":"req","id":1,"method":"m"})")
                                        << QStringLiteral("\"id\" is not a string");
        QTest::newRow("req empty method")
            << QByteArray(R"({"type":"req","id":"1","method":""})") << QStringLiteral("\"method\" is empty");
        QTest::newRow("req extra field") << QByteArray(R"({"type":"req","id":"1","method":"m","x":1})")
                                         << QStringLiteral("unknown field \"x\"");
        QTest::newRow("res no ok") << QByteArray(R"({"type":"res","id":"1"})") << QStringLiteral("no \"ok\"");
        QTest::newRow("res ok string") << QByteArray(R"({"type":"res","id":"1","ok":"yes"})")
                                       << QStringLiteral("\"ok\" is not a boolean");
        QTest::newRow("res error not object")
            << QByteArray(R"({"type":"res","id":"1","ok":false,"error":"x"})")
            << QStringLiteral("\"error\" is not an object");
        QTest::newRow("error no message")
            << QByteArray(R"({"type":"res","id":"1","ok":false,"error":{"code":"X"}})")
            << QStringLiteral("no \"message\"");
        QTest::newRow("error extra field")
            << QByteArray(R"({"type":"res","id":"1","ok":false,"error":{"code":"X","message":"m","y":1}})")
            << QStringLiteral("unknown field \"y\"");
        QTest::newRow("negative retryAfter")
            << QByteArray(
                   R"({"type":"res","id":"1","ok":false,"error":{"code":"X","message":"m","retryAfterMs":-1}})")
            << QStringLiteral("retryAfterMs");
        QTest::newRow("event no name") << QByteArray(R"({"type":"event"})") << QStringLiteral("no \"event\"");
        QTest::newRow("event fractional seq") << QByteArray(R"({"type":"event","event":"tick","seq":1.5})")
                                              << QStringLiteral("\"seq\" is not a non-negative integer");
        QTest::newRow("event negative seq")
            << QByteArray(R"({"type":"event","event":"tick","seq":-1})") << QStringLiteral("\"seq\"");
        QTest::newRow("event huge seq")
            << QByteArray(R"({"type":"event","event":"tick","seq":1e300})") << QStringLiteral("\"seq\"");
        QTest::newRow("stateVersion partial")
            << QByteArray(R"({"type":"event","event":"health","stateVersion":{"presence":1}})")
            << QStringLiteral("stateVersion");
    }

    void rejectsWithReason()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reasonPart);
        const auto decoded = decodeFrame(json);
        const auto *error = std::get_if<DecodeError>(&decoded);
        QVERIFY2(error, json.constData());
        QVERIFY2(error->reason.contains(reasonPart), qPrintable(error->reason));
    }

    void enforcesSizeLimit()
    {
        const QByteArray json = R"({"type":"event","event":"tick","payload":{"ts":1}})";
        QVERIFY(std::holds_alternative<Frame>(decodeFrame(json, json.size())));
        QVERIFY(reasonFor(json.constData(), json.size() - 1).contains(QStringLiteral("exceeds the limit")));
        QVERIFY(std::holds_alternative<Frame>(decodeFrame(json, 0)));
    }

    void roundTripsEveryKind()
    {
        ErrorShape error{QStringLiteral("INVALID_REQUEST"), QStringLiteral("bad"),
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("X")}}, false, 10};
        const QList<Frame> frames = {
            RequestFrame{QStringLiteral("1"), QStringLiteral("config.get"), QJsonObject{}},
            RequestFrame{QStringLiteral("2"), QStringLiteral("status"), QJsonValue(QJsonValue::Undefined)},
            ResponseFrame{QStringLiteral("1"), true, QJsonArray{1, 2}, std::nullopt},
            ResponseFrame{QStringLiteral("1"), false, QJsonValue(QJsonValue::Undefined), error},
            EventFrame{QStringLiteral("presence"), QJsonObject{}, 4, StateVersion{1, 2}},
        };
        for (const Frame &frame : frames) {
            const QByteArray encoded = encodeFrame(frame);
            const Frame decoded = decodeOk(encoded);
            QCOMPARE(encodeFrame(decoded), encoded);
            QCOMPARE(decoded.index(), frame.index());
        }
    }

    void encodingOmitsAbsentFields()
    {
        const QByteArray encoded = encodeFrame(
            RequestFrame{QStringLiteral("9"), QStringLiteral("status"), QJsonValue(QJsonValue::Undefined)});
        QVERIFY(!encoded.contains("params"));
        QVERIFY(encoded.contains(R"("type":"req")"));
    }
};

QTEST_GUILESS_MAIN(TestFrameCodec)
#include "TestFrameCodec.moc"

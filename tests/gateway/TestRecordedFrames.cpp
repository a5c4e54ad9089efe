#include "app/gateway/ChannelStatus.h"
#include "app/gateway/Frame.h"
#include "app/gateway/GatewayError.h"
#include "app/gateway/Hello.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace sb::gateway;
using Kind = GatewayError::Kind;

// Every frame recorded from the real OpenClaw 2026.9.6 gateway (tests/data/real-gateway,
// recorded by the conformance harness, secrets removed) must decode, and its errors must map
// to the kind the client acts on.
class TestRecordedFrames : public QObject
{
    Q_OBJECT

private:
    static QDir recordings() { return QDir(QStringLiteral(SWITCHBOARD_TEST_DATA_DIR "/real-gateway")); }

    static Frame decodeRecorded(const QString &name)
    {
        QFile file(recordings().filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing recording %s", qPrintable(name));
        const auto decoded = decodeFrame(file.readAll());
        if (const auto *error = std::get_if<DecodeError>(&decoded))
            qFatal("%s does not decode: %s", qPrintable(name), qPrintable(error->reason));
        return std::get<Frame>(decoded);
    }

    static GatewayError errorOf(const char *name)
    {
        const auto response = std::get<ResponseFrame>(decodeRecorded(QLatin1String(name)));
        if (response.ok || !response.error)
            qFatal("%s is not an error answer", name);
        return GatewayError::fromErrorShape(*response.error);
    }

private Q_SLOTS:
    void everyRecordedFrameDecodes()
    {
        if (!recordings().exists())
            QSKIP("no recordings yet (tests/data/real-gateway)");
        // Not frames: harness metadata, the request log and the CLI audit output.
        const QStringList notFrames = {QStringLiteral("recording-meta.json"), QStringLiteral("requests.json"),
                                       QStringLiteral("security-audit.json")};
        int frames = 0;
        const QStringList files = recordings().entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &name : files) {
            if (notFrames.contains(name))
                continue;
            QFile file(recordings().filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto decoded = decodeFrame(file.readAll(), 26214400);
            const auto *error = std::get_if<DecodeError>(&decoded);
            QVERIFY2(!error, qPrintable(name + QStringLiteral(": ") + (error ? error->reason : QString())));
            ++frames;
        }
        QVERIFY(frames >= 10);
    }

    void realErrorsMapToTheirKinds()
    {
        if (!recordings().exists())
            QSKIP("no recordings yet (tests/data/real-gateway)");
        QCOMPARE(errorOf("wrong-token-error.json").kind(), Kind::Auth);
        QVERIFY(errorOf("wrong-token-error.json").userMessage().contains(QStringLiteral("current token")));
        QCOMPARE(errorOf("protocol-mismatch-error.json").kind(), Kind::ProtocolMismatch);
        const GatewayError starting = errorOf("startup-unavailable-error.json");
        QCOMPARE(starting.kind(), Kind::Unavailable);
        QCOMPARE(starting.retryAfterMs().value_or(-1), 500);
        QVERIFY(!starting.isTerminalForConnect());
        QCOMPARE(errorOf("config-patch-stale-hash-error.json").kind(), Kind::ConfigConflict);
        QCOMPARE(errorOf("config-patch-stale-after-write-error.json").kind(), Kind::ConfigConflict);
        QCOMPARE(errorOf("missing-scope-error.json").kind(), Kind::Forbidden);
        QCOMPARE(errorOf("send-error.json").kind(), Kind::Unavailable);
        QCOMPARE(errorOf("unknown-method-error.json").kind(), Kind::Remote);
        QCOMPARE(errorOf("config-patch-no-hash-error.json").kind(), Kind::Remote); // missing, not stale
    }

    void realEventsParse()
    {
        if (!recordings().exists())
            QSKIP("no recordings yet (tests/data/real-gateway)");
        const auto shutdown = std::get<EventFrame>(decodeRecorded(QStringLiteral("shutdown-event.json")));
        QCOMPARE(eventKindFor(shutdown.event), EventKind::Shutdown);
        const auto notice = parseShutdown(shutdown.payload);
        QVERIFY(notice);
        QCOMPARE(notice->reason, QStringLiteral("gateway stopping"));
        QVERIFY(!notice->restartExpectedMs); // the real gateway does not announce a restart time

        const auto changed =
            std::get<EventFrame>(decodeRecorded(QStringLiteral("config-changed-event.json")));
        QCOMPARE(eventKindFor(changed.event), EventKind::ConfigChanged);
        QVERIFY(parseConfigChanged(changed.payload)->hash.startsWith(QStringLiteral("hmac-sha256:")));

        const auto health = std::get<EventFrame>(decodeRecorded(QStringLiteral("health-event.json")));
        QCOMPARE(eventKindFor(health.event), EventKind::Health);
        QString why;
        QVERIFY2(parseHealthSnapshot(health.payload, &why), qPrintable(why));

        const auto hello = std::get<ResponseFrame>(decodeRecorded(QStringLiteral("hello-ok.json")));
        QVERIFY2(parseHelloOk(hello.payload, &why), qPrintable(why));
        const auto status =
            std::get<ResponseFrame>(decodeRecorded(QStringLiteral("channels-status-probe-res.json")));
        const auto parsed = parseChannelsStatus(status.payload, &why);
        QVERIFY2(parsed, qPrintable(why));
        QVERIFY(parsed->channel(QStringLiteral("telegram")));
    }
};

QTEST_GUILESS_MAIN(TestRecordedFrames)
#include "TestRecordedFrames.moc"

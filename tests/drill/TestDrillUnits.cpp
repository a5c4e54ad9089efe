// The drill's building blocks: merge patch, redaction, array guard, log tail, QR PNG.
#include "app/drill/ConfigStore.h"
#include "app/drill/LogBook.h"
#include "app/drill/QrPng.h"
#include "app/drill/SignalCliEmulator.h"
#include "tests/support/TestEnvironment.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using sb::drill::ConfigStore;

namespace {
QJsonValue json(const char *text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text));
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}
} // namespace

class TestDrillUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergePatchFollowsRfc7396_data()
    {
        QTest::addColumn<QJsonValue>("target");
        QTest::addColumn<QJsonValue>("patch");
        QTest::addColumn<QJsonValue>("result");
        // Appendix A of RFC 7396 (object cases).
        QTest::newRow("replace") << json(R"({"a":"b"})") << json(R"({"a":"c"})") << json(R"({"a":"c"})");
        QTest::newRow("add") << json(R"({"a":"b"})") << json(R"({"b":"c"})") << json(R"({"a":"b","b":"c"})");
        QTest::newRow("remove") << json(R"({"a":"b"})") << json(R"({"a":null})") << json(R"({})");
        QTest::newRow("remove one") << json(R"({"a":"b","b":"c"})") << json(R"({"a":null})")
                                    << json(R"({"b":"c"})");
        QTest::newRow("array replaces")
            << json(R"({"a":["b"]})") << json(R"({"a":"c"})") << json(R"({"a":"c"})");
        QTest::newRow("nested") << json(R"({"a":{"b":"c"}})") << json(R"({"a":{"b":"d","c":null}})")
                                << json(R"({"a":{"b":"d"}})");
        QTest::newRow("into scalar") << json(R"({"a":"x"})") << json(R"({"a":{"bb":{"ccc":null}}})")
                                     << json(R"({"a":{"bb":{}}})");
    }

    // config.patch on the drill's store merges by RFC 7396 (through the client's MergePatch).
    void mergePatchFollowsRfc7396()
    {
        QFETCH(QJsonValue, target);
        QFETCH(QJsonValue, patch);
        QFETCH(QJsonValue, result);
        ConfigStore store(target.toObject());
        const auto written = store.patch(patch.toObject());
        QVERIFY2(written.ok, qPrintable(written.error));
        QCOMPARE(QJsonValue(store.config()), result);
    }

    void secretsAreRedactedAndRestored()
    {
        ConfigStore store(
            json(
                R"({"channels":{"telegram":{"botToken":"1:x","groupPolicy":"open"}},"gateway":{"auth":{"token":"t"}}})")
                .toObject());
        const QJsonObject redacted = store.redacted();
        QCOMPARE(redacted[u"channels"_s][u"telegram"_s][u"botToken"_s].toString(),
                 QString::fromLatin1(sb::drill::kRedactedSentinel));
        QCOMPARE(redacted[u"channels"_s][u"telegram"_s][u"groupPolicy"_s].toString(), u"open"_s);
        // A full config.set of the redacted object is a no-op: the sentinels restore.
        const QString hash = store.hash();
        const auto same = store.replace(redacted);
        QVERIFY(same.ok);
        QVERIFY(same.noop);
        QCOMPARE(store.hash(), hash);
        QCOMPARE(store.config()[u"gateway"_s][u"auth"_s][u"token"_s].toString(), u"t"_s);
    }

    void arrayShrinkNeedsReplacePaths()
    {
        ConfigStore store(json(R"({"channels":{"whatsapp":{"allowFrom":["+1","+2"]}}})").toObject());
        const QJsonObject patch = json(R"({"channels":{"whatsapp":{"allowFrom":["+1"]}}})").toObject();
        const auto refused = store.patch(patch);
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.startsWith(
            u"config.patch would remove entries from array path(s): channels.whatsapp.allowFrom."_s));
        const auto allowed = store.patch(patch, {u"channels.whatsapp.allowFrom"_s});
        QVERIFY(allowed.ok);
        QCOMPARE(allowed.changedPaths, QStringList{u"channels.whatsapp.allowFrom"_s});
    }

    // Verified on 2026.9.6: a null on a list, or on an object holding one, removes entries too.
    void removingAListNeedsReplacePaths()
    {
        ConfigStore store(
            json(R"({"channels":{"telegram":{"allowFrom":["1"],"groups":{"-100":{"allowFrom":["2"]}}}}})")
                .toObject());
        const auto list = store.patch(json(R"({"channels":{"telegram":{"allowFrom":null}}})").toObject());
        QVERIFY(!list.ok);
        QVERIFY(list.error.contains(u"array path(s): channels.telegram.allowFrom."_s));
        const QJsonObject dropGroup =
            json(R"({"channels":{"telegram":{"groups":{"-100":null}}}})").toObject();
        const auto group = store.patch(dropGroup);
        QVERIFY(!group.ok);
        QVERIFY(group.error.contains(u"array path(s): channels.telegram.groups.-100.allowFrom."_s));
        QVERIFY(store.patch(dropGroup, {u"channels.telegram.groups.-100.allowFrom"_s}).ok);
    }

    void logTailUsesByteCursors()
    {
        sb::drill::LogBook book;
        const QTimeZone jst("Asia/Tokyo");
        const QDateTime at(QDate(2026, 2, 12), QTime(0, 34), jst);
        for (int i = 0; i < 5; ++i)
            book.append(at.addSecs(i), jst, u"INFO"_s, u"gateway"_s, u"line %1"_s.arg(i));
        const QJsonObject all = book.tail(std::nullopt, 500, 250000);
        QCOMPARE(all.value(u"lines"_s).toArray().size(), 5);
        QCOMPARE(all.value(u"cursor"_s).toInteger(), book.size());
        const QJsonObject limited = book.tail(0, 2, 250000);
        QCOMPARE(limited.value(u"lines"_s).toArray().size(), 2); // the newest two, like the real reader
        QVERIFY(limited.value(u"truncated"_s).toBool());
        const QJsonObject none = book.tail(book.size(), 500, 250000);
        QVERIFY(none.value(u"lines"_s).toArray().isEmpty());
        const QJsonObject beyond = book.tail(book.size() + 10, 500, 250000);
        QVERIFY(beyond.value(u"reset"_s).toBool());
        const QJsonObject line = QJsonDocument::fromJson(all[u"lines"_s][0].toString().toUtf8()).object();
        QCOMPARE(line.value(u"time"_s).toString(), u"2026-02-12T00:34:00.000+09:00"_s);
        QCOMPARE(line[u"_meta"_s][u"date"_s].toString(), u"2026-02-11T15:34:00.000Z"_s);
    }

    void qrIsAPng()
    {
        const QByteArray png = sb::drill::qrPng("2@drill,test");
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        QVERIFY(png.contains("IHDR"));
        QVERIFY(png.contains("IEND"));
        QVERIFY(sb::drill::qrPngDataUrl("x").startsWith(u"data:image/png;base64,"_s));
    }

    void signalCliEmulatorAnswersJsonRpc()
    {
        sb::drill::SignalCliEmulator emulator;
        QVERIFY(emulator.listen());
        QNetworkAccessManager network;
        const auto rpc = [&](const QJsonObject &body) {
            QNetworkRequest request(QUrl(emulator.baseUrl() + u"/api/v1/rpc"_s));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(5000);
            reply->deleteLater();
            return std::make_pair(QJsonDocument::fromJson(reply->readAll()).object(),
                                  reply->rawHeader("Retry-After"));
        };
        const QJsonObject registerCall{{u"jsonrpc"_s, u"2.0"_s},
                                       {u"id"_s, u"1"_s},
                                       {u"method"_s, u"register"_s},
                                       {u"params"_s, QJsonObject{{u"account"_s, u"+819000000053"_s}}}};
        emulator.configure(QJsonObject{{u"register"_s, u"captcha-required"_s}});
        auto [captcha, noRetry] = rpc(registerCall);
        QCOMPARE(captcha[u"error"_s][u"code"_s].toInt(), -1);
        QVERIFY(
            captcha[u"error"_s][u"message"_s].toString().startsWith(u"Captcha required for verification"_s));
        emulator.configure(QJsonObject{{u"register"_s, u"rate-limited"_s}, {u"retryAfterSeconds"_s, 90}});
        auto [limited, retryAfter] = rpc(registerCall);
        QCOMPARE(limited[u"error"_s][u"code"_s].toInt(), -5);
        QCOMPARE(retryAfter, QByteArray("90"));
        emulator.configure(QJsonObject{{u"register"_s, u"ok"_s}});
        QVERIFY(rpc(registerCall).first.contains(u"result"_s));
        QVERIFY(rpc(QJsonObject{{u"jsonrpc"_s, u"2.0"_s},
                                {u"id"_s, 2},
                                {u"method"_s, u"verify"_s},
                                {u"params"_s, QJsonObject{{u"account"_s, u"+819000000053"_s},
                                                          {u"verificationCode"_s, u"123456"_s}}}})
                    .first.contains(u"result"_s));
        const QJsonObject accounts =
            rpc(QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, 3}, {u"method"_s, u"listAccounts"_s}}).first;
        QCOMPARE(accounts[u"result"_s][0][u"number"_s].toString(), u"+819000000053"_s);

        QNetworkReply *check = network.get(QNetworkRequest(QUrl(emulator.baseUrl() + u"/api/v1/check"_s)));
        QSignalSpy checked(check, &QNetworkReply::finished);
        QVERIFY(checked.wait(5000));
        QCOMPARE(check->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        check->deleteLater();
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    sb::test::ScratchHome home;
    TestDrillUnits test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestDrillUnits.moc"

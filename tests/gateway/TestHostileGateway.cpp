// A gateway that answers with hostile text: terminal escapes, forged lines, bidi overrides,
// 100 KB fields, lone surrogates, and secrets it echoes back (the console's own token, a
// Telegram bot token). switchboardctl must print it harmlessly and nothing may store a secret.
#include "app/ctl/StatusCommand.h"
#include "app/ctl/WatchCommand.h"
#include "app/ingest/GatewaySession.h"
#include "app/store/History.h"
#include "tests/gateway/ScriptedGateway.h"
#include "tests/support/TestEnvironment.h"

#include <memory>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace sb::ctl;
using sb::test::ScriptedGateway;

namespace {

const QString kConsoleToken = QStringLiteral("hostile-console-token-7f3a9c51e2");
const QString kBotToken = QStringLiteral("123456789:AAFakeBotTokenForTestsOnly00000000000");
const qsizetype kHugeField = 100 * 1024;

QString hostileText()
{
    return QStringLiteral("E\x1b[31mRED\x1b[0m bell\a nul") + QChar(0) +
           QStringLiteral("!\r\nINJECTED-LINE forged ") + QChar(0x202E) + QStringLiteral("txet desrever ") +
           QString(kHugeField, QLatin1Char('A')) + QStringLiteral(" lone ") + QChar(0xD800) +
           QStringLiteral(" end");
}

QString secretText()
{
    return QStringLiteral("login failed with token %1 and bot token %2").arg(kConsoleToken, kBotToken);
}

QJsonObject account(const QString &id, const QString &lastError, bool connected)
{
    return QJsonObject{{QStringLiteral("accountId"), id},        {QStringLiteral("enabled"), true},
                       {QStringLiteral("configured"), true},     {QStringLiteral("running"), true},
                       {QStringLiteral("connected"), connected}, {QStringLiteral("lastError"), lastError}};
}

QJsonObject hostileChannelsStatus()
{
    const QJsonArray accounts{
        account(QStringLiteral("ops"), secretText(), false),
        account(QStringLiteral("acct\x1b[2J\nINJECTED-LINE") + QChar(0x202E) + QStringLiteral("kcatta"),
                hostileText(), false),
        account(QStringLiteral("bot-") + kBotToken, secretText(), false),
        account(QStringLiteral("echo-") + kConsoleToken, secretText(), true),
        account(QStringLiteral("pct%2%9"), QStringLiteral("%1%3"), true)};
    const QJsonArray issues{
        QJsonObject{{QStringLiteral("channel"), QStringLiteral("telegram")},
                    {QStringLiteral("accountId"), QStringLiteral("ops")},
                    {QStringLiteral("kind"), QStringLiteral("runtime")},
                    {QStringLiteral("message"), QString(hostileText() + secretText())},
                    {QStringLiteral("fix"),
                     QString(QStringLiteral("\x1b]8;;http://evil\x07click\x1b]8;;\x07 ") + secretText())}}};
    return QJsonObject{
        {QStringLiteral("ts"), QDateTime::currentMSecsSinceEpoch()},
        {QStringLiteral("channelOrder"), QJsonArray{QStringLiteral("telegram")}},
        {QStringLiteral("channels"),
         QJsonObject{{QStringLiteral("telegram"),
                      QJsonObject{{QStringLiteral("configured"), true},
                                  {QStringLiteral("running"), true},
                                  {QStringLiteral("lastError"), QString(hostileText() + secretText())}}}}},
        {QStringLiteral("channelAccounts"), QJsonObject{{QStringLiteral("telegram"), accounts}}},
        {QStringLiteral("channelDefaultAccountId"),
         QJsonObject{{QStringLiteral("telegram"), QStringLiteral("ops")}}},
        {QStringLiteral("statusIssues"), issues}};
}

QJsonObject heartbeat(const QString &status, const QString &field, const QString &text)
{
    return QJsonObject{{QStringLiteral("ts"), QDateTime::currentMSecsSinceEpoch()},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("channel"), QStringLiteral("telegram")},
                       {QStringLiteral("accountId"), QStringLiteral("ops")},
                       {QStringLiteral("to"), QStringLiteral("+15550100")},
                       {field, text}};
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What a terminal would act on: C0 controls other than the line feed ending each line, DEL,
// C1 controls, bidi controls, unpaired surrogates.
QString firstUnsafeCharacter(const QString &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line.at(i).unicode();
        const bool control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
        const bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
                          c == 0x200F || c == 0x061C;
        const bool lone =
            (QChar::isHighSurrogate(c) && !(i + 1 < line.size() && line.at(i + 1).isLowSurrogate())) ||
            (QChar::isLowSurrogate(c) && !(i > 0 && line.at(i - 1).isHighSurrogate()));
        if (control || bidi || lone)
            return QStringLiteral("U+%1 at %2").arg(uint(c), 4, 16, QLatin1Char('0')).arg(i);
    }
    return {};
}

void verifyTerminalText(const QString &text)
{
    QVERIFY(!text.isEmpty());
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        QVERIFY2(!line.trimmed().startsWith(QLatin1String("INJECTED-LINE")), qPrintable(line.left(200)));
        const QString unsafe = firstUnsafeCharacter(line);
        QVERIFY2(unsafe.isEmpty(), qPrintable(unsafe + QStringLiteral(" in: ") + line.left(200)));
        QVERIFY2(line.size() < 4000, qPrintable(QStringLiteral("a line of %1 characters").arg(line.size())));
    }
    for (const QString &line : lines) {
        QVERIFY2(!line.contains(kConsoleToken),
                 qPrintable(QStringLiteral("the console's token in: ") + line.left(300)));
        QVERIFY2(!line.contains(kBotToken),
                 qPrintable(QStringLiteral("the bot token in: ") + line.left(300)));
    }
}

void verifyStringsIn(const QJsonValue &value)
{
    if (value.isString()) {
        const QString unsafe = firstUnsafeCharacter(value.toString().remove(QLatin1Char('\n')));
        // JSON may carry controls (escaped); a lone surrogate it may not.
        QVERIFY2(!unsafe.contains(QLatin1String("U+d8")) && !unsafe.contains(QLatin1String("U+dc")),
                 qPrintable(unsafe));
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            verifyStringsIn(item);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            verifyStringsIn(it.key());
            verifyStringsIn(it.value());
        }
    }
}

void verifyJsonText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // An escaped high surrogate not followed by an escaped low one: what jq refuses.
    static const QRegularExpression loneEscape(QStringLiteral(
        R"(\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<![dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})"));
    const QRegularExpressionMatch lone = loneEscape.match(text);
    QVERIFY2(!lone.hasMatch(), qPrintable(QStringLiteral("lone surrogate escape %1").arg(lone.captured())));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    verifyStringsIn(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
    QVERIFY2(!text.contains(kConsoleToken), "the console's token was printed");
    QVERIFY2(!text.contains(kBotToken), "the bot token was printed");
}

} // namespace

class TestHostileGateway : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedGateway> m_server;

    StatusOptions optionsFor(const QUrl &url) const
    {
        StatusOptions options;
        options.url = url;
        options.token = kConsoleToken;
        options.timeoutSeconds = 10;
        return options;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedGateway>();
        QVERIFY(m_server->listen());
        m_server->onRequest = [this](const sb::gateway::RequestFrame &request) {
            if (request.method == QLatin1String("channels.status")) {
                m_server->respond(request.id, hostileChannelsStatus());
            } else if (request.method == QLatin1String("logs.tail")) {
                m_server->respond(request.id,
                                  QJsonObject{{QStringLiteral("file"), QStringLiteral("/tmp/openclaw.log")},
                                              {QStringLiteral("cursor"), 10},
                                              {QStringLiteral("size"), 10},
                                              {QStringLiteral("lines"), QJsonArray{secretText()}}});
            } else {
                m_server->respond(request.id, QJsonObject());
            }
        };
    }

    void cleanup() { m_server.reset(); }

    void statusPrintsHostileTextHarmlessly()
    {
        const StatusOptions options = optionsFor(m_server->url());
        const StatusReport report = collectStatus(options);
        QVERIFY(report.connected);
        QVERIFY(report.channels);

        QString text;
        QTextStream out(&text);
        printStatusText(report, options, out);
        out.flush();
        QVERIFY(text.contains(QLatin1String("telegram")));
        QVERIFY2(text.contains(QLatin1String("\\x1b[31mRED")), "the escape is shown, escaped");
        // Placeholders in gateway text are text, not columns to fill.
        QVERIFY2(text.contains(QLatin1String("pct%2%9 ")), qPrintable(text.right(3000)));
        QVERIFY(text.contains(QLatin1String("%1%3")));
        verifyTerminalText(text);

        QString json;
        QTextStream jsonOut(&json);
        printStatusJson(report, options, jsonOut);
        jsonOut.flush();
        verifyJsonText(json);
        // JSON carries the whole field: it is for programs, which are not fooled by length.
        QVERIFY(json.contains(QString(kHugeField, QLatin1Char('A'))));
    }

    void watchPrintsHostileTextHarmlessly_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("text") << false;
        QTest::newRow("json lines") << true;
    }

    void watchPrintsHostileTextHarmlessly()
    {
        QFETCH(bool, json);
        WatchOptions options;
        options.status = optionsFor(m_server->url());
        options.status.json = json;
        options.durationSeconds = 2;
        QString text;
        QTextStream out(&text);
        runWatch(options, out);
        out.flush();
        QVERIFY(text.contains(QLatin1String("telegram")));
        if (!json) {
            verifyTerminalText(text);
            return;
        }
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            verifyJsonText(line);
    }

    void historyStoresNoEchoedSecret()
    {
        sb::test::ScratchHome home;
        const QString path = home.filePath(QStringLiteral("history.sqlite"));
        sb::store::History history(path);
        QString error;
        QVERIFY2(history.open(&error), qPrintable(error));
        sb::ingest::GatewaySession::Options session = sessionOptionsFor(optionsFor(m_server->url()));
        session.history = &history;
        session.ingest.logPollMs = 100;
        session.ingest.tickMs = 100;
        auto watch = std::make_unique<sb::ingest::GatewaySession>(session);
        bool caughtUp = false;
        watch->whenCaughtUp([&] { caughtUp = true; });
        watch->start();
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp, 15000);

        history.flush();
        const qint64 before = history.eventCount();
        m_server->sendEvent(QStringLiteral("heartbeat"),
                            heartbeat(QStringLiteral("sent"), QStringLiteral("preview"), secretText()));
        m_server->sendEvent(QStringLiteral("heartbeat"),
                            heartbeat(QStringLiteral("failed"), QStringLiteral("reason"), secretText()));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                history.flush();
                return history.eventCount() >= before + 2;
            }(),
            10000);
        watch->stop();
        history.flush();

        const auto verifyBytes = [&](const char *when) {
            for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
                const QByteArray bytes = fileBytes(file);
                QVERIFY2(
                    !bytes.contains(kConsoleToken.toUtf8()),
                    qPrintable(QStringLiteral("console token in %1 (%2)").arg(file, QLatin1String(when))));
                QVERIFY2(!bytes.contains(kBotToken.toUtf8()),
                         qPrintable(QStringLiteral("bot token in %1 (%2)").arg(file, QLatin1String(when))));
                QVERIFY2(
                    !bytes.contains(QByteArrayLiteral("AAFakeBotTokenForTestsOnly00000000000")),
                    qPrintable(
                        QStringLiteral("bot token secret part in %1 (%2)").arg(file, QLatin1String(when))));
            }
        };
        verifyBytes("open");
        // ...and the texts that carried them were stored, with the secrets taken out.
        QVERIFY(
            QByteArray(fileBytes(path) + fileBytes(path + QStringLiteral("-wal"))).contains("[REDACTED]"));
        watch.reset();
        history.close();
        verifyBytes("closed");
    }
};

QTEST_GUILESS_MAIN(TestHostileGateway)
#include "TestHostileGateway.moc"

// The log table against the lines the real 2026.9.6 gateway wrote (recorded by the
// conformance harness) and against the drill's lines, one case per row.
#include "app/drill/LogBook.h"
#include "app/ingest/LogLineParser.h"
#include "tests/support/TestEnvironment.h"

#include <QFile>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using sb::ChannelEvent;
using sb::EventKind;
using sb::ingest::eventsFromLogLine;
using sb::ingest::parseLogLine;

namespace {

QString drillLine(const QString &subsystem, const QString &message,
                  const QString &level = QStringLiteral("INFO"))
{
    const QDateTime at = QDateTime::fromString(QStringLiteral("2026-02-12T01:55:00+09:00"), Qt::ISODate);
    return QString::fromUtf8(
        sb::drill::LogBook::formatLine(at, QTimeZone("Asia/Tokyo"), level, subsystem, message));
}

sb::ingest::ParsedEvents parse(const QString &jsonLine)
{
    const auto line = parseLogLine(jsonLine);
    if (!line)
        return {};
    return eventsFromLogLine(*line, QStringLiteral("gw"),
                             [](const QString &) { return QStringLiteral("acct"); });
}

struct RowCase
{
    const char *subsystem;
    const char *message;
    const char *rule;
    const char *account;
    EventKind kind;
    int code;
    std::optional<EventKind> then;
    qint64 retryMs;
};

// clang-format off
const RowCase kRowCases[] = {
    {"channels/whatsapp", "WhatsApp Web connection closed (status 440: session conflict). Resolve conflicting WhatsApp Web sessions, then relink.", "whatsapp.closed-conflict", "acct", EventKind::Conflict, 440, std::nullopt, 0},
    {"channels/whatsapp", "WhatsApp Web connection closed (status 428). Reached max retries (12); exiting so you can relink.", "whatsapp.closed-max-retries", "acct", EventKind::RetryBudgetExhausted, 428, std::nullopt, 0},
    {"whatsapp/reconnect", "web reconnect: max attempts reached", "whatsapp.max-attempts", "acct", EventKind::RetryBudgetExhausted, 0, std::nullopt, 0},
    {"channels/whatsapp", "WhatsApp Web connection closed (status 428). Retry 3/12 in 2.16s… (Error: x)", "whatsapp.closed-retry", "acct", EventKind::Disconnected, 428, std::optional<EventKind>(EventKind::ReconnectScheduled), 2160},
    {"channels/whatsapp", "WhatsApp Web watchdog is recovering a stale connection (status 499). Retry 1/12 in 500ms.", "whatsapp.closed-retry", "acct", EventKind::Disconnected, 499, std::optional<EventKind>(EventKind::ReconnectScheduled), 500},
    {"channels/whatsapp", "WhatsApp Web connection closed (status 515).", "whatsapp.closed", "acct", EventKind::Disconnected, 515, std::nullopt, 0},
    {"channels/whatsapp", "WhatsApp session logged out. Run `openclaw channels login --channel whatsapp` to relink.", "whatsapp.logged-out", "acct", EventKind::LoggedOut, 401, std::nullopt, 0},
    {"channels/whatsapp", "[default] WhatsApp Web linked; listening for personal WhatsApp inbound messages.", "whatsapp.linked", "default", EventKind::Linked, 0, std::nullopt, 0},
    {"channels/whatsapp", "Listening for personal WhatsApp inbound messages.", "whatsapp.listening", "acct", EventKind::Connected, 0, std::nullopt, 0},
    {"channels/whatsapp", "[work] web login started; waiting for QR scan", "whatsapp.login-started", "work", EventKind::LinkStarted, 0, std::nullopt, 0},
    {"channels/signal", "Signal connection lost, reconnecting in 9.382s...", "signal.connection-lost", "acct", EventKind::Disconnected, 0, std::optional<EventKind>(EventKind::ReconnectScheduled), 9382},
    {"channels/signal", "Signal daemon rejected the event stream: 403 Forbidden. Check the configured account.", "signal.stream-rejected", "acct", EventKind::Disconnected, 403, std::nullopt, 0},
    {"channels/signal", "Signal stream error: Error: connect ECONNREFUSED 127.0.0.1:9", "signal.stream-error", "acct", EventKind::StatusIssue, 0, std::nullopt, 0},
    {"channels/signal", "[default] Signal SSE stream connected; listening for messages", "signal.stream-connected", "default", EventKind::Connected, 0, std::nullopt, 0},
    {"channels/signal", "[default] signal-cli register: Captcha required for verification", "signal.captcha-required", "default", EventKind::RegistrationProblem, 0, std::nullopt, 0},
    {"channels/telegram", "[default] Call to 'getMe' failed! (401: Unauthorized)", "telegram.401-unauthorized", "default", EventKind::AuthFailed, 401, std::nullopt, 0},
    {"channels/telegram", "getUpdates failed: Call to 'getUpdates' failed! (409: Conflict: terminated by other getUpdates request)", "telegram.409-conflict", "acct", EventKind::Conflict, 409, std::nullopt, 0},
    {"channels/telegram", "telegram deleteWebhook failed: Network request for 'deleteWebhook' failed!", "telegram.network-failure", "acct", EventKind::StatusIssue, 0, std::nullopt, 0},
    {"channels/telegram", "telegram sendMessage failed: Network request for 'sendMessage' failed!", "telegram.send-failed", "acct", EventKind::DeliveryFailed, 0, std::nullopt, 0},
    {"channels/telegram", "[telegram] sendMessage failed", "telegram.send-failed", "acct", EventKind::DeliveryFailed, 0, std::nullopt, 0},
    {"channels/whatsapp", "[default] outbound send to +818012345678 failed: Request failed with status code 503 (Stream Errored)", "any.send-failed", "default", EventKind::DeliveryFailed, 503, std::nullopt, 0},
    {"channels/whatsapp", "[default] heartbeat delivery failed: WhatsApp session logged out", "any.heartbeat-failed", "default", EventKind::DeliveryFailed, 0, std::nullopt, 0},
    {"gateway/channels/whatsapp/outbound", "Sent message 3EB0C7 -> 818011112222@s.whatsapp.net (120ms)", "any.delivered", "acct", EventKind::DeliveryOk, 0, std::nullopt, 0},
    {"channels/whatsapp", "[default] sent test message to +818011112222", "any.delivered", "default", EventKind::DeliveryOk, 0, std::nullopt, 0},
    {"channels/signal", "[default] delivered heartbeat to +818011112222", "any.delivered", "default", EventKind::DeliveryOk, 0, std::nullopt, 0},
    {"channels/signal", "[default] starting provider (+819000000053)", "any.starting-provider", "default", EventKind::Started, 0, std::nullopt, 0},
};
// clang-format on

} // namespace

class TestLogLineParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheTslogRecord()
    {
        const auto line = parseLogLine(drillLine(QStringLiteral("channels/signal"), QStringLiteral("hello")));
        QVERIFY(line);
        QCOMPARE(line->subsystem, QStringLiteral("channels/signal"));
        QCOMPARE(line->message, QStringLiteral("hello"));
        QCOMPARE(line->level, QStringLiteral("INFO"));
        // 01:55 JST is 16:55 UTC the day before.
        QCOMPARE(
            line->at,
            QDateTime::fromString(QStringLiteral("2026-02-11T16:55:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        QVERIFY(!parseLogLine(QStringLiteral("not json")));
        QVERIFY(!parseLogLine(QStringLiteral("{\"time\":\"2026-02-12T00:00:00Z\"}"))); // no _meta
    }

    // Every line the real gateway wrote during the conformance recording: the Signal reconnect
    // loop and the Telegram network failures are recognised, gateway chatter is not.
    void realGatewayLines()
    {
        QFile file(QStringLiteral(SWITCHBOARD_TEST_DATA_DIR "/real-gateway/gateway-log-lines.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int lines = 0, signalLost = 0, signalErrors = 0, telegramNetwork = 0, started = 0;
        while (!file.atEnd()) {
            const QString text = QString::fromUtf8(file.readLine()).trimmed();
            if (text.isEmpty())
                continue;
            ++lines;
            const auto line = parseLogLine(text);
            QVERIFY2(line, qPrintable(text.left(120)));
            const auto parsed = parse(text);
            if (!parsed.rule) {
                QVERIFY2(!line->message.contains(QLatin1String("connection lost")),
                         qPrintable(line->message));
                continue;
            }
            const QString id = QLatin1String(parsed.rule->id);
            if (id == QLatin1String("signal.connection-lost")) {
                ++signalLost;
                QCOMPARE(parsed.events.size(), 2);
                QCOMPARE(parsed.events[0].kind, EventKind::Disconnected);
                QCOMPARE(parsed.events[0].lane.channel, QStringLiteral("signal"));
                QCOMPARE(parsed.events[1].kind, EventKind::ReconnectScheduled);
                QVERIFY(parsed.events[1].retryAfterMs.value_or(0) >= 1000);
                QVERIFY(parsed.events[1].detail.startsWith(QLatin1String("reconnecting in ")));
            } else if (id == QLatin1String("signal.stream-error")) {
                ++signalErrors;
                QVERIFY(parsed.events[0].detail.contains(QLatin1String("ECONNREFUSED")));
            } else if (id == QLatin1String("telegram.network-failure")) {
                ++telegramNetwork;
                QCOMPARE(parsed.events[0].lane.channel, QStringLiteral("telegram"));
                QCOMPARE(parsed.events[0].kind, EventKind::StatusIssue);
            } else if (id == QLatin1String("any.starting-provider")) {
                ++started;
                QCOMPARE(parsed.events[0].lane.accountId,
                         QStringLiteral("default")); // "[default] starting..."
            }
        }
        QVERIFY(lines >= 60);
        QVERIFY(signalLost >= 4);
        QVERIFY(signalErrors >= 4);
        QVERIFY(telegramNetwork >= 4);
        QVERIFY(started >= 2);
    }

    // One case per row of the log table (drill and real gateway share these texts).
    void everyRow()
    {
        QSet<QString> covered;
        for (const RowCase &c : kRowCases) {
            const QString tag = QLatin1String(c.rule);
            const auto parsed = parse(drillLine(QLatin1String(c.subsystem), QString::fromUtf8(c.message)));
            QVERIFY2(parsed.rule, c.rule);
            QCOMPARE(QLatin1String(parsed.rule->id), tag);
            QVERIFY2(!parsed.events.isEmpty(), c.rule);
            const ChannelEvent &first = parsed.events.first();
            QVERIFY2(first.kind == c.kind, c.rule);
            QVERIFY2(first.code.value_or(0) == c.code, c.rule);
            QCOMPARE(first.lane.accountId, QLatin1String(c.account));
            QCOMPARE(first.lane.gatewayId, QStringLiteral("gw"));
            QCOMPARE(first.source, sb::EventSource::LogLine);
            QVERIFY2(!first.detail.isEmpty(), c.rule);
            QCOMPARE(parsed.events.size(), c.then ? 2 : 1);
            if (c.then) {
                QVERIFY2(parsed.events[1].kind == *c.then, c.rule);
                QCOMPARE(parsed.events[1].retryAfterMs.value_or(0), c.retryMs);
            }
            covered.insert(tag);
        }
        for (const auto &rule : sb::ingest::logLineRules())
            QVERIFY2(covered.contains(QLatin1String(rule.id)), rule.id);
    }

    void chatterAndMarkupAreNotEvents()
    {
        QVERIFY(
            !parse(drillLine(QStringLiteral("gateway"), QStringLiteral("starting channels and sidecars...")))
                 .rule);
        // A per-channel phrase from a gateway-wide logger has no lane.
        QVERIFY(parse(drillLine(QStringLiteral("gateway"), QStringLiteral("starting provider")))
                    .events.isEmpty());
        const auto parsed = parse(
            drillLine(QStringLiteral("channels/signal"), QStringLiteral("Signal stream error: <b>bold</b>")));
        QCOMPARE(parsed.events.first().detail, QStringLiteral("<b>bold</b>")); // kept verbatim, shown as text
    }
};

QTEST_GUILESS_MAIN(TestLogLineParser)
#include "TestLogLineParser.moc"

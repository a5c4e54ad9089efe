// One row per classification-table row. The expectations are written from DESIGN §3/§4 and
// reference/operator-needs-and-peers.md §4 (cited per row), not copied from Classification.cpp:
// if the table drifts from the documented semantics, a row here fails.
#include "app/health/Classification.h"

#include <QFile>
#include <QSet>
#include <QTest>

using sb::ChannelEvent;
using sb::EventKind;
using sb::health::ClassContext;

Q_DECLARE_METATYPE(sb::EventKind)
Q_DECLARE_METATYPE(sb::health::ClassContext)

namespace {
QSet<QString> s_coveredRules;
}

class TestClassification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rows_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<EventKind>("kind");
        QTest::addColumn<int>("code"); // 0: no code
        QTest::addColumn<QString>("detail");
        QTest::addColumn<ClassContext>("context");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("state"); // stable state name, or "" for unchanged
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("action");

        const auto wa = QStringLiteral("whatsapp");
        const auto sig = QStringLiteral("signal");
        const auto tg = QStringLiteral("telegram");
        const auto any = ClassContext::Any;
        const auto drop = EventKind::Disconnected;

        // Story 19:08 + DESIGN §4 blocked: "a send failure during probation followed by loss".
        QTest::newRow("whatsapp 503 right after a send on probation: possible ban")
            << wa << drop << 503 << QString() << ClassContext::ProbationAfterSend
            << "whatsapp.503-after-send-on-probation"
            << "blocked" << false << "fail-over";
        // Reference §4.1: 401 loggedOut, "No" retry, "Relink wizard".
        QTest::newRow("whatsapp 401 logged out")
            << wa << drop << 401 << QStringLiteral("Connection Failure (odn)") << any
            << "whatsapp.401-logged-out"
            << "logged-out" << false << "relink";
        // Reference §4.1: 440 connectionReplaced, "No. OpenClaw now stops", red "session conflict".
        QTest::newRow("whatsapp 440 conflict")
            << wa << drop << 440 << QStringLiteral("Stream Errored (conflict)") << any
            << "whatsapp.440-conflict"
            << "conflict" << false << "resolve-conflict";
        // Reference §4.1: 403 forbidden, "Treat as possible ban... Stop automatic retries".
        QTest::newRow("whatsapp 403 forbidden")
            << wa << drop << 403 << QString() << any << "whatsapp.403-forbidden"
            << "blocked" << false << "fail-over";
        // Reference §4.1: 411 multideviceMismatch, "No", "Terminal; user action on the phone".
        QTest::newRow("whatsapp 411 multidevice mismatch")
            << wa << drop << 411 << QString() << any << "whatsapp.411-multidevice-mismatch"
            << "blocked" << false << "relink";
        // Reference §4.1: 408 during login means the QR expired: "restart the wizard with a new QR".
        QTest::newRow("whatsapp 408 QR refs attempts ended")
            << wa << drop << 408 << QStringLiteral("QR refs attempts ended") << ClassContext::Login
            << "whatsapp.408-qr-expired"
            << "" << true << "relink";
        // Reference §4.1: 515 "Expected once right after a QR/pair scan"; hide it during pairing.
        QTest::newRow("whatsapp 515 after pairing")
            << wa << drop << 515 << QStringLiteral("restart required") << ClassContext::Login
            << "whatsapp.515-restart-after-pairing"
            << "" << true << "none";
        // Reference §4.1: 515 at runtime: "Yes, immediately (one restart)".
        QTest::newRow("whatsapp 515 at runtime")
            << wa << drop << 515 << QString() << any << "whatsapp.515-restart-required"
            << "reconnecting" << true << "none";
        // DESIGN §3: "499 is OpenClaw's own watchdog recycle"; §4 reconnecting lists 499.
        QTest::newRow("whatsapp 499 watchdog") << wa << drop << 499 << QStringLiteral("watchdog-timeout")
                                               << any << "whatsapp.499-watchdog-recycle"
                                               << "reconnecting" << true << "none";
        // Reference §4.1: 428 connectionClosed, "creds still valid", "Yes (backoff)".
        QTest::newRow("whatsapp 428 connection closed")
            << wa << drop << 428 << QStringLiteral("Connection Terminated") << any
            << "whatsapp.428-connection-closed"
            << "reconnecting" << true << "none";
        // Reference §4.1: 408 at runtime, "Yes at runtime".
        QTest::newRow("whatsapp 408 timed out")
            << wa << drop << 408 << QStringLiteral("Connection was lost") << any << "whatsapp.408-timed-out"
            << "reconnecting" << true << "none";
        // Reference §4.1: 500 badSession, "Cautious retry, then relink".
        QTest::newRow("whatsapp 500 bad session")
            << wa << drop << 500 << QString() << any << "whatsapp.500-bad-session"
            << "reconnecting" << true << "none";
        // Reference §4.1: 503 unavailableService, "Yes, with longer backoff"; DESIGN §4 reconnecting.
        QTest::newRow("whatsapp 503 unavailable")
            << wa << drop << 503 << QString() << any << "whatsapp.503-unavailable"
            << "reconnecting" << true << "none";
        // Reference §1 #13/#14: "can't link new devices at this time": server-side cooldown.
        QTest::newRow("whatsapp link cooldown")
            << wa << EventKind::StatusIssue << 0 << QStringLiteral("Can't link new devices at this time")
            << any << "whatsapp.link-cooldown"
            << "" << true << "wait";
        // DESIGN §3: 12 attempts, then stops; §4 blocked: "retry budget exhausted".
        QTest::newRow("whatsapp retry budget exhausted")
            << wa << EventKind::RetryBudgetExhausted << 0
            << QStringLiteral(
                   "WhatsApp Web reconnect: max attempts reached (12/12). Stopping web monitoring.")
            << any << "whatsapp.retry-budget-exhausted"
            << "blocked" << false << "restart-channel";

        // Reference §4.2 registration: "Captcha required for verification".
        QTest::newRow("signal captcha required")
            << sig << EventKind::RegistrationProblem << 0
            << QStringLiteral("Captcha required for verification, use --captcha CAPTCHA") << any
            << "signal.captcha-required"
            << "" << false << "solve-captcha";
        // Reference §4.2: 428 ProofRequiredException, "Send-side rate limit needing a captcha".
        QTest::newRow("signal 428 proof required")
            << sig << EventKind::DeliveryFailed << 428 << QString() << any << "signal.428-proof-required"
            << "" << false << "solve-captcha";
        // Reference §4.2: 413/429 RateLimitException, "countdown from Retry-After. Block retries until then".
        QTest::newRow("signal 413 rate limited")
            << sig << EventKind::RegistrationProblem << 413 << QString() << any << "signal.413-rate-limited"
            << "" << true << "wait";
        QTest::newRow("signal 429 rate limited")
            << sig << EventKind::RegistrationProblem << 429 << QString() << any << "signal.429-rate-limited"
            << "" << true << "wait";
        // Reference §4.2: 401/403 AuthorizationFailedException, "Offer the re-register path".
        QTest::newRow("signal 401 authorization failed")
            << sig << EventKind::AuthFailed << 401 << QString() << any << "signal.401-authorization-failed"
            << "logged-out" << false << "re-register";
        QTest::newRow("signal 403 authorization failed")
            << sig << EventKind::AuthFailed << 403 << QStringLiteral("[403] Authorization failed!") << any
            << "signal.403-authorization-failed"
            << "logged-out" << false << "re-register";
        // Reference §4.2: 423 LockedException, "Ask for the PIN".
        QTest::newRow("signal 423 registration lock") << sig << EventKind::RegistrationProblem << 423
                                                      << QString() << any << "signal.423-registration-lock"
                                                      << "" << false << "re-register";
        // Reference §4.2: Signal's 499 is DeprecatedVersionException, "Prompt a signal-cli upgrade".
        QTest::newRow("signal 499 signal-cli too old") << sig << EventKind::RegistrationProblem << 499
                                                       << QString() << any << "signal.499-signal-cli-too-old"
                                                       << "blocked" << false << "upgrade-signal-cli";
        // Protocol notes §6: SSE stops permanently "on HTTP 4xx other than 408/425/429".
        QTest::newRow("signal SSE 408 keeps retrying")
            << sig << drop << 408 << QString() << any << "signal.408-stream-timeout"
            << "reconnecting" << true << "none";
        QTest::newRow("signal SSE 425 keeps retrying")
            << sig << drop << 425 << QString() << any << "signal.425-too-early"
            << "reconnecting" << true << "none";
        QTest::newRow("signal SSE 404 is permanent")
            << sig << drop << 404 << QStringLiteral("Signal daemon rejected the event stream") << any
            << "signal.permanent-4xx"
            << "blocked" << false << "restart-channel";
        // Protocol notes §6: the SSE loop reconnects on any other failure, forever.
        QTest::newRow("signal daemon 502")
            << sig << drop << 502 << QString() << any << "signal.5xx-server-error"
            << "reconnecting" << true << "none";
        // DESIGN §4 reconnecting: "SSE lost".
        QTest::newRow("signal SSE lost")
            << sig << drop << 0 << QStringLiteral("Signal connection lost, reconnecting in 2.258s...") << any
            << "signal.sse-lost"
            << "reconnecting" << true << "none";

        // DESIGN §3/§4: Telegram getMe 401 is a bad token.
        QTest::newRow("telegram getMe 401")
            << tg << EventKind::AuthFailed << 401 << QStringLiteral("Unauthorized") << any
            << "telegram.401-bad-token"
            << "blocked" << false << "check-token";
        // Reference §3.1: "A persistent 409 means another poller holds the token".
        QTest::newRow("telegram 409 another poller")
            << tg << drop << 409 << QStringLiteral("Conflict: terminated by other getUpdates request") << any
            << "telegram.409-conflict"
            << "conflict" << false << "resolve-conflict";
        QTest::newRow("telegram 429 flood wait")
            << tg << EventKind::DeliveryFailed << 429 << QStringLiteral("Too Many Requests: retry after 7")
            << any << "telegram.429-flood-wait"
            << "" << true << "wait";
        // Reference §1 #33 (GFW) and DESIGN §7 (made-up token fails its network calls): transient.
        QTest::newRow("telegram network failure")
            << tg << drop << 0 << QStringLiteral("Network request for 'getMe' failed!") << any
            << "telegram.network-failure"
            << "reconnecting" << true << "none";

        // DESIGN §4, by event kind alone, for any channel.
        QTest::newRow("any retry budget exhausted")
            << QStringLiteral("imessage") << EventKind::RetryBudgetExhausted << 0 << QString() << any
            << "any.retry-budget-exhausted"
            << "blocked" << false << "restart-channel";
        // The real gateway's never-linked WhatsApp account (linked:false, "not linked").
        QTest::newRow("any not linked")
            << wa << EventKind::LoggedOut << 0 << QStringLiteral("not linked") << any << "any.not-linked"
            << "stopped" << false << "link";
        QTest::newRow("any logged out")
            << QStringLiteral("imessage") << EventKind::LoggedOut << 0 << QString() << any << "any.logged-out"
            << "logged-out" << false << "relink";
        QTest::newRow("any conflict")
            << QStringLiteral("imessage") << EventKind::Conflict << 0 << QString() << any << "any.conflict"
            << "conflict" << false << "resolve-conflict";
        QTest::newRow("any auth failed") << QStringLiteral("imessage") << EventKind::AuthFailed << 0
                                         << QString() << any << "any.auth-failed"
                                         << "logged-out" << false << "relink";
        QTest::newRow("any disconnect")
            << tg << drop << 0 << QStringLiteral("stream ended") << any << "any.disconnected"
            << "reconnecting" << true << "none";
        QTest::newRow("any failed send")
            << wa << EventKind::DeliveryFailed << 503 << QString() << any << "any.delivery-failed"
            << "" << true << "none";
    }

    void rows()
    {
        QFETCH(QString, channel);
        QFETCH(EventKind, kind);
        QFETCH(int, code);
        QFETCH(QString, detail);
        QFETCH(ClassContext, context);
        QFETCH(QString, rule);
        QFETCH(QString, state);
        QFETCH(bool, retryable);
        QFETCH(QString, action);

        ChannelEvent event;
        event.lane = {QStringLiteral("gw"), channel, QStringLiteral("default")};
        event.kind = kind;
        if (code != 0)
            event.code = code;
        event.detail = detail;
        const auto verdict = sb::health::classify(event, context);
        QVERIFY(verdict.has_value());
        QCOMPARE(verdict->ruleId(), rule);
        QCOMPARE(verdict->state ? sb::stateName(*verdict->state) : QString(), state);
        QCOMPARE(verdict->retryable, retryable);
        QCOMPARE(sb::actionName(verdict->action), action);
        QVERIFY2(!verdict->reason.text().isEmpty() && !verdict->reason.text().contains(QLatin1String("%1")),
                 qPrintable(verdict->reason.text()));
        s_coveredRules.insert(rule);
    }

    void everyTableRowHasATestRow()
    {
        for (const auto &row : sb::health::classificationTable())
            QVERIFY2(s_coveredRules.contains(QLatin1String(row.id)), row.id);
    }

    void sameCodeMeansDifferentThingsPerChannel()
    {
        // 499 is a harmless watchdog recycle on WhatsApp but "signal-cli too old" on Signal;
        // 428 is a transient close on WhatsApp but a permanent stream rejection on Signal.
        ChannelEvent event;
        event.kind = EventKind::Disconnected;
        event.code = 499;
        event.lane = {QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")};
        QCOMPARE(*sb::health::classify(event)->state, sb::LaneState::Reconnecting);
        event.lane.channel = QStringLiteral("signal");
        QCOMPARE(*sb::health::classify(event)->state, sb::LaneState::Blocked);
        event.code = 428;
        QCOMPARE(*sb::health::classify(event)->state, sb::LaneState::Blocked);
    }

    void waitCarriesRetryAfter()
    {
        ChannelEvent event;
        event.lane = {QStringLiteral("gw"), QStringLiteral("signal"), QStringLiteral("+15550001")};
        event.kind = EventKind::RegistrationProblem;
        event.code = 429;
        event.retryAfterMs = 42000;
        const auto verdict = sb::health::classify(event);
        QCOMPARE(verdict->waitMs, 42000);
        QCOMPARE(sb::actionText(verdict->action, verdict->waitMs),
                 QStringLiteral("Wait 42 s, then try again"));
    }

    void ruleIdsAreUnique()
    {
        QSet<QString> ids;
        for (const auto &row : sb::health::classificationTable()) {
            QVERIFY2(!ids.contains(QLatin1String(row.id)), row.id);
            ids.insert(QLatin1String(row.id));
        }
    }

    // docs/health-model.md carries the table generated from the code between two markers.
    // Regenerate with SWITCHBOARD_UPDATE_DOCS=1 when the table changes.
    void docsMatchTheTable()
    {
        const QString path = QStringLiteral(SWITCHBOARD_SOURCE_DIR "/docs/health-model.md");
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QString text = QString::fromUtf8(file.readAll());
        file.close();
        const QString begin = QStringLiteral("<!-- classification-table:begin -->\n");
        const QString end = QStringLiteral("<!-- classification-table:end -->");
        const qsizetype from = text.indexOf(begin);
        const qsizetype to = text.indexOf(end);
        QVERIFY(from >= 0 && to > from);
        const QString generated = sb::health::classificationMarkdown();
        const QString current = text.mid(from + begin.size(), to - from - begin.size());
        if (current != generated && qEnvironmentVariableIsSet("SWITCHBOARD_UPDATE_DOCS")) {
            text.replace(from + begin.size(), to - from - begin.size(), generated);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text.toUtf8());
            return;
        }
        QCOMPARE(current, generated);
        for (const auto &row : sb::health::classificationTable())
            QVERIFY2(current.contains(QLatin1String(row.id)), row.id);
    }
};

QTEST_GUILESS_MAIN(TestClassification)
#include "TestClassification.moc"

#include "app/platform/Clock.h"
#include "ui/LaneDetailsPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextLayout>
#include <QTimeZone>

using sb::LaneDetailsPanel;
using sb::LaneKey;
using sb::LaneState;
using sb::OperatorAction;

namespace {

constexpr qint64 kMinute = 60 * 1000;
const QTimeZone kJst(9 * 3600);

qint64 jst(int h, int m)
{
    return QDateTime(QDate(2026, 2, 12), QTime(h, m), kJst).toMSecsSinceEpoch();
}

QDateTime jstAt(int h, int m)
{
    return QDateTime::fromMSecsSinceEpoch(jst(h, m), Qt::UTC);
}

// WhatsApp at 19:20 JST on the story's night: logged out since 19:08, the gateway's record
// of the 401, an open incident.
sb::health::LaneFacts loggedOutWhatsApp()
{
    sb::health::LaneFacts facts;
    facts.status.lane = LaneKey{QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")};
    facts.status.state = LaneState::LoggedOut;
    facts.status.since = jst(19, 8);
    facts.status.reason = sb::health::Reason::verbatim(QStringLiteral("session revoked (401)"));
    facts.status.action = OperatorAction::Relink;
    facts.status.lastCode = 401;
    facts.status.lastDisconnectAt = jst(19, 8);

    sb::gateway::AccountSnapshot account;
    account.channel = QStringLiteral("whatsapp");
    account.accountId = QStringLiteral("default");
    account.linked = true;
    account.lastConnectedAt = jstAt(18, 57);
    sb::gateway::DisconnectInfo disconnect;
    disconnect.at = jstAt(19, 8);
    disconnect.status = 401;
    disconnect.error = QStringLiteral("Connection Failure");
    disconnect.loggedOut = true;
    account.lastDisconnect = disconnect;
    account.lastInboundAt = jstAt(19, 5);
    account.lastOutboundAt = jstAt(19, 7);
    account.probe = {{QStringLiteral("bot.canReadAllGroupMessages"), QStringLiteral("false")},
                     {QStringLiteral("elapsedMs"), QStringLiteral("42")},
                     {QStringLiteral("ok"), QStringLiteral("true")}};
    facts.account = account;

    facts.issues.append({QStringLiteral("whatsapp"), QStringLiteral("default"), QStringLiteral("auth"),
                         QStringLiteral("Not linked (no WhatsApp Web session)."),
                         QStringLiteral("Run: openclaw channels login")});

    sb::health::Incident incident;
    incident.id = 7;
    incident.lane = facts.status.lane;
    incident.openedAt = jst(19, 8);
    incident.worstState = LaneState::LoggedOut;
    facts.openIncident = incident;
    return facts;
}

template <typename T = QLabel>
T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

QString rawText(const QWidget &parent, const char *name)
{
    const QLabel *label = child(parent, name);
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

// What the operator reads: gateway text comes wrapped in invisible isolates (FSI…PDI).
QString text(const QWidget &parent, const char *name)
{
    QString shown = rawText(parent, name);
    shown.remove(QChar(0x2068));
    shown.remove(QChar(0x2069));
    return shown;
}

// Where the character at `index` is drawn, left to right, once the text is laid out on one line.
qreal drawnAt(const QLabel &label, const QString &shown, qsizetype index)
{
    QTextLayout layout(shown, label.font());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    return line.cursorToX(int(index));
}

} // namespace

class TestLaneDetailsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyUntilALaneIsSelected()
    {
        sb::ManualClock clock(jstAt(19, 20));
        LaneDetailsPanel panel(clock);
        panel.show();
        QVERIFY(!panel.lane());
        QVERIFY(child(panel, "laneEmptyLabel")->isVisible());
        QCOMPARE(text(panel, "laneEmptyLabel"), QStringLiteral("Select a lane"));
        QVERIFY(!child<QPushButton>(panel, "laneActionButton")->isVisible());

        panel.setFacts(loggedOutWhatsApp());
        QVERIFY(!child(panel, "laneEmptyLabel")->isVisible());
        QVERIFY(child(panel, "laneStateLabel")->isVisible());
        panel.clear();
        QVERIFY(child(panel, "laneEmptyLabel")->isVisible());
        QVERIFY(!panel.lane());
    }

    void showsTheFactsOfAKnownLane()
    {
        sb::ManualClock clock(jstAt(19, 20));
        LaneDetailsPanel panel(clock);
        panel.setTimeZone(kJst);
        panel.setFacts(loggedOutWhatsApp());
        panel.show();

        QCOMPARE(panel.lane()->toString(), QStringLiteral("gw/whatsapp/default"));
        QCOMPARE(text(panel, "laneTitleLabel"), QStringLiteral("gw/whatsapp/default"));
        QCOMPARE(text(panel, "laneStateLabel"),
                 QStringLiteral("logged out since 2026-02-12 19:08:00 UTC+09 (12 min ago)"));
        QCOMPARE(text(panel, "laneReasonLabel"), QStringLiteral("session revoked (401)"));
        QCOMPARE(text(panel, "lastDisconnectLabel"),
                 QStringLiteral("code 401 · Connection Failure · logged out · 12 min ago (2026-02-12 "
                                "19:08:00 UTC+09)"));
        QCOMPARE(text(panel, "authAgeLabel"),
                 QStringLiteral("at least 23 min (connected 2026-02-12 18:57:00 UTC+09)"));
        QCOMPARE(text(panel, "lastInboundLabel"), QStringLiteral("15 min ago (2026-02-12 19:05:00 UTC+09)"));
        QCOMPARE(text(panel, "lastOutboundLabel"), QStringLiteral("13 min ago (2026-02-12 19:07:00 UTC+09)"));
        QCOMPARE(text(panel, "probeLabel"),
                 QStringLiteral("bot.canReadAllGroupMessages: false\nelapsedMs: 42\nok: true"));
        QCOMPARE(text(panel, "statusIssuesLabel"),
                 QStringLiteral(
                     "[auth] Not linked (no WhatsApp Web session).\nFix: Run: openclaw channels login"));
        QCOMPARE(
            text(panel, "incidentLabel"),
            QStringLiteral("#7 opened 12 min ago (2026-02-12 19:08:00 UTC+09), worst state: logged out"));

        // Relative times move with the clock; absolute ones follow the chosen zone.
        clock.advanceMs(60 * kMinute);
        panel.refresh();
        QVERIFY2(text(panel, "laneStateLabel").endsWith(QLatin1String("(1 h 12 min ago)")),
                 qPrintable(text(panel, "laneStateLabel")));
        panel.setTimeZone(QTimeZone(0));
        QVERIFY2(text(panel, "laneStateLabel").contains(QLatin1String("2026-02-12 10:08:00 UTC")),
                 qPrintable(text(panel, "laneStateLabel")));
    }

    void authAgeIsTheGatewaysOrUnknown()
    {
        sb::ManualClock clock(jstAt(19, 20));
        LaneDetailsPanel panel(clock);
        sb::health::LaneFacts facts = loggedOutWhatsApp();
        facts.account->authAgeMs = 90 * kMinute;
        panel.setFacts(facts);
        QCOMPARE(text(panel, "authAgeLabel"), QStringLiteral("1 h 30 min (reported by the gateway)"));

        facts.account->authAgeMs.reset();
        facts.account->linked = false;
        panel.setFacts(facts);
        QCOMPARE(text(panel, "authAgeLabel"), QStringLiteral("not linked"));

        facts.account.reset();
        panel.setFacts(facts);
        QCOMPARE(text(panel, "authAgeLabel"), QStringLiteral("unknown"));
        QCOMPARE(text(panel, "lastInboundLabel"), QStringLiteral("unknown"));
        QCOMPARE(text(panel, "probeLabel"), QStringLiteral("no probe results"));
        // Without the gateway's record the engine's own last disconnect is shown.
        QVERIFY2(text(panel, "lastDisconnectLabel").startsWith(QStringLiteral("code 401 · 12 min ago (")),
                 qPrintable(text(panel, "lastDisconnectLabel")));
    }

    void relinkButtonAppearsAndAsksForTheAction()
    {
        sb::ManualClock clock(jstAt(19, 20));
        LaneDetailsPanel panel(clock);
        panel.show();
        QSignalSpy requested(&panel, &LaneDetailsPanel::actionRequested);
        const sb::health::LaneFacts facts = loggedOutWhatsApp();
        panel.setFacts(facts);

        auto *button = child<QPushButton>(panel, "laneActionButton");
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), facts.status.actionText());
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).value<LaneKey>(), facts.status.lane);
        QCOMPARE(requested.at(0).at(1).value<OperatorAction>(), OperatorAction::Relink);

        // Keyboard: the button is reachable and pressable without a mouse.
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(requested.size(), 2);

        sb::health::LaneFacts healthy = facts;
        healthy.status.state = LaneState::Healthy;
        healthy.status.action = OperatorAction::None;
        panel.setFacts(healthy);
        QVERIFY(!button->isVisible());
    }

    // While the console acts on a lane its buttons wait; the outcome stays with that lane and
    // shows again when it is selected again.
    void actionProgressAndOutcomePerLane()
    {
        sb::ManualClock clock(jstAt(19, 20));
        LaneDetailsPanel panel(clock);
        panel.show();
        QSignalSpy testRequested(&panel, &LaneDetailsPanel::testMessageRequested);
        const sb::health::LaneFacts whatsapp = loggedOutWhatsApp();
        sb::health::LaneFacts signal = whatsapp;
        signal.status.lane.channel = QStringLiteral("signal");
        panel.setFacts(whatsapp);

        auto *testButton = child<QPushButton>(panel, "testMessageButton");
        auto *status = child(panel, "actionStatusLabel");
        QVERIFY(testButton && status);
        QVERIFY(testButton->isEnabled());
        QVERIFY(!status->isVisible());
        QTest::mouseClick(testButton, Qt::LeftButton);
        QCOMPARE(testRequested.size(), 1);
        QCOMPARE(testRequested.at(0).at(0).value<LaneKey>(), whatsapp.status.lane);

        panel.setActionRunning(whatsapp.status.lane, QStringLiteral("sending a test message to +1555"));
        QVERIFY(!testButton->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "laneActionButton")->isEnabled());
        QCOMPARE(text(panel, "actionStatusLabel"), QStringLiteral("sending a test message to +1555…"));
        QCOMPARE(status->textFormat(), Qt::PlainText);

        panel.setFacts(signal); // another lane: nothing running there
        QVERIFY(testButton->isEnabled());
        QVERIFY(!status->isVisible());

        const QString failure = QStringLiteral("<b>not delivered</b>: ECONNREFUSED");
        panel.setActionResult(whatsapp.status.lane, false, failure);
        panel.setFacts(whatsapp);
        QVERIFY(testButton->isEnabled());
        QVERIFY(status->isVisible());
        QCOMPARE(text(panel, "actionStatusLabel"), failure);
    }

    void gatewayTextStaysPlain()
    {
        sb::ManualClock clock(jstAt(19, 20));
        LaneDetailsPanel panel(clock);
        sb::health::LaneFacts facts = loggedOutWhatsApp();
        const QString html =
            QStringLiteral("<b>banned</b> <a href=\"http://x\">appeal</a> &amp; <img src=x>");
        facts.status.reason = sb::health::Reason::verbatim(html);
        facts.issues = {{QStringLiteral("whatsapp"), QStringLiteral("default"), QString(), html, QString()}};
        facts.account->lastDisconnect->error = html;
        panel.setFacts(facts);

        for (const char *name :
             {"laneStateLabel", "laneReasonLabel", "lastDisconnectLabel", "authAgeLabel", "lastInboundLabel",
              "lastOutboundLabel", "probeLabel", "statusIssuesLabel", "incidentLabel", "laneTitleLabel"}) {
            QVERIFY2(child(panel, name), name);
            QCOMPARE(child(panel, name)->textFormat(), Qt::PlainText);
        }
        QCOMPARE(text(panel, "laneReasonLabel"), html);
        QCOMPARE(text(panel, "statusIssuesLabel"), html);
        QVERIFY(text(panel, "lastDisconnectLabel").contains(html));
    }

    // A gateway's bidi override must not reorder what the panel writes after it, and its line
    // breaks must not push a fact over its neighbours.
    void hostileGatewayTextStaysOneIsolatedLine()
    {
        sb::ManualClock clock(jstAt(19, 20));
        LaneDetailsPanel panel(clock);
        panel.show();
        sb::health::LaneFacts facts = loggedOutWhatsApp();
        const QChar rlo(0x202E);
        facts.status.lane.accountId = QStringLiteral("acct\nINJECTED-LINE") + rlo + QStringLiteral("kcatta");
        facts.status.reason = sb::health::Reason::verbatim(QStringLiteral("evil") + rlo +
                                                           QStringLiteral("txet\r\nINJECTED-LINE\x1b[31m"));
        facts.account->lastDisconnect->error =
            QStringLiteral("Connection") + rlo + QStringLiteral(" Failure\nrest");
        facts.issues = {{QStringLiteral("whatsapp"), QStringLiteral("default"), QStringLiteral("auth"),
                         QStringLiteral("line one\nline two") + rlo, QString()}};
        panel.setFacts(facts);
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        for (const char *name :
             {"laneTitleLabel", "laneReasonLabel", "lastDisconnectLabel", "statusIssuesLabel"}) {
            const QString shown = rawText(panel, name);
            QVERIFY2(!shown.contains(QLatin1Char('\n')) && !shown.contains(QLatin1Char('\r')), name);
            QVERIFY2(!shown.contains(rlo), name);
            QVERIFY2(!shown.contains(QLatin1Char('\x1b')), name);
            QVERIFY2(shown.contains(QChar(0x2068)) && shown.contains(QChar(0x2069)), name);
        }
        QVERIFY(rawText(panel, "laneTitleLabel").startsWith(QChar(0x2068)));
        QVERIFY(rawText(panel, "laneTitleLabel").endsWith(QChar(0x2069)));

        // "logged out", written by the panel after the gateway's error, still reads left to right
        // and after it.
        const QLabel *disconnect = child(panel, "lastDisconnectLabel");
        const QString shown = disconnect->text();
        const qsizetype ours = shown.indexOf(QLatin1String("logged out"));
        const qsizetype theirs = shown.indexOf(QLatin1String("Connection"));
        QVERIFY(ours > 0 && theirs > 0);
        QVERIFY2(drawnAt(*disconnect, shown, ours) < drawnAt(*disconnect, shown, ours + 6),
                 qPrintable(shown));
        QVERIFY2(drawnAt(*disconnect, shown, theirs) < drawnAt(*disconnect, shown, ours), qPrintable(shown));
    }
};

QTEST_MAIN(TestLaneDetailsPanel)
#include "TestLaneDetailsPanel.moc"

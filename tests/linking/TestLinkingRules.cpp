// The small rules under the flows: which login sentences mean what (the plugin's own words),
// when a relink carries a ban risk, which accounts a channel has.
#include "app/linking/BanRisk.h"
#include "app/linking/ChannelAccounts.h"
#include "app/linking/LoginAnswer.h"

#include <QJsonDocument>
#include <QTest>

using sb::LaneState;
using sb::linking::LoginAnswer;

namespace {

sb::gateway::WebLoginState answer(const QString &message, const QString &qr = {},
                                  std::optional<bool> connected = {})
{
    sb::gateway::WebLoginState state;
    state.message = message;
    state.qrDataUrl = qr;
    state.connected = connected;
    return state;
}

sb::store::Segment segment(qint64 from, LaneState state)
{
    sb::store::Segment s;
    s.from = from;
    s.state = state;
    return s;
}

constexpr qint64 kMinute = 60 * 1000;

} // namespace

class TestLinkingRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void waitAnswers_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("qr");
        QTest::addColumn<int>("connected"); // -1 unset
        QTest::addColumn<int>("expected");
        const QString png = QStringLiteral("data:image/png;base64,iVBORw0KGgo=");
        QTest::newRow("linked") << QStringLiteral("✅ Linked! WhatsApp is ready.") << QString() << 1
                                << int(LoginAnswer::Linked);
        QTest::newRow("rotated") << QStringLiteral(
                                        "QR refreshed. Scan the latest code in WhatsApp → Linked Devices.")
                                 << png << 0 << int(LoginAnswer::QrRefreshed);
        QTest::newRow("still waiting")
            << QStringLiteral("Still waiting for the QR scan. Let me know when you’ve scanned it.")
            << QString() << 0 << int(LoginAnswer::StillWaiting);
        QTest::newRow("expired") << QStringLiteral("The login QR expired. Ask me to generate a new one.")
                                 << QString() << 0 << int(LoginAnswer::Expired);
        QTest::newRow("none") << QStringLiteral("No active WhatsApp login in progress.") << QString() << 0
                              << int(LoginAnswer::NoActiveLogin);
        QTest::newRow("401") << QStringLiteral("WhatsApp reported the session is logged out. Cleared cached "
                                               "web session; please scan a new QR.")
                             << QString() << 0 << int(LoginAnswer::LoggedOut);
        QTest::newRow("515")
            << QStringLiteral(
                   "WhatsApp asked for a restart after pairing (code 515); waiting for creds to save…")
            << QString() << 0 << int(LoginAnswer::RestartAfterPairing);
        QTest::newRow("440") << QStringLiteral("WhatsApp login failed: Stream Errored (conflict)")
                             << QString() << 0 << int(LoginAnswer::Conflict);
        QTest::newRow("cooldown")
            << QStringLiteral("WhatsApp login failed: Can’t link new devices at this time. Try again later.")
            << QString() << 0 << int(LoginAnswer::Cooldown);
        QTest::newRow("ended") << QStringLiteral("Login ended without a connection.") << QString() << 0
                               << int(LoginAnswer::Failed);
        QTest::newRow("replaced") << QStringLiteral("WhatsApp login was replaced by a newer request.")
                                  << QString() << 0 << int(LoginAnswer::Failed);
    }

    void waitAnswers()
    {
        QFETCH(QString, message);
        QFETCH(QString, qr);
        QFETCH(int, connected);
        QFETCH(int, expected);
        const auto state =
            answer(message, qr, connected < 0 ? std::nullopt : std::optional<bool>(connected == 1));
        QCOMPARE(int(sb::linking::classifyWaitAnswer(state)), expected);
    }

    void startAnswers()
    {
        using sb::linking::classifyStartAnswer;
        QCOMPARE(classifyStartAnswer(answer(QStringLiteral("Scan this QR in WhatsApp → Linked Devices."),
                                            QStringLiteral("data:image/png;base64,AAAA"))),
                 LoginAnswer::Qr);
        // The real gateway offline: ok, a message, no QR.
        QCOMPARE(classifyStartAnswer(answer(QStringLiteral(
                     "WhatsApp login failed: WebSocket Error (connect ECONNREFUSED 127.0.0.1:9)"))),
                 LoginAnswer::Failed);
        QCOMPARE(classifyStartAnswer(answer(QStringLiteral(
                     "WhatsApp is already linked (+1555). Say “relink” if you want a fresh QR."))),
                 LoginAnswer::AlreadyLinked);
        auto unstable =
            answer(QStringLiteral("WhatsApp auth state is still stabilizing. Retry login in a moment."));
        unstable.code = QStringLiteral("whatsapp-auth-unstable");
        QCOMPARE(classifyStartAnswer(unstable), LoginAnswer::AuthUnstable);
    }

    void banRisk()
    {
        const qint64 now = 1000 * kMinute;
        sb::health::LaneStatus lane;
        lane.state = LaneState::LoggedOut;
        // A flap: probation after reconnecting, then a 401. Not a relink.
        QVERIFY(!sb::linking::banRiskBeforeRelink(lane,
                                                  {segment(now - 300 * kMinute, LaneState::Reconnecting),
                                                   segment(now - 290 * kMinute, LaneState::Probation),
                                                   segment(now - 280 * kMinute, LaneState::LoggedOut)},
                                                  now));
        // The story: logged out, relinked (probation), blocked 11 minutes later.
        const QList<sb::store::Segment> story{segment(now - 400 * kMinute, LaneState::LoggedOut),
                                              segment(now - 30 * kMinute, LaneState::Probation),
                                              segment(now - 19 * kMinute, LaneState::Blocked),
                                              segment(now - 5 * kMinute, LaneState::Disabled)};
        const auto risk = sb::linking::banRiskBeforeRelink(lane, story, now);
        QVERIFY(risk);
        QCOMPARE(risk->why, sb::linking::BanRisk::Why::RecentRelinkLost);
        QCOMPARE(risk->at, now - 19 * kMinute);
        QVERIFY(risk->text().contains(QLatin1String("tends to end in another ban")));
        // A day later it no longer weighs.
        QVERIFY(!sb::linking::banRiskBeforeRelink(lane, story, now + 24 * 60 * kMinute));
        lane.state = LaneState::Blocked;
        lane.since = now - kMinute;
        QCOMPARE(sb::linking::banRiskBeforeRelink(lane, {}, now)->why,
                 sb::linking::BanRisk::Why::PossibleBan);
    }

    void accounts()
    {
        const QJsonObject config = QJsonDocument::fromJson(R"({"channels":{"whatsapp":{"enabled":true},
            "telegram":{"botToken":"x","accounts":{"worker":{"botToken":"y","groupPolicy":"open"}}}}})")
                                       .object();
        QCOMPARE(sb::linking::configuredAccounts(config, QStringLiteral("whatsapp")),
                 QStringList{QStringLiteral("default")});
        QCOMPARE(sb::linking::configuredAccounts(config, QStringLiteral("telegram")),
                 (QStringList{QStringLiteral("default"), QStringLiteral("worker")}));
        QVERIFY(!sb::linking::accountConfigured(config, QStringLiteral("whatsapp"), QStringLiteral("ghost")));
        QVERIFY(!sb::linking::accountConfigured(config, QStringLiteral("signal"), QStringLiteral("default")));
        QCOMPARE(sb::linking::effectiveAccountValue(config, QStringLiteral("telegram"),
                                                    QStringLiteral("worker"), QStringLiteral("groupPolicy"))
                     .toString(),
                 QStringLiteral("open"));
        QVERIFY(sb::linking::effectiveAccountValue(config, QStringLiteral("telegram"),
                                                   QStringLiteral("default"), QStringLiteral("groupPolicy"))
                    .isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestLinkingRules)
#include "TestLinkingRules.moc"

// The WhatsApp link / relink flow against the story's drill, every outcome: linked and the
// proof filling, a rotating QR, the offline gateway's failed login, an unknown account, the QR
// countdown on virtual time and the gateway's own expiry, 515, 440, 401, the phone's cooldown,
// cancel, and the ban-risk warning after the 19:08 ban.
#include "app/linking/WhatsAppLinkFlow.h"
#include "app/platform/Clock.h"
#include "tests/linking/LinkingRun.h"

#include <QSignalSpy>

using sb::LaneKey;
using sb::LaneState;
using sb::linking::WhatsAppLinkFlow;
using State = sb::linking::WhatsAppLinkFlow::State;
using sb::test::jst;
using sb::test::LinkingRun;

namespace {

const LaneKey kWhatsApp = sb::test::drillLane("whatsapp");

WhatsAppLinkFlow::Options fastOptions(LinkingRun &run)
{
    WhatsAppLinkFlow::Options options;
    options.waitTimeoutMs = 2000;
    options.tickMs = 50;
    options.history = &run.console->history;
    return options;
}

QList<State> states(const QSignalSpy &spy)
{
    QList<State> seen;
    for (const QList<QVariant> &call : spy)
        seen << call.at(0).value<State>();
    return seen;
}

} // namespace

class TestWhatsAppLinkFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 18:50 of the story: the lane logged out since 12:20. Link, watch the QR rotate, scan:
    // linked, then probation with the proof filling as the story's test messages arrive.
    void linksThenProbationWithProofFilling()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 18, 50)));
        run.setLogin([](auto &o) {
            o.completeAfterMs = -1;
            o.qrRotateMs = 300;
        });
        QCOMPARE(run.console->engine().status(kWhatsApp).state, LaneState::LoggedOut);
        WhatsAppLinkFlow flow(*run.runner, kWhatsApp, fastOptions(run));
        QSignalSpy qrs(&flow, &WhatsAppLinkFlow::qrChanged);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::ShowingQr, 10000);
        QVERIFY(flow.qr().has_value());
        QCOMPARE(flow.qr()->dataUrl, run.webLogin().currentQr());
        QVERIFY(flow.secondsLeft() > 170 && flow.secondsLeft() <= 180);
        QVERIFY(run.runner->isBusy(kWhatsApp));

        // The gateway rotates the code; the flow shows the new one (currentQrDataUrl).
        QTRY_VERIFY_WITH_TIMEOUT(flow.qrGeneration() >= 3, 10000);
        QVERIFY(qrs.count() >= 3);
        QTRY_COMPARE_WITH_TIMEOUT(flow.qr()->dataUrl, run.webLogin().currentQr(), 5000);

        run.webLogin().completeScan();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::Probation, 10000);
        QVERIFY(!run.runner->isBusy(kWhatsApp));
        QVERIFY(!flow.qr().has_value());
        QTRY_COMPARE_WITH_TIMEOUT(run.console->engine().status(kWhatsApp).state, LaneState::Probation, 10000);
        QCOMPARE(flow.proof().deliveries, 0);
        QCOMPARE(flow.proof().deliveriesNeeded, 3);
        QCOMPARE(flow.proof().connectedNeededMs, 15 * 60 * 1000);

        // The story goes on: 18:58 and 19:00 deliveries; the proof page fills.
        QSignalSpy proofs(&flow, &WhatsAppLinkFlow::proofChanged);
        run.drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 19, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(flow.proof().deliveries, 2, 10000);
        QVERIFY(proofs.count() > 0);
        QCOMPARE(flow.state(), State::Probation);
        QVERIFY2(flow.proof().connectedMs >= 4 * 60 * 1000, qPrintable(flow.proof().text()));
        QVERIFY2(flow.proof().text().contains(QLatin1String("of 15 min, 2 of 3 deliveries")),
                 qPrintable(flow.proof().text()));

        const QStringList names = run.actionNames();
        QCOMPARE(names, (QStringList{QStringLiteral("whatsapp.login.start"),
                                     QStringLiteral("whatsapp.login.wait")}));
        QVERIFY2(run.actionLog().at(1).detail.startsWith(QLatin1String("linked")),
                 qPrintable(run.actionLog().at(1).detail));
        QVERIFY(run.console->history.verifyActionLog().intact);
    }

    // A real gateway offline answers ok with only a message: the flow says so, no wait is sent.
    void failedLoginShowsTheGatewaysWords()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 18, 50)));
        run.setLogin([](auto &o) { o.available = false; });
        WhatsAppLinkFlow flow(*run.runner, kWhatsApp, fastOptions(run));
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::Failed, 10000);
        QVERIFY2(flow.message().contains(QLatin1String("getaddrinfo ENOTFOUND web.whatsapp.com")),
                 qPrintable(flow.message()));
        QVERIFY(flow.message().contains(QLatin1String("Check that the gateway host reaches")));
        QCOMPARE(run.webLogin().waitCalls(), 0);
        QVERIFY(!run.runner->isBusy(kWhatsApp));
        QCOMPARE(run.actionNames(), QStringList{QStringLiteral("whatsapp.login.start")});
    }

    void unknownAccountIsRefusedBeforeAnyLogin()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 18, 50)));
        WhatsAppLinkFlow flow(*run.runner, sb::test::drillLane("whatsapp", "ghost"), fastOptions(run));
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::UnknownAccount, 10000);
        QVERIFY(flow.message().contains(QLatin1String("\"ghost\"")));
        QVERIFY(flow.message().contains(QLatin1String("default")));
        QVERIFY(!run.webLogin().active());
        QCOMPARE(run.webLogin().waitCalls(), 0);
        QVERIFY(run.actionLog().isEmpty());
    }

    // The countdown runs on the flow's clock: 180 s of virtual time and the QR is gone; a new one
    // on request.
    void qrExpiresOnTheCountdownAndANewOneComesOnRequest()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 18, 50)));
        run.setLogin([](auto &o) { o.completeAfterMs = -1; });
        sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(jst(12, 18, 50)));
        WhatsAppLinkFlow::Options options = fastOptions(run);
        options.clock = &clock;
        WhatsAppLinkFlow flow(*run.runner, kWhatsApp, options);
        QSignalSpy countdown(&flow, &WhatsAppLinkFlow::countdownChanged);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::ShowingQr, 10000);
        QCOMPARE(flow.secondsLeft(), 180);
        clock.advanceMs(60 * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(!countdown.isEmpty() && countdown.last().at(0).toLongLong() == 120, 5000);
        QCOMPARE(flow.state(), State::ShowingQr);
        clock.advanceMs(120 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::QrExpired, 5000);
        QCOMPARE(flow.secondsLeft(), 0);
        QVERIFY(!run.runner->isBusy(kWhatsApp));
        const int generation = flow.qrGeneration();
        flow.requestNewQr();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::ShowingQr, 10000);
        QCOMPARE(flow.qrGeneration(), generation + 1);
        QCOMPARE(flow.secondsLeft(), 180);
    }

    // The gateway's own expiry: a wait after its login TTL answers "The login QR expired".
    void qrExpiredByTheGateway()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 18, 50)));
        run.setLogin([](auto &o) {
            o.completeAfterMs = -1;
            o.loginTtlMs = 300;
        });
        WhatsAppLinkFlow::Options options = fastOptions(run);
        options.waitTimeoutMs = 500;
        WhatsAppLinkFlow flow(*run.runner, kWhatsApp, options);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::QrExpired, 15000);
        QVERIFY2(flow.message().contains(QLatin1String("The login QR expired")), qPrintable(flow.message()));
        QVERIFY(run.actionLog().last().detail.startsWith(QLatin1String("expired")));
    }

    void restart515IsExpectedAndCarriesOn()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 18, 50)));
        run.setLogin([](auto &o) {
            o.completeAfterMs = 200;
            o.outcome = sb::drill::WebLoginSession::ScanOutcome::RestartThenLink;
            o.restartDelayMs = 500;
        });
        WhatsAppLinkFlow flow(*run.runner, kWhatsApp, fastOptions(run));
        QSignalSpy changes(&flow, &WhatsAppLinkFlow::stateChanged);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::Probation, 10000);
        QVERIFY(states(changes).contains(State::RestartingAfterPairing));
        QVERIFY(states(changes).indexOf(State::RestartingAfterPairing) <
                states(changes).indexOf(State::Probation));
    }

    void outcomesOfTheScan_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("words");
        using Outcome = sb::drill::WebLoginSession::ScanOutcome;
        QTest::newRow("440 conflict") << int(Outcome::Conflict) << int(State::Conflict)
                                      << QStringLiteral("Another WhatsApp Web session took over");
        QTest::newRow("401 logged out") << int(Outcome::LoggedOut) << int(State::LoggedOut)
                                        << QStringLiteral("logged the session out (401)");
        QTest::newRow("cooldown") << int(Outcome::Cooldown) << int(State::Cooldown)
                                  << QStringLiteral("Nothing retries on its own");
        QTest::newRow("failed") << int(Outcome::Fail) << int(State::Failed)
                                << QStringLiteral("Login ended without a connection");
    }

    // Each ends the flow with its own words; none retries by itself.
    void outcomesOfTheScan()
    {
        QFETCH(int, outcome);
        QFETCH(int, expected);
        QFETCH(QString, words);
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 18, 50)));
        run.setLogin([outcome](auto &o) {
            o.completeAfterMs = 200;
            o.outcome = sb::drill::WebLoginSession::ScanOutcome(outcome);
        });
        WhatsAppLinkFlow flow(*run.runner, kWhatsApp, fastOptions(run));
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(int(flow.state()), expected, 10000);
        QVERIFY2(flow.message().contains(words), qPrintable(flow.message()));
        QVERIFY(WhatsAppLinkFlow::isFinal(flow.state()));
        QVERIFY(!run.runner->isBusy(kWhatsApp));
        const int waits = run.webLogin().waitCalls();
        QTest::qWait(500);
        QCOMPARE(run.webLogin().waitCalls(), waits);
        QCOMPARE(run.actionNames().size(), 2);
        QCOMPARE(run.actionLog().last().action, QStringLiteral("whatsapp.login.wait"));
    }

    void phoneCooldownReportedByTheOperator()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 18, 50)));
        run.setLogin([](auto &o) { o.completeAfterMs = -1; });
        WhatsAppLinkFlow flow(*run.runner, kWhatsApp, fastOptions(run));
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::ShowingQr, 10000);
        flow.reportPhoneCooldown();
        QCOMPARE(flow.state(), State::Cooldown);
        QVERIFY(!run.runner->isBusy(kWhatsApp));
        QVERIFY(run.actionLog().last().detail.startsWith(QLatin1String("cooldown")));
    }

    // Cancel at the QR: nothing is asked of the gateway afterwards, the lane is free.
    void cancelLeavesNoLoginRunning()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 18, 50)));
        run.setLogin([](auto &o) {
            o.completeAfterMs = -1;
            o.qrRotateMs = 200;
        });
        WhatsAppLinkFlow flow(*run.runner, kWhatsApp, fastOptions(run));
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::ShowingQr, 10000);
        flow.cancel();
        QCOMPARE(flow.state(), State::Cancelled);
        QVERIFY(!flow.isWaitingForGateway());
        QVERIFY(!run.runner->isBusy(kWhatsApp));
        const int waits = run.webLogin().waitCalls();
        const int generation = flow.qrGeneration();
        QTest::qWait(1000); // several rotations: none is asked for or shown
        QVERIFY(run.webLogin().waitCalls() <= waits + 0);
        QCOMPARE(flow.qrGeneration(), generation);
        QCOMPARE(flow.state(), State::Cancelled);
        QCOMPARE(run.actionLog().last().detail, QStringLiteral("cancelled by the operator"));
    }

    // Cancel while web.login.start is still on its way: the start's action ends, the lane is
    // free, and the late answer (a QR) is not shown.
    void cancelWhileStarting()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 18, 50)));
        run.setLogin([](auto &o) { o.completeAfterMs = -1; });
        run.drill->gateway()->setResponseDelayMs(1500); // every answer 1.5 s late
        WhatsAppLinkFlow flow(*run.runner, kWhatsApp, fastOptions(run));
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::Starting, 10000);
        QVERIFY(run.runner->isBusy(kWhatsApp));
        flow.cancel();
        QCOMPARE(flow.state(), State::Cancelled);
        QVERIFY(!run.runner->isBusy(kWhatsApp));
        QTest::qWait(2500); // the start's answer arrives meanwhile
        QVERIFY(!flow.qr().has_value());
        QCOMPARE(flow.qrGeneration(), 0);
        QCOMPARE(flow.state(), State::Cancelled);
        QCOMPARE(run.actionLog().last().detail, QStringLiteral("cancelled by the operator"));
    }

    // 19:10: the lane was blocked after the 19:08 send failure. Relinking says so first.
    void banRiskWarningBeforeRelinkingABannedNumber()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 19, 10)));
        run.setLogin([](auto &o) { o.completeAfterMs = -1; });
        WhatsAppLinkFlow flow(*run.runner, kWhatsApp, fastOptions(run));
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::BanRiskWarning, 10000);
        QVERIFY(flow.banRisk().has_value());
        QVERIFY2(flow.message().contains(QLatin1String("tends to end in another ban")),
                 qPrintable(flow.message()));
        QVERIFY(!run.webLogin().active());
        QVERIFY(run.actionLog().isEmpty());
        flow.proceedDespiteRisk();
        QTRY_COMPARE_WITH_TIMEOUT(flow.state(), State::ShowingQr, 10000);
        flow.cancel();
    }
};

QTEST_GUILESS_MAIN(TestWhatsAppLinkFlow)
#include "TestWhatsAppLinkFlow.moc"

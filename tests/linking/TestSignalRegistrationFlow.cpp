// Every outcome of the Signal registration and link flows against the drill's signal-cli
// emulator, on the drill's clock: the story's captcha, 403 and re-registration; rate limits
// with a countdown that nothing beats; the rate-limit challenge; invalid captcha, wrong and
// expired codes, the registration lock; a daemon that is not there; a link by QR code. Each
// step is an action on the lane (action log, flag) and ends on the lane's proof of recovery.
#include "app/linking/QrEncode.h"
#include "app/linking/SignalLinkFlow.h"
#include "app/linking/SignalRegistrationFlow.h"
#include "tests/linking/SignalFlowHarness.h"

#include <QSignalSpy>
#include <QTcpServer>

using sb::LaneState;
using sb::linking::SignalLinkFlow;
using sb::linking::SignalRegistrationFlow;
using sb::test::captchaToken;
using sb::test::jst;
using State = SignalRegistrationFlow::State;

namespace {

const QString kNumber = QStringLiteral("+819000000053");

bool reaches(const SignalRegistrationFlow &flow, State state, int timeoutMs = 10000)
{
    const bool reached = QTest::qWaitFor([&flow, state] { return flow.state() == state; }, timeoutMs);
    if (!reached)
        qWarning("flow is %s (%s), expected %s", qPrintable(SignalRegistrationFlow::stateName(flow.state())),
                 qPrintable(flow.message()), qPrintable(SignalRegistrationFlow::stateName(state)));
    return reached;
}

} // namespace

class TestSignalRegistrationFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badInputIsRefusedBeforeAnyCall()
    {
        sb::test::SignalFlowHarness h;
        QVERIFY(h.startAt(jst(13, 0, 21)));
        SignalRegistrationFlow flow(*h.runner, *h.daemon, h.lane);
        QSignalSpy calls(&h.emulator(), &sb::drill::SignalCliEmulator::rpcReceived);
        QVERIFY(flow.registerNumber(QStringLiteral("09000000053")).has_value());
        QVERIFY(flow.submitCaptcha(captchaToken()).has_value()); // nobody asked for one
        QVERIFY(flow.submitCode(QStringLiteral("123456")).has_value());
        QCOMPARE(flow.state(), State::EnterNumber);
        QTest::qWait(100);
        QCOMPARE(calls.size(), 0);
        QVERIFY(h.actionLog().isEmpty());
    }

    // The story: 00:21 captcha required → solved → code → verified → channel started → proven.
    void captchaThenCodeThenProven()
    {
        sb::test::SignalFlowHarness h;
        QVERIFY(h.startAt(jst(13, 0, 21)));
        SignalRegistrationFlow flow(*h.runner, *h.daemon, h.lane);
        QCOMPARE(flow.registerNumber(QStringLiteral("+81 90-0000-0053")), std::nullopt);
        QCOMPARE(flow.state(), State::Registering);
        QVERIFY(h.runner->isBusy(h.lane));
        QVERIFY(reaches(flow, State::CaptchaRequired));
        QCOMPARE(flow.captchaPage(),
                 QUrl(QStringLiteral("https://signalcaptchas.org/registration/generate.html")));
        QVERIFY(flow.message().contains(QLatin1String("Open Signal")));
        QCOMPARE(
            h.emulator().lastParams(QStringLiteral("register")).value(QStringLiteral("account")).toString(),
            kNumber);

        QVERIFY(flow.submitCaptcha(QStringLiteral("not a token")).has_value());
        QCOMPARE(flow.state(), State::CaptchaRequired);
        QCOMPARE(
            flow.submitCaptcha(QStringLiteral(" 'signalcaptcha://") + captchaToken() + QStringLiteral("'\n")),
            std::nullopt);
        QVERIFY(reaches(flow, State::CodeSent));
        QCOMPARE(
            h.emulator().lastParams(QStringLiteral("register")).value(QStringLiteral("captcha")).toString(),
            captchaToken());

        QVERIFY(flow.submitCode(QStringLiteral("12-34")).has_value());
        QCOMPARE(flow.submitCode(QStringLiteral("123 456")), std::nullopt);
        QVERIFY(reaches(flow, State::Proving, 20000));
        const QJsonObject verified = h.emulator().lastParams(QStringLiteral("verify"));
        QCOMPARE(verified.value(QStringLiteral("verificationCode")).toString(), QStringLiteral("123456"));
        QCOMPARE(verified.value(QStringLiteral("account")).toString(), kNumber);
        QVERIFY(!verified.contains(QStringLiteral("pin")));

        // The log: register twice (captcha required, then with the captcha), verify, the
        // channel restart; never the captcha token or the code.
        const QList<sb::store::ActionRecord> log = h.actionLog();
        QStringList actions;
        for (const sb::store::ActionRecord &row : log) {
            actions << row.action;
            QVERIFY2(!row.detail.contains(captchaToken().left(30)), qPrintable(row.detail));
            QVERIFY2(!row.detail.contains(QLatin1String("123456")), qPrintable(row.detail));
        }
        QCOMPARE(actions.mid(0, 3),
                 (QStringList{QStringLiteral("signal.register"), QStringLiteral("signal.register"),
                              QStringLiteral("signal.verify")}));
        QVERIFY(actions.contains(QStringLiteral("channels.restart")));
        QVERIFY(h.console->history.verifyActionLog().intact);

        // The night goes on: the flurry, then the first and consecutive deliveries prove the lane.
        QVERIFY(flow.proof().state != LaneState::Healthy);
        h.advanceTo(jst(13, 1, 30));
        QVERIFY(reaches(flow, State::Proven, 20000));
        QCOMPARE(flow.proof().state, LaneState::Healthy);
        QVERIFY(flow.proof().deliveriesProven >= flow.proof().deliveriesNeeded);
    }

    // 00:24–00:38: Signal answers 403; the flow says why and re-registers.
    void authorizationFailedOffersReregistration()
    {
        sb::test::SignalFlowHarness h;
        QVERIFY(h.startAt(jst(13, 0, 30)));
        SignalRegistrationFlow flow(*h.runner, *h.daemon, h.lane);
        QCOMPARE(flow.registerNumber(kNumber), std::nullopt);
        QVERIFY(reaches(flow, State::AuthorizationFailed));
        QVERIFY(flow.message().contains(QLatin1String("another device")));
        QVERIFY(flow.message().contains(QLatin1String("IP address")));
        QTRY_COMPARE_WITH_TIMEOUT(h.console->engine().status(h.lane).lastCode.value_or(0), 403, 10000);

        h.advanceTo(jst(13, 0, 38, 40)); // the emulator accepts registrations again
        QCOMPARE(flow.reregister(), std::nullopt);
        QVERIFY(reaches(flow, State::CodeSent));
        QCOMPARE(
            h.emulator().lastParams(QStringLiteral("register")).value(QStringLiteral("reregister")).toBool(),
            true);
    }

    void rateLimitCountdownBlocksEveryCall_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("413") << 413;
        QTest::newRow("429") << 429;
    }
    void rateLimitCountdownBlocksEveryCall()
    {
        QFETCH(int, status);
        sb::test::SignalFlowHarness h;
        QVERIFY(h.startAt(jst(13, 0, 21)));
        h.setEmulator({{QStringLiteral("register"), QStringLiteral("rate-limited")},
                       {QStringLiteral("rateLimitStatus"), status},
                       {QStringLiteral("retryAfterSeconds"), 120}});
        SignalRegistrationFlow flow(*h.runner, *h.daemon, h.lane);
        QSignalSpy calls(&h.emulator(), &sb::drill::SignalCliEmulator::rpcReceived);
        QSignalSpy countdown(&flow, &SignalRegistrationFlow::countdownChanged);
        QCOMPARE(flow.registerNumber(kNumber), std::nullopt);
        QVERIFY(reaches(flow, State::RateLimited));
        QVERIFY(flow.message().contains(QString::number(status)));
        QCOMPARE(flow.secondsUntilRetry(), 120);
        QCOMPARE(countdown.last().at(0).toInt(), 120);
        QCOMPARE(calls.size(), 1);

        h.wall.advanceMs(119 * 1000);
        flow.checkTime();
        QCOMPARE(flow.state(), State::RateLimited);
        QCOMPARE(flow.secondsUntilRetry(), 1);
        QVERIFY(flow.registerNumber(kNumber).has_value());
        QVERIFY(flow.reregister().has_value());
        QVERIFY(flow.retry().has_value());
        QTest::qWait(100);
        QCOMPARE(calls.size(), 1); // nothing went out before the countdown ended

        h.wall.advanceMs(1000);
        flow.checkTime();
        QCOMPARE(flow.state(), State::ReadyToRetry);
        QCOMPARE(countdown.last().at(0).toInt(), 0);
        h.setEmulator({{QStringLiteral("register"), QStringLiteral("ok")}});
        QCOMPARE(flow.retry(), std::nullopt);
        QVERIFY(reaches(flow, State::CodeSent));
        QCOMPARE(calls.size(), 2);
    }

    void rateLimitChallengeTakesTheCaptchaPath()
    {
        sb::test::SignalFlowHarness h;
        QVERIFY(h.startAt(jst(13, 0, 21)));
        h.setEmulator({{QStringLiteral("register"), QStringLiteral("challenge")}});
        SignalRegistrationFlow flow(*h.runner, *h.daemon, h.lane);
        QCOMPARE(flow.registerNumber(kNumber), std::nullopt);
        QVERIFY(reaches(flow, State::ChallengeRequired));
        QCOMPARE(flow.captchaPage(),
                 QUrl(QStringLiteral("https://signalcaptchas.org/challenge/generate.html")));
        QCOMPARE(flow.submitCaptcha(QStringLiteral("signalcaptcha://") + captchaToken()), std::nullopt);
        QVERIFY(reaches(flow, State::ReadyToRetry));
        const QJsonObject submitted = h.emulator().lastParams(QStringLiteral("submitRateLimitChallenge"));
        QVERIFY(
            submitted.value(QStringLiteral("challenge")).toString().startsWith(QLatin1String("challenge-")));
        QCOMPARE(submitted.value(QStringLiteral("captcha")).toString(),
                 QStringLiteral("signalcaptcha://") + captchaToken());
        QCOMPARE(submitted.value(QStringLiteral("account")).toString(), kNumber);
        QCOMPARE(h.actionLog().last().action, QStringLiteral("signal.challenge"));
    }

    void invalidCaptcha()
    {
        sb::test::SignalFlowHarness h;
        QVERIFY(h.startAt(jst(13, 0, 21)));
        h.setEmulator({{QStringLiteral("register"), QStringLiteral("invalid-captcha")}});
        SignalRegistrationFlow flow(*h.runner, *h.daemon, h.lane);
        QCOMPARE(flow.registerNumber(kNumber), std::nullopt);
        QVERIFY(reaches(flow, State::CaptchaRequired));
        QCOMPARE(flow.submitCaptcha(captchaToken()), std::nullopt);
        QVERIFY(reaches(flow, State::InvalidCaptcha));
        QVERIFY(flow.message().contains(QLatin1String("fresh one")));
        QCOMPARE(flow.submitCaptcha(captchaToken()), std::nullopt); // may try again with a new one
    }

    void wrongExpiredCodeAndRegistrationLock()
    {
        sb::test::SignalFlowHarness h;
        QVERIFY(h.startAt(jst(13, 0, 21)));
        h.setEmulator({{QStringLiteral("register"), QStringLiteral("ok")},
                       {QStringLiteral("verificationCode"), QStringLiteral("246810")},
                       {QStringLiteral("registrationLockPin"), QStringLiteral("4711")}});
        SignalRegistrationFlow flow(*h.runner, *h.daemon, h.lane);
        QCOMPARE(flow.registerNumber(kNumber), std::nullopt);
        QVERIFY(reaches(flow, State::CodeSent));

        QCOMPARE(flow.submitCode(QStringLiteral("111-111")), std::nullopt);
        QVERIFY(reaches(flow, State::WrongCode));
        QVERIFY(flow.message().contains(QLatin1String("not the code")));

        QCOMPARE(flow.submitCode(QStringLiteral("246-810")), std::nullopt);
        QVERIFY(reaches(flow, State::PinRequired));
        QVERIFY(flow.message().contains(QLatin1String("registration lock")));
        QCOMPARE(flow.submitPin(QStringLiteral("0000")), std::nullopt);
        QVERIFY(reaches(flow, State::PinIncorrect));
        QCOMPARE(flow.submitPin(QStringLiteral("4711")), std::nullopt);
        QVERIFY(reaches(flow, State::Proving, 20000));
        QCOMPARE(h.emulator().lastParams(QStringLiteral("verify")).value(QStringLiteral("pin")).toString(),
                 QStringLiteral("4711"));

        SignalRegistrationFlow late(*h.runner, *h.daemon, h.lane);
        h.setEmulator({{QStringLiteral("verify"), QStringLiteral("expired")}});
        QTRY_VERIFY_WITH_TIMEOUT(!h.runner->isBusy(h.lane), 20000);
        QCOMPARE(late.registerNumber(kNumber), std::nullopt);
        QVERIFY(reaches(late, State::CodeSent));
        QCOMPARE(late.submitCode(QStringLiteral("246810")), std::nullopt);
        QVERIFY(reaches(late, State::CodeExpired));
        QVERIFY(late.message().contains(QLatin1String("expired")));
    }

    void daemonNotRunning()
    {
        sb::test::SignalFlowHarness h;
        QVERIFY(h.startAt(jst(13, 0, 21)));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 dead = probe.serverPort();
        probe.close();
        sb::linking::signalcli::SignalCliClient::Options options;
        options.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(dead));
        options.rpcTimeoutMs = 2000;
        sb::linking::signalcli::SignalCliClient daemon(options);
        SignalRegistrationFlow flow(*h.runner, daemon, h.lane);
        QCOMPARE(flow.registerNumber(kNumber), std::nullopt);
        QVERIFY(reaches(flow, State::DaemonUnavailable, 5000));
        QVERIFY(flow.message().contains(QLatin1String("not running")));
        QVERIFY(!h.runner->isBusy(h.lane));
    }

    // A wizard closed while signal-cli has not answered must not leave the lane busy.
    void closingMidCallFreesTheLane()
    {
        sb::test::SignalFlowHarness h;
        QVERIFY(h.startAt(jst(13, 0, 21)));
        auto flow = std::make_unique<SignalRegistrationFlow>(*h.runner, *h.daemon, h.lane);
        QCOMPARE(flow->registerNumber(kNumber), std::nullopt);
        QVERIFY(h.runner->isBusy(h.lane));
        flow.reset();
        QVERIFY(!h.runner->isBusy(h.lane));
        QVERIFY(h.actionLog().last().detail.contains(QLatin1String("abandoned")));

        auto link = std::make_unique<SignalLinkFlow>(*h.runner, *h.daemon, h.lane);
        QCOMPARE(link->start(), std::nullopt);
        QVERIFY(h.runner->isBusy(h.lane));
        link.reset();
        QVERIFY(!h.runner->isBusy(h.lane));
    }

    // Link as a secondary device: the URI becomes a QR code a real decoder reads back.
    void linkByQrCode()
    {
        sb::test::SignalFlowHarness h;
        QVERIFY(h.startAt(jst(13, 0, 21)));
        SignalLinkFlow flow(*h.runner, *h.daemon, h.lane);
        QSignalSpy states(&flow, &SignalLinkFlow::stateChanged);
        QCOMPARE(flow.start(QStringLiteral("switchboard")), std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(flow.state() == SignalLinkFlow::State::Proving, 20000);
        QList<SignalLinkFlow::State> seen;
        for (const QList<QVariant> &s : std::as_const(states))
            seen << s.at(0).value<SignalLinkFlow::State>();
        QVERIFY(seen.contains(SignalLinkFlow::State::ShowingCode));
        QVERIFY(flow.deviceLinkUri().startsWith(QLatin1String("sgnl://linkdevice?uuid=")));
        const QJsonObject finished = h.emulator().lastParams(QStringLiteral("finishLink"));
        QCOMPARE(finished.value(QStringLiteral("deviceLinkUri")).toString(), flow.deviceLinkUri());
        QCOMPARE(finished.value(QStringLiteral("deviceName")).toString(), QStringLiteral("switchboard"));
        QCOMPARE(h.actionLog().first().action, QStringLiteral("signal.link"));
    }
};

QTEST_GUILESS_MAIN(TestSignalRegistrationFlow)
#include "TestSignalRegistrationFlow.moc"

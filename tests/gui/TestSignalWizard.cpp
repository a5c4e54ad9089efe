// The Signal wizard through the story's Signal night from the drill: 00:21 captcha required
// (the captcha page opened, the token pasted), 00:24 Signal answers 403 (the wizard says why and
// offers re-registration), 00:38 re-registered, the code entered, the channel started, and from
// 00:53 the deliveries prove the lane. And a rate limit's countdown, with nothing to click
// before it ends.
#include "app/drill/SignalCliEmulator.h"
#include "app/linking/SignalRegistrationFlow.h"
#include "tests/linking/SignalFlowHarness.h"
#include "tests/support/Screenshot.h"
#include "ui/wizards/SignalWizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using sb::test::jst;

namespace {

template <typename T>
T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no widget named %s", name);
    return widget;
}

} // namespace

class TestSignalWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storySignalNight()
    {
        sb::test::SignalFlowHarness h;
        QVERIFY(h.startAt(jst(13, 0, 21)));
        sb::SignalWizard wizard(*h.runner, h.lane);
        QList<QUrl> opened;
        wizard.setUrlOpener([&opened](const QUrl &url) { opened << url; });
        wizard.show();
        auto *number = child<QLineEdit>(wizard, "signalNumber");
        auto *daemon = child<QLineEdit>(wizard, "signalDaemonUrl");
        auto *message = child<QLabel>(wizard, "signalMessage");
        QVERIFY(number && daemon && message);
        // Both from the gateway's config.
        QTRY_COMPARE_WITH_TIMEOUT(number->text(), QStringLiteral("+819000000053"), 10000);
        QCOMPARE(daemon->text(), h.drill->signalBaseUrl());
        QCOMPARE(message->textFormat(), Qt::PlainText);

        // 00:21 captcha required.
        auto *captchaPage = child<QPushButton>(wizard, "signalOpenCaptcha");
        auto *token = child<QLineEdit>(wizard, "signalCaptchaToken");
        QVERIFY(captchaPage && token);
        QVERIFY(!captchaPage->isVisible());
        QTest::mouseClick(child<QPushButton>(wizard, "signalRegister"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(captchaPage->isVisible(), 10000);
        QVERIFY(message->text().contains(QLatin1String("captcha")));
        // The code row (labels included) belongs to the code page only.
        auto *codeRow = child<QWidget>(wizard, "signalCodeRow");
        QVERIFY(codeRow && !codeRow->isVisible());
        sb::test::saveScreenshot(&wizard, QStringLiteral("signal-captcha"), QSize(640, 420));
        QTest::mouseClick(captchaPage, Qt::LeftButton);
        QCOMPARE(opened,
                 QList<QUrl>{QUrl(QStringLiteral("https://signalcaptchas.org/registration/generate.html"))});

        // A pasted token that is not one is refused on the spot.
        token->setText(QStringLiteral("hello"));
        QTest::mouseClick(child<QPushButton>(wizard, "signalSubmitCaptcha"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(wizard, "signalRefusal")->text().isEmpty());

        // 00:24: the captcha solved, and Signal answers 403.
        h.advanceTo(jst(13, 0, 24, 30));
        token->setText(QStringLiteral("'signalcaptcha://") + sb::test::captchaToken() + QStringLiteral("'"));
        QTest::mouseClick(child<QPushButton>(wizard, "signalSubmitCaptcha"), Qt::LeftButton);
        auto *reregister = child<QPushButton>(wizard, "signalReregister");
        QTRY_VERIFY_WITH_TIMEOUT(reregister->isVisible(), 10000);
        QVERIFY2(message->text().contains(QLatin1String("another device")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QLatin1String("IP address")));

        // 00:38:40 re-registered; the code; the channel started again, on probation.
        h.advanceTo(jst(13, 0, 38, 45));
        QTest::mouseClick(reregister, Qt::LeftButton);
        auto *code = child<QLineEdit>(wizard, "signalCode");
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible(), 10000);
        QCOMPARE(
            h.emulator().lastParams(QStringLiteral("register")).value(QStringLiteral("reregister")).toBool(),
            true);
        code->setText(QStringLiteral("123 456"));
        QTest::mouseClick(child<QPushButton>(wizard, "signalVerify"), Qt::LeftButton);
        auto *proof = child<QLabel>(wizard, "signalProof");
        QTRY_VERIFY_WITH_TIMEOUT(proof->isVisible(), 20000);
        QVERIFY2(proof->text().startsWith(QLatin1String("On probation")), qPrintable(proof->text()));

        // 00:39–00:53 the flurry, then the deliveries: proven.
        h.advanceTo(jst(13, 1, 10));
        QTRY_VERIFY_WITH_TIMEOUT(proof->text().startsWith(QLatin1String("Proven")), 20000);
        QCOMPARE(wizard.registration()->state(), sb::linking::SignalRegistrationFlow::State::Proven);
        QVERIFY(!codeRow->isVisible());
        QVERIFY2(proof->text().contains(QLatin1String("15 of 15 min, 3 of 3 deliveries")),
                 qPrintable(proof->text()));
        sb::test::saveScreenshot(&wizard, QStringLiteral("signal-proven"), QSize(640, 420));
    }

    void rateLimitCountdown()
    {
        sb::test::SignalFlowHarness h;
        QVERIFY(h.startAt(jst(13, 0, 21)));
        h.setEmulator({{QStringLiteral("register"), QStringLiteral("rate-limited")},
                       {QStringLiteral("rateLimitStatus"), 413},
                       {QStringLiteral("retryAfterSeconds"), 90}});
        sb::SignalWizard wizard(*h.runner, h.lane);
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLineEdit>(wizard, "signalNumber")->text().isEmpty(), 10000);
        auto *registerButton = child<QPushButton>(wizard, "signalRegister");
        QTest::mouseClick(registerButton, Qt::LeftButton);
        auto *countdown = child<QLabel>(wizard, "signalCountdown");
        auto *retry = child<QPushButton>(wizard, "signalRetry");
        QTRY_VERIFY_WITH_TIMEOUT(countdown->isVisible(), 10000);
        QVERIFY2(countdown->text().contains(QLatin1String("90 s")), qPrintable(countdown->text()));
        QVERIFY(!retry->isEnabled());
        QVERIFY(!registerButton->isEnabled());
        sb::test::saveScreenshot(&wizard, QStringLiteral("signal-rate-limit"), QSize(640, 420));

        h.wall.advanceMs(90 * 1000);
        QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 5000); // the flow's 1 s tick reads the clock
        h.setEmulator({{QStringLiteral("register"), QStringLiteral("ok")}});
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(wizard, "signalCode")->isVisible(), 10000);
    }
};

QTEST_MAIN(TestSignalWizard)
#include "TestSignalWizard.moc"

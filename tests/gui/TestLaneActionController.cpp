// The lane panel's buttons end to end against the story's drill: Send Test Message opens its
// dialog, refuses a typo, sends to the right recipient and reports the delivery in the panel;
// the recipient is offered again next time; an action the console does not run yet answers
// with the command to run by hand.
#include "app/actions/ActionRunner.h"
#include "app/actions/LaneActions.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/health/HealthEngine.h"
#include "app/health/LaneFacts.h"
#include "app/platform/Settings.h"
#include "tests/ingest/StoryRun.h"
#include "tests/support/TestEnvironment.h"
#include "ui/LaneActionController.h"
#include "ui/LaneDetailsPanel.h"
#include "ui/TestMessageDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace sb {

namespace {

const LaneKey kWhatsApp{QStringLiteral("drill"), QStringLiteral("whatsapp"), QStringLiteral("default")};

} // namespace

class TestLaneActionController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testMessageFromThePanel()
    {
        test::ScratchHome home;
        Settings settings(home.filePath(QStringLiteral("switchboard.ini")));
        drill::DrillSession::Options options;
        options.speed = 1;
        options.autoPlay = false;
        QString error;
        auto drill = drill::DrillSession::start(options, &error);
        QVERIFY2(drill, qPrintable(error));
        drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(test::jst(12, 19, 1)));
        test::ConsoleSession console(*drill, home.filePath(QStringLiteral("history.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(console.session->isCaughtUp(), 20000);

        QWidget window;
        auto *panel = new LaneDetailsPanel(console.session->clock(), &window);
        auto *runner = new actions::ActionRunner(*console.session, &console.history, QStringLiteral("tester"),
                                                 console.session.get());
        auto *laneActions = new actions::LaneActions(*runner, runner);
        auto *controller = new LaneActionController(*laneActions, *panel, settings, &window);
        QSignalSpy status(controller, &LaneActionController::statusMessage);
        window.show();
        health::LaneFacts facts;
        facts.status = console.engine().status(kWhatsApp);
        panel->setFacts(facts);
        QCOMPARE(facts.status.deliveriesProven, 2);

        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("testMessageButton")),
                          Qt::LeftButton);
        TestMessageDialog *dialog = controller->testMessageDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *to = dialog->findChild<QLineEdit *>(QStringLiteral("recipientLineEdit"));
        auto *send = dialog->findChild<QPushButton *>(QStringLiteral("sendTestMessageButton"));
        QCOMPARE(to->placeholderText(), QStringLiteral("+15555550100"));
        QVERIFY(!send->isEnabled());
        QTest::keyClicks(to, QStringLiteral("819012345678")); // no +: not E.164
        QVERIFY(!send->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("recipientProblemLabel"))
                    ->text()
                    .contains(QLatin1String("E.164")));
        QTest::keyClick(to, Qt::Key_Return); // Enter with a typo keeps the dialog open
        QVERIFY(dialog->isVisible());
        to->setCursorPosition(0);
        QTest::keyClicks(to, QStringLiteral("+"));
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);

        auto *result = panel->findChild<QLabel *>(QStringLiteral("actionStatusLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(
            result->text().contains(QLatin1String("delivered the test message to +819012345678")), 10000);
        QVERIFY(!status.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(console.engine().status(kWhatsApp).deliveriesProven, 3, 10000);
        QCOMPARE(settings.testRecipient(kWhatsApp.toString()), QStringLiteral("+819012345678"));

        // Next time the recipient is offered again.
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("testMessageButton")),
                          Qt::LeftButton);
        QVERIFY(controller->testMessageDialog());
        QCOMPARE(controller->testMessageDialog()
                     ->findChild<QLineEdit *>(QStringLiteral("recipientLineEdit"))
                     ->text(),
                 QStringLiteral("+819012345678"));
        controller->testMessageDialog()->reject();

        // A relink is not a console flow yet: the panel gives the command to run instead.
        facts.status.action = OperatorAction::Relink;
        panel->setFacts(facts);
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("laneActionButton")),
                          Qt::LeftButton);
        QVERIFY2(result->text().contains(
                     QLatin1String("openclaw channels login --channel whatsapp --account default")),
                 qPrintable(result->text()));
    }
};

} // namespace sb

QTEST_MAIN(sb::TestLaneActionController)
#include "TestLaneActionController.moc"

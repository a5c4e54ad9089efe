// The linking views against the story's drill, driven by objectName: the WhatsApp wizard from
// 18:50 to linked (the QR on screen at >= 264 px scans to the drill's code), then the lane on
// probation with the proof page filling as the story's test messages arrive; the phone's
// cooldown (the drill's knob) ending on a page that says to wait, with nothing retrying; the
// Telegram wizard refusing a bad token and showing the bot; the Pairing panel approving the
// 19:20 operator request with a desktop notification for a new one.
#include "app/actions/LaneActions.h"
#include "app/drill/DrillWorld.h"
#include "app/platform/MemorySecretStore.h"
#include "app/platform/Settings.h"
#include "models/PairingRequestsModel.h"
#include "tests/linking/LinkingRun.h"
#include "tests/linking/QrScan.h"
#include "tests/support/Screenshot.h"
#include "ui/LaneActionController.h"
#include "ui/LaneDetailsPanel.h"
#include "ui/wizards/LinkingController.h"
#include "ui/wizards/PairingPanel.h"
#include "ui/wizards/TelegramSetupWizard.h"
#include "ui/wizards/WhatsAppLinkWizard.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimeZone>

using sb::LaneKey;
using sb::test::jst;
using sb::test::LinkingRun;

namespace {

struct Gui
{
    LinkingRun run;
    std::unique_ptr<sb::actions::LaneActions> actions;
    sb::MemorySecretStore secrets;
    std::unique_ptr<sb::Settings> settings;
    std::unique_ptr<sb::LinkingController> linking;
    QStringList notifications;

    bool startAt(qint64 at)
    {
        if (!run.startAt(at))
            return false;
        actions = std::make_unique<sb::actions::LaneActions>(*run.runner);
        settings = std::make_unique<sb::Settings>(run.dir.filePath(QStringLiteral("switchboard.ini")));
        linking = std::make_unique<sb::LinkingController>(*actions, secrets, *settings, &run.console->history,
                                                          nullptr);
        linking->setNotifier(
            [this](const QString &title, const QString &body) { notifications << title + u':' + body; });
        return true;
    }
};

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

} // namespace

class TestLinkingWizards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whatsappWizardFrom1850ToLinkedWithTheProofFilling()
    {
        Gui gui;
        QVERIFY(gui.startAt(jst(12, 18, 50)));
        auto options = gui.run.webLogin().options();
        options.completeAfterMs = -1;
        gui.run.webLogin().setOptions(options);

        QElapsedTimer toQr;
        toQr.start();
        sb::WhatsAppLinkWizard *wizard = gui.linking->openWhatsAppLink(sb::test::drillLane("whatsapp"));
        QVERIFY(wizard);
        const sb::linking::WhatsAppLinkFlow &flow = wizard->flow();
        QCOMPARE(wizard->currentId(), int(sb::WhatsAppLinkWizard::IntroPage));
        wizard->next(); // "Next": the flow starts
        auto *qr = child<QLabel>(wizard, "qrImage");
        QVERIFY(qr);
        QTRY_VERIFY2_WITH_TIMEOUT(
            !qr->pixmap().isNull(),
            qPrintable(sb::linking::WhatsAppLinkFlow::stateName(flow.state()) + u' ' + flow.message()),
            10000);
        qInfo("Link… to QR on screen against the drill: %lld ms", toQr.elapsed());
        QCOMPARE(wizard->currentId(), int(sb::WhatsAppLinkWizard::QrPage));
        QVERIFY(qr->pixmap().width() >= sb::WhatsAppLinkWizard::kMinimumQrPixels);
        QVERIFY(!qr->accessibleName().isEmpty());
        QVERIFY(child<QLabel>(wizard, "qrTextAlternative")
                    ->text()
                    .contains(QLatin1String("switchboardctl relink")));
        QVERIFY2(child<QLabel>(wizard, "qrCountdown")->text().startsWith(QLatin1String("Valid for")),
                 qPrintable(child<QLabel>(wizard, "qrCountdown")->text()));
        sb::test::saveScreenshot(wizard, QStringLiteral("whatsapp-link-qr"), QSize(620, 640));
        if (sb::test::haveZbar()) {
            const QString shown = sb::test::scanQr(qr->pixmap().toImage());
            QVERIFY(shown.startsWith(QLatin1String("2@")));
            QImage drill;
            const QString url = gui.run.webLogin().currentQr();
            QVERIFY(drill.loadFromData(QByteArray::fromBase64(url.mid(url.indexOf(u',') + 1).toLatin1())));
            QCOMPARE(shown, sb::test::scanQr(drill.scaled(drill.width() * 2, drill.height() * 2)));
        }

        gui.run.webLogin().completeScan();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(sb::WhatsAppLinkWizard::ResultPage), 10000);
        QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Linked — on probation"));
        auto *deliveries = child<QProgressBar>(wizard, "proofDeliveries");
        auto *connected = child<QProgressBar>(wizard, "proofConnected");
        QVERIFY(deliveries && connected);
        QVERIFY(!deliveries->isHidden());
        QCOMPARE(deliveries->maximum(), 3);
        QCOMPARE(connected->maximum(), 15);
        QVERIFY(!child<QPushButton>(wizard, "sendTestButton")->isHidden());

        gui.run.drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 19, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(deliveries->value(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(connected->value() >= 4, 10000);
        QVERIFY2(child<QLabel>(wizard, "proofText")->text().contains(QLatin1String("2 of 3 deliveries")),
                 qPrintable(child<QLabel>(wizard, "proofText")->text()));
        sb::test::saveScreenshot(wizard, QStringLiteral("whatsapp-link-proof"), QSize(620, 520));

        // Send Test Message from the proof page: the third delivery.
        QTest::mouseClick(child<QPushButton>(wizard, "sendTestButton"), Qt::LeftButton);
        QDialog *dialog = nullptr;
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (window->objectName() == QLatin1String("testMessageDialog"))
                dialog = qobject_cast<QDialog *>(window);
        }
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "recipientLineEdit")->setText(QStringLiteral("+818011112222"));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(deliveries->value(), 3, 10000);
        QCOMPARE(gui.run.actionLog().last().action, QStringLiteral("send.test"));
        wizard->close();
    }

    // The drill's cooldown knob: the scan answers "can't link new devices at this time". The
    // last page says to wait, offers no retry, and nothing asks the gateway again.
    void whatsappWizardCooldownSaysWait()
    {
        Gui gui;
        QVERIFY(gui.startAt(jst(12, 18, 50)));
        auto options = gui.run.webLogin().options();
        options.completeAfterMs = -1;
        options.outcome = sb::drill::WebLoginSession::ScanOutcome::Cooldown;
        gui.run.webLogin().setOptions(options);
        sb::WhatsAppLinkWizard *wizard = gui.linking->openWhatsAppLink(sb::test::drillLane("whatsapp"));
        wizard->next();
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(wizard, "qrImage")->pixmap().isNull(), 10000);
        gui.run.webLogin().completeScan();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(sb::WhatsAppLinkWizard::ResultPage), 10000);
        QCOMPARE(wizard->flow().state(), sb::linking::WhatsAppLinkFlow::State::Cooldown);
        QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Not linked — wait before trying again"));
        QVERIFY(child<QProgressBar>(wizard, "proofDeliveries")->isHidden());
        QVERIFY(child<QPushButton>(wizard, "sendTestButton")->isHidden());
        QVERIFY(child<QPushButton>(wizard, "retryButton")->isHidden()); // no "try again" to press
        const QString words = child<QLabel>(wizard, "resultText")->text();
        QVERIFY2(words.contains(QLatin1String("link new devices right now")) &&
                     words.contains(QLatin1String("Nothing retries on its own")),
                 qPrintable(words));
        sb::test::saveScreenshot(wizard, QStringLiteral("whatsapp-link-cooldown"), QSize(620, 300));
        const int waits = gui.run.webLogin().waitCalls();
        QTest::qWait(500);
        QCOMPARE(gui.run.webLogin().waitCalls(), waits);
        wizard->close();
    }

    // The lane panel's recommended action opens the wizards instead of the manual step.
    void lanePanelActionsOpenTheWizards()
    {
        Gui gui;
        QVERIFY(gui.startAt(jst(12, 18, 50)));
        sb::LaneDetailsPanel panel(gui.run.console->session->clock());
        auto *controller = new sb::LaneActionController(*gui.actions, panel, *gui.settings, nullptr);
        controller->setLinking(gui.linking.get());
        Q_EMIT panel.actionRequested(sb::test::drillLane("whatsapp"), sb::OperatorAction::Relink);
        Q_EMIT panel.actionRequested(sb::test::drillLane("telegram"), sb::OperatorAction::CheckToken);
        QStringList open;
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (window->isVisible() && window->objectName().endsWith(QLatin1String("Wizard"))) {
                open << window->objectName();
                window->close();
            }
        }
        open.sort();
        QCOMPARE(open,
                 (QStringList{QStringLiteral("telegramSetupWizard"), QStringLiteral("whatsAppLinkWizard")}));
    }

    void telegramWizardRefusesABadTokenThenShowsTheBot()
    {
        Gui gui;
        QVERIFY(gui.startAt(jst(12, 19, 16)));
        sb::TelegramSetupWizard *wizard = gui.linking->openTelegramSetup(sb::test::drillLane("telegram"));
        auto *token = child<QLineEdit>(wizard, "botTokenEdit");
        QCOMPARE(token->echoMode(), QLineEdit::Password);
        token->setText(QStringLiteral("not-a-token"));
        wizard->next();
        QCOMPARE(wizard->currentId(), int(sb::TelegramSetupWizard::TokenPage));
        QVERIFY(child<QLabel>(wizard, "tokenProblem")->text().contains(QLatin1String("@BotFather")));
        token->setText(QStringLiteral("7000000001:AAFakeTokenForTestsOnly0000000000002"));
        wizard->next();
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(sb::TelegramSetupWizard::ResultPage), 15000);
        QVERIFY(token->text().isEmpty());
        const QString identity = child<QLabel>(wizard, "botIdentity")->text();
        QVERIFY2(identity.contains(QLatin1String("@grace_ops_bot")) &&
                     identity.contains(QLatin1String("Privacy mode: on")),
                 qPrintable(identity));
        QVERIFY(child<QLabel>(wizard, "telegramWarnings")->text().contains(QLatin1String("openclaw#408")));
        wizard->close();
    }

    // 19:21: Kenji (operator) asked at 19:20 to talk to @grace_ops_bot. Approve with notify.
    void pairingPanelApprovesTheOperatorsRequest()
    {
        Gui gui;
        QVERIFY(gui.startAt(jst(12, 19, 21)));
        auto panel = std::make_unique<sb::PairingPanel>(gui.run.console->session->clock());
        panel->addQueue(gui.linking->pairingQueue(), QStringLiteral("Grace's gateway"),
                        QTimeZone("Asia/Tokyo"));
        QAbstractItemModelTester tester(panel->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel->show();
        auto *table = child<QTableView>(panel.get(), "pairingTable");
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        QVERIFY(table->model()
                    ->index(0, sb::PairingRequestsModel::SenderColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Kenji (operator)")));
        QVERIFY(table->model()
                    ->index(0, sb::PairingRequestsModel::ExpiresColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("expires in")));
        // Asked at 19:20 in the gateway's zone (the story's JST), whatever this machine's is.
        QVERIFY(table->model()
                    ->index(0, sb::PairingRequestsModel::RequestedColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("19:20")));
        QVERIFY(table->model()
                    ->index(0, sb::PairingRequestsModel::GatewayColumn)
                    .data()
                    .toString()
                    .contains(QLatin1String("Grace's gateway")));
        auto *approve = child<QPushButton>(panel.get(), "pairingApprove");
        QVERIFY(!approve->isEnabled());
        table->selectRow(0);
        QVERIFY(approve->isEnabled());
        auto *notify = child<QCheckBox>(panel.get(), "pairingNotify");
        QVERIFY(notify->isEnabled());                                       // Telegram can tell the sender
        QVERIFY(child<QCheckBox>(panel.get(), "pairingOwner")->isHidden()); // the story has an owner
        notify->setChecked(true);
        QTest::mouseClick(approve, Qt::LeftButton);
        auto *status = child<QLabel>(panel.get(), "pairingStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("may now message")), 10000);
        QVERIFY(status->text().contains(QLatin1String("They were told")));
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(gui.run.actionLog().last().action, QStringLiteral("pairing.approve"));

        QCOMPARE(gui.notifications.size(), 0);
        gui.run.drill->world()->addPairingRequest(QStringLiteral("telegram"), QStringLiteral("default"),
                                                  QStringLiteral("7000000042"), QStringLiteral("Aiko"),
                                                  QStringLiteral("AIKO0042"));
        gui.linking->pairingQueue().refresh(); // as a health event would
        QTRY_COMPARE_WITH_TIMEOUT(gui.notifications.size(), 1, 10000);
        QVERIFY(gui.notifications.first().contains(QLatin1String("Aiko")));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
    }
};

QTEST_MAIN(TestLinkingWizards)
#include "TestLinkingWizards.moc"

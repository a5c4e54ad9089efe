// The story's 19:15 Telegram finding on the drill: shown on the lane's panel as CRITICAL, its
// fix one click away (Fix… → the Allowlists & Security window's preview → Write), and gone
// from the panel once the audit that follows the write has run. Also the window's list editor
// refusing an identity that does not fit the channel, before anything is sent.
#include "app/actions/ActionRunner.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/policy/PolicyCenter.h"
#include "tests/ingest/StoryRun.h"
#include "tests/support/Screenshot.h"
#include "ui/LaneDetailsPanel.h"
#include "ui/policy/SecuritySetup.h"
#include "ui/policy/SecurityWindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using sb::test::jst;

class TestSecurityWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sb::drill::DrillSession> m_drill;
    std::unique_ptr<sb::test::ConsoleSession> m_console;
    std::unique_ptr<QMainWindow> m_window;
    sb::LaneDetailsPanel *m_panel = nullptr;
    sb::policy::SecuritySetup m_setup;

    QString telegramGroupPolicy() const
    {
        return m_drill->world()->config().config()[u"channels"][u"telegram"][u"groupPolicy"].toString();
    }

    void showLane(const sb::LaneKey &lane)
    {
        sb::health::LaneFacts facts;
        facts.status = m_console->engine().status(lane);
        m_panel->setFacts(facts);
    }

private Q_SLOTS:
    void init()
    {
        sb::drill::DrillSession::Options options;
        options.speed = 1;
        options.autoPlay = false;
        QString error;
        m_drill = sb::drill::DrillSession::start(options, &error);
        QVERIFY2(m_drill, qPrintable(error));
        m_drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 19, 16)));
        m_console =
            std::make_unique<sb::test::ConsoleSession>(*m_drill, m_dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(QTest::qWaitFor([this] { return m_console->session->isCaughtUp(); }, 20000));
        auto *runner = new sb::actions::ActionRunner(*m_console->session, &m_console->history,
                                                     QStringLiteral("tester"), m_console->session.get());
        m_window = std::make_unique<QMainWindow>();
        m_window->menuBar()->addMenu(QStringLiteral("Gateway"))->setObjectName(QStringLiteral("gatewayMenu"));
        m_panel = new sb::LaneDetailsPanel(m_console->session->clock());
        m_window->setCentralWidget(m_panel);
        m_setup = sb::policy::installSecurity(*m_console->session, runner, *m_panel, *m_window, false);
        QSignalSpy changed(m_setup.center, &sb::policy::PolicyCenter::findingsChanged);
        m_setup.center->refresh(); // the session connected before the window was set up
        QVERIFY(changed.wait(10000));
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_console.reset();
        m_drill.reset();
    }

    void theCriticalIsOnTheLaneAndFixedInOneClick()
    {
        showLane(sb::test::drillLane("telegram"));
        auto *note = m_panel->findChild<QWidget *>(QStringLiteral("laneSecurityNote"));
        auto *label = m_panel->findChild<QLabel *>(QStringLiteral("laneSecurityLabel"));
        auto *fix = m_panel->findChild<QPushButton *>(QStringLiteral("laneSecurityFixButton"));
        QVERIFY(note && label && fix);
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(label->text().startsWith(QStringLiteral("CRITICAL: ")), qPrintable(label->text()));
        QVERIFY(fix->isVisible());
        sb::test::saveScreenshot(m_panel, QStringLiteral("security-lane-critical"), QSize(460, 640));

        // Another lane without a finding: nothing shown.
        showLane(sb::test::drillLane("whatsapp"));
        QVERIFY(!note->isVisible());
        showLane(sb::test::drillLane("telegram"));
        QVERIFY(note->isVisible());

        QTest::mouseClick(fix, Qt::LeftButton);
        sb::policy::SecurityWindow *window = m_setup.window;
        QVERIFY(window->isVisible());
        auto *preview = window->findChild<QPlainTextEdit *>(QStringLiteral("previewText"));
        QVERIFY2(preview->toPlainText().contains(
                     QStringLiteral("channels.telegram.groupPolicy: \"open\" → \"allowlist\"")),
                 qPrintable(preview->toPlainText()));
        QCOMPARE(telegramGroupPolicy(), QStringLiteral("open")); // previewed only
        sb::test::saveScreenshot(window, QStringLiteral("security-fix-preview"), QSize(1000, 820));

        auto *apply = window->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(telegramGroupPolicy(), QStringLiteral("allowlist"), 10000);
        auto *outcome = window->findChild<QLabel *>(QStringLiteral("outcomeLabel"));
        QTRY_VERIFY2(outcome->text().contains(QStringLiteral("Saved")), qPrintable(outcome->text()));
        // The audit ran again: the lane now shows at most a warning (privacy mode), no CRITICAL.
        QTRY_VERIFY_WITH_TIMEOUT(!label->text().startsWith(QStringLiteral("CRITICAL")) || !note->isVisible(),
                                 10000);
        auto *findings = window->findChild<QTableView *>(QStringLiteral("findingsView"));
        for (int row = 0; row < findings->model()->rowCount(); ++row)
            QVERIFY(findings->model()->index(row, 0).data().toString() != QStringLiteral("CRITICAL"));
    }

    void theMenuOpensTheWindow()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("securityWindowAction"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(m_setup.window->isVisible());
        auto *policy = m_setup.window->findChild<QTableView *>(QStringLiteral("effectivePolicyView"));
        QVERIFY(policy->model()->rowCount() >= 10); // telegram default + worker, five fields each
    }

    void theListEditorRefusesAnIdentityThatDoesNotFit()
    {
        m_setup.window->show();
        auto *policy = m_setup.window->findChild<QTableView *>(QStringLiteral("effectivePolicyView"));
        int row = -1;
        for (int r = 0; r < policy->model()->rowCount(); ++r) {
            const QModelIndex index = policy->model()->index(r, 0);
            if (index.data().toString().contains(QStringLiteral("telegram/default")) &&
                policy->model()->index(r, 1).data().toString() == QLatin1String("groupAllowFrom"))
                row = r;
        }
        QVERIFY(row >= 0);
        policy->setCurrentIndex(policy->model()->index(row, 2));
        auto *edit = m_setup.window->findChild<QLineEdit *>(QStringLiteral("allowlistEdit"));
        QVERIFY(edit->isEnabled());
        edit->setText(QStringLiteral("+818011112222"));
        QTest::mouseClick(m_setup.window->findChild<QPushButton *>(QStringLiteral("previewEditButton")),
                          Qt::LeftButton);
        auto *outcome = m_setup.window->findChild<QLabel *>(QStringLiteral("outcomeLabel"));
        QVERIFY2(outcome->text().contains(QStringLiteral("telegram")), qPrintable(outcome->text()));
        QVERIFY(!m_setup.window->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());

        edit->setText(QStringLiteral("7123456789"));
        QTest::mouseClick(m_setup.window->findChild<QPushButton *>(QStringLiteral("previewEditButton")),
                          Qt::LeftButton);
        QVERIFY(m_setup.window->findChild<QPushButton *>(QStringLiteral("applyButton"))->isEnabled());
        QVERIFY(m_setup.window->findChild<QPlainTextEdit *>(QStringLiteral("previewText"))
                    ->toPlainText()
                    .contains(QStringLiteral("channels.telegram.groupAllowFrom")));
    }
};

QTEST_MAIN(TestSecurityWindow)
#include "TestSecurityWindow.moc"

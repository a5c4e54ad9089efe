// The standby scenario's morning through the real composition root (issue 13): the drill plays
// `2026-02-12-standby` (Signal linked and proven from 00:46, WhatsApp dropping about once an
// hour), the window shows the advisor's banner in the gateway's zone, one click opens the
// Failover dialog on WhatsApp → Signal, "Fail over" writes and every operator is verified. The
// lane panel shows the advice with its own button, and its "Fail over to a healthy channel"
// opens the same dialog. Prints the time from
// clicking "Fail over" to every operator verified (docs/benchmarks.md).
#include "app/drill/DrillFleet.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/failover/FailoverFlow.h"
#include "app/failover/Operators.h"
#include "app/fleet/FleetSessions.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/Settings.h"
#include "models/failover/FailoverModels.h"
#include "tests/ingest/StoryRun.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestEnvironment.h"
#include "ui/Application.h"
#include "ui/LaneDetailsPanel.h"
#include "ui/LiveView.h"
#include "ui/MainWindow.h"
#include "ui/failover/FailoverDialog.h"
#include "ui/failover/FailoverSetup.h"
#include "ui/timeline/TimelineView.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

namespace sb {

namespace {

const QString kGateway = QStringLiteral("drill");

// Grace and Kenji, the story's operators, on WhatsApp and on Signal.
const char *const kOperators = R"([
    {"name": "Grace", "whatsapp": "+818011112222", "signal": "+818011112222"},
    {"name": "Kenji", "whatsapp": "+818033334444", "signal": "+818033334444"}])";

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent ? parent->findChild<T *>(QLatin1String(name)) : nullptr;
    if (!found)
        qWarning("no %s", name);
    return found;
}

QString cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

// The window on the standby drill, paused at 11:00 JST on the 12th (the morning's drops all
// behind, the 12:20 revocation ahead).
struct Morning
{
    test::ScratchHome home;
    std::unique_ptr<Application> app;

    bool start(bool withOperators = true)
    {
        const QString ini = home.filePath(QStringLiteral("switchboard.ini"));
        if (withOperators) {
            Settings settings(ini);
            settings.setOperatorsJson(QString::fromUtf8(kOperators));
        }
        Application::Options options;
        options.configFile = ini;
        options.drill = true;
        options.drillScenario = QStringLiteral(":/scenarios/2026-02-12-standby.json");
        options.drillSpeed = 1; // the story's clock barely moves: the test moves it
        app = std::make_unique<Application>(options);
        app->start();
        if (!app->fleet() || !app->drillFleet())
            return false;
        if (!QTest::qWaitFor([this] { return app->fleet()->linkState(kGateway) == fleet::LinkState::Live; },
                             60000))
            return false;
        drill()->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(test::jst(12, 11, 0)));
        return true;
    }

    drill::DrillSession *drill() const { return app->drillFleet()->session(0); }
    ingest::GatewaySession &session() const { return *app->fleet()->session(kGateway); }
    failover::FailoverLauncher *launcher() const { return failover::FailoverLauncher::of(session()); }
};

} // namespace

class TestFailoverWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bannerOneClickEveryOperatorVerified()
    {
        Morning morning;
        QVERIFY(morning.start());
        auto *banner = child<failover::FailoverBanner>(morning.app->window(), "failoverBanner-drill");
        QVERIFY(banner);
        auto *text = child<QLabel>(banner, "failoverBannerText");
        QVERIFY(text);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        // The morning's tally, on Tokyo's clock whatever this machine's zone: WhatsApp has not
        // proven itself since its 00:34 drop.
        QTRY_VERIFY2_WITH_TIMEOUT(text->text().contains(QLatin1String(" drops since 00:34.")),
                                  qPrintable(text->text()), 10000);
        QVERIFY2(text->text().startsWith(QLatin1String("WhatsApp: ")), qPrintable(text->text()));
        QVERIFY2(text->text().endsWith(QLatin1String("Signal is proven. Fail over now")),
                 qPrintable(text->text()));
        QCOMPARE(text->textFormat(), Qt::PlainText);
        auto *gateway = child<QLabel>(banner, "failoverBannerGateway");
        QVERIFY(gateway);
        QCOMPARE(gateway->text(), QStringLiteral("Drill: the night of 2026-02-12"));
        QCOMPARE(gateway->textFormat(), Qt::PlainText);
        // The picture shows the morning: the timeline jumps to now, the WhatsApp lane in the panel.
        if (auto *now = morning.app->window()->findChild<QToolButton *>(QStringLiteral("followNowButton")))
            now->click();
        Q_EMIT morning.app->liveView()->timeline()->laneSelected(test::drillLane("whatsapp"));
        test::saveScreenshot(morning.app->window(), QStringLiteral("failover-banner"), QSize(1280, 800));

        // One click: the dialog opens pre-filled with WhatsApp → Signal and plans.
        auto *open = child<QPushButton>(banner, "failoverBannerButton");
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        failover::FailoverDialog *dialog = morning.launcher()->dialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->flow().state(), failover::FailoverFlow::State::Ready, 10000);
        QCOMPARE(child<QLabel>(dialog, "failoverTitle")->text(),
                 QStringLiteral("Fail over from WhatsApp to Signal"));
        auto *checks = child<QTableView>(dialog, "failoverPreflightView");
        auto *plan = child<QTableView>(dialog, "failoverPlanView");
        auto *people = child<QTableView>(dialog, "failoverOperatorsView");
        QVERIFY(checks && plan && people);
        QAbstractItemModelTester checksTester(checks->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester planTester(plan->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester peopleTester(people->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(checks->model()->rowCount(), 5);
        for (int row = 0; row < 5; ++row)
            QVERIFY2(cell(checks, row, failover::PreflightChecksModel::ResultColumn) ==
                         QLatin1String("Passed"),
                     qPrintable(cell(checks, row, 0) + u": "_qs + cell(checks, row, 2)));
        QStringList paths;
        for (int row = 0; row < plan->model()->rowCount(); ++row)
            paths << cell(plan, row, failover::PlanChangesModel::PathColumn);
        QVERIFY2(paths.contains(QLatin1String("channels.whatsapp.enabled")), qPrintable(paths.join(u',')));
        QVERIFY2(paths.contains(QLatin1String("channels.signal.dmPolicy")), qPrintable(paths.join(u',')));
        QCOMPARE(people->model()->rowCount(), 2);
        test::saveScreenshot(dialog, QStringLiteral("failover-plan"), QSize(860, 720));

        auto *apply = child<QPushButton>(dialog, "failoverApplyButton");
        QVERIFY(apply && apply->isEnabled());
        QElapsedTimer clicked;
        clicked.start();
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(failover::FailoverFlow::isFinal(dialog->flow().state()), 30000);
        const qint64 ms = clicked.elapsed();
        QCOMPARE(dialog->flow().state(), failover::FailoverFlow::State::Verified);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(cell(people, row, failover::OperatorProgressModel::OutcomeColumn),
                     QStringLiteral("Confirmed"));
        QVERIFY(child<QPushButton>(dialog, "failoverCloseButton")->isVisible());
        QVERIFY(!apply->isVisible());
        const failover::FailoverTimings &t = dialog->flow().timings();
        qInfo("GUI: \"Fail over\" clicked to every operator verified on the drill: %lld ms (plan %lld, write "
              "%lld, sends %lld, confirmation %lld ms)",
              ms, t.planMs, t.writeMs, t.sendsMs, t.confirmMs);
        QVERIFY2(ms <= 5000, qPrintable(QString::number(ms)));
        test::saveScreenshot(dialog, QStringLiteral("failover-verified"), QSize(860, 720));

        // The operators have left WhatsApp: the banner has nothing left to recommend.
        QTRY_VERIFY2_WITH_TIMEOUT(
            !banner->isVisible(),
            qPrintable(stateName(morning.session().laneStatus(test::drillLane("whatsapp")).state) + u' ' +
                       text->text()),
            10000);

        // WhatsApp's open incident carries the failover as a receipt (the Incidents dock, opened
        // from the lane panel); the history writes in batches, so each try opens it afresh.
        Q_EMIT morning.app->liveView()->timeline()->laneSelected(test::drillLane("whatsapp"));
        auto *openIncident = child<QPushButton>(morning.app->window(), "openIncidentButton");
        auto *report = child<QTextBrowser>(morning.app->window(), "incidentReport");
        QVERIFY(openIncident && report);
        const auto receiptShown = [&] {
            openIncident->click();
            return report->toPlainText().contains(
                QLatin1String("failover to Signal verified: 2 of 2 operators confirmed"));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(receiptShown(), qPrintable(report->toPlainText()), 15000);

        // The drill's config says so too.
        const QJsonObject config = morning.drill()->world()->config().config();
        QCOMPARE(
            config.value(u"channels"_qs).toObject().value(u"whatsapp"_qs).toObject().value(u"enabled"_qs),
            QJsonValue(false));
        QCOMPARE(
            config.value(u"channels"_qs).toObject().value(u"signal"_qs).toObject().value(u"allowFrom"_qs),
            QJsonValue(QJsonArray{u"+818011112222"_qs, u"+818033334444"_qs}));

        // Fail back from the verified result: refused in the flow's words while WhatsApp has not
        // proven itself again (it is off since the failover), nothing written.
        const QString hashAfterFailover = morning.drill()->world()->config().hash();
        const QPointer<failover::FailoverDialog> failedOver = dialog;
        auto *failback = child<QPushButton>(dialog, "failoverFailbackButton");
        QVERIFY(failback && failback->isVisible());
        QTest::mouseClick(failback, Qt::LeftButton);
        QTRY_VERIFY(!failedOver); // replaced by the failback's own dialog
        failover::FailoverDialog *back = morning.launcher()->dialog();
        QVERIFY(back);
        QVERIFY(back->flow().isFailback());
        QTRY_COMPARE_WITH_TIMEOUT(back->flow().state(), failover::FailoverFlow::State::Refused, 10000);
        QCOMPARE(back->windowTitle(), QStringLiteral("Fail Back"));
        auto *refusal = child<QLabel>(back, "failoverResultText");
        QVERIFY(refusal);
        QVERIFY2(refusal->text().startsWith(QLatin1String("Failback refused: ")),
                 qPrintable(refusal->text()));
        QVERIFY2(refusal->text().contains(QLatin1String("has not proven itself again")),
                 qPrintable(refusal->text()));
        QCOMPARE(child<QLabel>(back, "failoverStateText")->text(),
                 QStringLiteral("Failback refused; nothing was written."));
        QVERIFY(!child<QPushButton>(back, "failoverFailbackButton")->isVisible());
        QCOMPARE(morning.drill()->world()->config().hash(), hashAfterFailover);
        QTest::mouseClick(child<QPushButton>(back, "failoverCloseButton"), Qt::LeftButton);
        QTRY_VERIFY(!morning.launcher()->dialog());

        // The source lane's panel offers the same failback, refused the same way for now.
        auto *panel = child<LaneDetailsPanel>(morning.app->window(), "laneDetailsPanel");
        QVERIFY(panel);
        Q_EMIT morning.app->liveView()->timeline()->laneSelected(test::drillLane("whatsapp"));
        QTRY_COMPARE(panel->lane(), std::optional<LaneKey>(test::drillLane("whatsapp")));
        auto *note = child<QWidget>(panel, "failoverLaneNote");
        QVERIFY(note);
        QTRY_VERIFY(note->isVisible());
        auto *noteFailback = child<QPushButton>(note, "failoverLaneNoteFailbackButton");
        QVERIFY(noteFailback && noteFailback->isVisible());
        QVERIFY(!child<QPushButton>(note, "failoverLaneNoteButton")->isVisible());
        QTest::mouseClick(noteFailback, Qt::LeftButton);
        QVERIFY(morning.launcher()->dialog());
        QVERIFY(morning.launcher()->dialog()->flow().isFailback());
        QTRY_COMPARE_WITH_TIMEOUT(morning.launcher()->dialog()->flow().state(),
                                  failover::FailoverFlow::State::Refused, 10000);
        // Signal's lane has nothing to fail back.
        Q_EMIT morning.app->liveView()->timeline()->laneSelected(test::drillLane("signal"));
        QTRY_VERIFY(!note->isVisible());
    }

    // No operators in the preferences: the refusal says where to add them, and the dialog offers
    // the people the gateway already allows on the target (the standby config allows three
    // numbers on WhatsApp, Grace's first as the owner). "Add as operator" keeps one in the
    // preferences and plans again with them.
    void noOperatorsOffersTheGatewaysOwn()
    {
        Morning morning;
        QVERIFY(morning.start(false));
        failover::FailoverDialog *dialog =
            morning.launcher()->open(test::drillLane("signal"), test::drillLane("whatsapp"));
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->flow().state(), failover::FailoverFlow::State::Refused, 10000);
        auto *result = child<QLabel>(dialog, "failoverResultText");
        QVERIFY(result);
        QVERIFY2(result->text().contains(QStringLiteral("add them in Preferences → Operators")),
                 qPrintable(result->text()));
        auto *offer = child<QWidget>(dialog, "failoverCandidatesGroup");
        auto *candidates = child<QTableView>(dialog, "failoverCandidatesView");
        QVERIFY(offer && candidates);
        QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 10000);
        QAbstractItemModelTester tester(candidates->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(candidates->model()->rowCount(), 3);
        QCOMPARE(cell(candidates, 0, 1), QStringLiteral("+818011112222")); // the owner first
        QStringList numbers;
        for (int row = 0; row < 3; ++row)
            numbers << cell(candidates, row, 1);
        QVERIFY2(numbers.contains(QLatin1String("+818033334444")), qPrintable(numbers.join(u',')));
        QVERIFY2(numbers.contains(QLatin1String("+818012345678")), qPrintable(numbers.join(u',')));

        const QPointer<failover::FailoverDialog> refused = dialog;
        candidates->setCurrentIndex(candidates->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>(dialog, "failoverAddCandidateButton"), Qt::LeftButton);
        QTRY_VERIFY(!refused); // replaced by the failover planned with the new operator
        failover::FailoverDialog *planned = morning.launcher()->dialog();
        QVERIFY(planned);
        QTRY_COMPARE_WITH_TIMEOUT(planned->flow().state(), failover::FailoverFlow::State::Ready, 10000);
        auto *people = child<QTableView>(planned, "failoverOperatorsView");
        QVERIFY(people);
        QCOMPARE(people->model()->rowCount(), 1);
        QCOMPARE(cell(people, 0, failover::OperatorProgressModel::IdentityColumn),
                 QStringLiteral("+818011112222"));
        QVERIFY(!child<QWidget>(planned, "failoverCandidatesGroup")->isVisible());
        // Kept in the preferences, where Preferences → Operators and switchboardctl read it.
        Settings reread(morning.home.filePath(QStringLiteral("switchboard.ini")));
        QString problem;
        const std::optional<QList<failover::Operator>> stored =
            failover::operatorsFromSettings(reread, &problem);
        QVERIFY2(stored, qPrintable(problem));
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().identityOn(QStringLiteral("whatsapp")), QStringLiteral("+818011112222"));
        QTest::mouseClick(child<QPushButton>(planned, "failoverCancelButton"), Qt::LeftButton);
    }

    // The lane panel's recommended action opens the same dialog on the advisor's target.
    void lanePanelOpensTheSameDialog()
    {
        Morning morning;
        QVERIFY(morning.start());
        auto *banner = child<failover::FailoverBanner>(morning.app->window(), "failoverBanner-drill");
        QVERIFY(banner);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        // The lane panel follows the lane picked on the timeline; its controller is that
        // gateway's.
        const LaneKey whatsapp = test::drillLane("whatsapp");
        Q_EMIT morning.app->liveView()->timeline()->laneSelected(whatsapp);
        auto *panel = child<LaneDetailsPanel>(morning.app->window(), "laneDetailsPanel");
        QVERIFY(panel);
        QTRY_COMPARE(panel->lane(), std::optional<LaneKey>(whatsapp));
        // The panel carries the advice too, with its own button.
        auto *note = child<QWidget>(panel, "failoverLaneNote");
        QVERIFY(note);
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(child<QLabel>(note, "failoverLaneNoteText")->text().endsWith(QLatin1String("Fail over now")),
                 qPrintable(child<QLabel>(note, "failoverLaneNoteText")->text()));
        auto *noteButton = child<QPushButton>(note, "failoverLaneNoteButton");
        QCOMPARE(noteButton->text(), QStringLiteral("Fail over to Signal…"));
        QTest::mouseClick(noteButton, Qt::LeftButton);
        QVERIFY(morning.launcher()->dialog());
        QTRY_COMPARE_WITH_TIMEOUT(morning.launcher()->dialog()->flow().state(),
                                  failover::FailoverFlow::State::Ready, 10000);
        QTest::mouseClick(child<QPushButton>(morning.launcher()->dialog(), "failoverCancelButton"),
                          Qt::LeftButton);
        QTRY_VERIFY(!morning.launcher()->dialog());
        // Signal's lane has nothing to recommend.
        Q_EMIT morning.app->liveView()->timeline()->laneSelected(test::drillLane("signal"));
        QTRY_VERIFY(!note->isVisible());
        Q_EMIT morning.app->liveView()->timeline()->laneSelected(whatsapp);

        // What the panel's button says when the recommended action is "Fail over to a healthy
        // channel".
        Q_EMIT panel->actionRequested(whatsapp, OperatorAction::FailOver);
        failover::FailoverDialog *dialog = morning.launcher()->dialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog->flow().state(), failover::FailoverFlow::State::Ready, 10000);
        QCOMPARE(child<QLabel>(dialog, "failoverTitle")->text(),
                 QStringLiteral("Fail over from WhatsApp to Signal"));
        // Closing before "Fail over" writes nothing.
        const QString hash = morning.drill()->world()->config().hash();
        QTest::mouseClick(child<QPushButton>(dialog, "failoverCancelButton"), Qt::LeftButton);
        QCOMPARE(morning.drill()->world()->config().hash(), hash);
    }
};

} // namespace sb

QTEST_MAIN(sb::TestFailoverWindow)
#include "TestFailoverWindow.moc"

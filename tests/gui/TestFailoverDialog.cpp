// The Failover dialog renders FailoverFlow's states, driven by objectName against the standby
// drill: the plan and a failed pre-flight check at 00:35 (Signal on probation) overridden with
// its box from the keyboard, then verified; a send the drill refuses, rolled back with what was
// restored and per operator what happened; bad input refused in words; no closing mid-write.
// Every list is checked under QAbstractItemModelTester.
#include "app/actions/ActionRunner.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/failover/FailoverFlow.h"
#include "models/failover/FailoverModels.h"
#include "tests/failover/StandbyDrill.h"
#include "tests/ingest/StoryRun.h"
#include "tests/support/Screenshot.h"
#include "ui/failover/FailoverDialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using sb::LaneKey;
using sb::failover::FailoverDialog;
using sb::failover::FailoverFlow;
using sb::failover::Operator;
using sb::test::jst;

namespace {

const LaneKey kWhatsApp = sb::test::drillLane("whatsapp");
const LaneKey kSignal = sb::test::drillLane("signal");

QList<Operator> operators()
{
    return sb::test::standbyOperators();
}

// The standby drill, and a Failover dialog on it.
struct Standby : sb::test::StandbyDrill
{
    // A dialog on a new flow, started on `request`.
    std::unique_ptr<FailoverDialog> open(const sb::failover::FailoverRequest &request)
    {
        auto dialog = std::make_unique<FailoverDialog>(new FailoverFlow(*runner, {}));
        dialog->show();
        dialog->flow().start(request);
        return dialog;
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

QString cell(QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

QString text(QWidget *dialog, const char *label)
{
    return child<QLabel>(dialog, label)->text();
}

bool settles(const FailoverDialog &dialog, FailoverFlow::State state, int ms = 20000)
{
    return QTest::qWaitFor(
               [&] { return dialog.flow().state() == state || FailoverFlow::isFinal(dialog.flow().state()); },
               ms) &&
           dialog.flow().state() == state;
}

} // namespace

class TestFailoverDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // 00:35: Signal is still on probation. The plan is shown path by path, target-proven fails
    // with its words, "Fail over" waits for the box; Space ticks it; the failover runs and every
    // operator is confirmed.
    void preflightFailureOverriddenThenVerified()
    {
        Standby run;
        QVERIFY(run.startAt(jst(12, 0, 35)));
        const auto dialog = run.open({kWhatsApp, kSignal, operators()});
        auto *plan = child<QTableView>(dialog.get(), "failoverPlanView");
        auto *checks = child<QTableView>(dialog.get(), "failoverPreflightView");
        auto *people = child<QTableView>(dialog.get(), "failoverOperatorsView");
        auto *apply = child<QPushButton>(dialog.get(), "failoverApplyButton");
        QVERIFY(plan && checks && people && apply);
        QAbstractItemModelTester planTester(plan->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester checksTester(checks->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester peopleTester(people->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(text(dialog.get(), "failoverStateText").startsWith(QLatin1String("Reading")));
        QVERIFY(!apply->isEnabled());

        QVERIFY(settles(*dialog, FailoverFlow::State::Ready));
        QCOMPARE(text(dialog.get(), "failoverTitle"), QStringLiteral("Fail over from WhatsApp to Signal"));
        // The plan, in words: the source off, the target allowlist-first, the heartbeat moved.
        QHash<QString, QString> after;
        for (int row = 0; row < plan->model()->rowCount(); ++row)
            after.insert(cell(plan, row, sb::failover::PlanChangesModel::PathColumn),
                         cell(plan, row, sb::failover::PlanChangesModel::AfterColumn));
        QCOMPARE(after.value(QStringLiteral("channels.whatsapp.enabled")), QStringLiteral("false"));
        QCOMPARE(after.value(QStringLiteral("channels.signal.dmPolicy")), QStringLiteral("\"allowlist\""));
        QCOMPARE(after.value(QStringLiteral("agents.defaults.heartbeat.target")),
                 QStringLiteral("\"signal\""));
        QCOMPARE(cell(plan, 0, sb::failover::PlanChangesModel::BeforeColumn).isEmpty(), false);
        // The patch as it will be sent, on request.
        auto *json = child<QPlainTextEdit>(dialog.get(), "failoverPatchJson");
        QVERIFY(json && !json->isVisible());
        child<QPushButton>(dialog.get(), "failoverShowJsonButton")->click();
        QVERIFY(json->isVisible());
        QVERIFY2(json->toPlainText().contains(QLatin1String("\"whatsapp\":{\"enabled\":false}")),
                 qPrintable(json->toPlainText()));

        // The pre-flight: five checks under their ids; the target's probation fails.
        QCOMPARE(checks->model()->rowCount(), 5);
        QCOMPARE(cell(checks, 0, 0), QStringLiteral("target-proven"));
        QCOMPARE(cell(checks, 0, 1), QStringLiteral("Failed"));
        QVERIFY2(cell(checks, 0, 2).contains(QLatin1String("probation")), qPrintable(cell(checks, 0, 2)));
        for (int row = 1; row < 5; ++row)
            QCOMPARE(cell(checks, row, 1), QStringLiteral("Passed"));
        const QModelIndex box = checks->model()->index(0, 0);
        QCOMPARE(box.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(!(checks->model()->index(1, 0).flags() & Qt::ItemIsUserCheckable)); // passed: no box
        QVERIFY(!apply->isEnabled());
        QCOMPARE(people->model()->rowCount(), 2);
        QCOMPARE(cell(people, 0, sb::failover::OperatorProgressModel::OutcomeColumn),
                 QStringLiteral("Waiting"));

        // From the keyboard: focus the list, the failed check, Space.
        checks->setFocus();
        checks->setCurrentIndex(box);
        QTest::keyClick(checks, Qt::Key_Space);
        QCOMPARE(box.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(cell(checks, 0, 1), QStringLiteral("Failed — overridden"));
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(settles(*dialog, FailoverFlow::State::Verified));
        QVERIFY(dialog->flow().checks().first().overridden);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(cell(people, row, sb::failover::OperatorProgressModel::OutcomeColumn),
                     QStringLiteral("Confirmed"));
        QVERIFY(
            text(dialog.get(), "failoverStateText").startsWith(QLatin1String("Failed over and verified")));
        QVERIFY2(text(dialog.get(), "failoverResultText")
                     .startsWith(QLatin1String("Every operator confirmed on Signal")),
                 qPrintable(text(dialog.get(), "failoverResultText")));
        QVERIFY(!apply->isVisible());
        QVERIFY(child<QPushButton>(dialog.get(), "failoverCloseButton")->isVisible());
        QVERIFY(!(checks->model()->index(0, 0).flags() & Qt::ItemIsUserCheckable)); // done: no more choice
    }

    // 02:20: the drill refuses Signal sends. Grace's check fails in the gateway's words, Kenji's
    // is never tried, the change is rolled back and the dialog says what was restored.
    void failedSendShowsTheRollback()
    {
        Standby run;
        QVERIFY(run.startAt(jst(12, 2, 20)));
        const QJsonObject before = run.drill->world()->config().config();
        sb::drill::SendOutcome refused;
        refused.ok = false;
        refused.errorMessage = QStringLiteral("OutboundDeliveryError: connect ECONNREFUSED 127.0.0.1:8080");
        run.drill->world()->setSendOutcome(QStringLiteral("signal"), refused, true);
        const auto dialog = run.open({kWhatsApp, kSignal, operators()});
        QVERIFY(settles(*dialog, FailoverFlow::State::Ready));
        auto *people = child<QTableView>(dialog.get(), "failoverOperatorsView");
        QAbstractItemModelTester peopleTester(people->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(child<QPushButton>(dialog.get(), "failoverApplyButton"), Qt::LeftButton);
        QVERIFY(settles(*dialog, FailoverFlow::State::RolledBack));

        QCOMPARE(text(dialog.get(), "failoverStateText"),
                 QStringLiteral("Rolled back: the config is as it was before."));
        QCOMPARE(cell(people, 0, sb::failover::OperatorProgressModel::OutcomeColumn),
                 QStringLiteral("Failed: not delivered"));
        QVERIFY2(cell(people, 0, sb::failover::OperatorProgressModel::WordsColumn)
                     .contains(QLatin1String("ECONNREFUSED")),
                 qPrintable(cell(people, 0, 3)));
        QCOMPARE(cell(people, 1, sb::failover::OperatorProgressModel::OutcomeColumn),
                 QStringLiteral("Not tried"));
        const QString result = text(dialog.get(), "failoverResultText");
        QVERIFY2(result.contains(QLatin1String("Grace was not reached")), qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("channels.whatsapp.enabled back to true")),
                 qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("Read back: the config equals the one before")),
                 qPrintable(result));
        QCOMPARE(child<QLabel>(dialog.get(), "failoverResultText")->textFormat(), Qt::PlainText);
        QCOMPARE(run.drill->world()->config().config(), before);
        sb::test::saveScreenshot(dialog.get(), QStringLiteral("failover-rollback"), QSize(860, 860));
    }

    // Bad input is refused in words before anything is written; no plan, no button.
    void badInputIsRefusedInWords()
    {
        Standby run;
        QVERIFY(run.startAt(jst(12, 2, 20)));
        const QString hash = run.drill->world()->config().hash();
        const auto dialog = run.open(
            {kWhatsApp, LaneKey{kWhatsApp.gatewayId, QStringLiteral("whatsapp"), QStringLiteral("biz")},
             operators()});
        QCOMPARE(dialog->flow().state(), FailoverFlow::State::Refused);
        QCOMPARE(text(dialog.get(), "failoverStateText"), QStringLiteral("Refused; nothing was written."));
        QVERIFY2(text(dialog.get(), "failoverResultText").contains(QLatin1String("accounts of one channel")),
                 qPrintable(text(dialog.get(), "failoverResultText")));
        QVERIFY(!child<QPushButton>(dialog.get(), "failoverApplyButton")->isVisible());
        QCOMPARE(child<QTableView>(dialog.get(), "failoverPlanView")->model()->rowCount(), 0);
        QCOMPARE(run.drill->world()->config().hash(), hash);
    }

    // Escape / Close while the flow writes or verifies does nothing: the flow sees its step through.
    void cannotBeClosedMidFlow()
    {
        Standby run;
        QVERIFY(run.startAt(jst(12, 2, 20)));
        const auto dialog = run.open({kWhatsApp, kSignal, operators()});
        QVERIFY(settles(*dialog, FailoverFlow::State::Ready));
        bool triedWhileBusy = false;
        connect(&dialog->flow(), &FailoverFlow::stateChanged, this, [&](FailoverFlow::State state) {
            if (state != FailoverFlow::State::Verifying)
                return;
            triedWhileBusy = true;
            QTest::keyClick(dialog.get(), Qt::Key_Escape);
        });
        QTest::mouseClick(child<QPushButton>(dialog.get(), "failoverApplyButton"), Qt::LeftButton);
        QVERIFY(settles(*dialog, FailoverFlow::State::Verified));
        QVERIFY(triedWhileBusy);
        QVERIFY(dialog->isVisible());
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }
};

QTEST_MAIN(TestFailoverDialog)
#include "TestFailoverDialog.moc"

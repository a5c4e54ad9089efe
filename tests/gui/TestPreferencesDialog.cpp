// File → Preferences: the form shows what the settings hold, OK writes what the form says
// (and tells the running session once), Cancel and an unchanged OK write nothing, Restore
// Defaults puts the documented defaults back.
#include "app/failover/Operators.h"
#include "app/platform/Settings.h"
#include "tests/gui/FakeSecretStore.h"
#include "tests/support/TestEnvironment.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace sb {

class TestPreferencesDialog final : public QObject
{
    Q_OBJECT

private:
    static QSpinBox *spin(QWidget &dialog, const char *name)
    {
        return dialog.findChild<QSpinBox *>(QLatin1String(name));
    }
    static void setSpin(QWidget &dialog, const char *name, int value)
    {
        QSpinBox *box = spin(dialog, name);
        QVERIFY2(box, name);
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(value));
    }

    static QTableView *showOperators(QWidget &dialog)
    {
        auto *pages = dialog.findChild<QTabWidget *>(QStringLiteral("preferencesPages"));
        auto *page = dialog.findChild<QWidget *>(QStringLiteral("operatorsPage"));
        if (!pages || !page)
            return nullptr;
        pages->setCurrentWidget(page);
        return page->findChild<QTableView *>(QStringLiteral("operatorsView"));
    }
    // Types into a cell the way a person does: the view's editor, the text, Return.
    static void typeInto(QTableView *view, int row, int column, const QString &text)
    {
        const QModelIndex index = view->model()->index(row, column);
        view->setCurrentIndex(index);
        view->edit(index);
        auto *editor = view->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits and closes the editor on its next turn of the event loop.
        QTRY_VERIFY(!view->viewport()->findChild<QLineEdit *>());
    }
    static QString cell(QTableView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }

private Q_SLOTS:
    void okWritesWhatTheFormSays()
    {
        test::ScratchHome home;
        Settings settings(home.filePath(QStringLiteral("switchboard.ini")));
        QSignalSpy changed(&settings, &Settings::monitoringChanged);
        PreferencesDialog dialog(settings);
        dialog.show();
        QCOMPARE(spin(dialog, "proofMinutesSpinBox")->value(), 15);
        QCOMPARE(spin(dialog, "proofDeliveriesSpinBox")->value(), 3);
        auto *ownTelegram = dialog.findChild<QCheckBox *>(QStringLiteral("telegramOwnProofCheckBox"));
        QVERIFY(ownTelegram);
        QVERIFY(!ownTelegram->isChecked());
        QVERIFY(!spin(dialog, "telegramProofMinutesSpinBox")->isEnabled());

        setSpin(dialog, "proofMinutesSpinBox", 20);
        QTest::mouseClick(ownTelegram, Qt::LeftButton, {}, QPoint(4, ownTelegram->height() / 2));
        QVERIFY(spin(dialog, "telegramProofMinutesSpinBox")->isEnabled());
        setSpin(dialog, "telegramProofMinutesSpinBox", 2);
        setSpin(dialog, "telegramProofDeliveriesSpinBox", 1);
        setSpin(dialog, "alertStrikesSpinBox", 3);
        setSpin(dialog, "retentionSpinBox", 90);
        setSpin(dialog, "proofDeliveriesSpinBox", 0); // below the minimum: the box keeps 1 at most
        QVERIFY(spin(dialog, "proofDeliveriesSpinBox")->value() >= 1);

        dialog.findChild<QDialogButtonBox *>(QStringLiteral("preferencesButtons"))
            ->button(QDialogButtonBox::Ok)
            ->click();
        QCOMPARE(changed.count(), 1);
        const MonitoringPreferences stored = settings.monitoring();
        QCOMPARE(stored.proof.connectedMinutes, 20);
        QCOMPARE(stored.proofFor(QStringLiteral("telegram")), (ProofPreference{2, 1}));
        QVERIFY(!stored.proofByChannel.contains(QStringLiteral("whatsapp")));
        QCOMPARE(stored.alertStrikes, 3);
        QCOMPARE(stored.retentionDays, 90);
    }

    void cancelAndUnchangedOkWriteNothing()
    {
        test::ScratchHome home;
        Settings settings(home.filePath(QStringLiteral("switchboard.ini")));
        QSignalSpy changed(&settings, &Settings::monitoringChanged);
        {
            PreferencesDialog dialog(settings);
            dialog.show();
            setSpin(dialog, "incidentGraceSpinBox", 300);
            dialog.reject();
        }
        {
            PreferencesDialog dialog(settings);
            dialog.show();
            QCOMPARE(spin(dialog, "incidentGraceSpinBox")->value(), 60);
            dialog.accept();
        }
        QCOMPARE(changed.count(), 0);
        QCOMPARE(settings.monitoring(), MonitoringPreferences{});
    }

    void restoreDefaults()
    {
        test::ScratchHome home;
        Settings settings(home.filePath(QStringLiteral("switchboard.ini")));
        MonitoringPreferences odd;
        odd.proof = {45, 9};
        odd.proofByChannel.insert(QStringLiteral("signal"), {5, 5});
        odd.retentionDays = 7;
        settings.setMonitoring(odd);
        PreferencesDialog dialog(settings);
        QCOMPARE(dialog.preferences(), odd);
        dialog.findChild<QDialogButtonBox *>(QStringLiteral("preferencesButtons"))
            ->button(QDialogButtonBox::RestoreDefaults)
            ->click();
        QCOMPARE(dialog.preferences(), MonitoringPreferences{});
        QCOMPARE(settings.monitoring(), odd); // not before OK
    }

    void operatorsAreAddedCheckedAndSaved()
    {
        test::ScratchHome home;
        const QString ini = home.filePath(QStringLiteral("switchboard.ini"));
        {
            Settings settings(ini);
            PreferencesDialog dialog(settings);
            dialog.show();
            QTableView *view = showOperators(dialog);
            QVERIFY(view);
            QCOMPARE(view->model()->rowCount(), 0);
            auto *problem = dialog.findChild<QLabel *>(QStringLiteral("operatorsProblem"));
            QVERIFY(problem);
            QVERIFY(problem->isHidden());

            // Add opens the new row's name for typing.
            QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addOperatorButton")),
                              Qt::LeftButton);
            QCOMPARE(view->model()->rowCount(), 1);
            auto *editor = view->viewport()->findChild<QLineEdit *>();
            QVERIFY(editor);
            editor->selectAll();
            QTest::keyClicks(editor, QStringLiteral("Grace"));
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_VERIFY(!view->viewport()->findChild<QLineEdit *>());
            QCOMPARE(cell(view, 0, 0), QStringLiteral("Grace"));

            typeInto(view, 0, 1, QStringLiteral("+1 555 555 0100"));
            QCOMPARE(cell(view, 0, 1), QStringLiteral("+15555550100"));
            // A Telegram id that is not one: refused with Telegram's rule, nothing typed before lost.
            typeInto(view, 0, 3, QStringLiteral("grace"));
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(QLatin1String("Telegram")), qPrintable(problem->text()));
            QVERIFY2(problem->text().contains(QLatin1String("numeric id")), qPrintable(problem->text()));
            QCOMPARE(cell(view, 0, 3), QString());
            QCOMPARE(cell(view, 0, 1), QStringLiteral("+15555550100"));
            typeInto(view, 0, 3, QStringLiteral("123456789"));
            QVERIFY(problem->isHidden());
            QCOMPARE(settings.operatorsJson(), QString()); // not before OK

            dialog.findChild<QDialogButtonBox *>(QStringLiteral("preferencesButtons"))
                ->button(QDialogButtonBox::Ok)
                ->click();
        }
        // Read back from the file: what switchboardctl failover and the Failover window read.
        Settings reread(ini);
        QString why;
        const std::optional<QList<failover::Operator>> stored = failover::operatorsFromSettings(reread, &why);
        QVERIFY2(stored, qPrintable(why));
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().name, QStringLiteral("Grace"));
        QCOMPARE(stored->first().identities,
                 (QMap<QString, QString>{{QStringLiteral("whatsapp"), QStringLiteral("+15555550100")},
                                         {QStringLiteral("telegram"), QStringLiteral("123456789")}}));

        // Reopened, the page shows them; a removal cancelled writes nothing.
        PreferencesDialog again(reread);
        again.show();
        QTableView *view = showOperators(again);
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(cell(view, 0, 0), QStringLiteral("Grace"));
        QCOMPARE(cell(view, 0, 1), QStringLiteral("+15555550100"));
        QCOMPARE(cell(view, 0, 2), QString());
        QCOMPARE(cell(view, 0, 3), QStringLiteral("123456789"));
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("removeOperatorButton")),
                          Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 0);
        again.reject();
        QCOMPARE(failover::operatorsFromSettings(reread, &why)->size(), 1);
    }

    void operatorsThatDoNotReadAreKeptUnlessEdited()
    {
        test::ScratchHome home;
        Settings settings(home.filePath(QStringLiteral("switchboard.ini")));
        const QString broken = QStringLiteral("[{\"name\":\"Grace\",\"telegram\":\"@grace\"}]");
        settings.setOperatorsJson(broken);
        PreferencesDialog dialog(settings);
        dialog.show();
        QVERIFY(showOperators(dialog));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("operatorsProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("do not read")), qPrintable(problem->text()));
        dialog.accept();
        QCOMPARE(settings.operatorsJson(), broken);
    }

    void theWindowOpensItFromTheFileMenu()
    {
        test::ScratchHome home;
        Settings settings(home.filePath(QStringLiteral("switchboard.ini")));
        test::FakeSecretStore secrets;
        MainWindow window(settings, secrets);
        window.show();
        QAction *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        action->trigger();
        auto *dialog = window.findChild<PreferencesDialog *>(QStringLiteral("preferencesDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
    }
};

} // namespace sb

QTEST_MAIN(sb::TestPreferencesDialog)
#include "TestPreferencesDialog.moc"

// File → Preferences: the form shows what the settings hold, OK writes what the form says
// (and tells the running session once), Cancel and an unchanged OK write nothing, Restore
// Defaults puts the documented defaults back.
#include "app/platform/Settings.h"
#include "tests/gui/FakeSecretStore.h"
#include "tests/support/TestEnvironment.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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

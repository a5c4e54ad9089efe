#include "app/platform/MemorySecretStore.h"
#include "app/platform/Settings.h"
#include "tests/support/TestEnvironment.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

namespace sb {

// The .qm files are compiled in, and switching the language really changes what the
// operator reads.
class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void bothLanguagesAreCompiledIn();
    void japaneseTranslatesTheMainWindow();
    void englishAndUnknownLanguagesKeepTheSourceText();
};

void TestTranslations::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::bothLanguagesAreCompiledIn()
{
    QVERIFY(QFile::exists(QStringLiteral(":/translations/switchboard_ja.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/translations/switchboard_en.qm")));
}

void TestTranslations::japaneseTranslatesTheMainWindow()
{
    const InstalledTranslations installed = installTranslations(QStringLiteral("ja"));
    QCOMPARE(installed.uiLanguage.left(2), QStringLiteral("ja"));

    test::ScratchHome home;
    Settings settings(home.filePath(QStringLiteral("switchboard.ini")));
    MemorySecretStore secrets;
    MainWindow window(settings, secrets);
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text(),
             QStringLiteral("未接続"));
    QCOMPARE(window.menuBar()->actions().at(0)->text(), QStringLiteral("ファイル(&F)"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("secretsWarningLabel"))->text(),
             QStringLiteral("キーチェーンを利用できません: 秘密情報は終了時に失われます"));
}

void TestTranslations::englishAndUnknownLanguagesKeepTheSourceText()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        const InstalledTranslations installed = installTranslations(language);
        test::ScratchHome home;
        Settings settings(home.filePath(QStringLiteral("switchboard.ini")));
        MemorySecretStore secrets;
        MainWindow window(settings, secrets);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text(),
                 QStringLiteral("Not connected"));
    }
}

} // namespace sb

QTEST_MAIN(sb::TestTranslations)
#include "TestTranslations.moc"

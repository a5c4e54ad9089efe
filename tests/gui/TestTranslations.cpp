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
#include <QXmlStreamReader>

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
    void englishRewritesNoMessage();
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

// English is the source language: its catalogue may only supply plural forms. lupdate's
// similar-text guesses once shipped here ("%1 %2" read "1… {1 probation?}" in the Fleet dock)
// because lrelease compiles unfinished entries unless told not to.
void TestTranslations::englishRewritesNoMessage()
{
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/translations/switchboard_en.qm")));
    QFile ts(QStringLiteral(SWITCHBOARD_SOURCE_DIR "/translations/switchboard_en.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QString context;
    int checked = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message") &&
                   xml.attributes().value(QLatin1String("numerus")) != QLatin1String("yes")) {
            xml.readNextStartElement();
            const QString source = xml.readElementText();
            const QString shown =
                english.translate(context.toUtf8().constData(), source.toUtf8().constData());
            QVERIFY2(shown.isEmpty() || shown == source,
                     qPrintable(QStringLiteral("%1: \"%2\" reads \"%3\"").arg(context, source, shown)));
            ++checked;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(checked > 1000);
}

} // namespace sb

QTEST_MAIN(sb::TestTranslations)
#include "TestTranslations.moc"

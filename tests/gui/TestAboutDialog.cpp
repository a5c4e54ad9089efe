#include "app/platform/BuildInfo.h"
#include "ui/AboutDialog.h"

#include <QLabel>
#include <QRegularExpression>
#include <QTest>

#include <spdlog/version.h>

namespace sb {

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheLibraryVersions();

private:
    static QString labelText(const AboutDialog &dialog, const char *name)
    {
        const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : QString();
    }
};

void TestAboutDialog::showsTheLibraryVersions()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    const QRegularExpression version(QStringLiteral("^\\d+\\.\\d+\\.\\d+"));
    QCOMPARE(labelText(dialog, "appVersionLabel"), QLatin1String(build::version));
    QVERIFY(labelText(dialog, "qtVersionLabel").startsWith(QLatin1String(qVersion())));
    QVERIFY2(version.match(labelText(dialog, "qtKeychainVersionLabel")).hasMatch(),
             qPrintable(labelText(dialog, "qtKeychainVersionLabel")));
    // Debian 12 ships QtKeychain 0.13; the header's own macro would claim 0.1.0.
    QVERIFY(labelText(dialog, "qtKeychainVersionLabel").startsWith(QLatin1String("0.13")));
    QCOMPARE(labelText(dialog, "spdlogVersionLabel"),
             QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH));
    QVERIFY2(labelText(dialog, "sqliteVersionLabel").startsWith(QLatin1String("3.")),
             qPrintable(labelText(dialog, "sqliteVersionLabel")));
}

} // namespace sb

QTEST_MAIN(sb::TestAboutDialog)
#include "TestAboutDialog.moc"

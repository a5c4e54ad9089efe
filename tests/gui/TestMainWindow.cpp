#include "app/platform/FallbackSecretStore.h"
#include "app/platform/MemorySecretStore.h"
#include "app/platform/Settings.h"
#include "tests/gui/FakeSecretStore.h"
#include "tests/support/TestEnvironment.h"
#include "ui/AboutDialog.h"
#include "ui/GatewayProfileDialog.h"
#include "ui/MainWindow.h"

#include <memory>

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

namespace sb {

namespace {

const QString kToken = QStringLiteral("sb-main-window-token-93be1f07");

// A keychain that never answers: what FallbackSecretStore sees on a machine without one.
class UnavailableKeychain final : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString &, QObject *context, Callback done) override
    {
        unavailable(context, std::move(done));
    }
    void write(const QString &, const QString &, QObject *context, Callback done) override
    {
        unavailable(context, std::move(done));
    }
    void remove(const QString &, QObject *context, Callback done) override
    {
        unavailable(context, std::move(done));
    }
    bool isPersistent() const override { return true; }

private:
    static void unavailable(QObject *context, Callback done)
    {
        deliver(context, std::move(done),
                {Status::Unavailable, {}, QStringLiteral("no Secret Service on the bus")});
    }
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsAProfileThroughTheDialog();
    void showsTheSecretsWarningOnlyWithoutAKeychain();
    void warnsWhenTheKeychainDisappears();
    void connectMenuListsProfilesAndAsksToConnect();
    void languageChoiceIsSavedForTheNextStart();
    void connectionStateIsPlainText();
    void restoresGeometry();
    void sidePanelsAreDockedAndKeepTheirPlace();
    void opensAboutDialog();

private:
    template <typename T>
    T *child(QObject *parent, const char *name) const
    {
        auto *object = parent->findChild<T *>(QLatin1String(name));
        if (!object)
            qFatal("no child named %s", name);
        return object;
    }
    void openWindow(SecretStore &secrets);

    std::unique_ptr<test::ScratchHome> m_home;
    QString m_iniPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_home = std::make_unique<test::ScratchHome>();
    m_iniPath = m_home->filePath(QStringLiteral("switchboard.ini"));
    m_settings = std::make_unique<Settings>(m_iniPath);
    m_secrets = std::make_unique<MemorySecretStore>();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_settings.reset();
    m_home.reset();
}

void TestMainWindow::openWindow(SecretStore &secrets)
{
    m_window = std::make_unique<MainWindow>(*m_settings, secrets);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::addsAProfileThroughTheDialog()
{
    openWindow(*m_secrets);
    QCOMPARE(child<QLabel>(m_window.get(), "connectionStatusLabel")->text(), QStringLiteral("Not connected"));
    child<QAction>(m_window.get(), "manageProfilesAction")->trigger();
    auto *dialog = m_window->findChild<GatewayProfileDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QSignalSpy saved(dialog, &GatewayProfileDialog::profileSaved);

    QTest::keyClicks(child<QLineEdit>(dialog, "nameLineEdit"), QStringLiteral("Drill gateway"));
    QTest::keyClicks(child<QLineEdit>(dialog, "urlLineEdit"), QStringLiteral("ws://127.0.0.1:18789"));
    QTest::keyClicks(child<QLineEdit>(dialog, "tokenLineEdit"), kToken);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(saved.count(), 1);

    Settings reopened(m_iniPath);
    QCOMPARE(reopened.profiles().size(), 1);
    const GatewayProfile profile = reopened.profiles().at(0);
    QCOMPARE(profile.name, QStringLiteral("Drill gateway"));

    QString stored;
    m_secrets->read(profile.secretKey(), this,
                    [&stored](const SecretStore::Result &result) { stored = result.secret; });
    QTRY_COMPARE(stored, kToken);

    QFile ini(m_iniPath);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(kToken.toUtf8()));

    // The first-run page now points at connecting instead of adding.
    QCOMPARE(child<QPushButton>(m_window.get(), "addProfileButton")->text(),
             QStringLiteral("Manage Gateway Profiles…"));
}

void TestMainWindow::showsTheSecretsWarningOnlyWithoutAKeychain()
{
    openWindow(*m_secrets);
    auto *warning = child<QLabel>(m_window.get(), "secretsWarningLabel");
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(),
             QStringLiteral("No keychain available: secrets will be forgotten when you quit"));
    m_window.reset();

    test::FakeSecretStore keychain;
    openWindow(keychain);
    QVERIFY(child<QLabel>(m_window.get(), "secretsWarningLabel")->isHidden());
}

void TestMainWindow::warnsWhenTheKeychainDisappears()
{
    FallbackSecretStore secrets(std::make_unique<UnavailableKeychain>());
    openWindow(secrets);
    auto *warning = child<QLabel>(m_window.get(), "secretsWarningLabel");
    QVERIFY(warning->isHidden());
    secrets.probe();
    QTRY_VERIFY(warning->isVisible());
    QCOMPARE(warning->toolTip(), QStringLiteral("no Secret Service on the bus"));
}

void TestMainWindow::connectMenuListsProfilesAndAsksToConnect()
{
    openWindow(*m_secrets);
    auto *menu = child<QMenu>(m_window.get(), "connectMenu");
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY(!menu->actions().at(0)->isEnabled());

    const GatewayProfile profile =
        GatewayProfile::create(QStringLiteral("R&D"), QUrl(QStringLiteral("ws://127.0.0.1:1")));
    m_settings->saveProfile(profile);
    QCOMPARE(menu->actions().size(), 1);
    QAction *action = menu->actions().at(0);
    // An ampersand in a name is shown, not turned into a mnemonic.
    QCOMPARE(action->text(), QStringLiteral("R&&D"));

    QSignalSpy requested(m_window.get(), &MainWindow::connectRequested);
    action->trigger();
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), profile.id);
    QCOMPARE(m_settings->lastProfileId(), profile.id);
}

void TestMainWindow::languageChoiceIsSavedForTheNextStart()
{
    openWindow(*m_secrets);
    auto *system = child<QAction>(m_window.get(), "languageSystemAction");
    QVERIFY(system->isChecked());
    child<QAction>(m_window.get(), "languageJapaneseAction")->trigger();
    QCOMPARE(Settings(m_iniPath).languageOverride(), QStringLiteral("ja"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("next time")));
    QVERIFY(!system->isChecked());
    m_window.reset();

    openWindow(*m_secrets);
    QVERIFY(child<QAction>(m_window.get(), "languageJapaneseAction")->isChecked());
    child<QAction>(m_window.get(), "languageSystemAction")->trigger();
    QVERIFY(Settings(m_iniPath).languageOverride().isEmpty());
}

void TestMainWindow::connectionStateIsPlainText()
{
    openWindow(*m_secrets);
    auto *label = child<QLabel>(m_window.get(), "connectionStatusLabel");
    m_window->setConnectionState(QStringLiteral("<img src=x> gateway said no"),
                                 MainWindow::Severity::Critical);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), QStringLiteral("<img src=x> gateway said no"));
    QCOMPARE(label->property("severity").value<MainWindow::Severity>(), MainWindow::Severity::Critical);
}

void TestMainWindow::restoresGeometry()
{
    openWindow(*m_secrets);
    m_window->resize(900, 600);
    QTRY_COMPARE(m_window->size(), QSize(900, 600));
    m_window->close();
    QVERIFY(!Settings(m_iniPath).windowGeometry().isEmpty());
    m_window.reset();

    openWindow(*m_secrets);
    QTRY_COMPARE(m_window->size(), QSize(900, 600));
}

void TestMainWindow::sidePanelsAreDockedAndKeepTheirPlace()
{
    openWindow(*m_secrets);
    auto *panel = new QLabel(QStringLiteral("facts"));
    const QPointer<QLabel> firstPanel(panel);
    m_window->setSidePanel(QStringLiteral("gatewayDock"), QStringLiteral("Gateway"), panel);
    auto *dock = child<QDockWidget>(m_window.get(), "gatewayDock");
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(m_window->dockWidgetArea(dock), Qt::RightDockWidgetArea);
    // Replacing the panel keeps one dock; moving it is remembered across a restart.
    auto *replacement = new QLabel(QStringLiteral("facts 2"));
    m_window->setSidePanel(QStringLiteral("gatewayDock"), QStringLiteral("Gateway"), replacement);
    QCOMPARE(m_window->findChildren<QDockWidget *>().size(), 1);
    QCOMPARE(qobject_cast<QScrollArea *>(dock->widget())->widget(), replacement); // scrolls, never widens
    QVERIFY(firstPanel.isNull()); // the replaced panel is gone
    m_window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    m_window->close();
    m_window.reset();

    openWindow(*m_secrets);
    m_window->setSidePanel(QStringLiteral("gatewayDock"), QStringLiteral("Gateway"), new QLabel);
    QCOMPARE(m_window->dockWidgetArea(child<QDockWidget>(m_window.get(), "gatewayDock")),
             Qt::LeftDockWidgetArea);
}

void TestMainWindow::opensAboutDialog()
{
    openWindow(*m_secrets);
    child<QAction>(m_window.get(), "aboutAction")->trigger();
    auto *about = m_window->findChild<AboutDialog *>();
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
}

} // namespace sb

QTEST_MAIN(sb::TestMainWindow)
#include "TestMainWindow.moc"

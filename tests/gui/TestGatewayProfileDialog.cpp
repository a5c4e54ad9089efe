#include "app/platform/MemorySecretStore.h"
#include "app/platform/Settings.h"
#include "models/GatewayProfileModel.h"
#include "tests/gui/FakeSecretStore.h"
#include "tests/support/TestEnvironment.h"
#include "ui/GatewayProfileDialog.h"
#include "ui/MessageBox.h"

#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace sb {

namespace {

const QString kToken = QStringLiteral("sb-test-token-4f1c9e2a7d");

} // namespace

class TestGatewayProfileDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addsAProfileAndKeepsTheTokenOutOfSettings();
    void enterSavesAndEscapeCloses();
    void invalidUrlDisablesSaveAndSaysWhy();
    void insecureOptInAllowsRemoteWsAndWarns();
    void watchAtStartIsSavedAndShown();
    void editsAnExistingProfileWithoutTouchingItsToken();
    void addButtonStartsAnEmptyProfile();
    void storedTokenShowsAsUnchanged();
    void storeFailureIsShownAndTheTokenKept();
    void removeAsksFirst();
    void deleteKeyRemovesTheSelectedProfile();
    void profileNamesAreNotMarkup();
    void useLocalGatewayFillsUrlAndToken();

private:
    template <typename T>
    T *child(const char *name) const
    {
        auto *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child named %s", name);
        return widget;
    }
    void openDialog();
    GatewayProfile seedProfile(const QString &name, const QString &url);

    std::unique_ptr<test::ScratchHome> m_home;
    QString m_iniPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<test::FakeSecretStore> m_secrets;
    std::unique_ptr<GatewayProfileModel> m_model;
    std::unique_ptr<GatewayProfileDialog> m_dialog;
};

void TestGatewayProfileDialog::init()
{
    m_home = std::make_unique<test::ScratchHome>();
    m_iniPath = m_home->filePath(QStringLiteral("switchboard.ini"));
    m_settings = std::make_unique<Settings>(m_iniPath);
    m_secrets = std::make_unique<test::FakeSecretStore>();
    m_model = std::make_unique<GatewayProfileModel>(*m_settings);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestGatewayProfileDialog::cleanup()
{
    m_dialog.reset();
    m_model.reset();
    m_secrets.reset();
    m_settings.reset();
    m_home.reset();
}

void TestGatewayProfileDialog::openDialog()
{
    m_dialog = std::make_unique<GatewayProfileDialog>(*m_settings, *m_model, *m_secrets);
    m_dialog->show();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

GatewayProfile TestGatewayProfileDialog::seedProfile(const QString &name, const QString &url)
{
    const GatewayProfile profile = GatewayProfile::create(name, QUrl(url));
    m_settings->saveProfile(profile);
    return profile;
}

void TestGatewayProfileDialog::addsAProfileAndKeepsTheTokenOutOfSettings()
{
    openDialog();
    QVERIFY(m_dialog->editingProfileId().isEmpty());
    QSignalSpy saved(m_dialog.get(), &GatewayProfileDialog::profileSaved);

    QTest::keyClicks(child<QLineEdit>("nameLineEdit"), QStringLiteral("Tokyo ops"));
    QTest::keyClicks(child<QLineEdit>("urlLineEdit"), QStringLiteral("ws://127.0.0.1:18789"));
    auto *zones = child<QComboBox>("timeZoneComboBox");
    zones->setCurrentIndex(zones->findData(QStringLiteral("Asia/Tokyo")));
    QVERIFY(zones->currentIndex() > 0);
    auto *token = child<QLineEdit>("tokenLineEdit");
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::keyClicks(token, kToken);
    auto *save = child<QPushButton>("saveButton");
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(1).toBool(), true);

    // Read back through a second Settings on the same file: what a restart would see.
    Settings reopened(m_iniPath);
    const QList<GatewayProfile> profiles = reopened.profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).name, QStringLiteral("Tokyo ops"));
    QCOMPARE(profiles.at(0).url, QUrl(QStringLiteral("ws://127.0.0.1:18789")));
    QCOMPARE(profiles.at(0).displayTimeZone, QStringLiteral("Asia/Tokyo"));
    QCOMPARE(profiles.at(0).allowInsecure, false);

    QCOMPARE(m_secrets->stored(profiles.at(0).secretKey()), kToken);
    QFile ini(m_iniPath);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(bytes.contains("Tokyo ops"));
    QVERIFY(!bytes.contains(kToken.toUtf8()));

    // The field forgets the token once the store has it.
    QVERIFY(token->text().isEmpty());
    QCOMPARE(token->placeholderText(), QStringLiteral("unchanged"));
    QCOMPARE(m_dialog->editingProfileId(), profiles.at(0).id);
    QCOMPARE(child<QListView>("profileListView")->currentIndex().row(), 0);
}

void TestGatewayProfileDialog::enterSavesAndEscapeCloses()
{
    openDialog();
    QSignalSpy saved(m_dialog.get(), &GatewayProfileDialog::profileSaved);
    auto *url = child<QLineEdit>("urlLineEdit");
    QTest::keyClicks(url, QStringLiteral("wss://gw.example:443"));
    QTest::keyClick(url, Qt::Key_Return);
    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(m_settings->profiles().size(), 1);

    QTest::keyClick(url, Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

void TestGatewayProfileDialog::invalidUrlDisablesSaveAndSaysWhy()
{
    openDialog();
    auto *url = child<QLineEdit>("urlLineEdit");
    auto *error = child<QLabel>("urlErrorLabel");
    auto *save = child<QPushButton>("saveButton");
    QVERIFY(!save->isEnabled());
    QVERIFY(error->isHidden());

    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:18789"));
    QVERIFY(!save->isEnabled());
    QTRY_VERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("ws://")));
    QCOMPARE(error->text(), validateGatewayUrl(QUrl(url->text()), false));

    // Enter with an invalid URL saves nothing.
    QTest::keyClick(url, Qt::Key_Return);
    QVERIFY(m_settings->profiles().isEmpty());

    url->clear();
    QTest::keyClicks(url, QStringLiteral("ws://127.0.0.1:18789"));
    QVERIFY(save->isEnabled());
    QVERIFY(error->isHidden());
}

void TestGatewayProfileDialog::insecureOptInAllowsRemoteWsAndWarns()
{
    openDialog();
    auto *url = child<QLineEdit>("urlLineEdit");
    auto *save = child<QPushButton>("saveButton");
    auto *insecure = child<QCheckBox>("allowInsecureCheckBox");
    auto *warning = child<QLabel>("insecureWarningLabel");
    QTest::keyClicks(url, QStringLiteral("ws://10.1.2.3:18789"));
    QVERIFY(!save->isEnabled());
    QVERIFY(child<QLabel>("urlErrorLabel")->isVisible());
    QVERIFY(warning->isHidden());

    QTest::mouseClick(insecure, Qt::LeftButton);
    QVERIFY(insecure->isChecked());
    QVERIFY(save->isEnabled());
    QVERIFY(warning->isVisible());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_settings->profiles().size(), 1);
    QVERIFY(m_settings->profiles().at(0).allowInsecure);
}

void TestGatewayProfileDialog::watchAtStartIsSavedAndShown()
{
    const GatewayProfile profile = seedProfile(QStringLiteral("Home"), QStringLiteral("ws://127.0.0.1:1"));
    openDialog();
    auto *watch = child<QCheckBox>("watchAtStartCheckBox");
    QVERIFY(!watch->isChecked());
    QTest::mouseClick(watch, Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(m_settings->profile(profile.id).value_or(GatewayProfile{}).watchAtStart);

    m_dialog->startNewProfile();
    QVERIFY(!watch->isChecked());
    m_dialog->selectProfile(profile.id);
    QVERIFY(watch->isChecked());
}

void TestGatewayProfileDialog::editsAnExistingProfileWithoutTouchingItsToken()
{
    const GatewayProfile profile =
        seedProfile(QStringLiteral("Old name"), QStringLiteral("ws://127.0.0.1:1"));
    openDialog();
    QCOMPARE(m_dialog->editingProfileId(), profile.id);
    auto *name = child<QLineEdit>("nameLineEdit");
    QCOMPARE(name->text(), QStringLiteral("Old name"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("New name"));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    const QList<GatewayProfile> profiles = m_settings->profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).id, profile.id);
    QCOMPARE(profiles.at(0).name, QStringLiteral("New name"));
    // An empty token field means "leave the stored token alone".
    QCOMPARE(m_secrets->writeCount(), 0);
}

void TestGatewayProfileDialog::addButtonStartsAnEmptyProfile()
{
    const GatewayProfile existing =
        seedProfile(QStringLiteral("Existing"), QStringLiteral("ws://127.0.0.1:1"));
    openDialog();
    QCOMPARE(m_dialog->editingProfileId(), existing.id);
    auto *list = child<QListView>("profileListView");

    QTest::mouseClick(child<QPushButton>("addButton"), Qt::LeftButton);
    QVERIFY(m_dialog->editingProfileId().isEmpty());
    QVERIFY(!list->currentIndex().isValid());
    QVERIFY(!list->selectionModel()->hasSelection());
    QVERIFY(child<QLineEdit>("nameLineEdit")->text().isEmpty());
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QVERIFY(!child<QPushButton>("removeButton")->isEnabled());

    QTest::keyClicks(child<QLineEdit>("nameLineEdit"), QStringLiteral("Second"));
    QTest::keyClicks(child<QLineEdit>("urlLineEdit"), QStringLiteral("ws://127.0.0.1:2"));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(m_settings->profiles().size(), 2);
    QCOMPARE(m_settings->profile(existing.id)->name, QStringLiteral("Existing"));
    QCOMPARE(list->currentIndex().row(), 1);
}

void TestGatewayProfileDialog::storedTokenShowsAsUnchanged()
{
    const GatewayProfile withToken = seedProfile(QStringLiteral("A"), QStringLiteral("ws://127.0.0.1:1"));
    const GatewayProfile withoutToken = seedProfile(QStringLiteral("B"), QStringLiteral("ws://127.0.0.1:2"));
    m_secrets->write(withToken.secretKey(), kToken, nullptr, {});
    openDialog();
    auto *token = child<QLineEdit>("tokenLineEdit");
    QTRY_COMPARE(token->placeholderText(), QStringLiteral("unchanged"));
    // The stored secret is never put into the form.
    QVERIFY(token->text().isEmpty());

    m_dialog->selectProfile(withoutToken.id);
    QCOMPARE(m_dialog->editingProfileId(), withoutToken.id);
    QVERIFY(token->placeholderText() != QStringLiteral("unchanged"));
}

void TestGatewayProfileDialog::storeFailureIsShownAndTheTokenKept()
{
    openDialog();
    m_secrets->failWith(SecretStore::Status::Failed, QStringLiteral("The keychain is locked"));
    QSignalSpy saved(m_dialog.get(), &GatewayProfileDialog::profileSaved);
    QTest::keyClicks(child<QLineEdit>("urlLineEdit"), QStringLiteral("ws://127.0.0.1:18789"));
    QTest::keyClicks(child<QLineEdit>("tokenLineEdit"), kToken);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    QTRY_COMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(1).toBool(), false);
    auto *error = child<QLabel>("tokenErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QLatin1String("The keychain is locked")));
    QCOMPARE(child<QLineEdit>("tokenLineEdit")->text(), kToken);
    // The profile itself is saved; only the token is missing.
    QCOMPARE(m_settings->profiles().size(), 1);
}

void TestGatewayProfileDialog::removeAsksFirst()
{
    const GatewayProfile first = seedProfile(QStringLiteral("First"), QStringLiteral("ws://127.0.0.1:1"));
    const GatewayProfile second = seedProfile(QStringLiteral("Second"), QStringLiteral("ws://127.0.0.1:2"));
    m_secrets->write(first.secretKey(), kToken, nullptr, {});
    openDialog();
    QTRY_VERIFY(m_secrets->contains(first.secretKey()));
    auto *remove = child<QPushButton>("removeButton");

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("First")));
    QCOMPARE(m_settings->profiles().size(), 2);
    QVERIFY(m_secrets->contains(first.secretKey()));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_settings->profiles().size(), 1);
    QCOMPARE(m_settings->profiles().at(0).id, second.id);
    QTRY_VERIFY(!m_secrets->contains(first.secretKey()));
    // The form moves on to the remaining profile.
    QCOMPARE(m_dialog->editingProfileId(), second.id);
    QCOMPARE(child<QLineEdit>("nameLineEdit")->text(), QStringLiteral("Second"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_settings->profiles().isEmpty());
    QVERIFY(m_dialog->editingProfileId().isEmpty());
    QVERIFY(!remove->isEnabled());
}

void TestGatewayProfileDialog::deleteKeyRemovesTheSelectedProfile()
{
    seedProfile(QStringLiteral("Doomed"), QStringLiteral("ws://127.0.0.1:1"));
    openDialog();
    auto *list = child<QListView>("profileListView");
    list->setFocus();
    QTRY_VERIFY(list->hasFocus());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_VERIFY(m_settings->profiles().isEmpty());

    // In a text field Delete edits text and removes nothing.
    seedProfile(QStringLiteral("Kept"), QStringLiteral("ws://127.0.0.1:2"));
    m_dialog->selectProfile(m_model->profileAt(0).id);
    auto *name = child<QLineEdit>("nameLineEdit");
    name->setFocus();
    name->setCursorPosition(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(name, Qt::Key_Delete);
    QCOMPARE(name->text(), QStringLiteral("ept"));
    QCOMPARE(m_settings->profiles().size(), 1);
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestGatewayProfileDialog::profileNamesAreNotMarkup()
{
    seedProfile(QStringLiteral("<b>bold</b>"), QStringLiteral("ws://127.0.0.1:1"));
    openDialog();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>("removeButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QLatin1String("\"<b>bold</b>\"")));
    QCOMPARE(child<QLabel>("urlErrorLabel")->textFormat(), Qt::PlainText);
    QCOMPARE(child<QLabel>("tokenErrorLabel")->textFormat(), Qt::PlainText);
}

void TestGatewayProfileDialog::useLocalGatewayFillsUrlAndToken()
{
    // A local OpenClaw install in a scratch HOME, as the real gateway writes it.
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".openclaw")));
    QFile config(QDir(home.path()).filePath(QStringLiteral(".openclaw/openclaw.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"gateway":{"port":34999,"auth":{"mode":"token","token":"local-token-abcdef"}}})");
    config.close();
    const QByteArray oldHome = qgetenv("HOME");
    qputenv("HOME", home.path().toUtf8());
    qunsetenv("OPENCLAW_GATEWAY_TOKEN");
    qunsetenv("OPENCLAW_GATEWAY_PORT");

    openDialog();
    QTest::mouseClick(child<QPushButton>("useLocalGatewayButton"), Qt::LeftButton);
    qputenv("HOME", oldHome);

    QCOMPARE(child<QLineEdit>("urlLineEdit")->text(), QStringLiteral("ws://127.0.0.1:34999"));
    QCOMPARE(child<QLineEdit>("tokenLineEdit")->text(), QStringLiteral("local-token-abcdef"));
    QVERIFY(!child<QLineEdit>("nameLineEdit")->text().isEmpty());
    QVERIFY(child<QPushButton>("saveButton")->isEnabled());
}

} // namespace sb

QTEST_MAIN(sb::TestGatewayProfileDialog)
#include "TestGatewayProfileDialog.moc"

#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QPushButton;

namespace sb {

class AboutDialog;
class GatewayProfileDialog;
class GatewayProfileModel;
class SecretStore;
class Settings;

// The console's main window. For now a shell: menus, a status bar that tells the operator
// whether a gateway is connected and whether secrets survive a restart, and a first-run page.
// Live timelines take the central area once a gateway client exists.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Severity
    {
        Neutral,
        Ok,
        Warning,
        Critical,
    };
    Q_ENUM(Severity)

    MainWindow(Settings &settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Text is shown as plain text: it may carry a gateway's own error message.
    void setConnectionState(const QString &text, Severity severity);
    void setSecretsPersistent(bool persistent, const QString &reason = {});

    // Replaces the central area (the first-run page) with a gateway's panel; takes ownership.
    void showGatewayPanel(QWidget *panel);

    GatewayProfileDialog *openProfileDialog();
    AboutDialog *openAboutDialog();

Q_SIGNALS:
    // The gateway client (a later component) connects this and reports back through
    // setConnectionState().
    void connectRequested(const QString &profileId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void createStatusBar();
    QWidget *createWelcomePage();
    void rebuildConnectMenu();
    void updateWelcomePage();
    void selectLanguage(const QString &language);
    void saveWindowState();

    Settings &m_settings;
    SecretStore &m_secrets;
    GatewayProfileModel *m_profiles = nullptr;

    QMenu *m_connectMenu = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_secretsWarningLabel = nullptr;
    QLabel *m_welcomeTitleLabel = nullptr;
    QLabel *m_welcomeTextLabel = nullptr;
    QPushButton *m_welcomeButton = nullptr;
    QPointer<GatewayProfileDialog> m_profileDialog;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace sb

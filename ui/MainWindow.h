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
class PreferencesDialog;
class SecretStore;
class Settings;

// The console's main window: menus, a status bar that tells the operator whether a gateway is
// connected and whether secrets survive a restart, a first-run page, and once a gateway is
// watched the live view in the centre with docked side panels.
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

    // Replaces the central area (the first-run page) with the live view; takes ownership.
    void showPage(QWidget *page);
    // Docks a panel (gateway facts, lane details at the side; the fleet overview at the bottom); a
    // panel with the same object name is replaced. Docks keep their place across restarts
    // (saveState/restoreState).
    void setSidePanel(const QString &objectName, const QString &title, QWidget *panel,
                      Qt::DockWidgetArea area = Qt::RightDockWidgetArea);

    GatewayProfileDialog *openProfileDialog();
    AboutDialog *openAboutDialog();
    PreferencesDialog *openPreferencesDialog();

Q_SIGNALS:
    // The gateway client (a later component) connects this and reports back through
    // setConnectionState().
    void connectRequested(const QString &profileId);
    // Gateway → Link WhatsApp… / Set Up Telegram… (the watched gateway's LinkingController).
    void linkWhatsAppRequested();
    void setUpTelegramRequested();
    // Gateway ▸ Set Up Signal…
    void setUpSignalRequested();

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
    QMenu *m_viewMenu = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_secretsWarningLabel = nullptr;
    QLabel *m_welcomeTitleLabel = nullptr;
    QLabel *m_welcomeTextLabel = nullptr;
    QPushButton *m_welcomeButton = nullptr;
    QPointer<GatewayProfileDialog> m_profileDialog;
    QPointer<AboutDialog> m_aboutDialog;
    QPointer<PreferencesDialog> m_preferencesDialog;
};

} // namespace sb

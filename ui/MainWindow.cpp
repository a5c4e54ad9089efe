#include "ui/MainWindow.h"

#include "app/platform/FallbackSecretStore.h"
#include "app/platform/Settings.h"
#include "models/GatewayProfileModel.h"
#include "ui/AboutDialog.h"
#include "ui/GatewayProfileDialog.h"
#include "ui/PreferencesDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace sb {

namespace {

// How long transient status-bar notes stay; long enough to read a sentence twice.
constexpr int kStatusMessageMs = 15000;

QString escapeMnemonic(QString text)
{
    // Profile names are the operator's free text: a "&" must show, not become a shortcut.
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

QColor severityColor(MainWindow::Severity severity, const QPalette &palette)
{
    switch (severity) {
    case MainWindow::Severity::Ok:
        return QColor(0x1b, 0x7a, 0x2f);
    case MainWindow::Severity::Warning:
        return QColor(0x9a, 0x5b, 0x00);
    case MainWindow::Severity::Critical:
        return QColor(0xb3, 0x1d, 0x1d);
    case MainWindow::Severity::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

} // namespace

MainWindow::MainWindow(Settings &settings, SecretStore &secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_profiles(new GatewayProfileModel(settings, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Switchboard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dev.switchboard.Switchboard.svg")));

    createMenus();
    createStatusBar();
    setCentralWidget(createWelcomePage());

    connect(m_profiles, &QAbstractItemModel::rowsInserted, this, &MainWindow::rebuildConnectMenu);
    connect(m_profiles, &QAbstractItemModel::rowsRemoved, this, &MainWindow::rebuildConnectMenu);
    connect(m_profiles, &QAbstractItemModel::dataChanged, this, &MainWindow::rebuildConnectMenu);
    connect(m_profiles, &QAbstractItemModel::modelReset, this, &MainWindow::rebuildConnectMenu);
    rebuildConnectMenu();

    setSecretsPersistent(m_secrets.isPersistent());
    // Only the fallback store can change its mind at run time (the keychain stops answering);
    // the other stores' answer is fixed for their lifetime.
    if (auto *fallback = qobject_cast<FallbackSecretStore *>(&m_secrets))
        connect(fallback, &FallbackSecretStore::persistenceChanged, this, &MainWindow::setSecretsPersistent);

    resize(1200, 760);
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = m_settings.windowState();
    if (!state.isEmpty())
        restoreState(state);
}

MainWindow::~MainWindow()
{
    // The dialogs hold references to the profile model; children die in creation order, which
    // would destroy the model first.
    delete m_profileDialog;
    delete m_aboutDialog;
    delete m_preferencesDialog;
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *preferencesAction = fileMenu->addAction(tr("&Preferences…"));
    preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(preferencesAction, &QAction::triggered, this, &MainWindow::openPreferencesDialog);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    // close(), not quit(): closing saves the window state and lets the last window end the app.
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *gatewayMenu = menuBar()->addMenu(tr("&Gateway"));
    gatewayMenu->setObjectName(QStringLiteral("gatewayMenu"));
    QAction *manageAction = gatewayMenu->addAction(tr("&Manage Profiles…"));
    manageAction->setObjectName(QStringLiteral("manageProfilesAction"));
    manageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(manageAction, &QAction::triggered, this, &MainWindow::openProfileDialog);
    m_connectMenu = gatewayMenu->addMenu(tr("&Connect To"));
    m_connectMenu->setObjectName(QStringLiteral("connectMenu"));
    gatewayMenu->addSeparator();
    QAction *linkWhatsAppAction = gatewayMenu->addAction(tr("Link &WhatsApp…"));
    linkWhatsAppAction->setObjectName(QStringLiteral("linkWhatsAppAction"));
    connect(linkWhatsAppAction, &QAction::triggered, this, &MainWindow::linkWhatsAppRequested);
    QAction *setUpTelegramAction = gatewayMenu->addAction(tr("Set Up &Telegram…"));
    setUpTelegramAction->setObjectName(QStringLiteral("setUpTelegramAction"));
    connect(setUpTelegramAction, &QAction::triggered, this, &MainWindow::setUpTelegramRequested);
    QAction *signalAction = gatewayMenu->addAction(tr("Set Up &Signal…"));
    signalAction->setObjectName(QStringLiteral("setUpSignalAction"));
    connect(signalAction, &QAction::triggered, this, &MainWindow::setUpSignalRequested);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu = viewMenu;
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    QMenu *languageMenu = viewMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    struct LanguageChoice
    {
        QString code;
        QString label;
        const char *objectName;
    };
    // Language names are endonyms, not translated: someone who cannot read the current UI
    // language must still be able to find their own.
    const LanguageChoice choices[] = {
        {QString(), tr("System"), "languageSystemAction"},
        {QStringLiteral("en"), QStringLiteral("English"), "languageEnglishAction"},
        {QStringLiteral("ja"), QStringLiteral("日本語"), "languageJapaneseAction"},
    };
    const QString current = m_settings.languageOverride();
    for (const LanguageChoice &choice : choices) {
        QAction *action = languageMenu->addAction(choice.label);
        action->setObjectName(QLatin1String(choice.objectName));
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        action->setData(choice.code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = choice.code] { selectLanguage(code); });
    }
    m_fullScreenAction = viewMenu->addAction(tr("&Full Screen"));
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *aboutAction = helpMenu->addAction(tr("&About Switchboard"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::openAboutDialog);
    QAction *aboutQtAction = helpMenu->addAction(tr("About &Qt"));
    aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    m_secretsWarningLabel = new QLabel(tr("No keychain available: secrets will be forgotten when you quit"));
    m_secretsWarningLabel->setObjectName(QStringLiteral("secretsWarningLabel"));
    m_secretsWarningLabel->setTextFormat(Qt::PlainText);
    m_secretsWarningLabel->setStyleSheet(QStringLiteral(
        "QLabel { color: #5c3a00; background: #ffe8a3; padding: 1px 6px; border-radius: 3px; }"));
    m_secretsWarningLabel->setVisible(false);
    statusBar()->addPermanentWidget(m_secretsWarningLabel);

    m_connectionLabel = new QLabel;
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_connectionLabel->setTextFormat(Qt::PlainText);
    m_connectionLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_connectionLabel);
    setConnectionState(tr("Not connected"), Severity::Neutral);
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("welcomePage"));

    // A fixed-width column: a word-wrapped label only gets the height it needs when its
    // layout gives it a definite width, which a centred, unconstrained label never has.
    auto *column = new QWidget;
    column->setObjectName(QStringLiteral("welcomeColumn"));
    column->setFixedWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(10);

    m_welcomeTitleLabel = new QLabel;
    m_welcomeTitleLabel->setObjectName(QStringLiteral("welcomeTitleLabel"));
    m_welcomeTitleLabel->setTextFormat(Qt::PlainText);
    m_welcomeTitleLabel->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_welcomeTitleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_welcomeTitleLabel->setFont(titleFont);
    columnLayout->addWidget(m_welcomeTitleLabel);

    m_welcomeTextLabel = new QLabel;
    m_welcomeTextLabel->setObjectName(QStringLiteral("welcomeTextLabel"));
    m_welcomeTextLabel->setTextFormat(Qt::PlainText);
    m_welcomeTextLabel->setAlignment(Qt::AlignCenter);
    m_welcomeTextLabel->setWordWrap(true);
    columnLayout->addWidget(m_welcomeTextLabel);

    m_welcomeButton = new QPushButton;
    m_welcomeButton->setObjectName(QStringLiteral("addProfileButton"));
    connect(m_welcomeButton, &QPushButton::clicked, this, [this] {
        GatewayProfileDialog *dialog = openProfileDialog();
        if (m_profiles->rowCount() == 0)
            dialog->startNewProfile();
    });
    columnLayout->addSpacing(6);
    columnLayout->addWidget(m_welcomeButton, 0, Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    return page;
}

void MainWindow::updateWelcomePage()
{
    if (!m_welcomeTitleLabel)
        return; // a gateway panel has replaced the first-run page
    if (m_profiles->rowCount() == 0) {
        m_welcomeTitleLabel->setText(tr("Add a gateway to watch"));
        m_welcomeTextLabel->setText(
            tr("Switchboard watches OpenClaw gateways and shows every channel's health over time. Start "
               "by adding a gateway profile: its WebSocket URL and its token, which is kept in the system "
               "keychain."));
        m_welcomeButton->setText(tr("Add a Gateway Profile…"));
    } else {
        m_welcomeTitleLabel->setText(tr("Connect to a gateway"));
        m_welcomeTextLabel->setText(tr("Choose a gateway in Gateway ▸ Connect To. Its channels will appear "
                                       "here as live timelines."));
        m_welcomeButton->setText(tr("Manage Gateway Profiles…"));
    }
}

void MainWindow::rebuildConnectMenu()
{
    m_connectMenu->clear();
    const int count = m_profiles->rowCount();
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_profiles->index(row);
        const QString profileId = index.data(GatewayProfileModel::IdRole).toString();
        QAction *action = m_connectMenu->addAction(escapeMnemonic(index.data(Qt::DisplayRole).toString()));
        action->setObjectName(QStringLiteral("connectProfileAction"));
        action->setData(profileId);
        action->setToolTip(index.data(Qt::ToolTipRole).toString());
        connect(action, &QAction::triggered, this, [this, profileId] {
            m_settings.setLastProfileId(profileId);
            Q_EMIT connectRequested(profileId);
        });
    }
    if (count == 0) {
        QAction *none = m_connectMenu->addAction(tr("No gateway profiles yet"));
        none->setObjectName(QStringLiteral("noProfilesAction"));
        none->setEnabled(false);
    }
    updateWelcomePage();
}

void MainWindow::setConnectionState(const QString &text, Severity severity)
{
    m_connectionLabel->setText(text);
    QPalette palette = m_connectionLabel->palette();
    palette.setColor(QPalette::WindowText, severityColor(severity, this->palette()));
    m_connectionLabel->setPalette(palette);
    m_connectionLabel->setProperty("severity", QVariant::fromValue(severity));
}

void MainWindow::setSecretsPersistent(bool persistent, const QString &reason)
{
    m_secretsWarningLabel->setVisible(!persistent);
    m_secretsWarningLabel->setToolTip(reason);
}

void MainWindow::showPage(QWidget *page)
{
    // setCentralWidget deletes the previous page, including its labels the welcome page
    // bookkeeping points at.
    m_welcomeTitleLabel = nullptr;
    m_welcomeTextLabel = nullptr;
    m_welcomeButton = nullptr;
    setCentralWidget(page);
}

void MainWindow::setSidePanel(const QString &objectName, const QString &title, QWidget *panel,
                              Qt::DockWidgetArea area)
{
    // In a scroll area, so a long line in a panel (a gateway's error text) scrolls instead of
    // widening the dock over the lanes.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(panel);
    auto *dock = findChild<QDockWidget *>(objectName, Qt::FindDirectChildrenOnly);
    if (dock) {
        dock->setWindowTitle(title);
        delete dock->widget();
        dock->setWidget(scroll);
        return;
    }
    dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    dock->setWidget(scroll);
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
    // Where the operator left it last time; a dock the saved layout does not know yet shows.
    if (!restoreState(m_settings.windowState()) || !restoreDockWidget(dock)) {
        dock->show();
        // The lanes keep most of the room; after the layout has taken the new dock in.
        const bool across = area == Qt::TopDockWidgetArea || area == Qt::BottomDockWidgetArea;
        QTimer::singleShot(0, dock, [this, dock, across] {
            resizeDocks({dock}, {across ? 200 : 380}, across ? Qt::Vertical : Qt::Horizontal);
        });
    }
}

GatewayProfileDialog *MainWindow::openProfileDialog()
{
    if (!m_profileDialog)
        m_profileDialog = new GatewayProfileDialog(m_settings, *m_profiles, m_secrets, this);
    m_profileDialog->open();
    m_profileDialog->raise();
    m_profileDialog->activateWindow();
    return m_profileDialog;
}

AboutDialog *MainWindow::openAboutDialog()
{
    if (!m_aboutDialog)
        m_aboutDialog = new AboutDialog(this);
    m_aboutDialog->open();
    m_aboutDialog->raise();
    return m_aboutDialog;
}

PreferencesDialog *MainWindow::openPreferencesDialog()
{
    if (!m_preferencesDialog)
        m_preferencesDialog = new PreferencesDialog(m_settings, this);
    else
        m_preferencesDialog->setPreferences(m_settings.monitoring());
    m_preferencesDialog->open();
    m_preferencesDialog->raise();
    return m_preferencesDialog;
}

void MainWindow::selectLanguage(const QString &language)
{
    if (language == m_settings.languageOverride())
        return;
    m_settings.setLanguageOverride(language);
    m_settings.sync();
    statusBar()->showMessage(tr("The new language takes effect the next time Switchboard starts."),
                             kStatusMessageMs);
}

void MainWindow::saveWindowState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // Keep the menu check in step when the window manager toggles full screen itself.
    if (event->type() == QEvent::WindowStateChange && m_fullScreenAction) {
        const QSignalBlocker blocker(m_fullScreenAction);
        m_fullScreenAction->setChecked(isFullScreen());
    }
    QMainWindow::changeEvent(event);
}

} // namespace sb

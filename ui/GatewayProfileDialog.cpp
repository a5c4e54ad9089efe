#include "ui/GatewayProfileDialog.h"

#include "app/platform/LocalGateway.h"
#include "app/platform/Logging.h"
#include "app/platform/SecretStore.h"
#include "app/platform/Settings.h"
#include "models/GatewayProfileModel.h"
#include "ui/MessageBox.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sb {

namespace {

QLabel *makeMessageLabel(const QString &objectName, const QString &color)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    // Error texts can quote the URL or a keychain message: never interpret them as markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color));
    label->setVisible(false);
    return label;
}

const QString kErrorColor = QStringLiteral("#b31d1d");
const QString kWarningColor = QStringLiteral("#8a5300");

} // namespace

GatewayProfileDialog::GatewayProfileDialog(Settings &settings, GatewayProfileModel &profiles,
                                           SecretStore &secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("gatewayProfileDialog"));
    setWindowTitle(tr("Gateway Profiles"));
    buildUi();
    populateTimeZones();

    if (m_profiles.rowCount() > 0)
        m_listView->setCurrentIndex(m_profiles.index(0));
    else
        startNewProfile();
}

GatewayProfileDialog::~GatewayProfileDialog() = default;

void GatewayProfileDialog::buildUi()
{
    m_listView = new QListView;
    m_listView->setObjectName(QStringLiteral("profileListView"));
    m_listView->setModel(&m_profiles);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->setMinimumWidth(200);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GatewayProfileDialog::onCurrentChanged);
    // Only while the list has focus: in a text field Delete must keep deleting characters.
    auto *deleteShortcut =
        new QShortcut(QKeySequence::Delete, m_listView, nullptr, nullptr, Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &GatewayProfileDialog::removeSelected);

    m_addButton = new QPushButton(tr("&Add"));
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_removeButton = new QPushButton(tr("&Remove…"));
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    // Enter belongs to Save wherever the focus is; these must not become the default button.
    m_addButton->setAutoDefault(false);
    m_removeButton->setAutoDefault(false);
    connect(m_addButton, &QPushButton::clicked, this, &GatewayProfileDialog::startNewProfile);
    connect(m_removeButton, &QPushButton::clicked, this, &GatewayProfileDialog::removeSelected);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_listView);
    listColumn->addLayout(listButtons);

    m_nameLineEdit = new QLineEdit;
    m_nameLineEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_nameLineEdit->setPlaceholderText(tr("e.g. Production (Tokyo)"));

    m_urlLineEdit = new QLineEdit;
    m_urlLineEdit->setObjectName(QStringLiteral("urlLineEdit"));
    m_urlLineEdit->setPlaceholderText(QStringLiteral("ws://127.0.0.1:18789"));
    m_urlErrorLabel = makeMessageLabel(QStringLiteral("urlErrorLabel"), kErrorColor);
    connect(m_urlLineEdit, &QLineEdit::textChanged, this, &GatewayProfileDialog::validate);

    m_timeZoneComboBox = new QComboBox;
    m_timeZoneComboBox->setObjectName(QStringLiteral("timeZoneComboBox"));
    m_timeZoneComboBox->setMaxVisibleItems(20);

    m_allowInsecureCheckBox = new QCheckBox(tr("Allow unencrypted ws:// to a remote host"));
    m_allowInsecureCheckBox->setObjectName(QStringLiteral("allowInsecureCheckBox"));
    m_insecureWarningLabel = makeMessageLabel(QStringLiteral("insecureWarningLabel"), kWarningColor);
    m_insecureWarningLabel->setText(
        tr("The token and every message cross the network unencrypted. Only allow "
           "this on a network you control."));
    connect(m_allowInsecureCheckBox, &QCheckBox::toggled, m_insecureWarningLabel, &QWidget::setVisible);
    connect(m_allowInsecureCheckBox, &QCheckBox::toggled, this, &GatewayProfileDialog::validate);

    m_watchAtStartCheckBox = new QCheckBox(tr("&Watch at start, beside the other watched gateways"));
    m_watchAtStartCheckBox->setObjectName(QStringLiteral("watchAtStartCheckBox"));

    m_tokenLineEdit = new QLineEdit;
    m_tokenLineEdit->setObjectName(QStringLiteral("tokenLineEdit"));
    m_tokenLineEdit->setEchoMode(QLineEdit::Password);
    m_tokenLineEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_tokenHintLabel = new QLabel;
    m_tokenHintLabel->setObjectName(QStringLiteral("tokenHintLabel"));
    m_tokenHintLabel->setTextFormat(Qt::PlainText);
    m_tokenHintLabel->setWordWrap(true);
    m_tokenHintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_tokenErrorLabel = makeMessageLabel(QStringLiteral("tokenErrorLabel"), kErrorColor);
    connect(m_tokenLineEdit, &QLineEdit::textEdited, m_tokenErrorLabel, &QWidget::hide);

    m_formGroupBox = new QGroupBox;
    m_formGroupBox->setObjectName(QStringLiteral("profileGroupBox"));
    auto *form = new QFormLayout(m_formGroupBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_nameLineEdit);
    form->addRow(tr("&URL:"), m_urlLineEdit);
    form->addRow(QString(), m_urlErrorLabel);
    m_useLocalButton = new QPushButton(tr("Use &Local Gateway"));
    m_useLocalButton->setObjectName(QStringLiteral("useLocalGatewayButton"));
    // Enter in a field saves the profile; it must not be taken by this button.
    m_useLocalButton->setAutoDefault(false);
    m_useLocalButton->setToolTip(
        tr("Fill in the URL and token of the OpenClaw gateway installed on this machine."));
    connect(m_useLocalButton, &QPushButton::clicked, this, &GatewayProfileDialog::useLocalGateway);
    form->addRow(QString(), m_useLocalButton);
    form->addRow(tr("&Time zone:"), m_timeZoneComboBox);
    form->addRow(QString(), m_allowInsecureCheckBox);
    form->addRow(QString(), m_insecureWarningLabel);
    form->addRow(QString(), m_watchAtStartCheckBox);
    form->addRow(tr("T&oken:"), m_tokenLineEdit);
    form->addRow(QString(), m_tokenHintLabel);
    form->addRow(QString(), m_tokenErrorLabel);

    auto *buttons = new QDialogButtonBox;
    buttons->setObjectName(QStringLiteral("dialogButtonBox"));
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &GatewayProfileDialog::save);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 2);
    columns->addWidget(m_formGroupBox, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resize(820, 400);
}

void GatewayProfileDialog::populateTimeZones()
{
    m_timeZoneComboBox->addItem(tr("System (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())),
                                QString());
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids) {
        const QString name = QString::fromUtf8(id);
        m_timeZoneComboBox->addItem(name, name);
    }
}

void GatewayProfileDialog::startNewProfile()
{
    // Cleared first, so the currentChanged(invalid) below finds nothing to reload. Signals stay
    // on: the view needs them to repaint the row it no longer highlights.
    m_editingId.clear();
    m_listView->selectionModel()->clearSelection();
    m_listView->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
    loadProfile(GatewayProfile{});
    m_formGroupBox->setTitle(tr("New gateway profile"));
    m_nameLineEdit->setFocus();
}

void GatewayProfileDialog::selectProfile(const QString &profileId)
{
    const int row = m_profiles.rowOf(profileId);
    if (row >= 0)
        m_listView->setCurrentIndex(m_profiles.index(row));
}

void GatewayProfileDialog::onCurrentChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        if (!m_editingId.isEmpty() && m_profiles.rowOf(m_editingId) < 0)
            startNewProfile();
        return;
    }
    const GatewayProfile profile = m_profiles.profileAt(current.row());
    // Save selects the row it just wrote; reloading would wipe a token still being stored.
    if (profile.id == m_editingId)
        return;
    m_editingId = profile.id;
    loadProfile(profile);
}

void GatewayProfileDialog::loadProfile(const GatewayProfile &profile)
{
    m_formGroupBox->setTitle(profile.id.isEmpty() ? tr("New gateway profile") : tr("Edit gateway profile"));
    m_nameLineEdit->setText(profile.name);
    m_urlLineEdit->setText(profile.url.toString());
    const int zone = m_timeZoneComboBox->findData(profile.displayTimeZone);
    m_timeZoneComboBox->setCurrentIndex(zone >= 0 ? zone : 0);
    m_allowInsecureCheckBox->setChecked(profile.allowInsecure);
    m_insecureWarningLabel->setVisible(profile.allowInsecure);
    m_watchAtStartCheckBox->setChecked(profile.watchAtStart);
    m_tokenLineEdit->clear();
    m_tokenErrorLabel->hide();
    m_removeButton->setEnabled(!profile.id.isEmpty());
    refreshTokenState(profile);
    validate();
}

void GatewayProfileDialog::refreshTokenState(const GatewayProfile &profile)
{
    m_tokenLineEdit->setPlaceholderText(tr("Paste the gateway token"));
    updateTokenHint();
    if (profile.id.isEmpty())
        return;
    // Only asks whether a token exists; the secret itself never goes into the form.
    const QString id = profile.id;
    m_secrets.read(profile.secretKey(), this, [this, id](const SecretStore::Result &result) {
        if (id != m_editingId)
            return;
        if (result.ok())
            m_tokenLineEdit->setPlaceholderText(tr("unchanged"));
        else if (result.status != SecretStore::Status::NotFound)
            showTokenError(tr("Could not check the stored token: %1").arg(result.message));
    });
}

void GatewayProfileDialog::updateTokenHint()
{
    m_tokenHintLabel->setText(m_secrets.isPersistent()
                                  ? tr("Kept in the system keychain, never in the settings file.")
                                  : tr("No keychain available: kept in memory until you quit."));
}

void GatewayProfileDialog::validate()
{
    const QString text = m_urlLineEdit->text().trimmed();
    // An empty field needs no scolding: the placeholder shows the expected form.
    const QString error = text.isEmpty() ? QString()
                                         : validateGatewayUrl(QUrl(text, QUrl::StrictMode),
                                                              m_allowInsecureCheckBox->isChecked());
    m_urlErrorLabel->setText(error);
    m_urlErrorLabel->setVisible(!error.isEmpty());
    m_saveButton->setEnabled(!text.isEmpty() && error.isEmpty());
}

void GatewayProfileDialog::save()
{
    // Enter reaches here through the default button only when Save is enabled, but a direct
    // call must not write an invalid URL either.
    validate();
    if (!m_saveButton->isEnabled())
        return;

    const QUrl url(m_urlLineEdit->text().trimmed(), QUrl::StrictMode);
    const QString name = m_nameLineEdit->text().trimmed();
    GatewayProfile profile = GatewayProfile::create(name, url);
    if (!m_editingId.isEmpty())
        profile = m_settings.profile(m_editingId).value_or(profile);
    profile.name = name;
    profile.url = url;
    profile.displayTimeZone = m_timeZoneComboBox->currentData().toString();
    profile.allowInsecure = m_allowInsecureCheckBox->isChecked();
    profile.watchAtStart = m_watchAtStartCheckBox->isChecked();

    m_editingId = profile.id;
    m_settings.saveProfile(profile);
    m_formGroupBox->setTitle(tr("Edit gateway profile"));
    m_removeButton->setEnabled(true);
    selectProfile(profile.id);
    log::ui()->info("saved gateway profile {}", profile.id.toStdString());

    const QString token = m_tokenLineEdit->text();
    if (token.isEmpty()) {
        Q_EMIT profileSaved(profile.id, false);
        return;
    }
    m_tokenErrorLabel->hide();
    m_tokenLineEdit->setEnabled(false);
    const QString id = profile.id;
    m_secrets.write(profile.secretKey(), token, this, [this, id](const SecretStore::Result &result) {
        m_tokenLineEdit->setEnabled(true);
        if (result.ok()) {
            if (id == m_editingId) {
                m_tokenLineEdit->clear();
                m_tokenLineEdit->setPlaceholderText(tr("unchanged"));
            }
            updateTokenHint();
        } else {
            // The typed token stays in the field so Save can simply be pressed again.
            const QString reason =
                result.message.isEmpty() ? SecretStore::describe(result.status) : result.message;
            log::ui()->warn("could not store the token of profile {}: {}", id.toStdString(),
                            reason.toStdString());
            if (id == m_editingId)
                showTokenError(tr("The token was not saved: %1").arg(reason));
        }
        Q_EMIT profileSaved(id, result.ok());
    });
}

void GatewayProfileDialog::removeSelected()
{
    const QModelIndex current = m_listView->currentIndex();
    if (!current.isValid())
        return;
    const GatewayProfile profile = m_profiles.profileAt(current.row());
    const QString label = current.data(Qt::DisplayRole).toString();
    const auto answer = MessageBox::question(
        this, tr("Remove Gateway Profile"),
        tr("Remove the gateway profile \"%1\"? Its token is deleted from the keychain as well.").arg(label),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;

    m_settings.removeProfile(profile.id);
    m_secrets.remove(profile.secretKey(), this, [id = profile.id](const SecretStore::Result &result) {
        if (!result.ok() && result.status != SecretStore::Status::NotFound)
            log::ui()->warn("could not delete the token of removed profile {}: {}", id.toStdString(),
                            result.message.toStdString());
    });
    log::ui()->info("removed gateway profile {}", profile.id.toStdString());

    if (m_profiles.rowCount() == 0) {
        startNewProfile();
        return;
    }
    // The view may already have moved its current row to a neighbour (and loaded it); make
    // sure the form shows whichever profile is now current.
    const QModelIndex next = m_profiles.index(std::min(current.row(), m_profiles.rowCount() - 1));
    m_listView->setCurrentIndex(next);
    onCurrentChanged(next);
    m_listView->setFocus();
}

void GatewayProfileDialog::showTokenError(const QString &message)
{
    m_tokenErrorLabel->setText(message);
    m_tokenErrorLabel->show();
}

void GatewayProfileDialog::useLocalGateway()
{
    const LocalGateway local = discoverLocalGateway(QDir::homePath());
    if (!local.found) {
        showTokenError(local.problem);
        return;
    }
    if (m_nameLineEdit->text().trimmed().isEmpty())
        m_nameLineEdit->setText(tr("Local gateway"));
    m_urlLineEdit->setText(local.url.toString());
    if (!local.token.isEmpty())
        m_tokenLineEdit->setText(local.token);
    if (!local.problem.isEmpty())
        showTokenError(local.problem);
}

} // namespace sb

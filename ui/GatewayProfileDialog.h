#pragma once

#include "app/platform/GatewayProfile.h"

#include <optional>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QPushButton;

namespace sb {

class GatewayProfileModel;
class SecretStore;
class Settings;

// Adds, edits and removes gateway profiles. Profile fields go to Settings; the token goes
// only to the SecretStore under the profile's secret key and is never read back into the
// form (the field says "unchanged" when one is stored).
class GatewayProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayProfileDialog)

public:
    GatewayProfileDialog(Settings &settings, GatewayProfileModel &profiles, SecretStore &secrets,
                         QWidget *parent = nullptr);
    ~GatewayProfileDialog() override;

    // Clears the form for a profile that does not exist yet; Save creates it.
    void startNewProfile();
    void selectProfile(const QString &profileId);
    // The profile the form edits, or empty while adding a new one.
    QString editingProfileId() const { return m_editingId; }

Q_SIGNALS:
    // After Save has written the profile and, when one was typed, the token (tokenSaved tells
    // whether the store accepted it).
    void profileSaved(const QString &profileId, bool tokenSaved);

private:
    void buildUi();
    void populateTimeZones();
    void onCurrentChanged(const QModelIndex &current);
    void loadProfile(const GatewayProfile &profile);
    void refreshTokenState(const GatewayProfile &profile);
    void validate();
    void save();
    void removeSelected();
    void showTokenError(const QString &message);
    void updateTokenHint();
    void useLocalGateway();

    Settings &m_settings;
    GatewayProfileModel &m_profiles;
    SecretStore &m_secrets;
    QString m_editingId;

    QListView *m_listView = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QGroupBox *m_formGroupBox = nullptr;
    QLineEdit *m_nameLineEdit = nullptr;
    QLineEdit *m_urlLineEdit = nullptr;
    QLabel *m_urlErrorLabel = nullptr;
    QPushButton *m_useLocalButton = nullptr;
    QComboBox *m_timeZoneComboBox = nullptr;
    QCheckBox *m_allowInsecureCheckBox = nullptr;
    QLabel *m_insecureWarningLabel = nullptr;
    QCheckBox *m_watchAtStartCheckBox = nullptr;
    QLineEdit *m_tokenLineEdit = nullptr;
    QLabel *m_tokenHintLabel = nullptr;
    QLabel *m_tokenErrorLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace sb

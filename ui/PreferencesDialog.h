#pragma once

#include "app/platform/MonitoringPreferences.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace sb::failover {
class OperatorsModel;
}

namespace sb {

class Settings;

// File → Preferences: how lanes are judged (the proof of recovery, per channel when a channel
// needs its own), when trouble becomes an incident, when a transition becomes a notification,
// and how long events are kept (the Monitoring page); the people a failover keeps reachable
// (the Operators page, the list switchboardctl failover reads too). OK writes the settings
// (Settings::monitoringChanged tells the running session; the operators only when edited, so
// a list that does not read is kept until someone edits it); Cancel changes nothing.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(Settings &settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // What the form says now (clamped to what the settings accept).
    MonitoringPreferences preferences() const;
    void setPreferences(const MonitoringPreferences &preferences);

    void accept() override;

private:
    struct ChannelRow
    {
        QString channel;
        QCheckBox *own = nullptr;
        QSpinBox *minutes = nullptr;
        QSpinBox *deliveries = nullptr;
    };

    QSpinBox *spinBox(const QString &objectName, int minimum, int maximum, const QString &suffix);
    QWidget *monitoringPage();
    QWidget *operatorsPage();

    Settings &m_settings;
    QSpinBox *m_proofMinutes = nullptr;
    QSpinBox *m_proofDeliveries = nullptr;
    QList<ChannelRow> m_channels;
    QSpinBox *m_incidentGrace = nullptr;
    QSpinBox *m_reconnectLimit = nullptr;
    QSpinBox *m_alertStrikes = nullptr;
    QSpinBox *m_alertWindow = nullptr;
    QSpinBox *m_retention = nullptr;
    failover::OperatorsModel *m_operators = nullptr;
    QTableView *m_operatorsView = nullptr;
    QLabel *m_operatorsProblem = nullptr;
    bool m_operatorsEdited = false;
};

} // namespace sb

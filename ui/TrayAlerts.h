#pragma once

#include "app/health/LaneState.h"

#include <functional>
#include <memory>

#include <QColor>
#include <QIcon>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace sb::alerts {
class AlertPolicy;
class GatewayConcerns;
} // namespace sb::alerts

namespace sb {

// The tray side of alerts (DESIGN §1 "Alerts"): an icon painted as a circle in the worst colour
// of the fleet — the worst lane, a gateway that cannot be seen, a CRITICAL security finding —, a
// tooltip counting the lanes that need attention and naming each gateway concern in words, a
// menu to mute alerts for an hour,
// unmute them or bring the window back, and AlertPolicy's notifications shown as tray
// messages. Where there is no system tray (offscreen, some desktops) everything except the
// tray icon itself keeps working: the icon, tooltip and menu are still built and the
// notifications still reach the notifier.
class TrayAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayAlerts)

public:
    // Shows one notification. The default shows it with QSystemTrayIcon::showMessage when a
    // tray exists and drops it otherwise; tests install their own to count them.
    using Notifier = std::function<void(const QString &title, const QString &body, Severity severity)>;

    static constexpr qint64 kMuteMs = 60 * 60 * 1000; // "Mute alerts for 1 hour"

    TrayAlerts(alerts::AlertPolicy &policy, alerts::GatewayConcerns &concerns, QObject *parent = nullptr);
    ~TrayAlerts() override;

    void setNotifier(Notifier notifier);

    QIcon icon() const { return m_icon; }
    QString toolTip() const { return m_toolTip; }
    QMenu *menu() const { return m_menu.get(); }
    QAction *muteAction() const { return m_muteAction; }
    QAction *unmuteAction() const { return m_unmuteAction; }
    QAction *showWindowAction() const { return m_showAction; }
    // Null when the platform has no system tray.
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // DESIGN §4 colours by severity: green, amber, red; grey for nothing to say.
    static QColor colorFor(Severity severity);
    static QIcon iconFor(Severity severity);

Q_SIGNALS:
    void showWindowRequested();

private:
    void updateIcon();
    void updateToolTip();
    void updateMuteActions();
    void showNotification(const QString &title, const QString &body, Severity severity);

    alerts::AlertPolicy &m_policy;
    alerts::GatewayConcerns &m_concerns;
    Notifier m_notifier;
    QIcon m_icon;
    QString m_toolTip;
    std::unique_ptr<QMenu> m_menu; // a widget: no QObject parent to own it
    QAction *m_muteAction = nullptr;
    QAction *m_unmuteAction = nullptr;
    QAction *m_showAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_muteTimer = nullptr;
};

} // namespace sb

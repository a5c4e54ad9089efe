#include "ui/TrayAlerts.h"

#include "app/alerts/AlertPolicy.h"
#include "app/alerts/GatewayConcerns.h"

#include <algorithm>

#include <QAction>
#include <QDateTime>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QTimer>

namespace sb {

namespace {

constexpr int kMuteCheckMs = 30 * 1000; // how often a running mute looks at the clock
constexpr int kMessageMs = 10 * 1000;

QSystemTrayIcon::MessageIcon messageIconFor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QSystemTrayIcon::Critical;
    case Severity::Attention:
        return QSystemTrayIcon::Warning;
    case Severity::Ok:
    case Severity::Neutral:
        break;
    }
    return QSystemTrayIcon::Information;
}

} // namespace

TrayAlerts::TrayAlerts(alerts::AlertPolicy &policy, alerts::GatewayConcerns &concerns, QObject *parent)
    : QObject(parent)
    , m_policy(policy)
    , m_concerns(concerns)
    , m_menu(std::make_unique<QMenu>())
{
    setObjectName(QStringLiteral("trayAlerts"));
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_muteAction = m_menu->addAction(tr("Mute alerts for 1 hour"));
    m_muteAction->setObjectName(QStringLiteral("muteAlertsAction"));
    m_unmuteAction = m_menu->addAction(tr("Unmute alerts"));
    m_unmuteAction->setObjectName(QStringLiteral("unmuteAlertsAction"));
    m_menu->addSeparator();
    m_showAction = m_menu->addAction(tr("Show window"));
    m_showAction->setObjectName(QStringLiteral("showWindowAction"));

    connect(m_muteAction, &QAction::triggered, this, [this] { m_policy.muteFor(kMuteMs); });
    connect(m_unmuteAction, &QAction::triggered, this, [this] { m_policy.unmute(); });
    connect(m_showAction, &QAction::triggered, this, &TrayAlerts::showWindowRequested);

    m_muteTimer = new QTimer(this);
    m_muteTimer->setInterval(kMuteCheckMs);
    connect(m_muteTimer, &QTimer::timeout, &m_policy, &alerts::AlertPolicy::refreshMute);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_tray->setContextMenu(m_menu.get());
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT showWindowRequested();
        });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayAlerts::showWindowRequested);
    }

    m_notifier = [this](const QString &title, const QString &body, Severity severity) {
        if (m_tray && QSystemTrayIcon::supportsMessages())
            m_tray->showMessage(title, body, messageIconFor(severity), kMessageMs);
    };

    connect(&m_policy, &alerts::AlertPolicy::notify, this,
            [this](const LaneKey &, const health::Transition &transition, const QString &title,
                   const QString &body) { showNotification(title, body, severity(transition.to)); });
    connect(&m_policy, &alerts::AlertPolicy::worstChanged, this, &TrayAlerts::updateIcon);
    connect(&m_policy, &alerts::AlertPolicy::severitiesChanged, this, &TrayAlerts::updateToolTip);
    connect(&m_policy, &alerts::AlertPolicy::muteChanged, this, &TrayAlerts::updateMuteActions);
    connect(&m_concerns, &alerts::GatewayConcerns::changed, this, [this] {
        updateIcon();
        updateToolTip();
    });

    updateIcon();
    updateMuteActions(); // also sets the tooltip
    if (m_tray)
        m_tray->show();
}

TrayAlerts::~TrayAlerts()
{
    // The tray icon refers to the menu: let it go first.
    delete m_tray;
    m_tray = nullptr;
}

void TrayAlerts::setNotifier(Notifier notifier)
{
    m_notifier = std::move(notifier);
}

QColor TrayAlerts::colorFor(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QColor(0x2f, 0x9e, 0x44); // green
    case Severity::Attention:
        return QColor(0xf0, 0x8c, 0x00); // amber
    case Severity::Critical:
        return QColor(0xe0, 0x31, 0x31); // red
    case Severity::Neutral:
        break;
    }
    return QColor(0x86, 0x8e, 0x96); // grey
}

QIcon TrayAlerts::iconFor(Severity severity)
{
    QIcon icon;
    for (const int size : {16, 22, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QColor fill = colorFor(severity);
        painter.setPen(QPen(fill.darker(140), size / 16.0));
        painter.setBrush(fill);
        const qreal margin = size / 16.0 + 0.5;
        painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

void TrayAlerts::updateIcon()
{
    // A gateway's lanes keep their last state while it cannot be seen: its concern outranks them.
    m_icon = iconFor(std::max(m_policy.worst(), m_concerns.worst()));
    if (m_tray)
        m_tray->setIcon(m_icon);
}

void TrayAlerts::updateToolTip()
{
    const int count = m_policy.lanesNeedingAttention();
    QString text = count == 1 ? tr("Switchboard: 1 lane needs attention")
                              : tr("Switchboard: %1 lanes need attention").arg(count);
    for (const QString &line : m_concerns.lines())
        text += u'\n' + line;
    if (m_policy.isMuted()) {
        const QDateTime until = QDateTime::fromMSecsSinceEpoch(m_policy.mutedUntilMs()).toLocalTime();
        text += u'\n' + tr("Alerts muted until %1").arg(until.toString(QStringLiteral("HH:mm")));
    }
    m_toolTip = text;
    if (m_tray)
        m_tray->setToolTip(m_toolTip);
}

void TrayAlerts::updateMuteActions()
{
    const bool muted = m_policy.isMuted();
    m_muteAction->setVisible(!muted);
    m_unmuteAction->setVisible(muted);
    if (muted)
        m_muteTimer->start();
    else
        m_muteTimer->stop();
    updateToolTip();
}

void TrayAlerts::showNotification(const QString &title, const QString &body, Severity severity)
{
    if (m_notifier)
        m_notifier(title, body, severity);
}

} // namespace sb

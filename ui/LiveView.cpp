#include "ui/LiveView.h"

#include "app/platform/Settings.h"
#include "models/timeline/TimelineIndex.h"
#include "ui/timeline/TimelineView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

namespace {

QToolButton *toolButton(const QString &objectName, const QString &text, const QString &toolTip,
                        QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

LiveView::LiveView(const timeline::TimelineIndex &index, const Clock &clock, Settings &settings,
                   QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("liveView"));
    m_timeline = new TimelineView(index, clock, this);
    m_timeline->setObjectName(QStringLiteral("timelineView"));

    m_sortCombo = new QComboBox(this);
    m_sortCombo->setObjectName(QStringLiteral("laneSortCombo"));
    m_sortCombo->addItem(tr("Worst first"), int(timeline::LaneOrder::Severity));
    m_sortCombo->addItem(tr("By name"), int(timeline::LaneOrder::Name));
    m_sortCombo->setToolTip(tr("Order of the lanes"));
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("laneFilterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter lanes (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    auto *sortLabel = new QLabel(tr("&Sort:"), this);
    sortLabel->setBuddy(m_sortCombo);

    auto *zoomIn = toolButton(QStringLiteral("zoomInButton"), tr("Zoom in"), tr("Zoom in (+)"), this);
    auto *zoomOut = toolButton(QStringLiteral("zoomOutButton"), tr("Zoom out"), tr("Zoom out (-)"), this);
    auto *fit =
        toolButton(QStringLiteral("fitButton"), tr("Fit"), tr("Show all history (F, double-click)"), this);
    auto *now =
        toolButton(QStringLiteral("followNowButton"), tr("Now"), tr("Jump to now and follow (Home)"), this);
    m_zoneLabel = new QLabel(this);
    m_zoneLabel->setObjectName(QStringLiteral("timeZoneLabel"));
    m_zoneLabel->setTextFormat(Qt::PlainText);

    auto *controls = new QHBoxLayout;
    controls->addWidget(sortLabel);
    controls->addWidget(m_sortCombo);
    controls->addWidget(m_filterEdit, 1);
    controls->addWidget(zoomIn);
    controls->addWidget(zoomOut);
    controls->addWidget(fit);
    controls->addWidget(now);
    controls->addWidget(m_zoneLabel);

    m_staleLabel = new QLabel(this);
    m_staleLabel->setObjectName(QStringLiteral("lastKnownLabel"));
    m_staleLabel->setTextFormat(Qt::PlainText);
    m_staleLabel->setWordWrap(true);
    m_staleLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; color: #5c3b00; padding: 4px; }"));
    m_staleLabel->hide();

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("liveSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_timeline);
    m_splitter->setStretchFactor(0, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(controls);
    layout->addWidget(m_staleLabel);
    layout->addWidget(m_splitter, 1);

    connect(m_sortCombo, &QComboBox::currentIndexChanged, this, [this] {
        const auto order = timeline::LaneOrder(m_sortCombo->currentData().toInt());
        m_timeline->setLaneOrder(order);
        m_settings.setLaneSortOrder(order == timeline::LaneOrder::Name ? Settings::LaneSortOrder::Name
                                                                       : Settings::LaneSortOrder::Severity);
    });
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_timeline->setFilter(text);
        m_settings.setLaneFilter(text);
    });
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_filterEdit,
            [this] { m_filterEdit->setFocus(Qt::ShortcutFocusReason); });
    addAction(findAction);
    connect(zoomIn, &QToolButton::clicked, this,
            [this] { m_timeline->zoomAround(0.5, m_timeline->plotRect().center().x()); });
    connect(zoomOut, &QToolButton::clicked, this,
            [this] { m_timeline->zoomAround(2.0, m_timeline->plotRect().center().x()); });
    connect(fit, &QToolButton::clicked, m_timeline, &TimelineView::fitAll);
    connect(now, &QToolButton::clicked, m_timeline, &TimelineView::followNow);
    restoreState();
    // Folding is saved as it happens: it is a choice about a gateway, not about this session.
    connect(m_timeline, &TimelineView::groupCollapsedChanged, this,
            [this](const QString &gateway, bool collapsed) {
                QStringList folded = m_settings.collapsedGateways();
                folded.removeAll(gateway);
                if (collapsed)
                    folded.append(gateway);
                m_settings.setCollapsedGateways(folded);
            });
}

LiveView::~LiveView()
{
    saveState();
}

void LiveView::setTimeZone(const QTimeZone &zone)
{
    m_timeline->setTimeZone(zone);
    m_zoneLabel->setText(zone.abbreviation(QDateTime::currentDateTimeUtc()));
    m_zoneLabel->setToolTip(tr("Times are shown in %1").arg(QString::fromUtf8(zone.id())));
}

void LiveView::setStaleNotice(const QString &text)
{
    m_staleLabel->setText(text);
    m_staleLabel->setVisible(!text.isEmpty());
}

void LiveView::addBottomPanel(QWidget *panel)
{
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(m_splitter->count() - 1, 1);
    m_splitter->restoreState(m_settings.liveViewState());
}

void LiveView::restoreState()
{
    const bool byName = m_settings.laneSortOrder() == Settings::LaneSortOrder::Name;
    m_sortCombo->setCurrentIndex(byName ? 1 : 0);
    m_timeline->setLaneOrder(byName ? timeline::LaneOrder::Name : timeline::LaneOrder::Severity);
    m_filterEdit->setText(m_settings.laneFilter());
    const qint64 span = m_settings.timelineSpanMs();
    if (span > 0) {
        const qint64 to = m_timeline->visibleTo();
        m_timeline->setVisibleRange(to - span, to);
    }
    if (m_settings.timelineFollowsNow())
        m_timeline->followNow();
    for (const QString &gateway : m_settings.collapsedGateways())
        m_timeline->setGroupCollapsed(gateway, true);
}

void LiveView::saveState()
{
    m_settings.setTimelineSpanMs(m_timeline->visibleSpan());
    m_settings.setTimelineFollowsNow(m_timeline->isFollowing());
    m_settings.setLiveViewState(m_splitter->saveState());
}

} // namespace sb

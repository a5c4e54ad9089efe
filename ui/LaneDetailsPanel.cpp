#include "ui/LaneDetailsPanel.h"

#include "app/platform/Clock.h"
#include "app/platform/SafeText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace sb {

namespace {

constexpr int kRefreshMs = 30 * 1000;
constexpr qint64 kMinuteMs = 60 * 1000;

QString durationText(qint64 ms)
{
    const qint64 minutes = ms / kMinuteMs;
    if (minutes < 60)
        return LaneDetailsPanel::tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return LaneDetailsPanel::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return LaneDetailsPanel::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace

LaneDetailsPanel::LaneDetailsPanel(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_zone(QTimeZone::systemTimeZone())
{
    setObjectName(QStringLiteral("laneDetailsPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget;
    outer->addWidget(m_stack);

    m_emptyLabel = new QLabel(tr("Select a lane"));
    m_emptyLabel->setObjectName(QStringLiteral("laneEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setEnabled(false);
    m_stack->addWidget(m_emptyLabel);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("laneDetailsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    m_titleLabel = new QLabel;
    m_titleLabel->setObjectName(QStringLiteral("laneTitleLabel"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_stateLabel = addFact(form, tr("State"), QStringLiteral("laneStateLabel"));
    m_reasonLabel = addFact(form, tr("Reason"), QStringLiteral("laneReasonLabel"));
    layout->addLayout(form);

    m_actionButton = new QPushButton;
    m_actionButton->setObjectName(QStringLiteral("laneActionButton"));
    m_actionButton->setAutoDefault(false);
    m_actionButton->setFocusPolicy(Qt::StrongFocus);
    m_actionButton->hide();
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        if (m_facts && m_facts->status.action != OperatorAction::None)
            Q_EMIT actionRequested(m_facts->status.lane, m_facts->status.action);
    });
    m_testMessageButton = new QPushButton(tr("Send &Test Message…"));
    m_testMessageButton->setObjectName(QStringLiteral("testMessageButton"));
    m_testMessageButton->setAutoDefault(false);
    m_testMessageButton->setToolTip(
        tr("One message over this lane: a delivery counts toward its proof of recovery"));
    connect(m_testMessageButton, &QPushButton::clicked, this, [this] {
        if (m_facts)
            Q_EMIT testMessageRequested(m_facts->status.lane);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_actionButton);
    buttons->addWidget(m_testMessageButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_actionStatusLabel = new QLabel;
    m_actionStatusLabel->setObjectName(QStringLiteral("actionStatusLabel"));
    m_actionStatusLabel->setTextFormat(Qt::PlainText);
    m_actionStatusLabel->setWordWrap(true);
    m_actionStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionStatusLabel->hide();
    layout->addWidget(m_actionStatusLabel);
    m_sections = new QVBoxLayout;
    layout->addLayout(m_sections);

    auto *facts = new QFormLayout;
    facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_lastDisconnectLabel = addFact(facts, tr("Last disconnect"), QStringLiteral("lastDisconnectLabel"));
    m_authAgeLabel = addFact(facts, tr("Auth age"), QStringLiteral("authAgeLabel"));
    m_lastInboundLabel = addFact(facts, tr("Last inbound"), QStringLiteral("lastInboundLabel"));
    m_lastOutboundLabel = addFact(facts, tr("Last outbound"), QStringLiteral("lastOutboundLabel"));
    m_probeLabel = addFact(facts, tr("Probe"), QStringLiteral("probeLabel"));
    m_statusIssuesLabel = addFact(facts, tr("Status issues"), QStringLiteral("statusIssuesLabel"));
    m_incidentLabel = addFact(facts, tr("Open incident"), QStringLiteral("incidentLabel"));
    layout->addLayout(facts);
    layout->addStretch(1);

    scroll->setWidget(page);
    m_stack->addWidget(scroll);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &LaneDetailsPanel::refresh);

    clear();
}

LaneDetailsPanel::~LaneDetailsPanel() = default;

QLabel *LaneDetailsPanel::addFact(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *value = new QLabel;
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, value);
    return value;
}

void LaneDetailsPanel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    render();
}

void LaneDetailsPanel::setFacts(const health::LaneFacts &facts)
{
    const bool newLane = !m_facts || m_facts->status.lane != facts.status.lane;
    m_facts = facts;
    render();
    if (newLane)
        Q_EMIT laneShown(facts.status.lane);
}

void LaneDetailsPanel::clear()
{
    const bool hadLane = m_facts.has_value();
    m_facts.reset();
    render();
    if (hadLane)
        Q_EMIT laneShown(LaneKey{});
}

void LaneDetailsPanel::addSection(QWidget *section)
{
    m_sections->addWidget(section);
}

std::optional<LaneKey> LaneDetailsPanel::lane() const
{
    if (!m_facts)
        return std::nullopt;
    return m_facts->status.lane;
}

void LaneDetailsPanel::refresh()
{
    render();
}

void LaneDetailsPanel::setActionRunning(const LaneKey &lane, const QString &description)
{
    m_actionNotes.insert(lane, ActionNote{true, true, description});
    render();
}

void LaneDetailsPanel::setActionResult(const LaneKey &lane, bool ok, const QString &message)
{
    m_actionNotes.insert(lane, ActionNote{false, ok, message});
    render();
}

void LaneDetailsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    render();
    m_refreshTimer->start();
}

void LaneDetailsPanel::hideEvent(QHideEvent *event)
{
    m_refreshTimer->stop();
    QWidget::hideEvent(event);
}

QString LaneDetailsPanel::absolute(qint64 ms) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + u' ' + m_zone.abbreviation(at);
}

QString LaneDetailsPanel::relative(qint64 ms) const
{
    const qint64 delta = m_clock.nowMs() - ms;
    if (delta < 0)
        return tr("in %1").arg(durationText(-delta));
    if (delta < kMinuteMs)
        return tr("just now");
    return tr("%1 ago").arg(durationText(delta));
}

QString LaneDetailsPanel::moment(qint64 ms) const
{
    return tr("%1 (%2)").arg(relative(ms), absolute(ms));
}

void LaneDetailsPanel::render()
{
    if (!m_facts) {
        m_stack->setCurrentWidget(m_emptyLabel);
        m_actionButton->hide();
        m_actionStatusLabel->hide();
        for (QLabel *label :
             {m_titleLabel, m_stateLabel, m_reasonLabel, m_lastDisconnectLabel, m_authAgeLabel,
              m_lastInboundLabel, m_lastOutboundLabel, m_probeLabel, m_statusIssuesLabel, m_incidentLabel})
            label->clear();
        return;
    }
    m_stack->setCurrentIndex(1);
    const health::LaneStatus &status = m_facts->status;
    const std::optional<gateway::AccountSnapshot> &account = m_facts->account;
    const qint64 now = m_clock.nowMs();

    m_titleLabel->setText(SafeText::forLabel(status.lane.toString()));

    // State and since when.
    QString state = stateDisplayName(status.state);
    if (status.since > 0)
        state = tr("%1 since %2 (%3)").arg(state, absolute(status.since), relative(status.since));
    if (status.flapping)
        state += u'\n' + tr("flapping");
    m_stateLabel->setText(state);
    m_reasonLabel->setText(status.reason.isEmpty() ? QStringLiteral("–")
                                                   : SafeText::forLabel(status.reason.text()));

    // The recommended action.
    m_actionButton->setVisible(status.action != OperatorAction::None);
    m_actionButton->setText(status.actionText());
    m_actionButton->setToolTip(status.ruleId.isEmpty() ? QString() : tr("Rule: %1").arg(status.ruleId));
    const ActionNote note = m_actionNotes.value(status.lane);
    m_actionButton->setEnabled(!note.running);
    m_testMessageButton->setEnabled(!note.running);
    m_actionStatusLabel->setVisible(!note.text.isEmpty());
    const QString noteText = SafeText::forLabel(note.text);
    m_actionStatusLabel->setText(note.running ? tr("%1…").arg(noteText) : noteText);
    m_actionStatusLabel->setStyleSheet(
        note.running || note.ok ? QString() : QStringLiteral("QLabel { color: #b31d1d; }"));

    // Last disconnect: the gateway's own record first, else what the engine saw.
    QStringList disconnect;
    if (account && account->lastDisconnect) {
        const gateway::DisconnectInfo &info = *account->lastDisconnect;
        if (info.status)
            disconnect << tr("code %1").arg(*info.status);
        if (!info.error.isEmpty())
            disconnect << SafeText::forLabel(info.error);
        if (info.loggedOut)
            disconnect << tr("logged out");
        if (info.at)
            disconnect << moment(info.at->toMSecsSinceEpoch());
    } else if (status.lastCode || status.lastDisconnectAt) {
        if (status.lastCode)
            disconnect << tr("code %1").arg(*status.lastCode);
        if (status.lastDisconnectAt)
            disconnect << moment(*status.lastDisconnectAt);
    }
    m_lastDisconnectLabel->setText(disconnect.isEmpty() ? tr("none recorded")
                                                        : disconnect.join(QStringLiteral(" · ")));

    // Auth age: the gateway's authAgeMs when it reports one, else a lower bound from the last
    // connection; "unknown" rather than a guess.
    QString authAge = tr("unknown");
    if (account) {
        if (account->authAgeMs)
            authAge = tr("%1 (reported by the gateway)").arg(durationText(*account->authAgeMs));
        else if (account->linked && !*account->linked)
            authAge = tr("not linked");
        else if (account->lastConnectedAt)
            authAge = tr("at least %1 (connected %2)")
                          .arg(durationText(
                                   std::max<qint64>(0, now - account->lastConnectedAt->toMSecsSinceEpoch())),
                               absolute(account->lastConnectedAt->toMSecsSinceEpoch()));
    }
    m_authAgeLabel->setText(authAge);

    auto lastTraffic = [&](const std::optional<QDateTime> gateway::AccountSnapshot::*field) {
        if (!account)
            return tr("unknown");
        const std::optional<QDateTime> &at = (*account).*field;
        return at ? moment(at->toMSecsSinceEpoch()) : tr("none reported");
    };
    m_lastInboundLabel->setText(lastTraffic(&gateway::AccountSnapshot::lastInboundAt));
    m_lastOutboundLabel->setText(lastTraffic(&gateway::AccountSnapshot::lastOutboundAt));

    // Probe results as key: value lines.
    QStringList probe;
    if (account) {
        for (const gateway::ProbeFact &fact : account->probe)
            probe << SafeText::forLabel(fact.key) + QStringLiteral(": ") + SafeText::forLabel(fact.value);
        if (account->lastProbeAt)
            probe << tr("probed %1").arg(moment(account->lastProbeAt->toMSecsSinceEpoch()));
    }
    m_probeLabel->setText(probe.isEmpty() ? tr("no probe results") : probe.join(u'\n'));

    // The gateway's status issues for this lane.
    QStringList issues;
    for (const gateway::StatusIssue &issue : m_facts->issues) {
        const QString message = SafeText::forLabel(issue.message);
        QString line =
            issue.kind.isEmpty() ? message : tr("[%1] %2").arg(SafeText::forLabel(issue.kind), message);
        if (!issue.fix.isEmpty())
            line += u'\n' + tr("Fix: %1").arg(SafeText::forLabel(issue.fix));
        issues << line;
    }
    m_statusIssuesLabel->setText(issues.isEmpty() ? tr("none") : issues.join(u'\n'));

    // The open incident.
    QString incident = tr("none");
    if (m_facts->openIncident) {
        const health::Incident &open = *m_facts->openIncident;
        incident =
            tr("#%1 opened %2, worst state: %3")
                .arg(QString::number(open.id), moment(open.openedAt), stateDisplayName(open.worstState));
        if (!open.lastReason.isEmpty())
            incident += u'\n' + SafeText::forLabel(open.lastReason.text());
    } else if (status.openIncidentId) {
        incident = tr("#%1").arg(*status.openIncidentId);
    }
    m_incidentLabel->setText(incident);
}

} // namespace sb

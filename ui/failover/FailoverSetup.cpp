#include "ui/failover/FailoverSetup.h"

#include "app/actions/ActionRunner.h"
#include "app/failover/Operators.h"
#include "app/failover/Recommendation.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/Logging.h"
#include "ui/LaneDetailsPanel.h"
#include "ui/failover/FailoverDialog.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::failover {

FailoverLauncher::FailoverLauncher(actions::ActionRunner &runner, Settings &settings,
                                   FailoverAdvisor *advisor, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_settings(settings)
    , m_advisor(advisor)
    , m_dialogParent(dialogParent)
{
    setObjectName(QStringLiteral("failoverLauncher"));
}

FailoverLauncher::~FailoverLauncher()
{
    delete m_dialog;
}

FailoverLauncher *FailoverLauncher::of(ingest::GatewaySession &session)
{
    return session.findChild<FailoverLauncher *>(QStringLiteral("failoverLauncher"),
                                                 Qt::FindDirectChildrenOnly);
}

FailoverDialog *FailoverLauncher::dialog() const
{
    return m_dialog;
}

FailoverDialog *FailoverLauncher::show(FailoverFlow *flow)
{
    if (FailoverDialog *current = m_dialog.data()) {
        const FailoverFlow::State state = current->flow().state();
        if (!FailoverFlow::isFinal(state) && state != FailoverFlow::State::Ready) {
            delete flow;
            current->raise(); // a failover in progress is seen through, not replaced
            return nullptr;
        }
        delete current;
    }
    m_dialog = new FailoverDialog(flow, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
    // Queued: the dialog asking is replaced by the failback's.
    connect(m_dialog, &FailoverDialog::failbackRequested, this, &FailoverLauncher::openFailback,
            Qt::QueuedConnection);
    connect(flow, &FailoverFlow::finished, this, [this, flow](FailoverFlow::State state) {
        if (state != FailoverFlow::State::Verified || !flow->plan())
            return;
        if (flow->isFailback()) {
            m_lastFailover.reset();
        } else {
            m_lastFailover = flow->plan()->request;
            if (m_advisor)
                m_advisor->acknowledgeMovedAway(flow->plan()->request.from);
        }
        Q_EMIT lastFailoverChanged();
    });
    return m_dialog;
}

FailoverDialog *FailoverLauncher::open(const LaneKey &from, const LaneKey &to)
{
    // A preference that does not read leaves no operators: the flow refuses in words, the log
    // says which entry is wrong.
    QString problem;
    const std::optional<QList<Operator>> operators = operatorsFromSettings(m_settings, &problem);
    if (!operators)
        log::app()->warn("failover: the operators in the preferences do not read: {}", problem.toStdString());
    auto *flow = new FailoverFlow(m_runner, {});
    FailoverDialog *shown = show(flow);
    if (!shown)
        return m_dialog;
    // Queued: the dialog offering is replaced by one planned with the new operator.
    connect(
        shown, &FailoverDialog::operatorOffered, this,
        [this, from, to](const Operator &person) { addOperatorAndReopen(person, from, to); },
        Qt::QueuedConnection);
    flow->start(FailoverRequest{from, to, operators.value_or(QList<Operator>{})});
    return shown;
}

void FailoverLauncher::addOperatorAndReopen(const Operator &person, const LaneKey &from, const LaneKey &to)
{
    QString problem;
    std::optional<QList<Operator>> operators = operatorsFromSettings(m_settings, &problem);
    if (!operators) {
        // Not written over: the list is fixed in Preferences → Operators first.
        log::app()->warn("failover: not adding an operator, the preferences do not read: {}",
                         problem.toStdString());
        return;
    }
    // The same name (a phone number, until renamed) is the same person: their identities merge.
    const auto same = std::find_if(operators->begin(), operators->end(),
                                   [&](const Operator &known) { return known.name == person.name; });
    if (same == operators->end()) {
        operators->append(person);
    } else {
        for (auto it = person.identities.begin(); it != person.identities.end(); ++it)
            same->identities.insert(it.key(), it.value());
    }
    saveOperators(m_settings, *operators);
    open(from, to);
}

FailoverDialog *FailoverLauncher::openFailback(const FailoverRequest &original)
{
    auto *flow = new FailoverFlow(m_runner, {});
    FailoverDialog *shown = show(flow);
    if (!shown)
        return m_dialog;
    flow->startFailback(original);
    return shown;
}

FailoverDialog *FailoverLauncher::openFor(const LaneKey &from)
{
    if (m_advisor) {
        if (const std::optional<FailoverAdvice> advice = m_advisor->adviceFor(from))
            return open(from, advice->to);
    }
    std::optional<health::LaneStatus> best;
    for (const health::LaneStatus &lane : m_runner.session().lanes()) {
        if (lane.lane.channel == from.channel)
            continue;
        if (!best || badness(lane.state) < badness(best->state))
            best = lane;
    }
    return open(from, best ? best->lane : LaneKey{});
}

FailoverBanner::FailoverBanner(const FailoverAdvisor &advisor, const QString &gatewayId,
                               const QString &gatewayTitle, QWidget *parent)
    : QToolBar(parent)
    , m_advisor(advisor)
    , m_gateway(new QLabel(gatewayTitle))
    , m_text(new QLabel)
    , m_button(new QPushButton(tr("Fail over now…")))
{
    setObjectName(QStringLiteral("failoverBanner-") + gatewayId);
    setWindowTitle(tr("Failover recommendation"));
    setMovable(false);
    setFloatable(false);
    toggleViewAction()->setVisible(false); // it shows itself when there is advice
    setStyleSheet(QStringLiteral("QToolBar { background: #fff3cd; border-bottom: 1px solid "
                                 "#e0b400; padding: 4px; } QLabel { color: #3d2c00; }"));
    // With several gateways watched, several banners stack: each says whose advice it is.
    m_gateway->setObjectName(QStringLiteral("failoverBannerGateway"));
    m_gateway->setTextFormat(Qt::PlainText);
    m_gateway->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_text->setObjectName(QStringLiteral("failoverBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_button->setObjectName(QStringLiteral("failoverBannerButton"));
    auto *content = new QWidget;
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_gateway);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button);
    addWidget(content);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (!m_advisor.advice().isEmpty())
            Q_EMIT failoverRequested(m_advisor.advice().first().from, m_advisor.advice().first().to);
    });
    connect(&m_advisor, &FailoverAdvisor::adviceChanged, this, &FailoverBanner::render);
    render();
}

FailoverBanner::~FailoverBanner() = default;

void FailoverBanner::render()
{
    const QList<FailoverAdvice> &advice = m_advisor.advice();
    if (advice.isEmpty()) {
        hide();
        return;
    }
    // The worst lane's advice; the others follow when it is dealt with.
    m_text->setText(advice.first().text);
    m_button->setAccessibleDescription(advice.first().text);
    show();
}

FailoverLaneNote::FailoverLaneNote(const FailoverAdvisor &advisor, QWidget *parent)
    : QFrame(parent)
    , m_advisor(advisor)
    , m_text(new QLabel)
    , m_button(new QPushButton)
    , m_failbackButton(new QPushButton(tr("Fail &back…")))
{
    setObjectName(QStringLiteral("failoverLaneNote"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("failoverLaneNoteText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_button->setObjectName(QStringLiteral("failoverLaneNoteButton"));
    m_failbackButton->setObjectName(QStringLiteral("failoverLaneNoteFailbackButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_failbackButton, 0, Qt::AlignLeft);
    connect(m_failbackButton, &QPushButton::clicked, this, &FailoverLaneNote::failbackRequested);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (const std::optional<FailoverAdvice> advice = m_advisor.adviceFor(m_lane))
            Q_EMIT failoverRequested(advice->from, advice->to);
    });
    connect(&m_advisor, &FailoverAdvisor::adviceChanged, this, &FailoverLaneNote::render);
    hide();
}

FailoverLaneNote::~FailoverLaneNote() = default;

void FailoverLaneNote::showLane(const LaneKey &lane)
{
    m_lane = lane;
    render();
}

void FailoverLaneNote::setFailbackSource(const std::optional<LaneKey> &source)
{
    m_failbackSource = source;
    render();
}

void FailoverLaneNote::render()
{
    const std::optional<FailoverAdvice> advice =
        m_lane.isValid() ? m_advisor.adviceFor(m_lane) : std::nullopt;
    const bool failback = m_lane.isValid() && m_failbackSource == m_lane;
    if (!advice && !failback) {
        hide();
        return;
    }
    m_text->setText(advice ? advice->text
                           : tr("The operators were moved away from %1. Fail back once it has proven itself "
                                "again.")
                                 .arg(channelDisplayName(m_lane.channel)));
    m_button->setVisible(advice.has_value());
    if (advice)
        m_button->setText(tr("Fail over to %1…").arg(channelDisplayName(advice->to.channel)));
    m_failbackButton->setVisible(failback);
    show();
}

FailoverSetup installFailover(ingest::GatewaySession &session, actions::ActionRunner &runner,
                              Settings &settings, const QTimeZone &zone, const QString &gatewayTitle,
                              QMainWindow &mainWindow, LaneDetailsPanel *lanePanel)
{
    FailoverSetup setup;
    setup.advisor = new FailoverAdvisor(session.engine(), zone, &session);
    setup.launcher = new FailoverLauncher(runner, settings, setup.advisor, &mainWindow, &session);
    setup.banner = new FailoverBanner(*setup.advisor, session.gatewayId(), gatewayTitle);
    // A row of its own: two gateways' advice side by side read as one sentence.
    mainWindow.addToolBarBreak(Qt::TopToolBarArea);
    mainWindow.addToolBar(Qt::TopToolBarArea, setup.banner);
    // The banner goes with the session's advisor it reads (a new session brings its own).
    QObject::connect(setup.advisor, &QObject::destroyed, setup.banner,
                     [banner = setup.banner] { delete banner; });
    QObject::connect(
        setup.banner, &FailoverBanner::failoverRequested, setup.launcher,
        [launcher = setup.launcher](const LaneKey &from, const LaneKey &to) { launcher->open(from, to); });
    if (lanePanel) {
        auto *note = new FailoverLaneNote(*setup.advisor);
        lanePanel->addSection(note);
        QObject::connect(lanePanel, &LaneDetailsPanel::laneShown, note, &FailoverLaneNote::showLane);
        if (lanePanel->lane())
            note->showLane(*lanePanel->lane());
        QObject::connect(setup.advisor, &QObject::destroyed, note, [note] { delete note; });
        QObject::connect(note, &FailoverLaneNote::failoverRequested, setup.launcher,
                         [launcher = setup.launcher](const LaneKey &from, const LaneKey &to) {
                             launcher->open(from, to);
                         });
        QObject::connect(
            setup.launcher, &FailoverLauncher::lastFailoverChanged, note, [note, launcher = setup.launcher] {
                const std::optional<FailoverRequest> &last = launcher->lastFailover();
                note->setFailbackSource(last ? std::optional<LaneKey>(last->from) : std::nullopt);
            });
        QObject::connect(note, &FailoverLaneNote::failbackRequested, setup.launcher,
                         [launcher = setup.launcher] {
                             if (launcher->lastFailover())
                                 launcher->openFailback(*launcher->lastFailover());
                         });
    }
    return setup;
}

} // namespace sb::failover

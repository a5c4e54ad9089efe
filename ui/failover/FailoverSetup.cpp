#include "ui/failover/FailoverSetup.h"

#include "app/actions/ActionRunner.h"
#include "app/failover/Operators.h"
#include "app/failover/Recommendation.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/Logging.h"
#include "ui/LaneDetailsPanel.h"
#include "ui/failover/FailoverDialog.h"

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

FailoverDialog *FailoverLauncher::open(const LaneKey &from, const LaneKey &to)
{
    if (FailoverDialog *current = m_dialog.data()) {
        const FailoverFlow::State state = current->flow().state();
        if (!FailoverFlow::isFinal(state) && state != FailoverFlow::State::Ready) {
            current->raise(); // a failover in progress is seen through, not replaced
            return current;
        }
        delete current;
    }
    // A preference that does not read leaves no operators: the flow refuses in words, the log
    // says which entry is wrong.
    QString problem;
    const std::optional<QList<Operator>> operators = operatorsFromSettings(m_settings, &problem);
    if (!operators)
        log::app()->warn("failover: the operators in the preferences do not read: {}", problem.toStdString());
    auto *flow = new FailoverFlow(m_runner, {});
    m_dialog = new FailoverDialog(flow, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
    connect(flow, &FailoverFlow::finished, this, [this, from](FailoverFlow::State state) {
        if (state == FailoverFlow::State::Verified && m_advisor)
            m_advisor->acknowledgeMovedAway(from);
    });
    flow->start(FailoverRequest{from, to, operators.value_or(QList<Operator>{})});
    return m_dialog;
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

FailoverBanner::FailoverBanner(const FailoverAdvisor &advisor, const QString &gatewayTitle, QWidget *parent)
    : QToolBar(parent)
    , m_advisor(advisor)
    , m_gatewayTitle(gatewayTitle)
    , m_text(new QLabel)
    , m_button(new QPushButton(tr("Fail over now…")))
{
    setObjectName(QStringLiteral("failoverBanner"));
    setWindowTitle(tr("Failover recommendation"));
    setMovable(false);
    setFloatable(false);
    toggleViewAction()->setVisible(false); // it shows itself when there is advice
    setStyleSheet(QStringLiteral("QToolBar#failoverBanner { background: #fff3cd; border-bottom: 1px solid "
                                 "#e0b400; padding: 4px; } QLabel { color: #3d2c00; }"));
    m_text->setObjectName(QStringLiteral("failoverBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_button->setObjectName(QStringLiteral("failoverBannerButton"));
    auto *content = new QWidget;
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(6, 2, 6, 2);
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
    m_text->setToolTip(m_gatewayTitle);
    m_button->setAccessibleDescription(advice.first().text);
    show();
}

FailoverLaneNote::FailoverLaneNote(const FailoverAdvisor &advisor, QWidget *parent)
    : QFrame(parent)
    , m_advisor(advisor)
    , m_text(new QLabel)
    , m_button(new QPushButton)
{
    setObjectName(QStringLiteral("failoverLaneNote"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("failoverLaneNoteText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_button->setObjectName(QStringLiteral("failoverLaneNoteButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
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

void FailoverLaneNote::render()
{
    const std::optional<FailoverAdvice> advice =
        m_lane.isValid() ? m_advisor.adviceFor(m_lane) : std::nullopt;
    if (!advice) {
        hide();
        return;
    }
    m_text->setText(advice->text);
    m_button->setText(tr("Fail over to %1…").arg(channelDisplayName(advice->to.channel)));
    show();
}

FailoverSetup installFailover(ingest::GatewaySession &session, actions::ActionRunner &runner,
                              Settings &settings, const QTimeZone &zone, const QString &gatewayTitle,
                              QMainWindow &mainWindow, LaneDetailsPanel *lanePanel)
{
    FailoverSetup setup;
    setup.advisor = new FailoverAdvisor(session.engine(), zone, &session);
    setup.launcher = new FailoverLauncher(runner, settings, setup.advisor, &mainWindow, &session);
    setup.banner = new FailoverBanner(*setup.advisor, gatewayTitle);
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
    }
    return setup;
}

} // namespace sb::failover

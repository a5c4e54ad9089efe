#include "ui/failover/FailoverDialog.h"

#include "app/failover/Recommendation.h"
#include "models/failover/FailoverModels.h"
#include "models/failover/OperatorsModel.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sb::failover {

namespace {

QLabel *plainLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // the flow's words quote the gateway
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QTableView *tableView(const QString &objectName, QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setTabKeyNavigation(false); // Tab moves between the lists and the buttons
    return view;
}

QGroupBox *group(const QString &objectName, const QString &title, QWidget *content,
                 const QList<QWidget *> &extras = {})
{
    auto *box = new QGroupBox(title);
    box->setObjectName(objectName);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    for (QWidget *extra : extras)
        layout->addWidget(extra, 0, qobject_cast<QPushButton *>(extra) ? Qt::AlignLeft : Qt::Alignment());
    return box;
}

QString laneWords(const LaneKey &lane)
{
    const QString channel = channelDisplayName(lane.channel);
    return lane.accountId == QLatin1String("default") ? channel : channel + u'/' + lane.accountId;
}

} // namespace

FailoverDialog::FailoverDialog(FailoverFlow *flow, QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
    , m_planModel(new PlanChangesModel(this))
    , m_checksModel(new PreflightChecksModel(this))
    , m_operatorsModel(new OperatorProgressModel(this))
    , m_candidatesModel(new OperatorsModel(this))
{
    m_flow->setParent(this);
    setObjectName(QStringLiteral("failoverDialog"));

    m_title = plainLabel(QStringLiteral("failoverTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_state = plainLabel(QStringLiteral("failoverStateText"));
    m_notes = plainLabel(QStringLiteral("failoverPlanNotes"));
    m_planView = tableView(QStringLiteral("failoverPlanView"), m_planModel);
    // The one config.patch exactly as it will be sent, for who wants to read it.
    m_jsonButton = new QPushButton(tr("Show the patch as &JSON"));
    m_jsonButton->setObjectName(QStringLiteral("failoverShowJsonButton"));
    m_jsonButton->setCheckable(true);
    m_json = new QPlainTextEdit;
    m_json->setObjectName(QStringLiteral("failoverPatchJson"));
    m_json->setReadOnly(true);
    m_json->setMaximumHeight(90);
    m_json->hide();
    connect(m_jsonButton, &QPushButton::toggled, m_json, &QWidget::setVisible);
    m_checksView = tableView(QStringLiteral("failoverPreflightView"), m_checksModel);
    // Space (or a click) ticks a failed check's override box: the delegate toggles checkable
    // items, so the list is usable from the keyboard.
    m_checksView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Every check in view at once (the five ids and their words are the point of the list),
    // and as many of the plan's lines.
    for (QTableView *view : {m_planView, m_checksView})
        view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * 5 +
                               view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth() + 4);
    m_checksView->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_operatorsView = tableView(QStringLiteral("failoverOperatorsView"), m_operatorsModel);
    m_result = plainLabel(QStringLiteral("failoverResultText"));
    m_candidatesView = tableView(QStringLiteral("failoverCandidatesView"), m_candidatesModel);
    auto *addCandidate = new QPushButton(tr("&Add as operator"));
    addCandidate->setObjectName(QStringLiteral("failoverAddCandidateButton"));
    connect(addCandidate, &QPushButton::clicked, this, [this] {
        const QList<Operator> &people = m_candidatesModel->operators();
        const int row =
            m_candidatesView->currentIndex().isValid() ? m_candidatesView->currentIndex().row() : 0;
        if (row < people.size())
            Q_EMIT operatorOffered(people.at(row));
    });
    m_candidatesGroup = group(QStringLiteral("failoverCandidatesGroup"),
                              tr("The gateway already allows these people here: add one as an operator?"),
                              m_candidatesView, {addCandidate});

    auto *buttons = new QDialogButtonBox;
    m_applyButton = buttons->addButton(tr("&Fail over"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("failoverApplyButton"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("failoverCancelButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("failoverCloseButton"));
    m_failbackButton = buttons->addButton(tr("Fail &back…"), QDialogButtonBox::ActionRole);
    m_failbackButton->setObjectName(QStringLiteral("failoverFailbackButton"));
    // The button box's accept/reject would close the dialog on "Fail over": each button acts
    // on its own instead.
    connect(m_applyButton, &QPushButton::clicked, this, &FailoverDialog::applyClicked);
    connect(m_cancelButton, &QPushButton::clicked, this, &FailoverDialog::reject);
    connect(m_closeButton, &QPushButton::clicked, this, &FailoverDialog::reject);
    connect(m_failbackButton, &QPushButton::clicked, this, [this] {
        if (m_flow->state() == FailoverFlow::State::Verified && !m_flow->isFailback() && m_flow->plan())
            Q_EMIT failbackRequested(m_flow->plan()->request);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(group(QStringLiteral("failoverPlanGroup"), tr("Plan: what will be written"), m_planView,
                            {m_notes, m_jsonButton, m_json}),
                      2);
    layout->addWidget(group(QStringLiteral("failoverPreflightGroup"),
                            tr("Pre-flight (tick a failed check to go ahead anyway; it is recorded)"),
                            m_checksView),
                      0);
    layout->addWidget(group(QStringLiteral("failoverOperatorsGroup"), tr("Operators: a test message each"),
                            m_operatorsView),
                      1);
    layout->addWidget(m_result);
    layout->addWidget(m_candidatesGroup);
    layout->addWidget(buttons);
    setTabOrder(m_planView, m_jsonButton);
    setTabOrder(m_jsonButton, m_checksView);
    setTabOrder(m_checksView, m_operatorsView);
    setTabOrder(m_operatorsView, m_applyButton);

    connect(m_flow, &FailoverFlow::stateChanged, this, &FailoverDialog::render);
    connect(m_flow, &FailoverFlow::operatorChanged, this, &FailoverDialog::render);
    connect(m_flow, &FailoverFlow::candidatesChanged, this, &FailoverDialog::renderCandidates);
    connect(m_checksModel, &PreflightChecksModel::overridesChanged, this, [this] {
        m_applyButton->setEnabled(m_flow->state() == FailoverFlow::State::Ready && m_checksModel->clear());
    });
    resize(760, 640);
    render();
    renderCandidates();
}

FailoverDialog::~FailoverDialog() = default;

QString FailoverDialog::stateText(FailoverFlow::State state, bool failback)
{
    using State = FailoverFlow::State;
    switch (state) {
    case State::Idle:
    case State::Reading:
        return tr("Reading the gateway's config and the lanes' health…");
    case State::Refused:
        return failback ? tr("Failback refused; nothing was written.") : tr("Refused; nothing was written.");
    case State::Ready:
        return tr("Review the plan and the pre-flight. Nothing is written until you click \"%1\".")
            .arg(failback ? tr("Fail back") : tr("Fail over"));
    case State::Cancelled:
        return tr("Cancelled; nothing was written.");
    case State::PreflightFailed:
        return tr("Refused by the pre-flight; nothing was written.");
    case State::Writing:
        return tr("Writing the plan as one config change…");
    case State::Conflict:
        return tr("Another writer changed the config first; nothing was written.");
    case State::WriteFailed:
        return tr("The gateway refused the change; nothing was written.");
    case State::Verifying:
        return tr("Written. Sending a test message to each operator on the new channel…");
    case State::Verified:
        return failback ? tr("Failed back and verified: every operator confirmed.")
                        : tr("Failed over and verified: every operator confirmed.");
    case State::RollingBack:
        return tr("An operator was not reached: rolling the change back…");
    case State::RolledBack:
        return tr("Rolled back: the config is as it was before.");
    case State::RollbackConflict:
        return tr("Not rolled back: another writer changed the config since. Check it by hand.");
    case State::RollbackIncomplete:
        return tr("Rolled back only in part: the config differs from before. Check it by hand.");
    }
    return {};
}

bool FailoverDialog::busy() const
{
    using State = FailoverFlow::State;
    const State state = m_flow->state();
    return state == State::Writing || state == State::Verifying || state == State::RollingBack;
}

void FailoverDialog::reject()
{
    if (busy())
        return; // the write, the checks and the rollback run to their end
    m_flow->cancel();
    QDialog::reject();
}

void FailoverDialog::applyClicked()
{
    if (m_flow->state() != FailoverFlow::State::Ready)
        return;
    m_flow->apply(m_checksModel->overrides());
}

void FailoverDialog::render()
{
    using State = FailoverFlow::State;
    const State state = m_flow->state();
    const std::optional<FailoverPlan> &plan = m_flow->plan();
    // The flow may be started (as a failback) after the dialog is built.
    setWindowTitle(m_flow->isFailback() ? tr("Fail Back") : tr("Fail Over"));
    if (plan) {
        m_title->setText(m_flow->isFailback()
                             ? tr("Fail back from %1 to %2")
                                   .arg(laneWords(plan->request.from), laneWords(plan->request.to))
                             : tr("Fail over from %1 to %2")
                                   .arg(laneWords(plan->request.from), laneWords(plan->request.to)));
    } else {
        m_title->setText(m_flow->isFailback() ? tr("Fail back") : tr("Fail over"));
    }
    m_state->setText(stateText(state, m_flow->isFailback()));

    m_planModel->setLines(plan ? plan->lines : QList<policy::ChangeLine>{});
    m_notes->setText(plan ? plan->notes.join(u'\n') : QString());
    m_notes->setVisible(plan && !plan->notes.isEmpty());
    m_jsonButton->setEnabled(plan.has_value());
    m_json->setPlainText(
        !plan ? QString()
        : plan->patch.replacePaths().isEmpty()
            ? plan->patch.toText()
            : tr("%1\nreplacePaths: %2")
                  .arg(plan->patch.toText(), plan->patch.replacePaths().join(QStringLiteral(", "))));
    m_checksModel->setChecks(m_flow->checks());
    m_checksModel->setOverridable(state == State::Ready);
    m_operatorsModel->setReports(m_flow->operators(), state == State::Verifying);
    renderResult();

    const bool ready = state == State::Ready;
    m_applyButton->setText(m_flow->isFailback() ? tr("&Fail back") : tr("&Fail over"));
    m_applyButton->setVisible(ready || state == State::Idle || state == State::Reading);
    m_applyButton->setEnabled(ready && m_checksModel->clear());
    m_applyButton->setDefault(ready);
    m_cancelButton->setVisible(!FailoverFlow::isFinal(state) && !busy());
    m_closeButton->setVisible(FailoverFlow::isFinal(state));
    m_closeButton->setEnabled(!busy());
    m_failbackButton->setVisible(state == State::Verified && !m_flow->isFailback());
    if (FailoverFlow::isFinal(state))
        m_closeButton->setDefault(true);
}

void FailoverDialog::renderCandidates()
{
    m_candidatesModel->setOperators(m_flow->candidates());
    m_candidatesGroup->setVisible(!m_flow->candidates().isEmpty());
}

void FailoverDialog::renderResult()
{
    using State = FailoverFlow::State;
    const State state = m_flow->state();
    QStringList lines;
    switch (state) {
    case State::Verified: {
        const FailoverTimings &t = m_flow->timings();
        lines << tr("Every operator confirmed on %1. Took %2 ms: plan %3 ms, write %4 ms, sends %5 ms, "
                    "confirmation %6 ms.")
                     .arg(m_flow->plan() ? laneWords(m_flow->plan()->request.to) : QString())
                     .arg(t.totalMs())
                     .arg(t.planMs)
                     .arg(t.writeMs)
                     .arg(t.sendsMs)
                     .arg(t.confirmMs);
        break;
    }
    case State::RolledBack:
    case State::RollbackConflict:
    case State::RollbackIncomplete:
    case State::RollingBack: {
        lines << tr("Why: %1").arg(m_flow->problem());
        if (state == State::RolledBack && m_flow->plan()) {
            QStringList restored;
            for (const policy::ChangeLine &line : m_flow->plan()->lines)
                restored << tr("  %1 back to %2")
                                .arg(line.path, line.before.isEmpty() ? tr("(not set)") : line.before);
            lines << tr("Restored:") << restored;
            lines << tr("Read back: the config equals the one before the failover.");
        }
        break;
    }
    case State::Refused:
    case State::PreflightFailed:
    case State::Conflict:
    case State::WriteFailed:
        lines << m_flow->problem();
        break;
    default:
        break;
    }
    m_result->setText(lines.join(u'\n'));
    m_result->setVisible(!lines.isEmpty());
}

} // namespace sb::failover

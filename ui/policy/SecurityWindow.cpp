#include "ui/policy/SecurityWindow.h"

#include "app/platform/SafeText.h"
#include "app/policy/PolicyCenter.h"
#include "models/policy/EffectivePolicyModel.h"
#include "models/policy/FindingsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sb::policy {

namespace {

QLabel *plainLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QTableView *tableView(const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

SecurityWindow::SecurityWindow(PolicyCenter &center, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_center(center)
    , m_policyModel(new EffectivePolicyModel(this))
    , m_findingsModel(new FindingsModel(this))
{
    setObjectName(QStringLiteral("securityWindow"));
    setWindowTitle(tr("Allowlists & Security — %1").arg(SafeText::forLabel(center.gatewayId())));
    resize(980, 760);
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical);
    layout->addWidget(splitter);

    // Effective policy, and the list editor for the selected row.
    auto *policyPage = new QWidget;
    auto *policyLayout = new QVBoxLayout(policyPage);
    policyLayout->addWidget(new QLabel(tr("Who may reach each account (effective policy)")));
    m_policyView = tableView(QStringLiteral("effectivePolicyView"));
    m_policyView->setModel(m_policyModel);
    policyLayout->addWidget(m_policyView);
    auto *pairingNote = plainLabel(QStringLiteral("pairingNoteLabel"));
    pairingNote->setText(pairingStoreNote());
    policyLayout->addWidget(pairingNote);
    m_problemsLabel = plainLabel(QStringLiteral("policyProblemsLabel"));
    policyLayout->addWidget(m_problemsLabel);
    auto *editRow = new QHBoxLayout;
    m_listEdit = new QLineEdit;
    m_listEdit->setObjectName(QStringLiteral("allowlistEdit"));
    m_listEdit->setPlaceholderText(tr("Select an allowFrom or groupAllowFrom row; ids separated by commas"));
    m_listEdit->setEnabled(false);
    m_previewEditButton = new QPushButton(tr("Preview Change"));
    m_previewEditButton->setObjectName(QStringLiteral("previewEditButton"));
    m_previewEditButton->setEnabled(false);
    editRow->addWidget(m_listEdit, 1);
    editRow->addWidget(m_previewEditButton);
    policyLayout->addLayout(editRow);
    splitter->addWidget(policyPage);

    // Findings.
    auto *findingsPage = new QWidget;
    auto *findingsLayout = new QVBoxLayout(findingsPage);
    findingsLayout->addWidget(new QLabel(tr("Security audit")));
    m_findingsView = tableView(QStringLiteral("findingsView"));
    m_findingsView->setModel(m_findingsModel);
    findingsLayout->addWidget(m_findingsView);
    m_findingDetailLabel = plainLabel(QStringLiteral("findingDetailLabel"));
    findingsLayout->addWidget(m_findingDetailLabel);
    m_auditNoteLabel = plainLabel(QStringLiteral("auditNoteLabel"));
    findingsLayout->addWidget(m_auditNoteLabel);
    auto *findingButtons = new QHBoxLayout;
    m_previewFixButton = new QPushButton(tr("Preview &Fix"));
    m_previewFixButton->setObjectName(QStringLiteral("previewFixButton"));
    m_rerunButton = new QPushButton(tr("&Audit Again"));
    m_rerunButton->setObjectName(QStringLiteral("rerunAuditButton"));
    findingButtons->addWidget(m_previewFixButton);
    findingButtons->addWidget(m_rerunButton);
    findingButtons->addStretch(1);
    findingsLayout->addLayout(findingButtons);
    splitter->addWidget(findingsPage);

    // The preview of a change and its outcome.
    auto *previewPage = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewPage);
    m_previewText = new QPlainTextEdit;
    m_previewText->setObjectName(QStringLiteral("previewText"));
    m_previewText->setReadOnly(true);
    previewLayout->addWidget(m_previewText);
    auto *previewButtons = new QHBoxLayout;
    m_applyButton = new QPushButton(tr("&Write to Gateway"));
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_reapplyButton = new QPushButton(tr("&Re-apply on Their Config"));
    m_reapplyButton->setObjectName(QStringLiteral("reapplyButton"));
    m_dropButton = new QPushButton(tr("&Drop Change"));
    m_dropButton->setObjectName(QStringLiteral("dropButton"));
    previewButtons->addWidget(m_applyButton);
    previewButtons->addWidget(m_reapplyButton);
    previewButtons->addWidget(m_dropButton);
    previewButtons->addStretch(1);
    previewLayout->addLayout(previewButtons);
    m_outcomeLabel = plainLabel(QStringLiteral("outcomeLabel"));
    previewLayout->addWidget(m_outcomeLabel);
    splitter->addWidget(previewPage);

    ConfigWriter &writer = m_center.writer();
    connect(&writer, &ConfigWriter::loaded, this, &SecurityWindow::renderPolicy);
    connect(&writer, &ConfigWriter::stateChanged, this, &SecurityWindow::renderWriterState);
    connect(&writer, &ConfigWriter::finished, this, &SecurityWindow::showOutcome);
    connect(&m_center, &PolicyCenter::findingsChanged, this, &SecurityWindow::renderFindings);
    connect(m_policyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SecurityWindow::onPolicyRowSelected);
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const Finding *finding = m_findingsModel->finding(current.row());
                m_selectedCheckId = finding ? finding->checkId : QString();
                renderFindingDetail();
            });
    connect(m_previewEditButton, &QPushButton::clicked, this, &SecurityWindow::previewListEdit);
    connect(m_previewFixButton, &QPushButton::clicked, this, [this] { previewFix(m_selectedCheckId); });
    connect(m_rerunButton, &QPushButton::clicked, &m_center, &PolicyCenter::refresh);
    connect(m_applyButton, &QPushButton::clicked, &writer, &ConfigWriter::apply);
    connect(m_reapplyButton, &QPushButton::clicked, this, [this] {
        m_center.writer().reapply();
        if (m_center.writer().preview())
            m_previewText->setPlainText(m_center.writer().preview()->inWords());
    });
    connect(m_dropButton, &QPushButton::clicked, this, [this] {
        m_center.writer().drop();
        m_previewText->clear();
        m_outcomeLabel->setText(tr("Change dropped; nothing was written."));
    });

    renderPolicy();
    renderFindings();
    renderWriterState();
}

SecurityWindow::~SecurityWindow() = default;

void SecurityWindow::renderPolicy()
{
    const PolicyConfig &config = m_center.writer().policy();
    m_policyModel->setPolicy(config);
    m_policyView->resizeColumnsToContents();
    QStringList problems = config.problems;
    for (const ChannelConfig &channel : config.channels)
        problems << channel.problems;
    m_problemsLabel->setText(problems.isEmpty()
                                 ? QString()
                                 : tr("Shown read-only, never rewritten: %1")
                                       .arg(SafeText::forLabel(problems.join(QStringLiteral("; ")), 0)));
    m_problemsLabel->setVisible(!problems.isEmpty());
}

void SecurityWindow::renderFindings()
{
    m_findingsModel->setFindings(m_center.audit().findings());
    m_findingsView->resizeColumnsToContents();
    const int row = m_findingsModel->rowOf(m_selectedCheckId);
    if (row >= 0)
        m_findingsView->selectRow(row);
    else
        m_selectedCheckId.clear();
    const QString note = m_center.audit().note();
    m_auditNoteLabel->setText(note);
    m_auditNoteLabel->setVisible(!note.isEmpty());
    renderFindingDetail();
}

void SecurityWindow::renderFindingDetail()
{
    const Finding *finding = m_findingsModel->finding(m_findingsModel->rowOf(m_selectedCheckId));
    if (!finding) {
        m_findingDetailLabel->setText(m_findingsModel->rowCount() == 0 ? tr("No findings.") : QString());
        m_previewFixButton->setEnabled(false);
        return;
    }
    QString text = finding->title + u'\n' + finding->detail;
    if (!finding->remediation.isEmpty())
        text += u'\n' + tr("Fix: %1").arg(finding->remediation);
    m_findingDetailLabel->setText(text);
    m_previewFixButton->setEnabled(finding->fix.has_value() &&
                                   m_center.writer().state() != ConfigWriter::State::Writing);
}

void SecurityWindow::renderWriterState()
{
    const ConfigWriter::State state = m_center.writer().state();
    m_applyButton->setEnabled(state == ConfigWriter::State::Previewing);
    m_reapplyButton->setVisible(state == ConfigWriter::State::Conflict);
    m_dropButton->setEnabled(state == ConfigWriter::State::Previewing ||
                             state == ConfigWriter::State::Conflict);
    if (state == ConfigWriter::State::Writing)
        m_outcomeLabel->setText(tr("Writing…"));
    renderFindingDetail();
}

void SecurityWindow::previewFix(const QString &checkId)
{
    const int row = m_findingsModel->rowOf(checkId);
    const Finding *finding = m_findingsModel->finding(row);
    if (!finding || !finding->fix)
        return;
    m_selectedCheckId = checkId;
    m_findingsView->selectRow(row);
    QString problem;
    const std::optional<WritePreview> preview = m_center.writer().preview(*finding->fix, &problem);
    if (!preview) {
        m_outcomeLabel->setText(tr("This fix cannot be written: %1").arg(problem));
        return;
    }
    m_previewText->setPlainText(preview->inWords());
    m_outcomeLabel->setText(preview->isEmpty() ? tr("Nothing to change.")
                                               : tr("Review the change, then write it."));
}

void SecurityWindow::onPolicyRowSelected()
{
    const QModelIndex index = m_policyView->currentIndex();
    const QVariant list = m_policyModel->data(index, EffectivePolicyModel::ListRole);
    const bool editable =
        list.isValid() && !m_policyModel->data(index, EffectivePolicyModel::ReadOnlyRole).toBool();
    m_listEdit->setEnabled(editable);
    m_previewEditButton->setEnabled(editable);
    m_listEdit->setText(editable ? list.toStringList().join(QStringLiteral(", ")) : QString());
}

void SecurityWindow::previewListEdit()
{
    const QModelIndex index = m_policyView->currentIndex();
    const QString path =
        m_policyModel->data(index.siblingAtColumn(EffectivePolicyModel::PathColumn), Qt::DisplayRole)
            .toString();
    ConfigEdit edit;
    edit.channel = m_policyModel->data(index, EffectivePolicyModel::ChannelRole).toString();
    edit.accountId = m_policyModel->data(index, EffectivePolicyModel::AccountRole).toString();
    const QString field = m_policyModel->data(index, EffectivePolicyModel::FieldRole).toString();
    QStringList path2{QStringLiteral("channels"), edit.channel};
    if (path.contains(QStringLiteral(".accounts.")))
        path2 << QStringLiteral("accounts") << edit.accountId;
    path2 << field;
    QStringList entries;
    for (const QString &entry : m_listEdit->text().split(u',', Qt::SkipEmptyParts))
        entries << entry.trimmed();
    edit.summary = tr("%1 of %2/%3").arg(field, edit.channel, edit.accountId);
    edit.set(path2, entries);
    QString problem;
    const std::optional<WritePreview> preview = m_center.writer().preview(edit, &problem);
    if (!preview) {
        m_outcomeLabel->setText(tr("Not sent: %1").arg(problem));
        return;
    }
    m_previewText->setPlainText(preview->inWords());
    m_outcomeLabel->setText(preview->isEmpty() ? tr("Nothing to change.")
                                               : tr("Review the change, then write it."));
}

void SecurityWindow::showOutcome(const WriteOutcome &outcome)
{
    QString text = outcome.message;
    if (outcome.kind == WriteOutcome::Kind::Conflict) {
        QStringList theirs;
        for (const ChangeLine &line : outcome.theirs)
            theirs << QStringLiteral("  ") + line.inWords();
        QString ours = m_previewText->toPlainText();
        m_previewText->setPlainText(tr("Their change (already written):\n%1\n\nYours (not written):\n%2")
                                        .arg(theirs.join(u'\n'), ours));
    } else {
        m_previewText->clear();
    }
    m_outcomeLabel->setText(text);
    renderPolicy();
}

} // namespace sb::policy

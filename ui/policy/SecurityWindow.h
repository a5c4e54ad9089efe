#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace sb::policy {

class EffectivePolicyModel;
class FindingsModel;
class PolicyCenter;
struct WriteOutcome;

// "Allowlists & Security" for one gateway: every account's effective policy with where each
// value comes from (overrides in bold), a list field edited in place, the audit's findings
// with their one-click fix. Every change is previewed (paths, before → after, the patch) and
// written by the center's ConfigWriter; a conflict shows their change beside ours, and the
// operator re-applies or drops it. The window only renders the writer's states.
class SecurityWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityWindow)

public:
    explicit SecurityWindow(PolicyCenter &center, QWidget *parent = nullptr);
    ~SecurityWindow() override;

    // Selects the finding and previews its fix (the lane panel's "Fix…").
    void previewFix(const QString &checkId);

private:
    void renderPolicy();
    void renderFindings();
    void renderFindingDetail();
    void renderWriterState();
    void showOutcome(const WriteOutcome &outcome);
    void onPolicyRowSelected();
    void previewListEdit();

    PolicyCenter &m_center;
    EffectivePolicyModel *m_policyModel;
    FindingsModel *m_findingsModel;
    QTableView *m_policyView = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLineEdit *m_listEdit = nullptr;
    QPushButton *m_previewEditButton = nullptr;
    QTableView *m_findingsView = nullptr;
    QLabel *m_findingDetailLabel = nullptr;
    QLabel *m_auditNoteLabel = nullptr;
    QPushButton *m_previewFixButton = nullptr;
    QPushButton *m_rerunButton = nullptr;
    QPlainTextEdit *m_previewText = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_reapplyButton = nullptr;
    QPushButton *m_dropButton = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QString m_selectedCheckId;
};

} // namespace sb::policy

#pragma once

#include "app/failover/FailoverFlow.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace sb::failover {

class OperatorProgressModel;
class OperatorsModel;
class PlanChangesModel;
class PreflightChecksModel;

// The Failover dialog (issue 13): renders a FailoverFlow's states and nothing else. The plan's
// preview (path, before → after; the patch as sent on request), the pre-flight list (each check passed or
// failed in words under its id; a failed check gets a box that overrides it), progress per operator, and the
// result: verified, or the rollback (what was restored, per operator what happened, the
// re-read). "Fail over" hands the ticked overrides to FailoverFlow::apply(); every decision is
// the flow's. Gateway text is shown as plain text. While the flow writes, verifies or rolls back,
// the dialog cannot be closed: the flow it owns must see its step through. A verified failover
// offers "Fail back…" (the flow refuses it while the source has not proven itself again). Refused
// for want of operators on the target, it offers the people the gateway already allows there
// ("Add as operator"; the launcher keeps them in Preferences → Operators).
class FailoverDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailoverDialog)

public:
    // Takes ownership of `flow` (started or not).
    explicit FailoverDialog(FailoverFlow *flow, QWidget *parent = nullptr);
    ~FailoverDialog() override;

    FailoverFlow &flow() const { return *m_flow; }

    // The state in words, for the line under the title.
    static QString stateText(FailoverFlow::State state, bool failback);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    // "Fail back…" after a verified failover: the launcher opens the failback's own dialog.
    void failbackRequested(const sb::failover::FailoverRequest &original);
    // "Add as operator" on one of the flow's candidates (refused for want of operators).
    void operatorOffered(const sb::failover::Operator &person);

private:
    void render();
    void renderResult();
    void renderCandidates();
    void applyClicked();
    bool busy() const;

    FailoverFlow *m_flow;
    PlanChangesModel *m_planModel;
    PreflightChecksModel *m_checksModel;
    OperatorProgressModel *m_operatorsModel;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_notes;
    QTableView *m_planView;
    QPushButton *m_jsonButton;
    QPlainTextEdit *m_json;
    QTableView *m_checksView;
    QTableView *m_operatorsView;
    QLabel *m_result;
    QPushButton *m_applyButton;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    QPushButton *m_failbackButton;
    OperatorsModel *m_candidatesModel;
    QWidget *m_candidatesGroup;
    QTableView *m_candidatesView;
};

} // namespace sb::failover

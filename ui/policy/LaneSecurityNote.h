#pragma once

#include "app/health/LaneKey.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace sb::policy {

class PolicyCenter;

// The lane panel's line about the shown lane's worst security finding (critical or warning),
// with its one-click fix: "Fix…" hands the finding's id to fixRequested, whose owner opens the
// Allowlists & Security window on its preview. Hidden when the lane has no such finding.
class LaneSecurityNote final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneSecurityNote)

public:
    explicit LaneSecurityNote(PolicyCenter &center, QWidget *parent = nullptr);
    ~LaneSecurityNote() override;

    void showLane(const sb::LaneKey &lane);

Q_SIGNALS:
    void fixRequested(const QString &checkId);

private:
    void render();

    PolicyCenter &m_center;
    LaneKey m_lane;
    QString m_checkId;
    QLabel *m_label = nullptr;
    QPushButton *m_fixButton = nullptr;
};

} // namespace sb::policy

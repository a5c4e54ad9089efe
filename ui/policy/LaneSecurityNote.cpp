#include "ui/policy/LaneSecurityNote.h"

#include "app/platform/SafeText.h"
#include "app/policy/PolicyCenter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sb::policy {

LaneSecurityNote::LaneSecurityNote(PolicyCenter &center, QWidget *parent)
    : QWidget(parent)
    , m_center(center)
{
    setObjectName(QStringLiteral("laneSecurityNote"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("laneSecurityLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_fixButton = new QPushButton(tr("&Fix…"));
    m_fixButton->setObjectName(QStringLiteral("laneSecurityFixButton"));
    m_fixButton->setAutoDefault(false);
    m_fixButton->setToolTip(tr("Preview the fix in Allowlists & Security"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_fixButton);
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        if (!m_checkId.isEmpty())
            Q_EMIT fixRequested(m_checkId);
    });
    connect(&m_center, &PolicyCenter::findingsChanged, this, &LaneSecurityNote::render);
    render();
}

LaneSecurityNote::~LaneSecurityNote() = default;

void LaneSecurityNote::showLane(const LaneKey &lane)
{
    m_lane = lane;
    render();
}

void LaneSecurityNote::render()
{
    m_checkId.clear();
    const QList<Finding> findings = m_lane.isValid() && m_lane.gatewayId == m_center.gatewayId()
                                        ? m_center.findingsFor(m_lane.channel, m_lane.accountId)
                                        : QList<Finding>();
    if (findings.isEmpty() || findings.first().severity == Severity::Info) {
        hide();
        return;
    }
    const Finding &worst = findings.first();
    m_checkId = worst.checkId;
    const bool critical = worst.severity == Severity::Critical;
    m_label->setText(
        (critical ? tr("CRITICAL: %1") : tr("Warning: %1")).arg(SafeText::forLabel(worst.title)));
    m_label->setStyleSheet(critical ? QStringLiteral("color: #c62828; font-weight: bold;") : QString());
    m_fixButton->setVisible(worst.fix.has_value());
    show();
}

} // namespace sb::policy

#pragma once

#include "app/failover/FailoverPlan.h"
#include "app/health/LaneKey.h"

#include <optional>

#include <QFrame>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QToolBar>

class QLabel;
class QMainWindow;
class QPushButton;

namespace sb {
class LaneDetailsPanel;
class Settings;
} // namespace sb
namespace sb::actions {
class ActionRunner;
}
namespace sb::ingest {
class GatewaySession;
}

namespace sb::failover {

class FailoverAdvisor;
class FailoverDialog;
class FailoverFlow;

// Opens the Failover dialog for one gateway: a FailoverFlow on the gateway's action runner with
// the operators from the preferences, started at once so the dialog shows the plan and the
// pre-flight. Lives as the session's child; the lane panel finds it with of().
class FailoverLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailoverLauncher)

public:
    // A verified failover tells `advisor` the operators left its source.
    FailoverLauncher(actions::ActionRunner &runner, Settings &settings, FailoverAdvisor *advisor,
                     QWidget *dialogParent, QObject *parent);
    ~FailoverLauncher() override;

    static FailoverLauncher *of(ingest::GatewaySession &session);

    // Moves from `from` to `to`; the dialog in front (an open one is replaced unless it is busy).
    FailoverDialog *open(const LaneKey &from, const LaneKey &to);
    // From the lane panel: to the advisor's proven lane for `from`, else the healthiest lane of
    // another channel on the gateway (the pre-flight judges it).
    FailoverDialog *openFor(const LaneKey &from);
    // Back from `original` (a verified failover): the dialog in failback mode; the flow refuses
    // it in words while the source has not proven itself again.
    FailoverDialog *openFailback(const FailoverRequest &original);
    FailoverDialog *dialog() const;
    // The last failover verified from this window and not failed back since: what "Fail back…"
    // on its source lane undoes.
    const std::optional<FailoverRequest> &lastFailover() const { return m_lastFailover; }

Q_SIGNALS:
    void lastFailoverChanged();

private:
    // Puts `flow`'s dialog in front (an open one is replaced unless it is busy); the dialog
    // when shown, the busy one otherwise.
    FailoverDialog *show(FailoverFlow *flow);
    // "Add as operator": `person` into Preferences → Operators, then the failover planned again.
    void addOperatorAndReopen(const Operator &person, const LaneKey &from, const LaneKey &to);

    actions::ActionRunner &m_runner;
    Settings &m_settings;
    QPointer<FailoverAdvisor> m_advisor;
    QPointer<QWidget> m_dialogParent;
    QPointer<FailoverDialog> m_dialog;
    std::optional<FailoverRequest> m_lastFailover;
};

// The recommendation across the top of the window: "WhatsApp: 9 drops since 01:55. Signal is
// proven. Fail over now" with a button that opens the dialog on that source and target. Hidden
// while the advisor has nothing to say.
class FailoverBanner final : public QToolBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailoverBanner)

public:
    // Named "failoverBanner-<gatewayId>": one per watched gateway, each found by its own name.
    FailoverBanner(const FailoverAdvisor &advisor, const QString &gatewayId, const QString &gatewayTitle,
                   QWidget *parent = nullptr);
    ~FailoverBanner() override;

Q_SIGNALS:
    void failoverRequested(const sb::LaneKey &from, const sb::LaneKey &to);

private:
    void render();

    const FailoverAdvisor &m_advisor;
    QLabel *m_gateway; // whose advice: the gateway's title
    QLabel *m_text;
    QPushButton *m_button;
};

// The same advice on the lane panel, for the lane shown when it is this gateway's and the
// advisor has advice for it: the words and a "Fail over to Signal…" button. On the source lane
// of a verified failover (setFailbackSource), a "Fail back…" button.
class FailoverLaneNote final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailoverLaneNote)

public:
    explicit FailoverLaneNote(const FailoverAdvisor &advisor, QWidget *parent = nullptr);
    ~FailoverLaneNote() override;

    void showLane(const sb::LaneKey &lane);
    // The lane the operators were moved away from; nothing when there is nothing to fail back.
    void setFailbackSource(const std::optional<LaneKey> &source);

Q_SIGNALS:
    void failoverRequested(const sb::LaneKey &from, const sb::LaneKey &to);
    void failbackRequested();

private:
    void render();

    const FailoverAdvisor &m_advisor;
    LaneKey m_lane;
    std::optional<LaneKey> m_failbackSource;
    QLabel *m_text;
    QPushButton *m_button;
    QPushButton *m_failbackButton;
};

// Failover for one watched gateway, wired into the window: the advisor on the session's health
// engine (times in the profile's `zone`), the launcher, the banner at the top of `mainWindow`
// and, with a lane panel, its note there. All live as long as the session.
struct FailoverSetup
{
    FailoverAdvisor *advisor = nullptr;
    FailoverLauncher *launcher = nullptr;
    FailoverBanner *banner = nullptr;
};
FailoverSetup installFailover(ingest::GatewaySession &session, actions::ActionRunner &runner,
                              Settings &settings, const QTimeZone &zone, const QString &gatewayTitle,
                              QMainWindow &mainWindow, LaneDetailsPanel *lanePanel);

} // namespace sb::failover

#pragma once

#include "app/failover/FailoverPlan.h"
#include "app/failover/Preflight.h"
#include "app/gateway/ChannelStatus.h"
#include "app/gateway/MethodTypes.h"

#include <optional>

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace sb::actions {
class ActionRunner;
}

namespace sb::failover {

// How one operator's test message went.
struct OperatorReport
{
    enum class Outcome
    {
        Pending,
        Confirmed,    // the send was answered ok and the gateway shows the outbound
        SendFailed,   // the gateway refused or queued the send
        NotConfirmed, // answered ok, but no outbound showed within the deadline
        NotTried,     // the failover was rolled back before their turn
    };
    QString name;
    QString identity;
    Outcome outcome = Outcome::Pending;
    QString words; // what happened, for the operator (plain text; may quote the gateway)
    qint64 at = 0; // when it was decided, on the session's clock (UTC ms)
};

// Where the time from "Fail over" to the last confirmation went (wall clock, ms).
struct FailoverTimings
{
    qint64 planMs = 0;    // config.get, plan, pre-flight
    qint64 writeMs = 0;   // the one config.patch
    qint64 sendsMs = 0;   // the test sends, answered
    qint64 confirmMs = 0; // waiting for channels.status to show each outbound
    qint64 totalMs() const { return planMs + writeMs + sendsMs + confirmMs; }
};

// One failover (or failback) on one gateway, UI-free (DESIGN §12). Every outcome is a state:
//
//   start() → Reading → Refused                        (bad input, no plan; nothing written)
//                     → Ready (plan + pre-flight shown)
//   apply(overrides) → PreflightFailed                 (a failed check not overridden)
//                    → Writing → Conflict              (another writer first: nothing written)
//                              → WriteFailed           (the gateway refused: nothing written)
//                              → Verifying → Verified  (every operator's test message confirmed)
//                                          → RollingBack → RolledBack         (config as before)
//                                                        → RollbackConflict   (another writer since)
//                                                        → RollbackIncomplete (re-read differs)
//   cancel() from Ready → Cancelled.
//
// Each step goes through the ActionRunner: overrides, the write, each test message, the
// rollback and the result (failover.result, on the source lane: the incident's receipt) are
// rows in the action log and flags on the lanes. The session's health engine
// judges the target; the session's clock stamps the report.
class FailoverFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailoverFlow)

public:
    enum class State
    {
        Idle,
        Reading,
        Refused,
        Ready,
        Cancelled,
        PreflightFailed,
        Writing,
        Conflict,
        WriteFailed,
        Verifying,
        Verified,
        RollingBack,
        RolledBack,
        RollbackConflict,
        RollbackIncomplete,
    };
    Q_ENUM(State)

    struct Options
    {
        int verifyDeadlineMs = 60000; // per failover, for every operator's confirmation
        int pollMs = 250;             // channels.status while waiting for an outbound
        QString testMessage;          // empty: defaultTestMessage()
    };

    FailoverFlow(actions::ActionRunner &runner, Options options, QObject *parent = nullptr);
    ~FailoverFlow() override;

    static QString defaultTestMessage();
    static QString stateName(State state); // stable, for --json and the log
    static bool isFinal(State state);

    State state() const { return m_state; }
    bool isFailback() const { return m_failback; }
    QString problem() const { return m_problem; } // Refused, PreflightFailed, Conflict...: in words
    const std::optional<FailoverPlan> &plan() const { return m_plan; }
    const QList<PreflightCheck> &checks() const { return m_checks; }
    const QList<OperatorReport> &operators() const { return m_reports; }
    const FailoverTimings &timings() const { return m_timings; }
    // Refused for want of operators reachable on the target: the people the gateway's config
    // already allows there (commands.ownerAllowFrom, the channels' allowFrom; see
    // suggestedOperators()) with an identity on the target that no operator has, read after
    // the refusal. Empty until candidatesChanged().
    const QList<Operator> &candidates() const { return m_candidates; }
    // RollbackIncomplete: what differs from the config before the failover.
    const QList<policy::ChangeLine> &rollbackDifferences() const { return m_differences; }

    // Reads the config and the target's health, builds the plan and runs the pre-flight.
    void start(const FailoverRequest &request);
    // Back from a failover: `original` is the failover's request. Refused while the original
    // source is not proven again; otherwise the reverse plan, same steps.
    void startFailback(const FailoverRequest &original);
    // From Ready: writes the plan unless a check fails that `overrides` does not name.
    void apply(const QStringList &overrides = {});
    void cancel();

Q_SIGNALS:
    void stateChanged(sb::failover::FailoverFlow::State state);
    void operatorChanged(int index); // operators()[index] moved on
    void finished(sb::failover::FailoverFlow::State state);
    void candidatesChanged();

private:
    void setState(State state);
    void logResult(State state);
    void refuse(State state, const QString &problem);
    void planOn(const gateway::ConfigSnapshot &snapshot);
    void offerCandidates(const FailoverRequest &request);
    void logOverride(const PreflightCheck &check);
    void verifyNext(int index);
    void sendTo(int index, const std::optional<QDateTime> &baseline);
    void awaitOutbound(int index, const std::optional<QDateTime> &baseline);
    void confirm(int index, bool ok, OperatorReport::Outcome outcome, const QString &words,
                 const QString &answer);
    void rollBack(const QString &why);
    void compareAfterRollback();
    std::optional<QDateTime> lastOutbound(const gateway::ChannelsStatus &status) const;
    qint64 remainingMs() const;

    actions::ActionRunner &m_runner;
    Options m_options;
    State m_state = State::Idle;
    bool m_failback = false;
    FailoverRequest m_request;
    QString m_problem;
    std::optional<FailoverPlan> m_plan;
    QList<PreflightCheck> m_checks;
    QList<OperatorReport> m_reports;
    QList<Operator> m_candidates;
    QList<policy::ChangeLine> m_differences;
    QString m_writtenHash;
    // The config file before the failover (config.get's `parsed`): what the rollback restores and the
    // re-read is compared with. The plan's config has OpenClaw's defaults filled in.
    QJsonObject m_fileBefore;
    FailoverTimings m_timings;
    QElapsedTimer m_phase;
    QElapsedTimer m_verifyStarted;
};

} // namespace sb::failover

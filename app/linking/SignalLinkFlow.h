#pragma once

#include "app/health/HealthTypes.h"
#include "app/health/LaneKey.h"

#include <optional>

#include <QObject>
#include <QString>

namespace sb::actions {
class ActionRunner;
}
namespace sb::linking::signalcli {
class SignalCliClient;
}

namespace sb::linking {

class LaneBringUp;

// Linking the daemon as a secondary device of a Signal account that lives on a phone:
// startLink → the sgnl://linkdevice URI shown as a QR code → finishLink (the daemon waits for
// the phone to scan it) → linked → the channel started again and watched until proven. One
// action on the lane from startLink to finishLink's answer (the lane is busy while the code
// is up).
class SignalLinkFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalLinkFlow)

public:
    enum class State
    {
        Idle,
        StartingLink,      // startLink running
        ShowingCode,       // deviceLinkUri() as a QR code; finishLink waits for the scan
        LinkFailed,        // not scanned in time, refused by the phone...: start again
        DaemonUnavailable, // the daemon is not running, the URL is wrong...
        StartingChannel,
        Proving,
        Proven,
    };
    Q_ENUM(State)

    SignalLinkFlow(actions::ActionRunner &runner, signalcli::SignalCliClient &daemon, LaneKey lane,
                   QObject *parent = nullptr);
    ~SignalLinkFlow() override;

    State state() const { return m_state; }
    static QString stateName(State state);
    QString message() const { return m_message; }
    QString deviceLinkUri() const { return m_uri; }
    health::LaneStatus proof() const;
    QString proofText() const;

    // The name the phone lists the new device under; empty: signal-cli's default.
    std::optional<QString> start(const QString &deviceName = {});

Q_SIGNALS:
    void stateChanged(sb::linking::SignalLinkFlow::State state);
    void proofChanged();

private:
    void setState(State state, const QString &message);

    actions::ActionRunner &m_runner;
    signalcli::SignalCliClient &m_daemon;
    LaneKey m_lane;
    LaneBringUp *m_bringUp;
    State m_state = State::Idle;
    QString m_message;
    QString m_uri;
    bool m_actionOpen = false; // begun on the runner, its answer not yet in
};

} // namespace sb::linking

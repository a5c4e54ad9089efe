#pragma once

#include <QObject>

class QSocketNotifier;

namespace sb {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop of the thread that creates it,
// so the process can shut down in order (flush the history, log its exit) instead of dying
// mid-write. The handler only writes a byte into a socket pair (async-signal-safe); a socket
// notifier reads it back on the event loop. Each signal is caught once: a second one, while a
// shutdown hangs, ends the process as if there were no handler.
//
// One instance at a time (signal dispositions are per process); the destructor restores the
// previous dispositions.
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // False when the handlers could not be installed (another instance exists, or no socket pair).
    bool isActive() const { return m_notifier != nullptr; }

    // "SIGTERM", "SIGINT", or "signal N".
    static QString signalName(int signalNumber);

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readPending();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sb

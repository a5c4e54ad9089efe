#include "app/platform/TerminationSignals.h"

#include <QSocketNotifier>
#include <QString>

#ifdef Q_OS_UNIX
#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <iterator>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace sb {

#ifdef Q_OS_UNIX

namespace {

constexpr int kCaught[] = {SIGTERM, SIGINT};

// Written only by the installing thread before the handlers exist and after they are gone.
int s_fds[2] = {-1, -1};
struct sigaction s_previous[std::size(kCaught)];
std::atomic<bool> s_installed{false};

extern "C" void onTerminationSignal(int signalNumber)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    // Non-blocking: with the pipe full a shutdown is already pending, the byte is not needed.
    [[maybe_unused]] const ssize_t written = ::write(s_fds[0], &byte, 1);
    errno = savedErrno;
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    bool expected = false;
    if (!s_installed.compare_exchange_strong(expected, true))
        return;
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, s_fds) != 0) {
        s_installed = false;
        return;
    }
    ::fcntl(s_fds[0], F_SETFL, ::fcntl(s_fds[0], F_GETFL) | O_NONBLOCK);
    ::fcntl(s_fds[1], F_SETFL, ::fcntl(s_fds[1], F_GETFL) | O_NONBLOCK);
    m_notifier = new QSocketNotifier(s_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::readPending);

    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESETHAND: the second signal of a kind finds the default disposition and ends the process.
    action.sa_flags = SA_RESTART | SA_RESETHAND;
    for (std::size_t i = 0; i < std::size(kCaught); ++i)
        ::sigaction(kCaught[i], &action, &s_previous[i]);
}

TerminationSignals::~TerminationSignals()
{
    if (!m_notifier)
        return;
    for (std::size_t i = 0; i < std::size(kCaught); ++i)
        ::sigaction(kCaught[i], &s_previous[i], nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(s_fds[0]);
    ::close(s_fds[1]);
    s_fds[0] = s_fds[1] = -1;
    s_installed = false;
}

void TerminationSignals::readPending()
{
    unsigned char byte = 0;
    while (::read(s_fds[1], &byte, 1) == 1)
        Q_EMIT received(byte);
}

#else

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{}

TerminationSignals::~TerminationSignals() = default;

void TerminationSignals::readPending() {}

#endif

QString TerminationSignals::signalName(int signalNumber)
{
#ifdef Q_OS_UNIX
    if (signalNumber == SIGTERM)
        return QStringLiteral("SIGTERM");
    if (signalNumber == SIGINT)
        return QStringLiteral("SIGINT");
#endif
    return QStringLiteral("signal %1").arg(signalNumber);
}

} // namespace sb

#include "app/linking/signalcli/DaemonError.h"

namespace sb::linking::signalcli {

DaemonError DaemonError::rpc(int code, QString message, QJsonValue data)
{
    DaemonError error(Kind::Rpc, std::move(message));
    error.m_rpcCode = code;
    error.m_data = std::move(data);
    return error;
}

QString DaemonError::userMessage() const
{
    switch (m_kind) {
    case Kind::NotRunning:
        return tr("The signal-cli daemon is not running: nothing accepts connections there (%1). Start "
                  "it with `signal-cli daemon --http`, or check the daemon URL.")
            .arg(m_message);
    case Kind::Unreachable:
        return tr("The signal-cli daemon cannot be reached: %1. Check the daemon URL.").arg(m_message);
    case Kind::Timeout:
        return tr("The signal-cli daemon did not answer in time: %1.").arg(m_message);
    case Kind::WrongUrl:
        return tr("That address does not look like signal-cli's HTTP API: %1. Check the daemon URL.")
            .arg(m_message);
    case Kind::NotJson:
        return tr("The daemon URL answered with something that is not JSON (%1): a web page, or a proxy "
                  "in front of the daemon. Check the daemon URL.")
            .arg(m_message);
    case Kind::BadResponse:
        return tr("The signal-cli daemon's answer could not be read as JSON-RPC: %1.").arg(m_message);
    case Kind::HttpStatus:
        return tr("The signal-cli daemon answered HTTP %1: %2.").arg(m_httpStatus).arg(m_message);
    case Kind::Rpc:
        return tr("signal-cli: %1").arg(m_message);
    }
    return m_message;
}

} // namespace sb::linking::signalcli

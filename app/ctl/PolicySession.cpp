#include "app/ctl/PolicySession.h"

#include "app/gateway/Connection.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/SafeText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace sb::ctl {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(switchboardctl)
};

QString shown(const QString &text)
{
    return SafeText::forTerminal(text);
}

} // namespace

QString PolicySession::gatewayId() const
{
    // The window's id for the gateway, so a write logged here lands on the window's lanes.
    return gatewayIdForUrl(gateway.url);
}

int openSession(const QCommandLineParser &parser, CtlIo &io, PolicySession *session)
{
    if (const int stop = readOneGateway(parser, io.secrets, io.err, &session->gateway); stop != ExitHealthy)
        return stop;
    session->link = connectForCommand(session->gateway);
    if (!session->link.connection) {
        io.err << Text::tr("switchboardctl: cannot reach the gateway: %1")
                      .arg(shown(session->link.error->userMessage()))
               << Qt::endl;
        return session->link.error->kind() == gateway::GatewayError::Kind::Auth ? ExitAuthRefused
                                                                                : ExitCritical;
    }
    session->client = std::make_unique<gateway::GatewayClient>(session->link.connection.get());
    // No action runner (that needs the whole ingest session): a command that writes logs the
    // finished write itself (CtlActionLog::record).
    session->writer = std::make_unique<policy::ConfigWriter>(*session->client, nullptr, session->gatewayId());
    QString failure;
    QObject listening; // ends the connection below with this function
    QObject::connect(session->writer.get(), &policy::ConfigWriter::loadFailed, &listening,
                     [&failure](const QString &message) { failure = message; });
    session->writer->load();
    const int timeoutMs = session->gateway.timeoutSeconds * 1000;
    if (session->writer->state() == policy::ConfigWriter::State::Loading)
        waitFor(session->writer.get(), &policy::ConfigWriter::stateChanged, timeoutMs);
    if (session->writer->state() != policy::ConfigWriter::State::Ready) {
        io.err << Text::tr("switchboardctl: cannot read the gateway's config: %1")
                      .arg(shown(failure.isEmpty() ? Text::tr("no answer") : failure))
               << Qt::endl;
        return ExitCritical;
    }
    return ExitHealthy;
}

} // namespace sb::ctl

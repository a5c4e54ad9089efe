#include "app/drill/DrillSession.h"

#include "app/drill/DrillGateway.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioClock.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/drill/SignalCliEmulator.h"

#include <QRandomGenerator>

namespace sb::drill {

using namespace Qt::StringLiterals;

namespace {

QString randomToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 6);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

DrillSession::~DrillSession()
{
    // Children first (they use the clock), then the clock.
    delete m_player;
    delete m_gateway;
    delete m_signal;
    delete m_world;
}

std::unique_ptr<DrillSession> DrillSession::start(const Options &options, QString *error)
{
    const QString path = options.scenarioPath.isEmpty() ? Scenario::defaultPath() : options.scenarioPath;
    auto scenario = Scenario::load(path, error);
    if (!scenario)
        return nullptr;
    return start(std::move(*scenario), options, error);
}

std::unique_ptr<DrillSession> DrillSession::start(Scenario scenario, const Options &options, QString *error)
{
    std::unique_ptr<DrillSession> session(new DrillSession);
    const double speed = options.speed > 0 ? options.speed : scenario.speed;
    session->m_clock = std::make_unique<ScenarioClock>(scenario.start, speed, options.baseClock);
    session->m_clock->setTimeZone(scenario.timeZone);
    session->m_world = new DrillWorld(session->m_clock.get(), session.get());

    DrillGateway::Options gatewayOptions;
    gatewayOptions.port = options.port;
    gatewayOptions.token = options.token.isEmpty() ? randomToken() : options.token;
    gatewayOptions.tickIntervalMs = options.tickIntervalMs;
    // The config the drill serves carries the token like a real openclaw.json would
    // (config.get shows it redacted).
    session->m_world->config().replace(QJsonObject{
        {u"gateway"_s, QJsonObject{{u"mode"_s, u"local"_s},
                                   {u"bind"_s, u"loopback"_s},
                                   {u"auth"_s, QJsonObject{{u"mode"_s, u"token"_s},
                                                           {u"token"_s, gatewayOptions.token}}}}}});
    session->m_gateway = new DrillGateway(session->m_world, gatewayOptions, session.get());
    if (options.signalEmulator) {
        session->m_signal = new SignalCliEmulator(session.get());
        if (!session->m_signal->listen()) {
            *error = u"cannot start the signal-cli emulator on loopback"_s;
            return nullptr;
        }
    }
    session->m_player =
        new ScenarioPlayer(std::move(scenario), session->m_world, session->m_gateway, session.get());
    session->m_player->setSignalEmulator(session->m_signal);
    session->m_player->applyInitialState();
    if (session->m_signal) {
        // Point the Signal channel at the emulator, in config and in the account snapshot.
        const QString url = session->m_signal->baseUrl();
        session->m_world->config().patch(QJsonObject{
            {u"channels"_s,
             QJsonObject{{u"signal"_s,
                          QJsonObject{{u"transport"_s,
                                       QJsonObject{{u"kind"_s, u"external-native"_s}, {u"url"_s, url}}}}}}}});
        session->m_world->channels().merge(u"signal"_s, u"default"_s, {{u"baseUrl"_s, url}});
    }
    if (!session->m_gateway->listen()) {
        *error = u"cannot listen on 127.0.0.1:%1"_s.arg(options.port);
        return nullptr;
    }
    if (options.autoPlay)
        session->m_player->start();
    return session;
}

QUrl DrillSession::url() const
{
    return m_gateway->url();
}

QString DrillSession::token() const
{
    return m_gateway->token();
}

QString DrillSession::signalBaseUrl() const
{
    return m_signal ? m_signal->baseUrl() : QString();
}

} // namespace sb::drill

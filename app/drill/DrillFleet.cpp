#include "app/drill/DrillFleet.h"

#include "app/drill/ScenarioPlayer.h"
#include "app/drill/ScenarioVariation.h"

namespace sb::drill {

using namespace Qt::StringLiterals;

std::unique_ptr<DrillFleet> DrillFleet::start(const Options &options, QString *error)
{
    if (options.gateways < 1 || options.gateways > kMaxGateways) {
        *error = u"a fleet has 1 to %1 gateways"_s.arg(kMaxGateways);
        return nullptr;
    }
    const int firstPort = options.session.port;
    if (firstPort != 0 && firstPort + options.gateways - 1 > 65535) {
        *error = u"ports %1 to %2 do not all exist"_s.arg(firstPort).arg(firstPort + options.gateways - 1);
        return nullptr;
    }
    const QString path =
        options.session.scenarioPath.isEmpty() ? Scenario::defaultPath() : options.session.scenarioPath;
    const auto story = Scenario::load(path, error);
    if (!story)
        return nullptr;

    std::unique_ptr<DrillFleet> fleet(new DrillFleet);
    for (int number = 1; number <= options.gateways; ++number) {
        DrillSession::Options sessionOptions = options.session;
        if (firstPort != 0)
            sessionOptions.port = static_cast<quint16>(firstPort + number - 1);
        auto session = DrillSession::start(fleetVariation(*story, number), sessionOptions, error);
        if (!session) {
            if (options.gateways > 1)
                *error = u"gateway %1: %2"_s.arg(QString::number(number), *error);
            return nullptr;
        }
        fleet->m_sessions.push_back(std::move(session));
    }
    return fleet;
}

QString DrillFleet::announcement(int index, bool withToken) const
{
    const DrillSession *drill = session(index);
    QString line = u"gateway %1 %2"_s.arg(QString::number(index + 1), drill->url().toString());
    if (withToken)
        line += u" token "_s + drill->token();
    if (!drill->signalBaseUrl().isEmpty())
        line += u" signal-cli "_s + drill->signalBaseUrl();
    line += u" scenario "_s + drill->player()->scenario().name;
    return line;
}

} // namespace sb::drill

// What the drill tells a client about itself: hello-ok and the presence list, shaped like a
// real 2026.9.6 gateway's (tests/gateway/data/res-hello-ok.json, res-system-presence.json).
#include "app/drill/DrillGateway.h"
#include "app/drill/DrillGatewayClient.h"
#include "app/drill/DrillMethods.h"
#include "app/drill/DrillWorld.h"

#include <QJsonArray>

namespace sb::drill {

using namespace Qt::StringLiterals;

namespace {
constexpr int kProtocolVersion = 4;
} // namespace

QJsonObject DrillGateway::helloOk(const Client &client) const
{
    // Field for field what a real 2026.9.6 gateway answers (tests/gateway/data/res-hello-ok.json),
    // minus the Control UI and plugin-surface extras a console does not read.
    const QJsonObject snapshot{
        {u"suspension"_s, QJsonObject{{u"phase"_s, u"accepting"_s}}},
        {u"presence"_s, m_world->presence()},
        {u"health"_s, m_world->healthSnapshot()},
        {u"stateVersion"_s, m_world->stateVersion()},
        {u"uptimeMs"_s, m_world->uptimeMs()},
        {u"appliedConfigHash"_s, m_world->config().appliedRevisionHash()},
        {u"sessionDefaults"_s, QJsonObject{{u"defaultAgentId"_s, u"main"_s},
                                           {u"modelConfigured"_s, false},
                                           {u"ownership"_s, u"sole"_s},
                                           {u"selectionRequired"_s, false},
                                           {u"mainKey"_s, u"main"_s},
                                           {u"mainSessionKey"_s, u"agent:main:main"_s},
                                           {u"scope"_s, u"per-sender"_s}}},
        {u"updateSchedule"_s, QJsonObject{{u"channel"_s, u"stable"_s},
                                          {u"autoEnabled"_s, false},
                                          {u"install"_s, QJsonObject{{u"kind"_s, u"package"_s}}}}},
        {u"configPath"_s, m_world->config().path()},
        {u"stateDir"_s, u"/tmp/openclaw-drill/.openclaw"_s},
        {u"authMode"_s, m_options.token.isEmpty() ? u"none"_s : u"token"_s}};
    return {
        {u"type"_s, u"hello-ok"_s},
        {u"protocol"_s, kProtocolVersion},
        {u"server"_s, QJsonObject{{u"version"_s, m_options.serverVersion},
                                  {u"buildId"_s, QString(m_options.serverVersion + u"-switchboard-drill"_s)},
                                  {u"bootId"_s, m_bootId},
                                  {u"controlUiBuildSource"_s, u"bundled"_s},
                                  {u"connId"_s, client.connId}}},
        {u"features"_s,
         QJsonObject{{u"methods"_s, QJsonArray::fromStringList(DrillMethods::advertisedMethods())},
                     {u"events"_s, QJsonArray::fromStringList(DrillMethods::advertisedEvents())},
                     {u"capabilities"_s, QJsonArray{u"model-catalog-snapshot"_s}}}},
        {u"snapshot"_s, snapshot},
        {u"auth"_s, QJsonObject{{u"method"_s, m_options.token.isEmpty() ? u"none"_s : u"token"_s},
                                {u"role"_s, client.role},
                                {u"scopes"_s, QJsonArray::fromStringList(client.scopes)}}},
        {u"policy"_s, QJsonObject{{u"maxPayload"_s, m_options.maxPayload},
                                  {u"maxBufferedBytes"_s, m_options.maxBufferedBytes},
                                  {u"tickIntervalMs"_s, m_options.tickIntervalMs},
                                  {u"attachments"_s,
                                   QJsonObject{{u"maxBytes"_s, 19464192}, {u"maxImageBytes"_s, 6291456}}}}}};
}

void DrillGateway::updatePresence()
{
    // The real gateway's own entry (tests/gateway/data/res-system-presence.json). CLI
    // connections do not appear in presence on a real gateway; other clients do.
    const QString text =
        u"Gateway: switchboard-drill (127.0.0.1) · app %1 · mode gateway · reason self"_s.arg(
            m_options.serverVersion);
    QJsonArray entries;
    entries.append(QJsonObject{{u"host"_s, u"switchboard-drill"_s},
                               {u"ip"_s, u"127.0.0.1"_s},
                               {u"version"_s, m_options.serverVersion},
                               {u"platform"_s, u"linux"_s},
                               {u"deviceFamily"_s, u"Linux"_s},
                               {u"mode"_s, u"gateway"_s},
                               {u"reason"_s, u"self"_s},
                               {u"instanceId"_s, m_bootId},
                               {u"text"_s, text},
                               {u"ts"_s, m_world->nowMs()}});
    for (const Client *client : std::as_const(m_clients)) {
        if (!client->authenticated || client->clientInfo.value(u"mode"_s) == u"cli"_s)
            continue;
        entries.append(QJsonObject{{u"host"_s, client->clientInfo.value(u"displayName"_s)},
                                   {u"ip"_s, u"127.0.0.1"_s},
                                   {u"version"_s, client->clientInfo.value(u"version"_s)},
                                   {u"platform"_s, client->clientInfo.value(u"platform"_s)},
                                   {u"mode"_s, client->clientInfo.value(u"mode"_s)},
                                   {u"reason"_s, u"connect"_s},
                                   {u"instanceId"_s, client->connId},
                                   {u"roles"_s, QJsonArray{client->role}},
                                   {u"scopes"_s, QJsonArray::fromStringList(client->scopes)},
                                   {u"ts"_s, client->connectedAtMs}});
    }
    m_world->setPresence(entries);
}

} // namespace sb::drill

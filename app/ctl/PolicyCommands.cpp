#include "app/ctl/PolicyCommands.h"

#include "app/ctl/GatewayArguments.h"
#include "app/ctl/PolicySession.h"
#include "app/ctl/StatusCommand.h"
#include "app/gateway/Connection.h"
#include "app/gateway/GatewayClient.h"
#include "app/platform/SafeText.h"
#include "app/policy/ConfigWriter.h"
#include "app/policy/PolicyTypes.h"
#include "app/policy/SecurityAudit.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

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

QString listText(const QStringList &list)
{
    return list.isEmpty() ? Text::tr("(none)") : list.join(QStringLiteral(", "));
}

template <typename T>
QJsonObject fieldJson(const policy::Sourced<T> &field)
{
    QJsonValue value;
    if constexpr (std::is_same_v<T, QString>)
        value = SafeText::forJson(field.value);
    else if constexpr (std::is_same_v<T, bool>)
        value = field.value;
    else {
        QJsonArray list;
        for (const QString &item : field.value)
            list.append(SafeText::forJson(item));
        value = list;
    }
    return {{QStringLiteral("value"), value},
            {QStringLiteral("from"), policy::provenanceName(field.from)},
            {QStringLiteral("path"), field.path}};
}

QString groupsText(const QList<policy::GroupRule> &groups)
{
    if (groups.isEmpty())
        return Text::tr("(no groups map: every group, subject to groupPolicy)");
    QStringList out;
    for (const policy::GroupRule &group : groups) {
        QString entry = group.groupId;
        QStringList notes;
        if (group.requireMention)
            notes << (*group.requireMention ? Text::tr("mention required") : Text::tr("reads every message"));
        if (group.allowFrom)
            notes << Text::tr("allowFrom %1").arg(listText(*group.allowFrom));
        if (group.groupPolicy)
            notes << Text::tr("groupPolicy %1").arg(*group.groupPolicy);
        if (!notes.isEmpty())
            entry += QStringLiteral(" (") + notes.join(QStringLiteral("; ")) + u')';
        out << entry;
    }
    return out.join(QStringLiteral(", "));
}

bool laneMatches(const policy::EffectivePolicy &policy, const QString &lane)
{
    if (lane.isEmpty())
        return true;
    QStringList parts = lane.split(u'/');
    if (parts.size() == 3) // gateway/channel/account, as status prints it
        parts.removeFirst();
    if (parts.first() != policy.channel)
        return false;
    return parts.size() < 2 || parts.at(1) == policy.accountId;
}

void printPolicyText(QTextStream &out, const policy::PolicyConfig &config, const QString &lane)
{
    const auto row = [&out](const QString &name, const QString &value, const QString &from,
                            const QString &path) {
        out << QStringLiteral("  %1 %2 %3 %4").arg(name, -15).arg(shown(value), -28).arg(from, -8).arg(path)
            << Qt::endl;
    };
    for (const policy::EffectivePolicy &policy : policy::effectivePolicies(config)) {
        if (!laneMatches(policy, lane))
            continue;
        out << policy.channel << u'/' << shown(policy.accountId)
            << (policy.readOnly ? Text::tr("  (read-only: settings Switchboard cannot read)") : QString())
            << Qt::endl;
        row(QStringLiteral("dmPolicy"), policy.dmPolicy.value, policy::provenanceName(policy.dmPolicy.from),
            policy.dmPolicy.path);
        row(QStringLiteral("allowFrom"), listText(policy.allowFrom.value),
            policy::provenanceName(policy.allowFrom.from), policy.allowFrom.path);
        row(QStringLiteral("groupPolicy"), policy.groupPolicy.value,
            policy::provenanceName(policy.groupPolicy.from), policy.groupPolicy.path);
        row(QStringLiteral("groupAllowFrom"),
            policy.groupAllowFromFallsBack
                ? Text::tr("allowFrom's: %1").arg(listText(policy.groupAllowFrom.value))
                : listText(policy.groupAllowFrom.value),
            policy::provenanceName(policy.groupAllowFrom.from), policy.groupAllowFrom.path);
        row(QStringLiteral("groups"), groupsText(policy.groups.value),
            policy::provenanceName(policy.groups.from), policy.groups.path);
    }
    if (!lane.isEmpty())
        return;
    out << Text::tr("tools.elevated.enabled: %1 (%2)")
               .arg(config.elevated.enabled.value ? QStringLiteral("true") : QStringLiteral("false"),
                    policy::provenanceName(config.elevated.enabled.from))
        << Qt::endl;
    for (const auto &[provider, senders] : config.elevated.allowFrom)
        out << QStringLiteral("tools.elevated.allowFrom.%1: %2").arg(provider, shown(listText(senders)))
            << Qt::endl;
    out << QStringLiteral("commands.ownerAllowFrom: %1 (%2)")
               .arg(shown(listText(config.ownerAllowFrom.value)),
                    policy::provenanceName(config.ownerAllowFrom.from))
        << Qt::endl;
    for (const policy::HeartbeatTarget &heartbeat : config.heartbeats) {
        out << Text::tr("heartbeat of %1: target %2 (%3)%4")
                   .arg(heartbeat.agent, shown(heartbeat.target.value),
                        policy::provenanceName(heartbeat.target.from),
                        heartbeat.to.isEmpty() ? QString() : Text::tr(", to %1").arg(shown(heartbeat.to)))
            << Qt::endl;
    }
    for (const QString &problem : config.problems)
        out << Text::tr("cannot read: %1").arg(shown(problem)) << Qt::endl;
    for (const policy::ChannelConfig &channel : config.channels)
        for (const QString &problem : channel.problems)
            out << Text::tr("cannot read: %1").arg(shown(problem)) << Qt::endl;
    out << policy::pairingStoreNote() << Qt::endl;
}

QJsonObject policyJson(const policy::PolicyConfig &config, const QString &lane)
{
    QJsonArray accounts;
    for (const policy::EffectivePolicy &policy : policy::effectivePolicies(config)) {
        if (!laneMatches(policy, lane))
            continue;
        QJsonArray groups;
        for (const policy::GroupRule &group : policy.groups.value) {
            QJsonObject entry{{QStringLiteral("id"), SafeText::forJson(group.groupId)}};
            if (group.requireMention)
                entry.insert(QStringLiteral("requireMention"), *group.requireMention);
            if (group.allowFrom)
                entry.insert(QStringLiteral("allowFrom"), QJsonArray::fromStringList(*group.allowFrom));
            if (group.groupPolicy)
                entry.insert(QStringLiteral("groupPolicy"), *group.groupPolicy);
            groups.append(entry);
        }
        QJsonObject groupsField{{QStringLiteral("value"), groups},
                                {QStringLiteral("from"), policy::provenanceName(policy.groups.from)},
                                {QStringLiteral("path"), policy.groups.path}};
        QJsonObject groupAllowFrom = fieldJson(policy.groupAllowFrom);
        groupAllowFrom.insert(QStringLiteral("fallsBackToAllowFrom"), policy.groupAllowFromFallsBack);
        accounts.append(QJsonObject{{QStringLiteral("channel"), policy.channel},
                                    {QStringLiteral("accountId"), SafeText::forJson(policy.accountId)},
                                    {QStringLiteral("readOnly"), policy.readOnly},
                                    {QStringLiteral("dmPolicy"), fieldJson(policy.dmPolicy)},
                                    {QStringLiteral("allowFrom"), fieldJson(policy.allowFrom)},
                                    {QStringLiteral("groupPolicy"), fieldJson(policy.groupPolicy)},
                                    {QStringLiteral("groupAllowFrom"), groupAllowFrom},
                                    {QStringLiteral("groups"), groupsField}});
    }
    QJsonObject elevatedAllow;
    for (const auto &[provider, senders] : config.elevated.allowFrom)
        elevatedAllow.insert(provider, QJsonArray::fromStringList(senders));
    QJsonArray heartbeats;
    for (const policy::HeartbeatTarget &heartbeat : config.heartbeats) {
        heartbeats.append(QJsonObject{{QStringLiteral("agent"), heartbeat.agent},
                                      {QStringLiteral("target"), fieldJson(heartbeat.target)},
                                      {QStringLiteral("to"), heartbeat.to},
                                      {QStringLiteral("accountId"), heartbeat.accountId}});
    }
    QStringList problems = config.problems;
    for (const policy::ChannelConfig &channel : config.channels)
        problems << channel.problems;
    return SafeText::forJson(
        QJsonObject{{QStringLiteral("accounts"), accounts},
                    {QStringLiteral("elevated"),
                     QJsonObject{{QStringLiteral("enabled"), fieldJson(config.elevated.enabled)},
                                 {QStringLiteral("allowFrom"), elevatedAllow}}},
                    {QStringLiteral("ownerAllowFrom"), fieldJson(config.ownerAllowFrom)},
                    {QStringLiteral("heartbeats"), heartbeats},
                    {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                    {QStringLiteral("note"), policy::pairingStoreNote()}});
}

int runPolicy(const QStringList &arguments, CtlIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Every account's effective allowlist policy and where each value "
                 "comes from (account, channel, or OpenClaw's default)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("policy"), Text::tr("the command"));
    parser.addPositionalArgument(QStringLiteral("show"), Text::tr("show the effective policies"));
    addGatewayOptions(parser);
    parser.addOptions(
        {{QStringLiteral("lane"), Text::tr("Only this channel or channel/account."), QStringLiteral("L")},
         {QStringLiteral("json"), Text::tr("Print JSON.")}});
    if (!parser.parse(arguments))
        return usageError(io.err, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return ExitHealthy;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.at(1) != QLatin1String("show"))
        return usageError(io.err, Text::tr("usage: switchboardctl policy show [--lane L] [--json]"));
    PolicySession session;
    if (const int stop = openSession(parser, io, &session); stop != ExitHealthy)
        return stop;
    const QString lane = parser.value(QStringLiteral("lane"));
    if (parser.isSet(QStringLiteral("json")))
        io.out << QJsonDocument(policyJson(session.writer->policy(), lane)).toJson(QJsonDocument::Indented);
    else
        printPolicyText(io.out, session.writer->policy(), lane);
    return ExitHealthy;
}

} // namespace

CtlCommand policyCommand()
{
    return {QStringLiteral("policy"),
            Text::tr(
                "policy show: every account's effective allowlist policy, with where each value comes from."),
            runPolicy};
}

} // namespace sb::ctl

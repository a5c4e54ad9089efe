#include "app/failover/FailoverPlan.h"

#include "app/policy/ConfigEdit.h"
#include "app/policy/PatchBuilder.h"
#include "app/policy/PolicyReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sb::failover {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::failover::FailoverPlan", text);
}

const QString kDefaultAccount = QStringLiteral("default");

QString laneName(const LaneKey &lane)
{
    return lane.accountId == kDefaultAccount ? lane.channel : lane.channel + u'/' + lane.accountId;
}

// Where a lane's own keys live: under accounts when the account is declared there, else at the
// channel's root (the implicit default account).
QStringList levelPath(const policy::PolicyConfig &policy, const LaneKey &lane)
{
    if (const policy::ChannelConfig *channel = policy.channel(lane.channel)) {
        for (const policy::AccountConfig &account : channel->accounts) {
            if (account.accountId == lane.accountId && account.declared)
                return {QStringLiteral("channels"), lane.channel, QStringLiteral("accounts"), lane.accountId};
        }
    }
    return {QStringLiteral("channels"), lane.channel};
}

bool laneKnown(const policy::PolicyConfig &policy, const LaneKey &lane)
{
    const policy::ChannelConfig *channel = policy.channel(lane.channel);
    if (!channel)
        return false;
    for (const policy::AccountConfig &account : channel->accounts) {
        if (account.accountId == lane.accountId)
            return true;
    }
    return false;
}

QJsonValue valueAt(const QJsonObject &config, const QStringList &path)
{
    QJsonValue value = config;
    for (const QString &key : path)
        value = value.toObject().value(key);
    return value;
}

// The recipient a re-pointed heartbeat `to` gets: the identity on the target of the operator
// who had `to` on the source, else the first operator's.
QString repointedRecipient(const FailoverRequest &request, const QString &to)
{
    for (const Operator &person : request.operators) {
        if (person.identityOn(request.from.channel) == to)
            return person.identityOn(request.to.channel);
    }
    return request.operators.first().identityOn(request.to.channel);
}

// bindings[] entries whose match is the source lane (accountId omitted means the default
// account, "*" any account) now match the target. Returns the new array, or nothing when no
// binding routes the source.
std::optional<QJsonArray> repointedBindings(const QJsonArray &bindings, const FailoverRequest &request)
{
    QJsonArray out;
    bool changed = false;
    for (const QJsonValue &entry : bindings) {
        QJsonObject binding = entry.toObject();
        QJsonObject match = binding.value(QLatin1String("match")).toObject();
        const QString account = match.value(QLatin1String("accountId")).toString(kDefaultAccount);
        const bool routesSource = entry.isObject() &&
                                  match.value(QLatin1String("channel")).toString() == request.from.channel &&
                                  (account == request.from.accountId || account == QLatin1String("*"));
        if (!routesSource) {
            out.append(entry);
            continue;
        }
        match.insert(QStringLiteral("channel"), request.to.channel);
        if (account != QLatin1String("*")) {
            if (request.to.accountId == kDefaultAccount)
                match.remove(QStringLiteral("accountId"));
            else
                match.insert(QStringLiteral("accountId"), request.to.accountId);
        }
        binding.insert(QStringLiteral("match"), match);
        out.append(binding);
        changed = true;
    }
    if (!changed)
        return std::nullopt;
    return out;
}

} // namespace

std::optional<QString> laneProblem(const FailoverRequest &request)
{
    if (!request.from.isValid() || !request.to.isValid())
        return tr("Name both lanes: the one to leave and the one to move to.");
    if (request.from.gatewayId != request.to.gatewayId)
        return tr("%1 and %2 are on different gateways; a failover moves operators within one gateway.")
            .arg(request.from.toString(), request.to.toString());
    if (request.from == request.to)
        return tr("The target is the source (%1): choose another lane to move to.").arg(laneName(request.to));
    if (request.from.channel == request.to.channel)
        return tr("%1 and %2 are accounts of one channel: a failover moves to another channel (two "
                  "accounts of one channel share its root keys, which the plan rewrites).")
            .arg(laneName(request.from), laneName(request.to));
    return std::nullopt;
}

std::optional<FailoverRequest> checkRequest(const FailoverRequest &request, QString *problem)
{
    if (const std::optional<QString> lanes = laneProblem(request)) {
        *problem = *lanes;
        return std::nullopt;
    }
    if (request.operators.isEmpty()) {
        *problem = tr(
            "No operators to move: add them in Preferences → Operators (switchboardctl: --operators FILE).");
        return std::nullopt;
    }
    FailoverRequest checked = request;
    for (Operator &person : checked.operators) {
        const QString id = person.identityOn(request.to.channel);
        if (id.isEmpty()) {
            *problem = tr("%1 has no %2 identity: nobody could reach them after the failover. "
                          "Add it in Preferences → Operators.")
                           .arg(person.name, request.to.channel);
            return std::nullopt;
        }
        QString why;
        const std::optional<QString> normalized = operatorIdentity(request.to.channel, id, &why);
        if (!normalized) {
            *problem =
                tr("%1's %2 identity \"%3\" does not fit: %4").arg(person.name, request.to.channel, id, why);
            return std::nullopt;
        }
        person.identities.insert(request.to.channel, *normalized);
    }
    return checked;
}

std::optional<FailoverPlan> buildPlan(const FailoverRequest &request, const QJsonObject &config,
                                      const QString &baseHash, QString *problem)
{
    const policy::PolicyConfig policy = policy::readPolicyConfig(config);
    for (const LaneKey &lane : {request.from, request.to}) {
        if (!laneKnown(policy, lane)) {
            *problem = tr("The gateway's config has no %1 account \"%2\".").arg(lane.channel, lane.accountId);
            return std::nullopt;
        }
    }
    const QStringList source = levelPath(policy, request.from);
    const QStringList target = levelPath(policy, request.to);
    const auto key = [](QStringList path, const char *name) {
        path.append(QLatin1String(name));
        return path;
    };

    policy::ConfigEdit edit;
    edit.summary = tr("fail over from %1 to %2").arg(laneName(request.from), laneName(request.to));
    edit.channel = request.to.channel;
    edit.accountId = request.to.accountId;
    edit.set(key(source, "enabled"), false);
    if (valueAt(config, key(target, "enabled")) == QJsonValue(false))
        edit.set(key(target, "enabled"), true);
    QStringList allowFrom;
    QStringList owners;
    for (const Operator &person : request.operators) {
        allowFrom.append(person.identityOn(request.to.channel));
        owners.append(request.to.channel + u':' + person.identityOn(request.to.channel));
    }
    edit.set(key(target, "dmPolicy"), QStringLiteral("allowlist"));
    edit.set(key(target, "allowFrom"), allowFrom);
    edit.set(key(target, "groupPolicy"), QStringLiteral("allowlist"));
    for (const QString &owner : policy.ownerAllowFrom.value) {
        if (!owners.contains(owner))
            owners.append(owner);
    }
    edit.set(policy::ConfigEdit::path(policy.ownerAllowFrom.path), owners);

    QStringList notes;
    for (const policy::HeartbeatTarget &heartbeat : policy.heartbeats) {
        if (heartbeat.target.from == policy::Provenance::Default ||
            heartbeat.target.value != request.from.channel) {
            if (heartbeat.target.value == QLatin1String("owner"))
                notes.append(
                    tr("Heartbeat (%1) goes to the owner: it follows commands.ownerAllowFrom's first "
                       "entry, now an operator on %2.")
                        .arg(heartbeat.agent, request.to.channel));
            continue;
        }
        QStringList path = policy::ConfigEdit::path(heartbeat.target.path);
        edit.set(path, request.to.channel);
        if (!heartbeat.to.isEmpty()) {
            path.last() = QStringLiteral("to");
            edit.set(path, repointedRecipient(request, heartbeat.to));
        }
        if (!heartbeat.accountId.isEmpty()) {
            path.last() = QStringLiteral("accountId");
            edit.set(path, request.to.accountId);
        }
    }

    std::optional<policy::PlannedWrite> planned = policy::planWrite(config, baseHash, edit, problem);
    if (!planned)
        return std::nullopt;

    FailoverPlan plan;
    plan.request = request;
    plan.summary = edit.summary;
    plan.before = config;
    plan.baseHash = baseHash;
    plan.after = planned->after;
    // Bindings are objects in an array, which the typed edit cannot say: re-pointed here on
    // the planned config, and the one patch rebuilt from the difference.
    if (const std::optional<QJsonArray> bindings =
            repointedBindings(config.value(QLatin1String("bindings")).toArray(), request)) {
        plan.after.insert(QStringLiteral("bindings"), *bindings);
    }
    plan.patch = gateway::MergePatch::diff(plan.before, plan.after);
    plan.lines = policy::changedLeaves(plan.before, plan.after);
    plan.notes = notes;
    return plan;
}

gateway::MergePatch rollbackPatch(const FailoverPlan &plan, const QJsonObject &fileBefore)
{
    const QJsonObject fileAfter = gateway::MergePatch::apply(fileBefore, plan.patch.patch()).toObject();
    return gateway::MergePatch::diff(fileAfter, fileBefore);
}

FailoverRequest reverseRequest(const FailoverRequest &request)
{
    return FailoverRequest{request.to, request.from, request.operators};
}

QString FailoverPlan::inWords() const
{
    QStringList out{summary};
    for (const policy::ChangeLine &line : lines)
        out.append(QStringLiteral("  ") + line.inWords());
    for (const QString &note : notes)
        out.append(QStringLiteral("  ") + note);
    return out.join(u'\n');
}

} // namespace sb::failover

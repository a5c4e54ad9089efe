// config.get / config.set / config.patch / config.apply of the drill, with the real gateway's
// guard order: params schema, then baseHash, then the raw text, then the merge.
#include "app/drill/DrillMethods.h"
#include "app/drill/DrillWorld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace sb::drill {

using namespace Qt::StringLiterals;

void DrillMethods::configGet(const Reply &reply)
{
    const ConfigStore &store = m_world->config();
    const QJsonObject redacted = store.redacted();
    const QString raw = QString::fromUtf8(QJsonDocument(redacted).toJson(QJsonDocument::Indented));
    reply.ok(QJsonObject{{u"path"_s, store.path()},
                         {u"includedPaths"_s, QJsonArray{}},
                         {u"includeProvenance"_s, QJsonArray{}},
                         {u"agentRosterIncludeOwned"_s, false},
                         {u"bindingsIncludeOwned"_s, false},
                         {u"exists"_s, true},
                         {u"raw"_s, raw},
                         {u"parsed"_s, redacted},
                         {u"sourceConfig"_s, redacted},
                         {u"resolved"_s, redacted},
                         {u"valid"_s, true},
                         {u"runtimeConfig"_s, redacted},
                         {u"config"_s, redacted},
                         {u"hash"_s, store.hash()},
                         {u"issues"_s, QJsonArray{}},
                         {u"warnings"_s, QJsonArray{}},
                         {u"legacyIssues"_s, QJsonArray{}},
                         {u"configRevisionHash"_s, store.revisionHash()},
                         {u"appliedConfigHash"_s, store.appliedRevisionHash()}});
}

void DrillMethods::configWrite(const QString &method, const QJsonObject &params, const CallContext &context,
                               const Reply &reply)
{
    ConfigStore &store = m_world->config();
    const QString baseHash = params.value(u"baseHash"_s).toString();
    const bool isPatch = method == QLatin1String("config.patch");
    if (baseHash.isEmpty() && !isPatch) {
        reply.fail(u"INVALID_REQUEST"_s, u"config base hash required; re-run config.get and retry"_s);
        return;
    }
    if (!baseHash.isEmpty() && baseHash != store.hash()) {
        reply.fail(u"INVALID_REQUEST"_s, u"config changed since last load; re-run config.get and retry"_s);
        return;
    }
    // The real gateway reads JSON5; the drill reads JSON, which is what the console sends.
    QJsonParseError parseError{};
    const QJsonDocument document =
        QJsonDocument::fromJson(params.value(u"raw"_s).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reply.fail(
            u"INVALID_REQUEST"_s,
            u"JSON5: invalid input at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
        return;
    }
    if (!document.isObject()) {
        reply.fail(u"INVALID_REQUEST"_s,
                   isPatch ? u"config.patch raw must be an object"_s : u"config must be an object"_s);
        return;
    }
    QStringList replacePaths;
    for (const QJsonValue &path : params.value(u"replacePaths"_s).toArray())
        replacePaths.append(path.toString());

    if (isPatch && baseHash.isEmpty()) {
        // Without a hash only ui.prefs* may change (last writer wins); the real error names
        // the guarded paths (recorded config-patch-no-hash-error.json).
        ConfigStore preview(store.config());
        const QStringList changed = preview.patch(document.object(), replacePaths).writtenPaths;
        QStringList guarded;
        for (const QString &path : changed) {
            if (!path.startsWith(QLatin1String("ui.prefs")))
                guarded.append(path);
        }
        if (changed.isEmpty()) {
            reply.fail(u"INVALID_REQUEST"_s, u"config base hash required; re-run config.get and retry"_s);
            return;
        }
        if (!guarded.isEmpty()) {
            reply.fail(u"INVALID_REQUEST"_s,
                       u"config base hash required for %1; re-run config.get and retry with baseHash"_s.arg(
                           guarded.join(u", "_s)));
            return;
        }
    }

    const ConfigStore::WriteResult result =
        isPatch ? store.patch(document.object(), replacePaths) : store.replace(document.object());
    if (!result.ok) {
        reply.fail(u"INVALID_REQUEST"_s, result.error);
        return;
    }
    const QString actor = u"client=%1 conn=%2"_s.arg(context.clientLabel, context.connId);
    if (result.noop) {
        m_world->log(u"INFO"_s, u"gateway"_s, u"%1 noop %2 (no changed paths)"_s.arg(method, actor));
        QJsonObject payload{
            {u"ok"_s, true}, {u"noop"_s, true}, {u"path"_s, store.path()}, {u"config"_s, store.redacted()}};
        if (isPatch)
            payload.insert(u"changedPaths"_s, QJsonArray{});
        else
            payload.insert(u"hash"_s, store.hash());
        reply.ok(payload);
        return;
    }
    m_world->log(
        u"INFO"_s, u"gateway"_s,
        u"%1 write %2 changedPaths=%3 restartReason=%1"_s.arg(method, actor, result.changedPaths.join(u',')));
    QJsonObject payload{{u"ok"_s, true},
                        {u"path"_s, store.path()},
                        {u"hash"_s, store.hash()},
                        {u"config"_s, store.redacted()}};
    if (method != QLatin1String("config.set")) {
        // As recorded from a hot-reloading real gateway: no `restart`, a persisted sentinel.
        if (isPatch)
            payload.insert(u"changedPaths"_s, QJsonArray::fromStringList(result.changedPaths));
        const QJsonObject stats{
            {u"mode"_s, method}, {u"root"_s, store.path()}, {u"requiresRestart"_s, result.requiresRestart}};
        const QJsonObject sentinel{
            {u"kind"_s, isPatch ? u"config-patch"_s : u"config-apply"_s},
            {u"status"_s, u"ok"_s},
            {u"ts"_s, m_world->nowMs()},
            {u"message"_s, QJsonValue::Null},
            {u"doctorHint"_s,
             u"Recommended follow-up: run openclaw doctor --non-interactive in a terminal or "
             u"approvals-capable OpenClaw surface."_s},
            {u"stats"_s, stats}};
        payload.insert(u"sentinel"_s, QJsonObject{{u"persisted"_s, true}, {u"payload"_s, sentinel}});
    }
    reply.ok(payload);
    m_world->announceConfigChange();
}

} // namespace sb::drill

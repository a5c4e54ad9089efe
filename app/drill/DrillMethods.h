#pragma once

#include "app/gateway/Frame.h"

#include <functional>
#include <optional>

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace sb::drill {

class DrillWorld;
class WebLoginSession;

// One pending answer to a request. Handlers may answer later (web.login.wait waits for a scan,
// slow-response faults delay everything); the server keeps the socket check.
class Reply
{
public:
    using Sink =
        std::function<void(bool ok, const QJsonValue &payload, const std::optional<gateway::ErrorShape> &)>;
    explicit Reply(Sink sink)
        : m_sink(std::move(sink))
    {}
    void ok(const QJsonValue &payload) const { m_sink(true, payload, std::nullopt); }
    void fail(const gateway::ErrorShape &error) const
    {
        m_sink(false, QJsonValue(QJsonValue::Undefined), error);
    }
    void fail(const QString &code, const QString &message) const;

private:
    Sink m_sink;
};

struct CallContext
{
    QString connId;
    QString clientLabel;
    QStringList scopes;
};

// The gateway's RPC surface as the drill implements it. The server has already checked the
// frame, the method's params schema and the caller's scopes.
class DrillMethods : public QObject
{
    Q_OBJECT

public:
    DrillMethods(DrillWorld *world, WebLoginSession *webLogin, QObject *parent = nullptr);

    // Methods advertised in hello-ok.features.methods (web.login.* are callable but, like the
    // real v4 gateway, not advertised).
    static QStringList advertisedMethods();
    static QStringList advertisedEvents();
    // The operator scope a method needs, or empty for none; nothing when the method is unknown.
    static std::optional<QString> requiredScope(const QString &method, const QJsonValue &params);
    static bool scopeSatisfied(const QStringList &granted, const QString &required);

    // Returns false when the method is unknown (the caller answers "unknown method").
    bool handle(const QString &method, const QJsonValue &params, const CallContext &context,
                const Reply &reply);

private:
    void channelsStatus(const QJsonObject &params, const Reply &reply);
    void channelsLifecycle(const QString &method, const QJsonObject &params, const Reply &reply);
    void configGet(const Reply &reply);
    void configWrite(const QString &method, const QJsonObject &params, const CallContext &context,
                     const Reply &reply);
    void logsTail(const QJsonObject &params, const Reply &reply);
    void send(const QJsonObject &params, const Reply &reply);
    void pairingList(const QJsonObject &params, const Reply &reply);
    void pairingResolve(const QString &method, const QJsonObject &params, const Reply &reply);

    DrillWorld *m_world;
    QPointer<WebLoginSession> m_webLogin;
    // "channel/account" of accounts that were connected when channels.stop stopped them: a
    // real gateway reconnects those on channels.start, so the drill does too.
    QSet<QString> m_connectedAtStop;
    // ...and of accounts that were running: the first channels.start after that answers "retry".
    QSet<QString> m_stopInProgress;
};

} // namespace sb::drill

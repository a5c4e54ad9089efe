#pragma once

#include "app/gateway/ChannelStatus.h"
#include "app/gateway/Connection.h"
#include "app/gateway/Hello.h"
#include "app/gateway/MergePatch.h"
#include "app/gateway/MethodTypes.h"
#include "app/gateway/Result.h"

#include <QCoreApplication>
#include <QPointer>

namespace sb::gateway {

// Typed calls over one Connection. Each call hands its handler a Result<T> exactly once,
// asynchronously, and never after `context` is destroyed (pass the state machine or dialog
// that waits for the answer). Methods and fields a v3 gateway does not know are never sent:
// they fail with GatewayError::Kind::Unsupported instead.
class GatewayClient
{
    Q_DECLARE_TR_FUNCTIONS(GatewayClient)

public:
    explicit GatewayClient(Connection *connection);

    Connection *connection() const { return m_connection; }
    int protocolVersion() const;

    struct ChannelsStatusOptions
    {
        bool probe = false;
        std::optional<int> timeoutMs;
        QString channel; // v4 sends it; on v3 the answer is filtered here instead
    };
    struct WebLoginStartOptions
    {
        QString channel = QStringLiteral("whatsapp"); // v4 only
        QString accountId;
        bool force = false;
        std::optional<int> timeoutMs; // QR wait, gateway default 30 s
    };
    struct WebLoginWaitOptions
    {
        QString channel = QStringLiteral("whatsapp"); // v4 only
        QString accountId;
        std::optional<int> timeoutMs; // gateway default 120 s
        QString currentQrDataUrl;     // v4 only: the QR being shown, so a rotation is noticed
    };
    void health(QObject *context, ResultHandler<HealthSnapshot> handler, bool probe = false);
    void channelsStatus(const ChannelsStatusOptions &options, QObject *context,
                        ResultHandler<ChannelsStatus> handler);
    void channelsStart(const QString &channel, const QString &accountId, QObject *context,
                       ResultHandler<ChannelStartResult> handler); // v4 only
    void channelsStop(const QString &channel, const QString &accountId, QObject *context,
                      ResultHandler<ChannelStopResult> handler); // v4 only
    void channelsLogout(const QString &channel, const QString &accountId, QObject *context,
                        ResultHandler<ChannelLogoutResult> handler);

    void configGet(QObject *context, ResultHandler<ConfigSnapshot> handler);
    // A stale baseHash fails with Kind::ConfigConflict and changes nothing.
    void configPatch(const MergePatch &patch, const QString &baseHash, QObject *context,
                     ResultHandler<ConfigWriteResult> handler);
    void configSet(const QJsonObject &config, const QString &baseHash, QObject *context,
                   ResultHandler<ConfigWriteResult> handler);

    void logsTail(const LogsTailRequest &request, QObject *context, ResultHandler<LogsTail> handler);
    void send(const SendRequest &request, QObject *context, ResultHandler<SendResult> handler);

    void pairingList(const QString &channel, const QString &accountId, QObject *context,
                     ResultHandler<PairingList> handler); // v4 only
    struct PairingApproveOptions
    {
        bool notify = false;                // tell the sender (where the account's notifySupported)
        bool bootstrapCommandOwner = false; // make the sender the first command owner (none yet)
    };
    void pairingApprove(const QString &channel, const QString &accountId, const QString &requestId,
                        const PairingApproveOptions &options, QObject *context,
                        ResultHandler<PairingApproval> handler); // v4 only
    void pairingDismiss(const QString &channel, const QString &accountId, const QString &requestId,
                        QObject *context, ResultHandler<PairingDismissal> handler); // v4 only

    void webLoginStart(const WebLoginStartOptions &options, QObject *context,
                       ResultHandler<WebLoginState> handler);
    void webLoginWait(const WebLoginWaitOptions &options, QObject *context,
                      ResultHandler<WebLoginState> handler);

    void systemPresence(QObject *context, ResultHandler<QList<PresenceEntry>> handler);
    // Empty optional: the gateway has not run a heartbeat yet.
    void lastHeartbeat(QObject *context, ResultHandler<std::optional<HeartbeatRecord>> handler);

    static QString generateIdempotencyKey();

private:
    template <typename T, typename Parser>
    void call(const QString &method, const QJsonValue &params, QObject *context, ResultHandler<T> handler,
              Parser parse, int timeoutMs = -1);
    template <typename T>
    void refuse(const GatewayError &error, QObject *context, ResultHandler<T> handler);
    bool isV4() const { return protocolVersion() >= 4; }

    QPointer<Connection> m_connection;
};

} // namespace sb::gateway

#pragma once

#include "app/linking/signalcli/DaemonError.h"

#include <functional>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace sb::linking::signalcli {

template <typename T>
using DaemonHandler = std::function<void(const DaemonResult<T> &)>;

// A JSON-RPC method of signal-cli's daemon as this client sends it: the name and every
// parameter it may carry (camelCase, as signal-cli-jsonrpc(5) derives them from the options of
// signal-cli(1)). The man-page test checks each against the documentation.
struct MethodSpec
{
    QString method;
    QStringList params;
};

struct RegisterRequest
{
    QString account; // E.164
    QString captcha; // without the signalcaptcha:// scheme; empty: none
    bool voice = false;
    bool reregister = false; // register even if the account is already registered
};

struct VerifyRequest
{
    QString account;
    QString verificationCode; // digits only
    QString pin;              // registration lock PIN; empty: none
};

// Talks to `signal-cli daemon --http` started without -a (multi-account mode, the mode that
// offers register, verify, startLink and finishLink): JSON-RPC 2.0 over POST /api/v1/rpc with
// a deadline per call, and GET /api/v1/check. The event stream is SignalCliEvents.
//
// Every failure comes back as a DaemonError within the call's deadline: a daemon that is not
// running, a wrong URL, an HTML page, malformed JSON-RPC, a response that never ends.
class SignalCliClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalCliClient)

public:
    struct Options
    {
        QUrl baseUrl;              // http://127.0.0.1:8080
        int rpcTimeoutMs = 10000;  // OpenClaw's own signal client uses 10 s
        int checkTimeoutMs = 5000; // GET /api/v1/check
        // finishLink "will wait for a response from the primary device" (signal-cli-jsonrpc(5)):
        // as long as a person needs to scan the code.
        int finishLinkTimeoutMs = 180000;
        qint64 maxResponseBytes = 1024 * 1024;
    };

    explicit SignalCliClient(Options options, QObject *parent = nullptr);
    ~SignalCliClient() override;

    QUrl baseUrl() const { return m_options.baseUrl; }
    const Options &options() const { return m_options; }

    // The methods the Signal flows use, with the parameters they may send.
    static QList<MethodSpec> methodsUsed();

    // GET /api/v1/check: "Responds with 200 OK if daemon is running".
    void check(QObject *context, DaemonHandler<bool> handler);

    void registerAccount(const RegisterRequest &request, QObject *context, DaemonHandler<QJsonValue> handler);
    void verify(const VerifyRequest &request, QObject *context, DaemonHandler<QJsonValue> handler);
    // The sgnl://linkdevice?uuid=…&pub_key=… URI to show as a QR code.
    void startLink(QObject *context, DaemonHandler<QString> handler);
    // Waits for the primary device to scan the code; `deviceName` may be empty.
    void finishLink(const QString &deviceLinkUri, const QString &deviceName, QObject *context,
                    DaemonHandler<QJsonValue> handler);
    void submitRateLimitChallenge(const QString &account, const QString &challenge, const QString &captcha,
                                  QObject *context, DaemonHandler<QJsonValue> handler);

    // Any JSON-RPC method: `result` on success. `params` may be empty (then not sent).
    void call(const QString &method, const QJsonObject &params, int timeoutMs, QObject *context,
              DaemonHandler<QJsonValue> handler);

private:
    QNetworkReply *send(QNetworkReply *reply, int timeoutMs, QObject *context,
                        std::function<void(QNetworkReply *, const DaemonError *)> done);

    Options m_options;
    QNetworkAccessManager *m_network;
    qint64 m_nextId = 1;
};

// Reads one JSON-RPC 2.0 response to request `id` from an HTTP body; exposed for tests.
DaemonResult<QJsonValue> parseRpcResponse(const QByteArray &body, const QJsonValue &id);

} // namespace sb::linking::signalcli

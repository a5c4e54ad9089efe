#include "app/drill/ScenarioSteps.h"

#include "app/drill/DrillGateway.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/SignalCliEmulator.h"
#include "app/drill/WebLoginSession.h"
#include "app/platform/Logging.h"

#include <cmath>

#include <QJsonArray>

namespace sb::drill {

using namespace Qt::StringLiterals;

namespace {

QString seconds(qint64 ms)
{
    return QString::number(static_cast<double>(ms) / 1000.0, 'g', 3) + u's';
}

QString subsystemFor(const QString &channel)
{
    return u"channels/"_s + channel;
}

// The line the real channel monitor writes for a close with this status.
std::pair<QString, QString> disconnectLogLine(const QString &channel, int status, const QString &error,
                                              int attempt)
{
    if (channel == QLatin1String("whatsapp")) {
        if (status == 401)
            return {
                u"ERROR"_s,
                u"WhatsApp session logged out. Run `openclaw channels login --channel whatsapp` to relink."_s};
        if (status == 440)
            return {
                u"ERROR"_s,
                u"WhatsApp Web connection closed (status 440: session conflict). Resolve conflicting WhatsApp Web sessions, then restart the channel. To force a fresh QR, run `openclaw channels logout --channel whatsapp` before `openclaw channels login --channel whatsapp`."_s};
        const QString retry =
            u"Retry %1/12 in %2."_s.arg(attempt).arg(seconds(whatsappRetryDelayMs(attempt)));
        if (error == QLatin1String("watchdog-timeout"))
            return {
                u"WARN"_s,
                u"WhatsApp Web watchdog is recovering a stale connection (status %1). %2"_s.arg(status).arg(
                    retry)};
        return {u"ERROR"_s, u"WhatsApp Web connection closed (status %1). %2"_s.arg(status).arg(retry)};
    }
    if (channel == QLatin1String("signal")) {
        const qint64 delay =
            std::min<qint64>(10000, static_cast<qint64>(1000 * std::pow(2.0, std::max(attempt - 1, 0))));
        return {u"INFO"_s, u"Signal connection lost, reconnecting in %1..."_s.arg(seconds(delay))};
    }
    return {u"ERROR"_s, u"%1 connection error (status %2): %3"_s.arg(channel).arg(status).arg(error)};
}

void applyFault(const QJsonObject &data, DrillGateway *gateway)
{
    if (!gateway)
        return;
    const QString fault = data.value(u"fault"_s).toString();
    if (fault == QLatin1String("drop"))
        gateway->dropConnections();
    else if (fault == QLatin1String("dropNextRequest"))
        gateway->dropOnNextRequest(data.value(u"method"_s).toString());
    else if (fault == QLatin1String("stallTicks"))
        gateway->setTicksStalled(true);
    else if (fault == QLatin1String("resumeTicks"))
        gateway->setTicksStalled(false);
    else if (fault == QLatin1String("malformed"))
        gateway->sendMalformedFrame();
    else if (fault == QLatin1String("oversized"))
        gateway->sendOversizedFrame(data.value(u"bytes"_s).toInteger(-1));
    else if (fault == QLatin1String("unknownFrame"))
        gateway->sendUnknownFrame();
    else if (fault == QLatin1String("skipSeq"))
        gateway->skipSeq(data.value(u"count"_s).toInt(1));
    else if (fault == QLatin1String("restart"))
        gateway->restart(data.value(u"restartExpectedMs"_s).toInteger(2000),
                         data.value(u"restartAfterMs"_s).toInteger(-1),
                         data.value(u"unavailableConnects"_s).toInt(0),
                         data.value(u"reason"_s).toString(u"gateway restarting"_s));
    else if (fault == QLatin1String("unavailable"))
        gateway->setStartupUnavailable(data.value(u"count"_s).toInt(1));
    else if (fault == QLatin1String("slow"))
        gateway->setResponseDelayMs(data.value(u"ms"_s).toInt(0));
    else
        sb::log::drill()->warn("scenario: unknown fault \"{}\"", fault.toStdString());
}

QJsonObject heartbeatPayload(const QJsonObject &data, qint64 now, const QString &channel,
                             const QString &account, const QString &status)
{
    QJsonObject payload{{u"ts"_s, now},
                        {u"status"_s, status},
                        {u"channel"_s, channel},
                        {u"accountId"_s, account},
                        {u"durationMs"_s, data.value(u"durationMs"_s).toInt(850)},
                        {u"indicatorType"_s, status == QLatin1String("failed") ? u"error"_s : u"ok"_s}};
    if (data.contains(u"to"_s))
        payload.insert(u"to"_s, data.value(u"to"_s));
    if (data.contains(u"preview"_s))
        payload.insert(u"preview"_s, data.value(u"preview"_s));
    if (data.contains(u"reason"_s))
        payload.insert(u"reason"_s, data.value(u"reason"_s));
    return payload;
}

} // namespace

qint64 whatsappRetryDelayMs(int attempt)
{
    const double delay = 2000.0 * std::pow(1.8, std::max(attempt - 1, 0));
    return std::min<qint64>(30000, static_cast<qint64>(delay));
}

void applyStep(const Scenario::Step &step, const StepTargets &targets)
{
    DrillWorld *world = targets.world;
    const QJsonObject &d = step.data;
    ChannelBoard &board = world->channels();
    const QString channel = d.value(u"channel"_s).toString();
    const QString account =
        d.value(u"account"_s).toString(channel.isEmpty() ? u"default"_s : board.defaultAccount(channel));
    const QDateTime now = world->now();
    const QString subsystem = d.value(u"subsystem"_s).toString(subsystemFor(channel));
    const auto customLog = [&](const QString &level) {
        if (d.contains(u"log"_s))
            world->log(d.value(u"level"_s).toString(level), subsystem, d.value(u"log"_s).toString());
    };

    const QString &kind = step.kind;
    if (kind == QLatin1String("disconnect")) {
        const int status = d.value(u"status"_s).toInt();
        const QString error = d.value(u"error"_s).toString();
        std::optional<QString> state;
        if (d.contains(u"healthState"_s))
            state = d.value(u"healthState"_s).toString();
        board.disconnect(channel, account, now, status, error, state);
        int &failures = world->streamFailures(channel + u'/' + account);
        ++failures;
        if (d.contains(u"log"_s)) {
            customLog(u"ERROR"_s);
        } else {
            // The Signal monitor logs the stream error, then the reconnect (recorded log lines).
            if (channel == QLatin1String("signal"))
                world->log(u"ERROR"_s, subsystem, u"Signal stream error: "_s + error);
            const int attempt = channel == QLatin1String("signal")
                                    ? failures
                                    : board.account(channel, account).value(u"reconnectAttempts"_s).toInt();
            const auto [level, message] = disconnectLogLine(channel, status, error, std::max(attempt, 1));
            world->log(level, subsystem, message);
        }
        world->publishHealth();
    } else if (kind == QLatin1String("connected")) {
        board.connected(channel, account, now);
        world->streamFailures(channel + u'/' + account) = 0;
        if (d.contains(u"log"_s))
            customLog(u"INFO"_s);
        else if (channel == QLatin1String("whatsapp"))
            world->log(u"INFO"_s, subsystem,
                       u"Listening for personal WhatsApp inbound messages."_s); // the real line
        else
            world->log(u"INFO"_s, subsystem, u"[%1] %2 connected"_s.arg(account, channel));
        world->publishHealth();
    } else if (kind == QLatin1String("channel")) {
        board.merge(channel, account, d.value(u"set"_s).toObject());
        customLog(u"INFO"_s);
        world->publishHealth();
    } else if (kind == QLatin1String("stop") || kind == QLatin1String("start")) {
        if (kind == QLatin1String("stop"))
            board.stopped(channel, account, now, d.value(u"disabled"_s).toBool());
        else
            board.started(channel, account, now);
        if (d.contains(u"set"_s))
            board.merge(channel, account, d.value(u"set"_s).toObject());
        customLog(u"INFO"_s);
        world->publishHealth();
    } else if (kind == QLatin1String("log")) {
        world->log(d.value(u"level"_s).toString(u"INFO"_s), d.value(u"subsystem"_s).toString(),
                   d.value(u"message"_s).toString());
    } else if (kind == QLatin1String("delivery") || kind == QLatin1String("heartbeat")) {
        const QString status = d.value(u"status"_s).toString(u"sent"_s);
        if (status != QLatin1String("failed") && status != QLatin1String("skipped"))
            board.noteOutbound(channel, account, now);
        world->heartbeat(heartbeatPayload(d, now.toMSecsSinceEpoch(), channel, account, status));
        if (d.contains(u"log"_s))
            customLog(u"INFO"_s);
        else
            world->log(u"INFO"_s, subsystem,
                       u"[%1] heartbeat delivered to %2"_s.arg(account, d.value(u"to"_s).toString()));
    } else if (kind == QLatin1String("inbound")) {
        board.noteInbound(channel, account, now);
        if (d.contains(u"log"_s))
            customLog(u"INFO"_s);
        else
            world->log(u"INFO"_s, subsystem,
                       u"[%1] inbound message from %2"_s.arg(account, d.value(u"from"_s).toString()));
    } else if (kind == QLatin1String("outbound")) {
        // A message the gateway sends on its own (an agent reply): success moves
        // lastOutboundAt; failure is logged, reported as a failed heartbeat-style delivery and
        // may take the channel down with it (the story's 19:08).
        const QJsonObject fail = d.value(u"fail"_s).toObject();
        const QString to = d.value(u"to"_s).toString();
        if (fail.isEmpty()) {
            board.noteOutbound(channel, account, now);
            world->log(u"INFO"_s, subsystem,
                       d.value(u"log"_s).toString(u"[%1] sent message to %2"_s.arg(account, to)));
        } else {
            const int status = fail.value(u"status"_s).toInt();
            const QString error = fail.value(u"error"_s).toString();
            world->log(u"ERROR"_s, subsystem,
                       fail.value(u"log"_s).toString(
                           u"[%1] outbound send to %2 failed: %3"_s.arg(account, to, error)));
            world->heartbeat(heartbeatPayload(QJsonObject{{u"to"_s, to}, {u"reason"_s, error}},
                                              now.toMSecsSinceEpoch(), channel, account, u"failed"_s));
            if (status > 0)
                board.disconnect(channel, account, now, status, error,
                                 fail.value(u"healthState"_s).toString(u"stopped"_s));
            if (fail.value(u"disable"_s).toBool()) {
                board.stopped(channel, account, now, true);
                board.merge(channel, account, {{u"lastError"_s, error}});
                world->patchConfig(
                    QJsonObject{{u"channels"_s, QJsonObject{{channel, QJsonObject{{u"enabled"_s, false}}}}}},
                    u"drill-scenario"_s);
                world->log(u"WARN"_s, subsystem, u"[%1] channel disabled after %2"_s.arg(account, error));
            }
            world->publishHealth();
        }
    } else if (kind == QLatin1String("sendOutcome")) {
        SendOutcome outcome;
        outcome.ok = d.value(u"ok"_s).toBool(true);
        outcome.errorCode = d.value(u"errorCode"_s).toString(u"UNAVAILABLE"_s);
        outcome.errorMessage = d.value(u"message"_s).toString();
        if (d.contains(u"disconnectStatus"_s))
            outcome.disconnectStatus = d.value(u"disconnectStatus"_s).toInt();
        outcome.disconnectError = d.value(u"disconnectError"_s).toString();
        outcome.disableChannel = d.value(u"disable"_s).toBool();
        world->setSendOutcome(channel, outcome, d.value(u"sticky"_s).toBool());
    } else if (kind == QLatin1String("config")) {
        world->patchConfig(d.value(u"patch"_s).toObject(), d.value(u"actor"_s).toString(u"cli"_s));
    } else if (kind == QLatin1String("pairing")) {
        const PairingRequest request =
            world->addPairingRequest(channel, account, d.value(u"senderId"_s).toString(),
                                     d.value(u"senderLabel"_s).toString(), d.value(u"code"_s).toString());
        world->log(u"INFO"_s, subsystem,
                   u"[%1] pairing request %2 from %3"_s.arg(account, request.code, request.senderId));
    } else if (kind == QLatin1String("signal")) {
        if (targets.signal)
            targets.signal->configure(d);
        customLog(u"INFO"_s);
    } else if (kind == QLatin1String("fault")) {
        applyFault(d, targets.gateway);
    } else if (kind == QLatin1String("webLogin")) {
        if (targets.gateway) {
            WebLoginSession *login = targets.gateway->webLogin();
            WebLoginSession::Options options = login->options();
            options.completeAfterMs = d.value(u"completeAfterMs"_s).toInt(options.completeAfterMs);
            options.qrRotateMs = d.value(u"qrRotateMs"_s).toInt(options.qrRotateMs);
            options.available = d.value(u"available"_s).toBool(options.available);
            options.loginTtlMs = d.value(u"loginTtlMs"_s).toInt(options.loginTtlMs);
            options.restartDelayMs = d.value(u"restartDelayMs"_s).toInt(options.restartDelayMs);
            if (const auto outcome = WebLoginSession::outcomeFromName(d.value(u"outcome"_s).toString()))
                options.outcome = *outcome;
            if (d.contains(u"failureMessage"_s))
                options.failureMessage = d.value(u"failureMessage"_s).toString();
            login->setOptions(options);
            if (d.value(u"complete"_s).toBool())
                login->completeScan();
        }
    } else if (kind == QLatin1String("health")) {
        world->publishHealth();
    }
}

} // namespace sb::drill

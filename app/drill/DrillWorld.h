#pragma once

#include "app/drill/ChannelBoard.h"
#include "app/drill/ConfigStore.h"
#include "app/drill/LogBook.h"
#include "app/drill/ScenarioClock.h"

#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>

namespace sb::drill {

// How the next `send` on a channel turns out; set by scenarios and tests.
struct SendOutcome
{
    bool ok = true;
    QString errorCode = QStringLiteral("UNAVAILABLE");
    QString errorMessage;
    // A transport close that follows the failed send (the story's 503), and whether the
    // channel is then disabled.
    std::optional<int> disconnectStatus;
    QString disconnectError;
    bool disableChannel = false;
};

struct PairingRequest
{
    QString requestId; // opaque, like resolveChannelPairingRequestId's sha256 prefix
    QString code;      // the 8-character code the user sees
    QString channel;
    QString accountId;
    QString senderId;
    QString senderLabel;
    qint64 createdAt = 0;
    qint64 lastSeenAt = 0;
    qint64 expiresAt = 0;
};

// Everything the drill gateway knows, in one place: the config file, the channel plugins'
// snapshots, the log file, DM pairing requests, heartbeats, presence. Scenario steps and
// RPC handlers both change it; every change that the real gateway broadcasts is emitted
// through broadcast(), which the server fans out with per-connection seq numbers.
class DrillWorld : public QObject
{
    Q_OBJECT

public:
    explicit DrillWorld(ScenarioClock *clock, QObject *parent = nullptr);

    ScenarioClock &clock() { return *m_clock; }
    // Scenario time, or the time of the step being applied: a step that fires a little late
    // (timers at high speed) still stamps its events with its own instant.
    QDateTime now() const { return m_eventTime ? *m_eventTime : m_clock->now(); }
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
    void setEventTime(std::optional<QDateTime> at) { m_eventTime = std::move(at); }
    // Brings the world up to its clock before an answer: a real gateway's answer stamped
    // 00:34:06 reflects everything that happened by then, but a scenario step due at 00:34:05
    // waits for a timer that a loaded machine fires late (at 1200x, 1 ms is 1.2 s of story).
    // The scenario player answers catchUpRequested() synchronously while it plays.
    void catchUp() { Q_EMIT catchUpRequested(); }
    ConfigStore &config() { return m_config; }
    ChannelBoard &channels() { return m_channels; }
    const ChannelBoard &channels() const { return m_channels; }
    LogBook &logs() { return m_logs; }

    void log(const QString &level, const QString &subsystem, const QString &message);

    QJsonObject healthSnapshot() const;
    QJsonObject statusSummary() const;
    QJsonObject stateVersion() const;
    qint64 uptimeMs() const;

    // Health changed: bump stateVersion.health and broadcast `health`.
    void publishHealth();

    QJsonValue lastHeartbeat() const { return m_lastHeartbeat; }
    void heartbeat(const QJsonObject &payload);

    // Writes the config as another writer would (CLI, doctor, a teammate): the hash moves and
    // `config.changed` goes out, so a console holding the old hash gets a conflict.
    ConfigStore::WriteResult patchConfig(const QJsonObject &patch, const QString &actor);
    void announceConfigChange();

    QList<PairingRequest> &pairing() { return m_pairing; }
    PairingRequest addPairingRequest(const QString &channel, const QString &accountId,
                                     const QString &senderId, const QString &senderLabel,
                                     const QString &code);

    SendOutcome takeSendOutcome(const QString &channel);
    void setSendOutcome(const QString &channel, const SendOutcome &outcome, bool sticky);

    // Consecutive stream failures per "channel/account" since the last connect; the Signal
    // monitor's backoff (1 s doubling to 10 s) is computed from it.
    int &streamFailures(const QString &key) { return m_streamFailures[key]; }

    QJsonArray presence() const { return m_presence; }
    void setPresence(const QJsonArray &entries);

Q_SIGNALS:
    void catchUpRequested();
    void broadcast(const QString &event, const QJsonValue &payload, bool dropIfSlow, bool withStateVersion);

private:
    ScenarioClock *m_clock;
    std::optional<QDateTime> m_eventTime;
    QDateTime m_bootedAt;
    ConfigStore m_config;
    ChannelBoard m_channels;
    LogBook m_logs;
    QJsonValue m_lastHeartbeat = QJsonValue::Null;
    QList<PairingRequest> m_pairing;
    QMap<QString, SendOutcome> m_nextSend;
    QMap<QString, SendOutcome> m_stickySend;
    QJsonArray m_presence;
    QMap<QString, int> m_streamFailures;
    qint64 m_healthVersion = 1;
    qint64 m_presenceVersion = 1;
};

} // namespace sb::drill

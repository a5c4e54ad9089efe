#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace sb {

// What an operator may tune about how lanes are judged, alerted on and kept (File →
// Preferences; switchboardctl reads the same file). Plain numbers in the units the dialog
// shows; app/health and app/alerts turn them into their policies. Values read from a settings
// file are clamped into the ranges below, so a hand-edited file can never disable the proof.
struct ProofPreference
{
    int connectedMinutes = 15; // continuously connected at least this long...
    int deliveries = 3;        // ...with this many outbound deliveries, no drop in between

    friend bool operator==(const ProofPreference &, const ProofPreference &) = default;
};

struct MonitoringPreferences
{
    ProofPreference proof;                         // every channel without an override
    QMap<QString, ProofPreference> proofByChannel; // "whatsapp", "telegram", "signal"...
    int incidentGraceSeconds = 60;                 // out of healthy this long opens an incident
    int reconnectLimitMinutes = 5; // reconnecting this long to an endpoint that does not answer: a person
    int alertStrikes = 2;          // trouble transitions before a notification...
    int alertWindowMinutes = 10;   // ...within this window
    int retentionDays = 0;         // events older than this are purged; 0 keeps all

    ProofPreference proofFor(const QString &channel) const { return proofByChannel.value(channel, proof); }
    // Into the ranges below, field by field.
    MonitoringPreferences clamped() const;

    friend bool operator==(const MonitoringPreferences &, const MonitoringPreferences &) = default;

    // Ranges the dialog offers and the settings reader enforces. A proof needs a minute and
    // a delivery at least: a zero proof would trust the first "OK" again.
    static constexpr int kMinConnectedMinutes = 1;
    static constexpr int kMaxConnectedMinutes = 24 * 60;
    static constexpr int kMinDeliveries = 1;
    static constexpr int kMaxDeliveries = 50;
    static constexpr int kMaxIncidentGraceSeconds = 60 * 60;
    static constexpr int kMinReconnectLimitMinutes = 1;
    static constexpr int kMaxReconnectLimitMinutes = 24 * 60;
    static constexpr int kMinAlertStrikes = 1;
    static constexpr int kMaxAlertStrikes = 10;
    static constexpr int kMinAlertWindowMinutes = 1;
    static constexpr int kMaxAlertWindowMinutes = 24 * 60;
    static constexpr int kMaxRetentionDays = 10 * 365;

    // The channels the dialog offers an override for (any channel id works in the file).
    static QStringList knownChannels();
};

} // namespace sb

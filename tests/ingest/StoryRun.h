#pragma once

// The story's night from the drill through the real client, ingest, engine and store: the
// wiring the console does, in one object tests can start, stop and start again.
#include "app/drill/DrillSession.h"
#include "app/drill/ScenarioClock.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/GatewaySession.h"
#include "app/store/History.h"

#include <memory>

#include <QDateTime>
#include <QTimeZone>

namespace sb::test {

inline qint64 jst(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 2, day), QTime(hour, minute, second), QTimeZone("Asia/Tokyo"))
        .toMSecsSinceEpoch();
}

// A lane of the drill's gateway ("drill/whatsapp/default").
inline LaneKey drillLane(const char *channel, const char *account = "default")
{
    return LaneKey{QStringLiteral("drill"), QLatin1String(channel), QLatin1String(account)};
}

// One console session against a running drill: history file plus the GatewaySession the
// window runs, on the drill's scenario clock.
struct ConsoleSession
{
    ConsoleSession(drill::DrillSession &drill, const QString &historyPath)
        : history(historyPath)
    {
        QString error;
        if (!history.open(&error))
            qFatal("history: %s", qPrintable(error));
        ingest::GatewaySession::Options options;
        options.connection.url = drill.url();
        options.connection.token = drill.token();
        options.gatewayId = QStringLiteral("drill");
        options.clock = drill.clock();
        options.history = &history;
        options.ingest.logPollMs = 100;
        options.ingest.tickMs = 100;
        session = std::make_unique<ingest::GatewaySession>(options);
        session->start();
    }

    ~ConsoleSession() { stop(); }

    void stop()
    {
        if (stopped)
            return;
        stopped = true;
        session->stop();
        history.flush();
    }

    health::HealthEngine &engine() { return session->engine(); }
    ingest::Ingestor &ingestor() { return session->ingestor(); }

    store::History history;
    std::unique_ptr<ingest::GatewaySession> session;
    bool stopped = false;
};

} // namespace sb::test

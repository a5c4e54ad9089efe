#pragma once

// The story's night from the drill through the real client, ingest, engine and store: the
// wiring the console does, in one object tests can start, stop and start again.
#include "app/drill/DrillSession.h"
#include "app/drill/ScenarioClock.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/Ingestor.h"
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

// One console session against a running drill: monitor, engine, history, ingestor.
struct ConsoleSession
{
    ConsoleSession(drill::DrillSession &drill, const QString &historyPath)
        : history(historyPath)
        , engine(*drill.clock())
    {
        gateway::ConnectionOptions options;
        options.url = drill.url();
        options.token = drill.token();
        monitor = std::make_unique<gateway::GatewayMonitor>(options);
        QString error;
        if (!history.open(&error))
            qFatal("history: %s", qPrintable(error));
        const store::HistorySnapshot snapshot = history.load();
        engine.restore(snapshot.lanes, snapshot.openIncidents, snapshot.lastIncidentId);
        history.attach(&engine);
        ingest::Ingestor::Options ingestOptions;
        ingestOptions.logPollMs = 100;
        ingestOptions.holdMs = 800;
        ingestOptions.tickMs = 100;
        ingestor = std::make_unique<ingest::Ingestor>(monitor.get(), QStringLiteral("drill"), &engine,
                                                      &history, *drill.clock(), ingestOptions);
        ingestor->start();
        monitor->start();
    }

    ~ConsoleSession() { stop(); }

    void stop()
    {
        if (stopped)
            return;
        stopped = true;
        ingestor->stop();
        monitor->stop();
        history.flush();
    }

    store::History history;
    health::HealthEngine engine;
    std::unique_ptr<gateway::GatewayMonitor> monitor;
    std::unique_ptr<ingest::Ingestor> ingestor;
    bool stopped = false;
};

} // namespace sb::test

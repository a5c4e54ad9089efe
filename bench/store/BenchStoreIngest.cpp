// Store ingest benchmark (DESIGN §8: ≥ 200,000 events/s through the writer on 2 cores),
// against a naive one-autocommit-INSERT-per-event loop measured in the same run, plus the
// database size per million events and the start-up reload of 1,000,000 events' segments.
//
//   BenchStoreIngest [--events N] [--dir DIR]
#include "app/health/HealthEngine.h"
#include "app/platform/Clock.h"
#include "app/store/History.h"

#include <cstdio>
#include <ctime>
#include <limits>
#include <random>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

constexpr qint64 kT0 = 1'800'000'000'000;

// A realistic mix: 60 lanes (3 gateways × 20), mostly deliveries and inbound, some drops
// with codes, short plain-text details like the ones ingest produces.
QList<sb::ChannelEvent> makeEvents(qint64 count)
{
    QList<sb::LaneKey> lanes;
    const char *channels[] = {"whatsapp", "signal", "telegram", "discord"};
    for (int g = 0; g < 3; ++g) {
        for (int a = 0; a < 20; ++a) {
            lanes.append({QStringLiteral("gw%1").arg(g), QLatin1String(channels[a % 4]),
                          QStringLiteral("acct%1").arg(a)});
        }
    }
    const QString details[] = {QString(), QStringLiteral("Connection Terminated"),
                               QStringLiteral("watchdog-timeout"), QStringLiteral("Retry 3/12 in 7.01s")};
    QList<sb::ChannelEvent> events;
    events.reserve(count);
    std::mt19937_64 random(20260212); // fixed seed: every run ingests the same stream
    for (qint64 i = 0; i < count; ++i) {
        sb::ChannelEvent e;
        e.lane = lanes[qsizetype(random() % quint64(lanes.size()))];
        e.at = kT0 + i * 50;
        const int pick = int(random() % 100);
        if (pick < 5) {
            e.kind = sb::EventKind::Disconnected;
            e.code = pick < 3 ? 499 : 428;
            e.detail = details[1 + pick % 3];
        } else if (pick < 10) {
            e.kind = sb::EventKind::Connected;
        } else if (pick < 60) {
            e.kind = sb::EventKind::DeliveryOk;
        } else {
            e.kind = sb::EventKind::InboundSeen;
        }
        e.source = sb::EventSource(1 + i % 4);
        events.append(e);
    }
    return events;
}

qint64 fileBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

void checkpoint(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-ckpt"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-ckpt"));
}

struct NaiveResult
{
    qint64 events = 0;
    double seconds = 0;
};

// One INSERT per event, each its own autocommit transaction, on the same schema and the
// same pragmas as the writer (WAL, synchronous=NORMAL): only the batching differs.
NaiveResult runNaive(const QString &path, const QList<sb::ChannelEvent> &events, qint64 cap,
                     double capSeconds, bool sqliteDefaults)
{
    {
        sb::store::History schemaOnly(path);
        schemaOnly.open();
    }
    NaiveResult result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-naive"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery pragma(db);
        if (sqliteDefaults) {
            pragma.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
            pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        } else {
            pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        }
        QSqlQuery lane(db);
        lane.exec(
            QStringLiteral("INSERT INTO lanes(gateway, channel, account) VALUES('gw', 'whatsapp', 'x')"));
        const qint64 laneId = lane.lastInsertId().toLongLong();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO events(lane_id, at, kind, code, source, detail) "
                                      "VALUES(?, ?, ?, ?, ?, ?)"));
        QElapsedTimer timer;
        timer.start();
        for (const sb::ChannelEvent &e : events) {
            insert.bindValue(0, laneId);
            insert.bindValue(1, e.at);
            insert.bindValue(2, int(e.kind));
            insert.bindValue(3, e.code ? QVariant(*e.code) : QVariant(QMetaType::fromType<int>()));
            insert.bindValue(4, int(e.source));
            insert.bindValue(5, e.detail.isNull() ? QStringLiteral("") : e.detail);
            if (!insert.exec()) {
                std::fprintf(stderr, "naive insert failed: %s\n", qPrintable(insert.lastError().text()));
                break;
            }
            ++result.events;
            if (result.events >= cap || (result.events % 256 == 0 && timer.elapsed() > capSeconds * 1000))
                break;
        }
        result.seconds = double(timer.nsecsElapsed()) / 1e9;
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-naive"));
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events for the writer run."),
                      QStringLiteral("n"), QStringLiteral("2000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Directory for the files (default: a temp dir)."),
                      QStringLiteral("dir")});
    parser.process(app);
    const qint64 total = parser.value(QStringLiteral("events")).toLongLong();
    QTemporaryDir temp;
    const QString dir =
        parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) : temp.path();

    std::printf("generating %lld events...\n", static_cast<long long>(total));
    const QList<sb::ChannelEvent> events = makeEvents(total);

    // 1. Through the writer: append in chunks as ingest would, until everything is committed.
    const QString writerPath = dir + QStringLiteral("/bench-writer.sqlite");
    QFile::remove(writerPath);
    double writerSeconds = 0;
    // Process CPU time (producer + writer threads): a figure that does not depend on what else
    // the machine runs, unlike wall time on a shared 2-core VM.
    std::clock_t cpuStart = 0;
    double cpuSeconds = 0;
    {
        sb::store::History history(writerPath);
        if (!history.open())
            return 1;
        QElapsedTimer timer;
        timer.start();
        cpuStart = std::clock();
        constexpr qsizetype chunk = 4096;
        for (qsizetype i = 0; i < events.size(); i += chunk)
            history.append(events.mid(i, std::min(chunk, events.size() - i)));
        history.flush();
        writerSeconds = double(timer.nsecsElapsed()) / 1e9;
        cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        if (history.eventCount() != total) {
            std::fprintf(stderr, "writer stored %lld of %lld\n", static_cast<long long>(history.eventCount()),
                         static_cast<long long>(total));
            return 1;
        }
    }
    checkpoint(writerPath);
    const double writerRate = double(total) / writerSeconds;
    const double bytesPerMillion = double(fileBytes(writerPath)) / double(total) * 1e6;

    // 2. Naive loops, same run, capped.
    const QString naivePath = dir + QStringLiteral("/bench-naive.sqlite");
    QFile::remove(naivePath);
    const NaiveResult naive = runNaive(naivePath, events, 20'000, 10.0, false);
    const double naiveRate = double(naive.events) / naive.seconds;
    const QString defaultsPath = dir + QStringLiteral("/bench-naive-defaults.sqlite");
    QFile::remove(defaultsPath);
    const NaiveResult naiveDefaults = runNaive(defaultsPath, events, 2'000, 10.0, true);
    const double naiveDefaultsRate = double(naiveDefaults.events) / naiveDefaults.seconds;

    // 3. One million events through the health engine into segments, then a cold reload.
    const QString reloadPath = dir + QStringLiteral("/bench-reload.sqlite");
    QFile::remove(reloadPath);
    const qint64 reloadEvents = std::min<qint64>(1'000'000, total);
    qint64 transitions = 0;
    double engineSeconds = 0;
    {
        sb::store::History history(reloadPath);
        if (!history.open())
            return 1;
        sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(kT0, QTimeZone::utc()));
        sb::health::HealthEngine engine(clock);
        history.attach(&engine);
        QObject::connect(&engine, &sb::health::HealthEngine::laneStateChanged, &engine,
                         [&](const sb::LaneKey &, const sb::health::Transition &) { ++transitions; });
        QElapsedTimer timer;
        timer.start();
        for (qint64 i = 0; i < reloadEvents; ++i) {
            engine.process(events[i]);
            if (i % 1200 == 0)
                engine.tick(events[i].at);
        }
        engineSeconds = double(timer.nsecsElapsed()) / 1e9;
        history.append(events.mid(0, reloadEvents));
        history.flush();
    }
    checkpoint(reloadPath);
    QElapsedTimer reload;
    reload.start();
    qsizetype segmentCount = 0;
    qsizetype openIncidents = 0;
    double loadMs = 0;
    {
        sb::store::History history(reloadPath);
        if (!history.open())
            return 1;
        const auto snapshot = history.load();
        openIncidents = snapshot.openIncidents.size();
        loadMs = double(reload.nsecsElapsed()) / 1e6;
        segmentCount = history.segments(std::nullopt, 0, std::numeric_limits<qint64>::max()).size();
    }
    const double reloadMs = double(reload.nsecsElapsed()) / 1e6;

    // 4. Worst case: every one of 1,000,000 events a state change, so 1,000,000 segments.
    const QString worstPath = dir + QStringLiteral("/bench-reload-worst.sqlite");
    QFile::remove(worstPath);
    {
        sb::store::History history(worstPath);
        if (!history.open())
            return 1;
        const sb::LaneState cycle[] = {sb::LaneState::Reconnecting, sb::LaneState::Probation,
                                       sb::LaneState::Degraded, sb::LaneState::Healthy};
        for (qint64 i = 0; i < reloadEvents; ++i) {
            sb::health::Transition t;
            t.lane = events[i].lane;
            t.at = events[i].at;
            t.to = cycle[i % 4];
            t.reason = sb::health::Reason::of(QStringLiteral("whatsapp.428-connection-closed"));
            t.ruleId = QStringLiteral("whatsapp.428-connection-closed");
            history.recordTransition(t);
        }
        history.flush();
    }
    checkpoint(worstPath);
    QElapsedTimer worst;
    worst.start();
    qsizetype worstSegments = 0;
    double worstLoadMs = 0;
    {
        sb::store::History history(worstPath);
        if (!history.open())
            return 1;
        history.load();
        worstLoadMs = double(worst.nsecsElapsed()) / 1e6;
        worstSegments = history.segments(std::nullopt, 0, std::numeric_limits<qint64>::max()).size();
    }
    const double worstMs = double(worst.nsecsElapsed()) / 1e6;

    std::printf(
        "\nwriter:        %lld events committed in %.3f s = %.0f events/s (batch 8192 events / 100 ms)\n",
        static_cast<long long>(total), writerSeconds, writerRate);
    std::printf("               CPU time %.3f s (producer + writer threads) = %.0f events per CPU-second\n",
                cpuSeconds, double(total) / cpuSeconds);
    std::printf(
        "naive (WAL, synchronous=NORMAL): %lld events in %.3f s = %.0f events/s -> writer is %.1fx faster\n",
        static_cast<long long>(naive.events), naive.seconds, naiveRate, writerRate / naiveRate);
    std::printf("naive (SQLite defaults: rollback journal, synchronous=FULL): %lld events in %.3f s = %.0f "
                "events/s -> writer is %.0fx faster\n",
                static_cast<long long>(naiveDefaults.events), naiveDefaults.seconds, naiveDefaultsRate,
                writerRate / naiveDefaultsRate);
    std::printf(
        "naive extrapolated to %lld events: %.0f s (WAL) / %.0f s (defaults) vs %.1f s through the writer\n",
        static_cast<long long>(total), double(total) / naiveRate, double(total) / naiveDefaultsRate,
        writerSeconds);
    std::printf("size:          %.1f MB per million events (file + WAL after checkpoint)\n",
                bytesPerMillion / 1e6);
    std::printf(
        "engine:        %lld events through HealthEngine in %.3f s = %.0f events/s, %lld transitions\n",
        static_cast<long long>(reloadEvents), engineSeconds, double(reloadEvents) / engineSeconds,
        static_cast<long long>(transitions));
    std::printf(
        "reload:        open + migrate check + load() (running segments, %lld open incidents): %.1f ms; "
        "plus reading all %lld segments: %.1f ms total\n",
        static_cast<long long>(openIncidents), loadMs, static_cast<long long>(segmentCount), reloadMs);
    std::printf("reload worst:  every event a transition, %lld segments: open + load() %.1f ms; reading all "
                "segments %.1f ms total\n",
                static_cast<long long>(worstSegments), worstLoadMs, worstMs);
    return 0;
}

// Cold start (DESIGN §8: with a 1,000,000-event history, first painted window ≤ 1.5 s, RSS ≤
// 250 MB). Builds a history file the way the console does (events through the health engine
// into the store: events, state segments, incidents), then starts the real `switchboard`
// executable on it several times and measures, from QProcess::start, the moment the timeline
// has painted the stored history (the executable's SWITCHBOARD_EXIT_AFTER_FIRST_PAINT probe),
// and the process's resident memory at that moment.
//
//   BenchColdStart [--events N] [--runs N] [--keep DIR]
#include "app/health/HealthEngine.h"
#include "app/platform/Clock.h"
#include "app/store/History.h"

#include <algorithm>
#include <cstdio>
#include <random>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

namespace {

// 200 lanes (10 gateways × 20 accounts) over the last year: drops and reconnects often enough
// to leave hundreds of thousands of state segments, deliveries and inbound in between.
void buildHistory(const QString &path, qint64 count)
{
    sb::store::History history(path);
    QString error;
    if (!history.open(&error))
        qFatal("history: %s", qPrintable(error));
    sb::ManualClock clock;
    sb::health::HealthEngine engine(clock);
    history.attach(&engine);
    QList<sb::LaneKey> lanes;
    const char *channels[] = {"whatsapp", "telegram", "signal", "discord"};
    for (int g = 0; g < 10; ++g) {
        for (int a = 0; a < 20; ++a)
            lanes.append({QStringLiteral("gw%1:18789").arg(g), QLatin1String(channels[a % 4]),
                          QStringLiteral("acct%1").arg(a)});
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = now - 365LL * 24 * 3600 * 1000;
    const qint64 step = (now - start) / count;
    std::mt19937_64 random(20260212);
    QList<sb::ChannelEvent> batch;
    for (qint64 i = 0; i < count; ++i) {
        sb::ChannelEvent e;
        e.lane = lanes[qsizetype(random() % quint64(lanes.size()))];
        e.at = start + i * step;
        e.source = sb::EventSource::LogLine;
        const int pick = int(random() % 100);
        if (pick < 12) {
            e.kind = sb::EventKind::Disconnected;
            e.code = pick < 6 ? 428 : 499;
            e.detail = QStringLiteral("WhatsApp Web connection closed (status %1)").arg(*e.code);
        } else if (pick < 24) {
            e.kind = sb::EventKind::Connected;
        } else if (pick < 70) {
            e.kind = sb::EventKind::DeliveryOk;
        } else {
            e.kind = sb::EventKind::InboundSeen;
        }
        clock.set(QDateTime::fromMSecsSinceEpoch(e.at, QTimeZone::utc()));
        engine.process(e);
        batch.append(e);
        if (batch.size() == 8192) {
            history.append(batch);
            batch.clear();
        }
    }
    history.append(batch);
    history.flush();
}

struct Run
{
    double firstPaintMs = 0;
    double rssMb = 0;
    double peakMb = 0;
};

std::optional<Run> startOnce(const QString &exe, const QString &history, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("SWITCHBOARD_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: its probe is not the subject
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(
        exe, {QStringLiteral("--history"), history, QStringLiteral("--log-level"), QStringLiteral("warn")});
    double paintedMs = -1;
    QByteArray out;
    while (timer.elapsed() < 60000) {
        process.waitForReadyRead(50);
        out += process.readAllStandardOutput();
        if (out.contains("first-paint")) {
            paintedMs = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    process.waitForFinished(10000);
    out += process.readAllStandardOutput();
    if (paintedMs < 0) {
        std::fprintf(stderr, "no first paint: %s\n%s\n", out.constData(),
                     process.readAllStandardError().constData());
        return std::nullopt;
    }
    const auto kb = [&out](const char *key) {
        const QRegularExpression re(QLatin1String(key) + QStringLiteral(R"(:\s*(\d+)\s*kB)"));
        return re.match(QString::fromUtf8(out)).captured(1).toDouble() / 1024.0;
    };
    return Run{paintedMs, kb("VmRSS"), kb("VmHWM")};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("events"), QStringLiteral("Events in the history."),
                        QStringLiteral("N"), QStringLiteral("1000000")},
                       {QStringLiteral("runs"), QStringLiteral("Start-ups to measure."), QStringLiteral("N"),
                        QStringLiteral("5")},
                       {QStringLiteral("keep"), QStringLiteral("Build the history in DIR and keep it."),
                        QStringLiteral("DIR")}});
    parser.process(app);
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QTemporaryDir scratch;
    const QString dir =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : scratch.path();
    const QString path = dir + QStringLiteral("/history.sqlite");
    if (!QFileInfo::exists(path)) {
        QElapsedTimer build;
        build.start();
        buildHistory(path, events);
        std::printf("built %lld events in %.1f s (%.0f MB on disk)\n", events,
                    double(build.elapsed()) / 1000.0, double(QFileInfo(path).size()) / 1e6);
    }
    {
        sb::store::History history(path);
        history.open();
        std::printf("history: %lld events, %lld segments, %lld lanes\n", history.eventCount(),
                    qint64(history.segments(std::nullopt, 0, std::numeric_limits<qint64>::max()).size()),
                    qint64(history.lanes().size()));
    }

    // One start-up to warm the page cache (a second start is what an operator sees after the
    // first; the first after boot pays the disk).
    QList<Run> results;
    for (int i = 0; i <= runs; ++i) {
        QTemporaryDir home;
        const auto run = startOnce(QStringLiteral(SB_SWITCHBOARD_EXE), path, home.path());
        if (!run)
            return 1;
        if (i > 0)
            results << *run;
        std::printf("%s run %d: first paint %.0f ms, RSS %.0f MB (peak %.0f MB)\n", i == 0 ? "warm-up" : "  ",
                    i, run->firstPaintMs, run->rssMb, run->peakMb);
    }
    std::sort(results.begin(), results.end(),
              [](const Run &a, const Run &b) { return a.firstPaintMs < b.firstPaintMs; });
    const Run &median = results[results.size() / 2];
    double peak = 0;
    for (const Run &r : results)
        peak = std::max(peak, r.peakMb);
    std::printf(
        "cold start: median first paint %.0f ms (budget 1500), RSS %.0f MB, peak RSS %.0f MB (budget 250)\n",
        median.firstPaintMs, median.rssMb, peak);
    return 0;
}

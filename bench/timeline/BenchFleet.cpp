// A fleet in one window (DESIGN §8: 50 gateways × 20 lanes live; ≤ 2 % of one core when
// nothing changes, polling included; ≤ 300 MB; all connected ≤ 3 s after start).
//
// The gateways run in their own process (`switchboard-drill --gateways N` on a quiet scenario
// with `--lanes` accounts each, nothing happening), so the CPU measured is the console's alone.
// This process is the console's fleet path as ui/Application wires it: FleetSessions (one
// GatewaySession each, the history read once), the timeline feed and index, the live view,
// FleetModel and LaneStatusModel under the Fleet dock's panel. It measures
//   - start → every gateway live (connected, log tail read) and every lane painted;
//   - CPU of this process over a quiet window (getrusage), as % of one core;
//   - resident memory then (VmRSS, VmHWM).
//
//   QT_QPA_PLATFORM=offscreen BenchFleet [--gateways N] [--lanes N] [--quiet-seconds S]
#include "bench/timeline/BenchSupport.h"
#include "bench/timeline/FleetConsole.h"

#include <cstdio>
#include <sys/resource.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("gateways"), QStringLiteral("Drill gateways."), QStringLiteral("N"),
                        QStringLiteral("50")},
                       {QStringLiteral("lanes"), QStringLiteral("Lanes per gateway."), QStringLiteral("N"),
                        QStringLiteral("20")},
                       {QStringLiteral("quiet-seconds"), QStringLiteral("How long to measure the idle CPU."),
                        QStringLiteral("S"), QStringLiteral("30")}});
    parser.process(app);
    const int gateways = parser.value(QStringLiteral("gateways")).toInt();
    const int lanes = parser.value(QStringLiteral("lanes")).toInt();
    const int quietSeconds = parser.value(QStringLiteral("quiet-seconds")).toInt();

    QTemporaryDir scratch;
    qputenv("HOME", scratch.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", scratch.filePath(QStringLiteral("config")).toUtf8());
    const QString scenarioPath = scratch.filePath(QStringLiteral("quiet.json"));
    const QString tokenPath = scratch.filePath(QStringLiteral("token"));
    const QByteArray token = "bench-fleet-token-0123456789abcdef";
    sb::bench::writeFileOrDie(scenarioPath, sb::bench::quietFleetScenario(lanes));
    sb::bench::writeFileOrDie(tokenPath, token);

    // The gateways, in their own process.
    QProcess drills;
    drills.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    drills.start(QStringLiteral(SB_DRILL_EXE),
                 {QStringLiteral("--gateways"), QString::number(gateways), QStringLiteral("--token-file"),
                  tokenPath, QStringLiteral("--no-signal-emulator"), scenarioPath});
    QList<QUrl> urls;
    QByteArray pending;
    while (true) {
        if (!drills.waitForReadyRead(60000))
            qFatal("switchboard-drill did not announce its gateways");
        pending += drills.readAll();
        qsizetype newline = 0;
        bool ready = false;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            const QList<QByteArray> words = line.split(' ');
            if (words.value(0) == "gateway" && words.size() > 2)
                urls << QUrl(QString::fromUtf8(words[2]));
            ready = ready || line.startsWith("ready ");
        }
        if (ready)
            break;
    }
    if (urls.size() != gateways)
        qFatal("expected %d gateways, got %lld", gateways, qlonglong(urls.size()));

    // The console's fleet path.
    sb::bench::FleetConsole console(scratch.path());
    console.watch(urls, QString::fromLatin1(token));
    const qint64 wanted = qint64(gateways) * lanes;
    const auto started = console.waitUntilLiveAndPainted(wanted);
    if (!started)
        qFatal("not every gateway was live and painted after 120 s (%lld lanes of %lld)",
               qlonglong(console.index().laneCount()), qlonglong(wanted));
    const qint64 liveMs = started->liveMs;
    const qint64 paintedMs = started->paintedMs;
    std::printf("fleet %d gateways x %d lanes: all live %lld ms, all painted %lld ms\n", gateways, lanes,
                qlonglong(liveMs), qlonglong(paintedMs));

    // Settle (the first polls and the history writer's batches), then a quiet window.
    sb::bench::runFor(5000);
    const double cpuFrom = cpuSeconds();
    QElapsedTimer quiet;
    quiet.start();
    sb::bench::runFor(qint64(quietSeconds) * 1000);
    const double cpu = cpuSeconds() - cpuFrom;
    std::printf("quiet %d s: CPU %.2f %% of one core; %s\n", quietSeconds,
                100.0 * cpu / (double(quiet.elapsed()) / 1000.0), sb::bench::memory().constData());
    std::fflush(stdout);

    console.fleet().stopAll();
    drills.terminate();
    drills.waitForFinished(5000);
    return 0;
}

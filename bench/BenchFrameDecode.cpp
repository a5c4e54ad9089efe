// Decode + dispatch throughput for real-sized gateway frames: the health event the gateway
// broadcasts every 60 s and the channels.status answer the console polls, recorded from a
// real OpenClaw 2026.9.6 gateway (tests/gateway/data). "Dispatch" is what Connection does
// after decoding: classify the event and parse the payload into the typed value the layers
// above receive. Prints MB/s and frames/s; not a pass/fail test.
#include "app/gateway/ChannelStatus.h"
#include "app/gateway/Frame.h"
#include "app/gateway/Hello.h"

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace {

using namespace sb::gateway;

QJsonObject recordedPayload(const char *name)
{
    QFile file(QStringLiteral(SB_BENCH_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", name);
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("payload")).toObject();
}

// A fleet-sized channels.status: every channel carries `accountsPerChannel` accounts cloned
// from the real ones (the real gateway has one per channel).
QJsonObject scaledChannelsStatus(QJsonObject payload, int accountsPerChannel)
{
    QJsonObject accounts = payload.value(QStringLiteral("channelAccounts")).toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        const QJsonObject model = it.value().toArray().first().toObject();
        QJsonArray list;
        for (int i = 0; i < accountsPerChannel; ++i) {
            QJsonObject account = model;
            account.insert(QStringLiteral("accountId"), QStringLiteral("account-%1").arg(i));
            list.append(account);
        }
        it.value() = list;
    }
    payload.insert(QStringLiteral("channelAccounts"), accounts);
    return payload;
}

struct Figures
{
    double megabytesPerSecond;
    double framesPerSecond;
};

template <typename Dispatch>
Figures measure(const QByteArray &frame, Dispatch dispatch)
{
    // Warm up, then run for a fixed wall time so slow and fast payloads get equal attention.
    for (int i = 0; i < 200; ++i)
        dispatch(frame);
    QElapsedTimer timer;
    timer.start();
    qint64 frames = 0;
    while (timer.elapsed() < 2000) {
        for (int i = 0; i < 100; ++i)
            dispatch(frame);
        frames += 100;
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    return {static_cast<double>(frame.size()) * static_cast<double>(frames) / seconds / 1e6,
            static_cast<double>(frames) / seconds};
}

int checksum = 0; // keeps the optimiser from dropping the work

void healthEvent(const QByteArray &text)
{
    const auto decoded = decodeFrame(text, 25 * 1024 * 1024);
    const auto &event = std::get<EventFrame>(std::get<Frame>(decoded));
    if (eventKindFor(event.event) == EventKind::Health) {
        QString why;
        const auto health = parseHealthSnapshot(event.payload, &why);
        checksum += static_cast<int>(health->channels.size());
    }
}

void channelsStatusAnswer(const QByteArray &text)
{
    const auto decoded = decodeFrame(text, 25 * 1024 * 1024);
    const auto &response = std::get<ResponseFrame>(std::get<Frame>(decoded));
    QString why;
    const auto status = parseChannelsStatus(response.payload, &why);
    checksum += static_cast<int>(status->channels.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QTextStream out(stdout);
    const QJsonObject health = recordedPayload("res-health.json");
    const QJsonObject channels = recordedPayload("res-channels-status.json");

    struct Case
    {
        const char *name;
        QByteArray frame;
        void (*dispatch)(const QByteArray &);
    };
    const QList<Case> cases = {
        {"health event (real, 3 channels)",
         encodeFrame(EventFrame{QStringLiteral("health"), health, 42, StateVersion{1, 8}}), healthEvent},
        {"channels.status (real, 3 accounts)",
         encodeFrame(ResponseFrame{QStringLiteral("7"), true, channels, std::nullopt}), channelsStatusAnswer},
        {"channels.status (fleet, 3x20 accounts)",
         encodeFrame(
             ResponseFrame{QStringLiteral("7"), true, scaledChannelsStatus(channels, 20), std::nullopt}),
         channelsStatusAnswer},
    };
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("payload"), -40)
               .arg(QStringLiteral("bytes"), 8)
               .arg(QStringLiteral("MB/s"), 8)
               .arg(QStringLiteral("frames/s"), 10);
    for (const Case &benchCase : cases) {
        const Figures figures = measure(benchCase.frame, benchCase.dispatch);
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(QLatin1String(benchCase.name), -40)
                   .arg(benchCase.frame.size(), 8)
                   .arg(figures.megabytesPerSecond, 8, 'f', 1)
                   .arg(figures.framesPerSecond, 10, 'f', 0);
        out.flush();
    }
    std::fprintf(stderr, "(checksum %d)\n", checksum);
    return 0;
}

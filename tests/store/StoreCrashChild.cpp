// Helper for TestStoreCrashSafety: ingests events into the history file as fast as it can
// and prints "committed N" after every commit, until it is killed. Event number k (from 0)
// carries k in its detail, so the parent can check exactly which ones survived.
#include "app/store/History.h"

#include <cstdio>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: StoreCrashChild <history file>\n");
        return 2;
    }
    sb::store::StoreOptions options;
    options.batchEvents = 2000;
    options.batchMs = 20;
    sb::store::History history(QString::fromLocal8Bit(argv[1]), options);
    QString error;
    if (!history.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    history.setCommitObserver([](qint64 committed) {
        std::printf("committed %lld\n", static_cast<long long>(committed));
        std::fflush(stdout);
    });

    const sb::LaneKey lanes[] = {
        {QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")},
        {QStringLiteral("gw"), QStringLiteral("signal"), QStringLiteral("+15550100")},
        {QStringLiteral("gw"), QStringLiteral("telegram"), QStringLiteral("default")},
    };
    QList<sb::ChannelEvent> chunk;
    for (qint64 k = 0;; ++k) {
        sb::ChannelEvent e;
        e.lane = lanes[k % 3];
        e.at = 1'800'000'000'000 + k;
        e.kind = sb::EventKind::Disconnected;
        e.code = 400 + int(k % 120);
        e.source = sb::EventSource::Drill;
        e.detail = QString::number(k);
        chunk.append(e);
        if (chunk.size() == 500) {
            history.append(chunk);
            chunk.clear();
            // Other tables take writes in the same transactions.
            sb::health::Transition t;
            t.lane = lanes[k % 3];
            t.at = e.at;
            t.to = (k / 500) % 2 ? sb::LaneState::Reconnecting : sb::LaneState::Probation;
            t.reason = sb::health::Reason::verbatim(QStringLiteral("crash drill"));
            history.recordTransition(t);
            history.appendAction(
                {0, e.at, QStringLiteral("drill"), QStringLiteral("ingest"), {}, QString::number(k), {}, {}});
        }
    }
}

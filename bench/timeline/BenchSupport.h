#pragma once

// What the timeline benchmarks share: percentiles, this thread's CPU time, the process's
// memory, and the latency probe that times an event from its arrival to the paint showing it
// (BenchLiveLatency for one gateway, BenchFleetLatency for a fleet).

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPaintEvent>
#include <QRect>
#include <QString>
#include <QWidget>

namespace sb::bench {

// The value at fraction `p` of the sorted values (nearest rank); 0 for none.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// "VmRSS: 123456 kB VmHWM: 234567 kB" from /proc/self/status: memory now and at its peak.
inline QByteArray memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    QByteArray out;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
                out += line.simplified() + ' ';
        }
    }
    return out.trimmed();
}

// Times events from the moment the client decoded them to the start of the first paint of the
// timeline's viewport that covers their lane's row after they reached the index. The paint
// itself then takes the few milliseconds BenchTimelineRepaint measures; add them to read the
// figures as "repaint finished".
//
// The caller reports each step with the event's id: received() when decoded, inIndex() when
// the index holds it, with the lane's row in viewport coordinates then (empty: the lane is off
// screen or folded, so no paint will show it and the event is counted, not timed).
class LatencyProbe final : public QObject
{
public:
    // Watches `viewport`'s paints. No parent: the benchmarks keep it on the stack, beside the view.
    explicit LatencyProbe(QWidget *viewport)
    {
        m_clock.start();
        viewport->installEventFilter(this);
    }

    void received(const QString &id) { m_received.insert(id, m_clock.nsecsElapsed()); }
    // False when the event was not received() (not one the benchmark sent).
    bool inIndex(const QString &id, const QRect &row)
    {
        const auto it = m_received.constFind(id);
        if (it == m_received.cend())
            return false;
        const qint64 receivedNs = *it;
        m_inIndexMs.push_back(double(m_clock.nsecsElapsed() - receivedNs) / 1e6);
        if (row.isEmpty())
            ++m_offScreen;
        else
            m_waiting.push_back({receivedNs, row});
        return true;
    }

    qsizetype receivedCount() const { return m_received.size(); }
    qsizetype indexedCount() const { return qsizetype(m_inIndexMs.size()); }
    qsizetype offScreenCount() const { return m_offScreen; }
    bool nothingWaiting() const { return m_waiting.empty(); }
    // received → first covering paint begins, per timed event (ms).
    const std::vector<double> &latenciesMs() const { return m_latenciesMs; }
    // received → in the index, every event (ms).
    const std::vector<double> &inIndexMs() const { return m_inIndexMs; }

    // "median 0.5 ms, p95 0.8 ms, p99 0.9 ms, max 1.9 ms"
    static QByteArray describe(const std::vector<double> &ms)
    {
        return QString::asprintf("median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", percentile(ms, 0.5),
                                 percentile(ms, 0.95), percentile(ms, 0.99), percentile(ms, 1.0))
            .toUtf8();
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        const qint64 paintedNs = m_clock.nsecsElapsed();
        const QRegion &region = static_cast<QPaintEvent *>(event)->region();
        const auto shown = std::remove_if(m_waiting.begin(), m_waiting.end(), [&](const Waiting &w) {
            if (!region.intersects(w.row))
                return false;
            m_latenciesMs.push_back(double(paintedNs - w.receivedNs) / 1e6);
            return true;
        });
        m_waiting.erase(shown, m_waiting.end());
        return false;
    }

private:
    struct Waiting
    {
        qint64 receivedNs;
        QRect row;
    };
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_received; // event id → decoded at
    std::vector<Waiting> m_waiting;    // in the index, not yet painted
    std::vector<double> m_inIndexMs;
    std::vector<double> m_latenciesMs;
    qsizetype m_offScreen = 0;
};

} // namespace sb::bench

#pragma once

#include "models/timeline/TimelineIndex.h"

#include <array>

#include <QHash>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

class QChart;
class QChartView;
class QCategoryAxis;
class QLineSeries;
class QValueAxis;

namespace sb {

// The Qt Charts panel under the timelines (DESIGN §1): disconnects, deliveries and reconnect
// attempts per bucket, one line per channel, over the timeline's visible range. The bucket
// follows the span (a minute under two hours, an hour up to three days, a day beyond, wider
// when that would exceed kMaxBuckets) and aligns to the wall clock of the chosen zone; only
// the visible buckets are built, each by binary search in the index. Live data coalesces:
// dataChanged() rebuilds at most every kLiveDelayMs.
class ChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartsPanel)

public:
    static constexpr int kMaxBuckets = 400;
    static constexpr int kLiveDelayMs = 250; // live events: at most four rebuilds a second
    static constexpr int kRangeDelayMs = 30; // pans and zooms

    explicit ChartsPanel(const timeline::TimelineIndex &index, QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_timeZone; }

    // The bucket for a span and its axis title ("per hour"...), as the panel uses them.
    static qint64 bucketFor(qint64 span);
    static QString bucketTitle(qint64 bucketMs);
    // The current bucket and the first bucket's start (aligned in the zone, at or before `from`).
    qint64 bucketMs() const { return m_bucketMs; }
    qint64 firstBucketStart() const { return m_firstBucket; }

public Q_SLOTS:
    // Connect TimelineView::visibleRangeChanged here.
    void setVisibleRange(qint64 from, qint64 to);
    // The index got events or lanes: rebuild soon (coalesced).
    void dataChanged();
    // Rebuild the series now (also what the coalescing timer calls).
    void rebuild();

Q_SIGNALS:
    void rebuilt();

private:
    struct Chart
    {
        timeline::CountKind kind;
        QChartView *view = nullptr;
        QChart *chart = nullptr;
        QCategoryAxis *axisX = nullptr;
        QValueAxis *axisY = nullptr;
        QHash<QString, QLineSeries *> series; // by channel
    };

    void setUpChart(Chart &chart, timeline::CountKind kind, const QString &title, const QString &objectName);
    void schedule(int delayMs);
    void rebuildChart(Chart &chart, const QStringList &channels, const QList<qint64> &ticks);

    const timeline::TimelineIndex &m_index;
    QTimeZone m_timeZone;
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_bucketMs = 0;
    qint64 m_firstBucket = 0;
    std::array<Chart, 3> m_charts;
    QTimer m_timer;
};

} // namespace sb

#include "ui/timeline/ChartsPanel.h"

#include "ui/timeline/TimelineRenderer.h"

#include <algorithm>

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace sb {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Channel colours where the brand has one; others from a small palette by position.
QColor channelColor(const QString &channel, qsizetype position)
{
    if (channel == u"whatsapp"_s)
        return QColor(0x25, 0xa2, 0x4a);
    if (channel == u"telegram"_s)
        return QColor(0x22, 0x9e, 0xd9);
    if (channel == u"signal"_s)
        return QColor(0x3a, 0x56, 0xd4);
    if (channel == u"discord"_s)
        return QColor(0x86, 0x5c, 0xd6);
    static const QColor palette[] = {QColor(0xe6, 0x77, 0x00), QColor(0xc2, 0x25, 0x5c),
                                     QColor(0x0c, 0x85, 0x99), QColor(0x5c, 0x94, 0x0d),
                                     QColor(0x49, 0x50, 0x57)};
    return palette[size_t(position) % std::size(palette)];
}

} // namespace

ChartsPanel::ChartsPanel(const timeline::TimelineIndex &index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_timeZone(QTimeZone::systemTimeZone())
{
    setObjectName(u"chartsPanel"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    setUpChart(m_charts[0], timeline::CountKind::Disconnects, tr("Disconnects"), u"disconnectsChart"_s);
    setUpChart(m_charts[1], timeline::CountKind::Deliveries, tr("Deliveries"), u"deliveriesChart"_s);
    setUpChart(m_charts[2], timeline::CountKind::ReconnectAttempts, tr("Reconnect attempts"),
               u"reconnectsChart"_s);
    for (const Chart &chart : m_charts)
        layout->addWidget(chart.view);
    setMinimumHeight(160);

    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ChartsPanel::rebuild);
}

void ChartsPanel::setUpChart(Chart &chart, timeline::CountKind kind, const QString &title,
                             const QString &objectName)
{
    chart.kind = kind;
    chart.chart = new QChart;
    chart.chart->setTitle(title);
    chart.chart->setAnimationOptions(QChart::NoAnimation);
    chart.chart->setMargins(QMargins(2, 2, 2, 2));
    chart.chart->legend()->setAlignment(Qt::AlignBottom);
    chart.axisX = new QCategoryAxis;
    chart.axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart.axisY = new QValueAxis;
    chart.axisY->setLabelFormat(u"%d"_s);
    chart.axisY->setMin(0);
    QFont small = chart.axisY->titleFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    chart.axisY->setTitleFont(small);
    chart.chart->addAxis(chart.axisX, Qt::AlignBottom);
    chart.chart->addAxis(chart.axisY, Qt::AlignLeft);
    chart.view = new QChartView(chart.chart, this); // the view owns the chart
    chart.view->setObjectName(objectName);
    chart.view->setRenderHint(QPainter::Antialiasing);
}

void ChartsPanel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_timeZone)
        return;
    m_timeZone = zone;
    schedule(kRangeDelayMs);
}

qint64 ChartsPanel::bucketFor(qint64 span)
{
    if (span <= 0)
        return kMinute;
    if (span < 2 * kHour)
        return kMinute;
    if (span <= 3 * kDay)
        return kHour;
    // Days, or whole weeks (then multiples) when a long span would need too many buckets.
    qint64 bucket = kDay;
    if ((span + bucket - 1) / bucket + 1 > kMaxBuckets)
        bucket = 7 * kDay;
    while ((span + bucket - 1) / bucket + 1 > kMaxBuckets)
        bucket *= 2;
    return bucket;
}

QString ChartsPanel::bucketTitle(qint64 bucketMs)
{
    if (bucketMs == kMinute)
        return tr("per minute");
    if (bucketMs == kHour)
        return tr("per hour");
    if (bucketMs == kDay)
        return tr("per day");
    return tr("per %n day(s)", nullptr, int(bucketMs / kDay));
}

void ChartsPanel::setVisibleRange(qint64 from, qint64 to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    schedule(kRangeDelayMs);
}

void ChartsPanel::dataChanged()
{
    schedule(kLiveDelayMs);
}

void ChartsPanel::schedule(int delayMs)
{
    // A pending rebuild is never pushed back (a steady stream of events still rebuilds), only
    // brought forward when the range moved.
    if (!m_timer.isActive() || m_timer.remainingTime() > delayMs)
        m_timer.start(delayMs);
}

void ChartsPanel::rebuild()
{
    m_timer.stop();
    if (m_to <= m_from)
        return;
    m_bucketMs = bucketFor(m_to - m_from);
    // Buckets align to the zone's wall clock (whole minutes, hours, days there); the offset is
    // taken at the window's start, as the timeline's axis does.
    const qint64 offset =
        qint64(m_timeZone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(m_from, QTimeZone::utc()))) * 1000;
    m_firstBucket = floorDiv(m_from + offset, m_bucketMs) * m_bucketMs - offset;

    const QStringList channels = m_index.channels();
    const int width = std::max(m_charts[0].view->width() - 60, 200);
    QList<qint64> tickTimes;
    QStringList tickLabels;
    for (const AxisTick &tick : TimelineRenderer::axisTicks(m_from, m_to, width, m_timeZone)) {
        tickTimes.append(tick.at);
        tickLabels.append(tick.label);
    }
    for (Chart &chart : m_charts) {
        // QCategoryAxis wants unique labels: a repeated one ("12:00" on two days) gets
        // invisible zero-width spaces.
        const QStringList old = chart.axisX->categoriesLabels();
        for (const QString &label : old)
            chart.axisX->remove(label);
        QStringList used;
        for (qsizetype i = 0; i < tickTimes.size(); ++i) {
            QString label = tickLabels[i];
            while (used.contains(label))
                label.append(QChar(0x200b));
            used.append(label);
            chart.axisX->append(label, double(tickTimes[i]));
        }
        chart.axisX->setStartValue(double(m_from));
        chart.axisX->setRange(double(m_from), double(m_to));
        chart.axisY->setTitleText(bucketTitle(m_bucketMs));
        rebuildChart(chart, channels, tickTimes);
    }
    Q_EMIT rebuilt();
}

void ChartsPanel::rebuildChart(Chart &chart, const QStringList &channels, const QList<qint64> &)
{
    int highest = 0;
    for (qsizetype c = 0; c < channels.size(); ++c) {
        const QString &channel = channels[c];
        QLineSeries *series = chart.series.value(channel);
        if (!series) {
            series = new QLineSeries;
            series->setName(channel); // plain text: QLegend does not interpret markup
            series->setColor(channelColor(channel, c));
            chart.chart->addSeries(series);
            series->attachAxis(chart.axisX);
            series->attachAxis(chart.axisY);
            chart.series.insert(channel, series);
        }
        const QList<int> counts =
            m_index.countsPerBucket(chart.kind, channel, m_firstBucket, m_to, m_bucketMs);
        QList<QPointF> points;
        points.reserve(counts.size());
        for (qsizetype k = 0; k < counts.size(); ++k) {
            // One point per bucket, at its middle.
            points.append(QPointF(double(m_firstBucket + k * m_bucketMs + m_bucketMs / 2), counts[k]));
            highest = std::max(highest, counts[k]);
        }
        series->replace(points);
    }
    // Channels that left the index lose their line.
    for (auto it = chart.series.begin(); it != chart.series.end();) {
        if (channels.contains(it.key())) {
            ++it;
            continue;
        }
        chart.chart->removeSeries(*it);
        delete *it;
        it = chart.series.erase(it);
    }
    // The plots are short: three labelled ticks at most (0, half, top) or the labels collide
    // and Qt draws "…" instead of numbers; an even top keeps the half a whole number.
    const int top = highest <= 2 ? std::max(highest, 1) : highest + (highest % 2);
    chart.axisY->setRange(0, top);
    chart.axisY->setTickCount(top == 1 ? 2 : 3);
}

} // namespace sb

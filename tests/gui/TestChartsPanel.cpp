#include "models/timeline/TimelineIndex.h"
#include "ui/timeline/ChartsPanel.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using sb::LaneKey;

namespace {

constexpr qint64 kT = 1'770'854'400'000; // 2026-02-12 00:00 UTC = 09:00 JST
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

sb::ChannelEvent channelEvent(const LaneKey &lane, qint64 at, sb::EventKind kind,
                              std::optional<int> code = {})
{
    sb::ChannelEvent e;
    e.lane = lane;
    e.at = at;
    e.kind = kind;
    e.code = code;
    return e;
}

} // namespace

// The charts panel offscreen: the values it plots per bucket are the events fed to the index,
// counted by hand from the input below, per channel; the bucket follows the visible span.
class TestChartsPanel : public QObject
{
    Q_OBJECT

private:
    const LaneKey m_wa{u"gw-tokyo"_s, u"whatsapp"_s, u"default"_s};
    const LaneKey m_wa2{u"gw-osaka"_s, u"whatsapp"_s, u"backup"_s};
    const LaneKey m_signal{u"gw-tokyo"_s, u"signal"_s, u"ops"_s};
    const LaneKey m_telegram{u"gw-tokyo"_s, u"telegram"_s, u"bot"_s};

    std::unique_ptr<sb::timeline::TimelineIndex> m_index;
    std::unique_ptr<sb::ChartsPanel> m_panel;

    QChart *chart(const QString &name) const
    {
        auto *view = m_panel->findChild<QChartView *>(name);
        return view ? view->chart() : nullptr;
    }

    // The plotted count of `channel` in the bucket that contains `at`; -1 when there is none.
    int valueAt(const QString &chartName, const QString &channel, qint64 at) const
    {
        QChart *c = chart(chartName);
        if (!c)
            return -1;
        for (QAbstractSeries *abstract : c->series()) {
            auto *series = qobject_cast<QLineSeries *>(abstract);
            if (!series || series->name() != channel)
                continue;
            const qint64 bucket = m_panel->bucketMs();
            for (const QPointF &p : series->points()) {
                const auto start = qint64(p.x()) - bucket / 2;
                if (at >= start && at < start + bucket)
                    return int(p.y());
            }
        }
        return -1;
    }

    int pointCount(const QString &chartName, const QString &channel) const
    {
        for (QAbstractSeries *abstract : chart(chartName)->series()) {
            auto *series = qobject_cast<QLineSeries *>(abstract);
            if (series && series->name() == channel)
                return int(series->count());
        }
        return -1;
    }

    int sum(const QString &chartName, const QString &channel) const
    {
        int total = 0;
        for (QAbstractSeries *abstract : chart(chartName)->series()) {
            auto *series = qobject_cast<QLineSeries *>(abstract);
            if (series && series->name() == channel) {
                for (const QPointF &p : series->points())
                    total += int(p.y());
            }
        }
        return total;
    }

private Q_SLOTS:
    void init()
    {
        m_index = std::make_unique<sb::timeline::TimelineIndex>();
        m_index->setLanes({m_wa, m_wa2, m_signal, m_telegram});
        // WhatsApp: 3 disconnects in 10:00–11:00 JST (two lanes), 1 in 11:00–12:00; a 499 is a
        // disconnect too, a LoggedOut (401) is a loss of the channel as well.
        m_index->addEvent(channelEvent(m_wa, kT + kHour + 5 * kMinute, sb::EventKind::Disconnected, 499));
        m_index->addEvent(channelEvent(m_wa2, kT + kHour + 30 * kMinute, sb::EventKind::Disconnected, 428));
        m_index->addEvent(channelEvent(m_wa, kT + 2 * kHour - 1, sb::EventKind::LoggedOut, 401));
        m_index->addEvent(channelEvent(m_wa, kT + 2 * kHour, sb::EventKind::Disconnected, 428));
        // Reconnect attempts after them, and one on Telegram.
        for (int i = 0; i < 4; ++i)
            m_index->addEvent(
                channelEvent(m_wa, kT + kHour + (6 + i) * kMinute, sb::EventKind::ReconnectScheduled));
        m_index->addEvent(channelEvent(m_telegram, kT + 3 * kHour, sb::EventKind::ReconnectScheduled));
        // Signal: 5 deliveries, 2 at 13:xx and 3 at 14:xx JST (added out of order).
        for (const qint64 at : {kT + 5 * kHour + 10 * kMinute, kT + 4 * kHour + 1, kT + 5 * kHour,
                                kT + 4 * kHour + 59 * kMinute, kT + 5 * kHour + 59 * kMinute})
            m_index->addEvent(channelEvent(m_signal, at, sb::EventKind::DeliveryOk));
        // Not counted anywhere: an inbound message and a connect.
        m_index->addEvent(channelEvent(m_signal, kT + 4 * kHour, sb::EventKind::InboundSeen));
        m_index->addEvent(channelEvent(m_wa, kT + kHour + 20 * kMinute, sb::EventKind::Connected));

        m_panel = std::make_unique<sb::ChartsPanel>(*m_index);
        m_panel->setTimeZone(QTimeZone("Asia/Tokyo"));
        m_panel->resize(1200, 220);
        m_panel->show();
    }

    void cleanup()
    {
        m_panel.reset();
        m_index.reset();
    }

    void hourBucketsCountEachChannelsEvents()
    {
        QSignalSpy rebuilt(m_panel.get(), &sb::ChartsPanel::rebuilt);
        m_panel->setVisibleRange(kT, kT + kDay); // a day: per hour
        QTRY_COMPARE(rebuilt.count(), 1);
        QCOMPARE(m_panel->bucketMs(), kHour);
        QVERIFY(chart(u"disconnectsChart"_s));
        QVERIFY(chart(u"deliveriesChart"_s));
        QVERIFY(chart(u"reconnectsChart"_s));

        QCOMPARE(valueAt(u"disconnectsChart"_s, u"whatsapp"_s, kT + kHour), 3);
        QCOMPARE(valueAt(u"disconnectsChart"_s, u"whatsapp"_s, kT + 2 * kHour), 1);
        QCOMPARE(valueAt(u"disconnectsChart"_s, u"whatsapp"_s, kT), 0);
        QCOMPARE(sum(u"disconnectsChart"_s, u"whatsapp"_s), 4);
        QCOMPARE(sum(u"disconnectsChart"_s, u"signal"_s), 0);

        QCOMPARE(valueAt(u"deliveriesChart"_s, u"signal"_s, kT + 4 * kHour), 2);
        QCOMPARE(valueAt(u"deliveriesChart"_s, u"signal"_s, kT + 5 * kHour), 3);
        QCOMPARE(sum(u"deliveriesChart"_s, u"signal"_s), 5);
        QCOMPARE(sum(u"deliveriesChart"_s, u"whatsapp"_s), 0);

        QCOMPARE(valueAt(u"reconnectsChart"_s, u"whatsapp"_s, kT + kHour), 4);
        QCOMPARE(valueAt(u"reconnectsChart"_s, u"telegram"_s, kT + 3 * kHour), 1);
        QCOMPARE(sum(u"reconnectsChart"_s, u"telegram"_s), 1);

        // One point per visible hour, for every channel in the index.
        QCOMPARE(pointCount(u"deliveriesChart"_s, u"signal"_s), 24);
        QCOMPARE(pointCount(u"disconnectsChart"_s, u"telegram"_s), 24);
        auto *axisY = qobject_cast<QValueAxis *>(chart(u"disconnectsChart"_s)->axes(Qt::Vertical).value(0));
        QVERIFY(axisY);
        QCOMPARE(axisY->titleText(), u"per hour"_s);
        // The highest count is 3: the axis tops out at the next even number so its three ticks
        // (0, 2, 4) are whole numbers that fit a short plot.
        QCOMPARE(axisY->max(), 4.0);
        QCOMPARE(axisY->tickCount(), 3);
    }

    void bucketFollowsTheSpanAndTheZone()
    {
        QSignalSpy rebuilt(m_panel.get(), &sb::ChartsPanel::rebuilt);
        // 90 minutes around the first flurry: per minute, 90 points.
        m_panel->setVisibleRange(kT + kHour, kT + kHour + 90 * kMinute);
        QTRY_COMPARE(rebuilt.count(), 1);
        QCOMPARE(m_panel->bucketMs(), kMinute);
        QCOMPARE(pointCount(u"reconnectsChart"_s, u"whatsapp"_s), 90);
        QCOMPARE(valueAt(u"reconnectsChart"_s, u"whatsapp"_s, kT + kHour + 6 * kMinute), 1);
        QCOMPARE(valueAt(u"reconnectsChart"_s, u"whatsapp"_s, kT + kHour + 10 * kMinute), 0);
        QCOMPARE(valueAt(u"disconnectsChart"_s, u"whatsapp"_s, kT + kHour + 5 * kMinute), 1);

        // A month: per day, days starting at midnight JST (15:00 UTC), so the 09:00–15:00 JST
        // events of Feb 12 fall in one bucket that started at kT - 9 h.
        m_panel->setVisibleRange(kT - 10 * kDay, kT + 20 * kDay);
        QTRY_COMPARE(rebuilt.count(), 2);
        QCOMPARE(m_panel->bucketMs(), kDay);
        QCOMPARE(m_panel->firstBucketStart(), kT - 10 * kDay - 9 * kHour);
        QCOMPARE(valueAt(u"disconnectsChart"_s, u"whatsapp"_s, kT), 4);
        QCOMPARE(valueAt(u"deliveriesChart"_s, u"signal"_s, kT), 5);
        QCOMPARE(pointCount(u"deliveriesChart"_s, u"signal"_s), 31); // 30 days, first one partial
        QVERIFY(m_panel->findChild<QChartView *>(u"deliveriesChart"_s)
                    ->chart()
                    ->axes(Qt::Vertical)
                    .value(0)
                    ->property("titleText")
                    .toString() == u"per day"_s);

        // A year: never more than kMaxBuckets buckets.
        m_panel->setVisibleRange(kT - 365 * kDay, kT + kDay);
        QTRY_COMPARE(rebuilt.count(), 3);
        QVERIFY(pointCount(u"deliveriesChart"_s, u"signal"_s) <= sb::ChartsPanel::kMaxBuckets);
        QCOMPARE(sum(u"deliveriesChart"_s, u"signal"_s), 5);
        QCOMPARE(sb::ChartsPanel::bucketFor(365 * kDay) % kDay, 0);
        QVERIFY((365 * kDay) / sb::ChartsPanel::bucketFor(365 * kDay) + 1 <= sb::ChartsPanel::kMaxBuckets);
    }

    void axisLabelsReadInTheChosenZone()
    {
        QSignalSpy rebuilt(m_panel.get(), &sb::ChartsPanel::rebuilt);
        m_panel->setVisibleRange(kT, kT + 12 * kHour); // 09:00–21:00 JST
        QTRY_COMPARE(rebuilt.count(), 1);
        auto *axisX =
            qobject_cast<QCategoryAxis *>(chart(u"disconnectsChart"_s)->axes(Qt::Horizontal).value(0));
        QVERIFY(axisX);
        const QStringList labels = axisX->categoriesLabels();
        QVERIFY(!labels.isEmpty());
        // Every label sits at a whole hour of Tokyo's wall clock and names that hour.
        for (const QString &label : labels) {
            const auto at = qint64(axisX->endValue(label));
            const QDateTime tokyo = QDateTime::fromMSecsSinceEpoch(at, QTimeZone("Asia/Tokyo"));
            QCOMPARE(tokyo.time().minute(), 0);
            QCOMPARE(label.trimmed().remove(QChar(0x200b)), tokyo.toString(u"HH:mm"_s));
        }
    }

    void liveEventsRebuildCoalesced()
    {
        QSignalSpy rebuilt(m_panel.get(), &sb::ChartsPanel::rebuilt);
        m_panel->setVisibleRange(kT, kT + kDay);
        QTRY_COMPARE(rebuilt.count(), 1);
        // 50 live deliveries in a burst: one rebuild shows them all.
        for (int i = 0; i < 50; ++i) {
            m_index->addEvent(
                channelEvent(m_telegram, kT + 7 * kHour + i * kMinute / 2, sb::EventKind::DeliveryOk));
            m_panel->dataChanged();
        }
        QCOMPARE(rebuilt.count(), 1); // nothing synchronous
        QTRY_COMPARE(rebuilt.count(), 2);
        QCOMPARE(valueAt(u"deliveriesChart"_s, u"telegram"_s, kT + 7 * kHour), 50);

        // A new channel gets its own line.
        const LaneKey discord{u"gw-tokyo"_s, u"discord"_s, u"guild"_s};
        m_index->addEvent(channelEvent(discord, kT + 8 * kHour, sb::EventKind::Disconnected, 4000));
        m_panel->dataChanged();
        QTRY_COMPARE(valueAt(u"disconnectsChart"_s, u"discord"_s, kT + 8 * kHour), 1);
    }
};

QTEST_MAIN(TestChartsPanel)
#include "TestChartsPanel.moc"

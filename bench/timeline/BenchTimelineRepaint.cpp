// Timeline repaint benchmark (DESIGN §8: 200 lanes × 1,000,000 segments, 1920 px wide, median
// ≤ 8 ms at any zoom; issue 11: a fleet's 1,000 lanes × 5,000,000 segments, year view median
// ≤ 8 ms), against Qt Charts drawing the first data set's segments, measured in the same run.
// Each data set is built, measured and freed before the next, so the peak memory is the
// largest set's (printed after each).
//
//   QT_QPA_PLATFORM=offscreen BenchTimelineRepaint [--data LANESxSEGMENTS]... [--repaints N]
//                                                  [--charts-budget S] [--no-charts] [--screenshot DIR]
//                                                  [--zoom NAME] [--lane-height PX]
//
// Default data sets: 200x1000000 and 1000x5000000.
//
// Each repaint moves the window by one pixel (alternately left and right) and renders the
// widget into a 1920×1080 image, so every repaint aggregates from scratch, like a pan does; at
// year zoom a second run changes the scale on every repaint instead, like a zoom does.
#include "app/platform/Clock.h"
#include "bench/timeline/BenchSupport.h"
#include "models/timeline/TimelineIndex.h"
#include "ui/timeline/TimelineView.h"

#include <algorithm>
#include <cstdio>
#include <random>
#include <sys/resource.h>

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QLineSeries>
#include <QScrollBar>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kYearMs = 365LL * 24 * 3600 * 1000;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kStart = 1'739'318'400'000; // 2025-02-12 00:00 UTC: the year before the story's night
constexpr qint64 kNow = kStart + kYearMs;
constexpr int kWidth = 1920;
constexpr int kHeight = 1080;

struct Data
{
    QList<QList<QPointF>> chartPoints; // per lane, for Qt Charts: a step line, y = lane + state level
    qsizetype markers = 0;
    qsizetype incidents = 0;
};

// A realistic mix: gateways of 20 lanes each; one lane in ten flaps and those hold 60 % of the
// segments (a WhatsApp account bouncing between reconnecting and probation all year), the rest
// are mostly healthy with the odd drop. Red states are rare, disabled lanes exist, every loss has
// a code. Lanes go into the index one at a time, so the benchmark never holds a second copy of
// the whole history; with the same seed, 200 lanes give the same data as before the option.
Data makeData(int laneCount, qint64 total, bool withChartPoints, sb::timeline::TimelineIndex &index)
{
    Data data;
    std::mt19937_64 random(20260212);
    QList<sb::LaneKey> lanes;
    const char *channels[] = {"whatsapp", "signal", "telegram", "discord"};
    for (int g = 0; lanes.size() < laneCount; ++g) {
        for (int a = 0; a < 20 && lanes.size() < laneCount; ++a)
            lanes.append({u"gw%1"_s.arg(g), QLatin1String(channels[a % 4]), u"acct%1"_s.arg(a)});
    }
    index.setLanes(lanes);
    const auto isFlappy = [](int lane) {
        return lane % 10 == 3;
    };
    int flappyLanes = 0;
    for (int l = 0; l < laneCount; ++l)
        flappyLanes += isFlappy(l) ? 1 : 0;
    const qint64 flappyTotal = total * 6 / 10;
    if (withChartPoints)
        data.chartPoints.resize(lanes.size());
    const QString reasons[] = {u"proven: 3 deliveries, 15 min connected"_s,
                               u"re-linked; 1 of 3 deliveries proven"_s,
                               u"connection closed (499)"_s,
                               u"flapping: 3 disconnects in 30 min"_s,
                               u"logged out (401): relink needed"_s,
                               u"conflict (440): another session"_s,
                               u"forbidden (403): possible ban"_s,
                               u"not running"_s,
                               u"disabled in config"_s};
    for (int l = 0; l < lanes.size(); ++l) {
        const qint64 count = isFlappy(l) ? flappyTotal / std::max(flappyLanes, 1)
                                         : (total - flappyTotal) / std::max(laneCount - flappyLanes, 1);
        // Durations first, then scaled so every lane spans exactly the year.
        std::vector<double> lengths(static_cast<size_t>(count));
        std::vector<sb::LaneState> states(static_cast<size_t>(count));
        sb::LaneState state = sb::LaneState::Healthy;
        for (qint64 i = 0; i < count; ++i) {
            const int pick = int(random() % 1000);
            if (state == sb::LaneState::Healthy || state == sb::LaneState::Disabled) {
                state = pick < 850   ? sb::LaneState::Reconnecting
                        : pick < 900 ? sb::LaneState::Degraded
                        : pick < 930 ? sb::LaneState::LoggedOut
                        : pick < 950 ? sb::LaneState::Conflict
                        : pick < 965 ? sb::LaneState::Blocked
                        : pick < 985 ? sb::LaneState::Stopped
                                     : sb::LaneState::Disabled;
            } else if (state == sb::LaneState::Probation) {
                state = pick < 600 ? sb::LaneState::Healthy : sb::LaneState::Reconnecting;
            } else {
                state = pick < 900 ? sb::LaneState::Probation : sb::LaneState::Healthy;
            }
            const double mean = state == sb::LaneState::Healthy     ? 20.0
                                : state == sb::LaneState::Probation ? 3.0
                                : state == sb::LaneState::Disabled  ? 40.0
                                                                    : 0.3;
            lengths[size_t(i)] = mean * std::exponential_distribution<double>(1.0)(random) + 0.001;
            states[size_t(i)] = state;
        }
        double sum = 0;
        for (const double d : lengths)
            sum += d;
        const double scale = double(kYearMs) / sum;
        double t = double(kStart);
        qint64 incidentStart = -1; // -1: no incident open
        QList<sb::store::Segment> segments;
        segments.reserve(count);
        for (qint64 i = 0; i < count; ++i) {
            const auto from = qint64(t);
            t += lengths[size_t(i)] * scale;
            const auto to = std::max(qint64(t), from + 1);
            t = double(to);
            sb::store::Segment s;
            s.lane = lanes[l];
            s.from = from;
            if (i + 1 < count)
                s.to = to;
            s.state = states[size_t(i)];
            s.reason = sb::health::Reason::verbatim(reasons[std::min<int>(int(s.state), 8)]);
            segments.append(s);
            if (withChartPoints) {
                const double y = l + double(sb::timeline::worstRank(s.state)) / 12.0;
                data.chartPoints[l].append({double(from), y});
                data.chartPoints[l].append({double(s.to.value_or(kNow)), y});
            }
            const int severity = int(sb::severity(s.state));
            if (severity >= int(sb::Severity::Attention) && s.state != sb::LaneState::Probation) {
                const int code = s.state == sb::LaneState::LoggedOut  ? 401
                                 : s.state == sb::LaneState::Conflict ? 440
                                 : s.state == sb::LaneState::Blocked  ? 403
                                                                      : (random() % 2 ? 499 : 428);
                index.appendDisconnect(lanes[l], {from, code, u"Connection Terminated"_s});
                ++data.markers;
            }
            if (severity == int(sb::Severity::Critical) && incidentStart < 0)
                incidentStart = from;
            if (s.state == sb::LaneState::Healthy && incidentStart >= 0) {
                sb::health::Incident incident;
                incident.id = ++data.incidents;
                incident.lane = lanes[l];
                incident.openedAt = incidentStart;
                incident.closedAt = from;
                index.upsertIncident(incident);
                incidentStart = -1;
            }
        }
        index.load(segments);
    }
    return data;
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double cpuMedian = 0; // this thread's CPU time: what the repaint costs when the machine is busy
    // Times per repaint this thread gave up the processor to wait (for Qt's thread pool, say):
    // wall time above CPU time with waits is waiting, without them it is other processes.
    double waits = 0;
    int runs = 0;
};

Stats stats(const std::vector<double> &ms, const std::vector<double> &cpu = {}, long waits = 0)
{
    Stats s;
    s.waits = ms.empty() ? 0 : double(waits) / double(ms.size());
    s.runs = int(ms.size());
    s.median = sb::bench::percentile(ms, 0.5);
    s.p95 = sb::bench::percentile(ms, 0.95);
    s.cpuMedian = sb::bench::percentile(cpu, 0.5);
    return s;
}

// Repaints `widget` into `image` after `move(i)`, `repaints` times or until `budgetMs` ran out.
long voluntarySwitches()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_nvcsw;
}

template <typename Move>
Stats measure(QWidget &widget, QImage &image, int repaints, qint64 budgetMs, Move move)
{
    std::vector<double> ms;
    std::vector<double> cpu;
    QElapsedTimer total;
    total.start();
    const long waits0 = voluntarySwitches();
    for (int i = 0; i < repaints; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpu0 = sb::bench::threadCpuMs();
        move(i);
        widget.render(&image);
        cpu.push_back(sb::bench::threadCpuMs() - cpu0);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (total.elapsed() > budgetMs && i >= 2)
            break;
    }
    return stats(ms, cpu, voluntarySwitches() - waits0);
}

struct Zoom
{
    const char *name;
    qint64 span;
};
constexpr Zoom kZooms[] = {{"year", kYearMs}, {"day", kDayMs}, {"hour", kHourMs}};

struct Options
{
    int repaints = 30;
    QString onlyZoom;              // empty: every zoom
    std::optional<int> laneHeight; // only this layout
    QString screenshotDir;         // empty: no screenshots
    qint64 chartsBudgetMs = 60'000;
    bool wants(const Zoom &zoom) const { return onlyZoom.isEmpty() || onlyZoom == QLatin1String(zoom.name); }
};

using ZoomStats = std::vector<std::pair<const char *, Stats>>;

// The view over one data set, per layout and zoom; returns the 4 px layout's figures (the Qt
// Charts comparison's reference).
ZoomStats measureView(const sb::timeline::TimelineIndex &index, const Options &options, int &plotWidth)
{
    sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(kNow, QTimeZone::utc()));
    sb::TimelineView view(index, clock);
    view.setTimeZone(QTimeZone("Asia/Tokyo"));
    view.resize(kWidth, kHeight);
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    view.render(&image); // delivers the pending resize, so the viewport has its real size

    struct Layout
    {
        int laneHeight;
        int headerHeight;
        const char *what;
    };
    std::vector<Layout> layouts = {{4, 12, "4 px lanes"}, {22, 20, "default 22 px lanes"}};
    if (options.laneHeight) {
        const int height = *options.laneHeight;
        std::erase_if(layouts, [height](const Layout &l) { return l.laneHeight != height; });
        if (layouts.empty())
            layouts.push_back({height, height < 12 ? 12 : 20, "lanes of --lane-height"});
    }
    const QList<sb::LaneKey> lanes = index.lanes(sb::timeline::LaneOrder::Name);
    ZoomStats ours;
    bool printedHeader = false;
    for (const Layout &layout : layouts) {
        view.setLaneHeight(layout.laneHeight);
        view.setGroupHeaderHeight(layout.headerHeight);
        // A window's event loop lets the scroll area drop a scroll bar the lanes no longer need
        // (200 lanes fit at 4 px); without this turn the bench would paint one no window shows.
        QCoreApplication::processEvents();
        plotWidth = view.plotRect().width();
        if (!printedHeader) {
            std::printf("TimelineView, %dx%d, plot %d px wide, %d repaints per zoom (median / p95 ms; waits: "
                        "voluntary context switches per repaint), scrolled to the top:\n",
                        kWidth, kHeight, plotWidth, options.repaints);
            printedHeader = true;
        }
        const int onScreen = int(std::count_if(lanes.cbegin(), lanes.cend(), [&](const sb::LaneKey &lane) {
            return view.laneRect(lane).intersects(view.plotRect());
        }));
        const QByteArray name = u"%1 (%2 of %3 lanes on screen)"_s.arg(QLatin1String(layout.what))
                                    .arg(onScreen)
                                    .arg(lanes.size())
                                    .toUtf8();
        for (const Zoom &zoom : kZooms) {
            if (!options.wants(zoom))
                continue;
            const qint64 from = kNow - zoom.span;
            const qint64 pixel = zoom.span / plotWidth;
            view.setVisibleRange(from, kNow);
            view.render(&image); // warm-up: buffers sized, glyphs cached
            const Stats s = measure(view, image, options.repaints, 60'000, [&](int i) {
                const qint64 shift = i % 2 == 0 ? pixel : 0;
                view.setVisibleRange(from - shift, kNow - shift);
            });
            std::printf(
                "  %-46s %-5s median %6.2f  p95 %6.2f  CPU median %6.2f  waits %4.1f  (%d repaints)\n",
                name.constData(), zoom.name, s.median, s.p95, s.cpuMedian, s.waits, s.runs);
            if (layout.laneHeight == 4)
                ours.emplace_back(zoom.name, s);
            if (!options.screenshotDir.isEmpty()) {
                image.save(u"%1/timeline-%2-%3-%4.png"_s.arg(options.screenshotDir, QLatin1String(zoom.name))
                               .arg(layout.laneHeight)
                               .arg(lanes.size()));
            }
            if (zoom.span == kYearMs) {
                // A zoom instead of a pan: every repaint at a new scale (a wheel notch in, then out).
                const Stats z = measure(view, image, options.repaints, 60'000, [&](int i) {
                    const qint64 span = i % 2 == 0 ? kYearMs * 4 / 5 : kYearMs;
                    view.setVisibleRange(kNow - span, kNow);
                });
                std::printf(
                    "  %-46s %-5s median %6.2f  p95 %6.2f  CPU median %6.2f  waits %4.1f  (%d repaints, "
                    "zooming 0.8 / 1 year)\n",
                    name.constData(), zoom.name, z.median, z.p95, z.cpuMedian, z.waits, z.runs);
                // What a pan repaints in a window: the viewport, not the scroll bar beside it
                // (whose 1,000-pixel groove Qt fills on its thread pool, waited for).
                const Stats v = measure(*view.viewport(), image, options.repaints, 60'000, [&](int i) {
                    const qint64 shift = i % 2 == 0 ? pixel : 0;
                    view.setVisibleRange(from - shift, kNow - shift);
                });
                std::printf(
                    "  %-46s %-5s median %6.2f  p95 %6.2f  CPU median %6.2f  waits %4.1f  (%d repaints, "
                    "viewport only%s)\n",
                    name.constData(), zoom.name, v.median, v.p95, v.cpuMedian, v.waits, v.runs,
                    view.verticalScrollBar()->isVisible() ? ", without the scroll bar" : "");
            }
        }
    }
    return ours;
}

// The index alone, to tell aggregation from painting: every lane (on screen or not), every
// column, one zoom.
void measureIndex(const sb::timeline::TimelineIndex &index, const Options &options, int plotWidth)
{
    std::printf("TimelineIndex::worstPerColumn alone, all %d lanes × %d columns (median / p95 ms):\n",
                index.laneCount(), plotWidth);
    std::vector<sb::timeline::ColumnCell> cells(static_cast<size_t>(plotWidth));
    for (const Zoom &zoom : kZooms) {
        if (!options.wants(zoom))
            continue;
        std::vector<double> ms;
        std::vector<double> cpu;
        for (int i = 0; i < options.repaints; ++i) {
            QElapsedTimer aggregate;
            aggregate.start();
            const double cpu0 = sb::bench::threadCpuMs();
            const qint64 shift = i % 2 == 0 ? zoom.span / plotWidth : 0;
            for (int lane = 0; lane < index.laneCount(); ++lane)
                index.worstPerColumn(lane, kNow - zoom.span - shift, kNow - shift, kNow, cells);
            cpu.push_back(sb::bench::threadCpuMs() - cpu0);
            ms.push_back(double(aggregate.nsecsElapsed()) / 1e6);
        }
        const Stats s = stats(ms, cpu);
        std::printf("  %-5s median %6.2f  p95 %6.2f  CPU median %6.2f\n", zoom.name, s.median, s.p95,
                    s.cpuMedian);
    }
}

// Qt Charts, same data: one step QLineSeries per lane (two points per segment), state as y.
void measureCharts(Data &data, const ZoomStats &ours, const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    QImage image(kWidth, kHeight, QImage::Format_ARGB32_Premultiplied);
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *axisX = new QValueAxis;
    auto *axisY = new QValueAxis;
    axisY->setRange(0, double(data.chartPoints.size()));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    qsizetype points = 0;
    const qsizetype series = data.chartPoints.size();
    for (const QList<QPointF> &lanePoints : data.chartPoints) {
        auto *line = new QLineSeries;
        line->replace(lanePoints);
        points += lanePoints.size();
        chart->addSeries(line);
        line->attachAxis(axisX);
        line->attachAxis(axisY);
    }
    data.chartPoints.clear();
    QChartView chartView(chart);
    chartView.resize(kWidth, kHeight);
    axisX->setRange(double(kNow - kYearMs), double(kNow));
    static_cast<QWidget &>(chartView).render(&image); // QGraphicsView::render hides the widget one
    std::printf("Qt Charts %s: %lld series, %lld points; built and first render in %.1f s\n", QT_VERSION_STR,
                static_cast<long long>(series), static_cast<long long>(points),
                double(timer.elapsed()) / 1000.0);
    std::printf("Qt Charts QChartView, %dx%d, up to %d repaints or %lld s per zoom (median / p95 ms):\n",
                kWidth, kHeight, options.repaints, static_cast<long long>(options.chartsBudgetMs / 1000));
    for (const Zoom &zoom : kZooms) {
        const auto mine = std::find_if(ours.begin(), ours.end(),
                                       [&](const auto &o) { return qstrcmp(o.first, zoom.name) == 0; });
        if (mine == ours.end())
            continue;
        const qint64 from = kNow - zoom.span;
        const double pixel = double(zoom.span) / chart->plotArea().width();
        const Stats s = measure(chartView, image, options.repaints, options.chartsBudgetMs, [&](int i) {
            const double shift = i % 2 == 0 ? pixel : 0;
            axisX->setRange(double(from) - shift, double(kNow) - shift);
        });
        std::printf("  %-5s median %9.2f  p95 %9.2f  CPU median %9.2f  (%d repaints%s)\n"
                    "         ratio vs TimelineView (4 px lanes), median: %.0fx\n",
                    zoom.name, s.median, s.p95, s.cpuMedian, s.runs,
                    s.runs < options.repaints ? ", capped by the time budget" : "",
                    s.median / mine->second.median);
        if (!options.screenshotDir.isEmpty())
            image.save(u"%1/charts-%2.png"_s.arg(options.screenshotDir, QLatin1String(zoom.name)));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dataOption(
        u"data"_s,
        u"A data set, LANESxSEGMENTS; repeat for several (default 200x1000000 and 1000x5000000)."_s,
        u"LANESxSEGMENTS"_s);
    const QCommandLineOption repaintsOption(u"repaints"_s, u"Repaints per zoom (default 30)."_s, u"N"_s,
                                            u"30"_s);
    const QCommandLineOption chartsBudgetOption(
        u"charts-budget"_s, u"Seconds of Qt Charts repaints per zoom (60), on the first data set."_s, u"S"_s,
        u"60"_s);
    const QCommandLineOption noChartsOption(u"no-charts"_s, u"Skip the Qt Charts comparison."_s);
    const QCommandLineOption screenshotOption(u"screenshot"_s, u"Save one PNG per zoom into DIR."_s,
                                              u"DIR"_s);
    const QCommandLineOption zoomOption(u"zoom"_s, u"Only this zoom: year, day or hour (for profiling)."_s,
                                        u"NAME"_s);
    const QCommandLineOption laneHeightOption(
        u"lane-height"_s, u"Only lanes of this height, scrolled to the top (for profiling, screenshots)."_s,
        u"PX"_s);
    parser.addOptions({dataOption, repaintsOption, chartsBudgetOption, noChartsOption, screenshotOption,
                       zoomOption, laneHeightOption});
    parser.process(app);
    Options options;
    options.repaints = parser.value(repaintsOption).toInt();
    options.onlyZoom = parser.value(zoomOption);
    if (parser.isSet(laneHeightOption))
        options.laneHeight = parser.value(laneHeightOption).toInt();
    options.screenshotDir = parser.value(screenshotOption);
    options.chartsBudgetMs = parser.value(chartsBudgetOption).toLongLong() * 1000;
    QStringList sets = parser.values(dataOption);
    if (sets.isEmpty())
        sets = {u"200x1000000"_s, u"1000x5000000"_s};

    for (qsizetype k = 0; k < sets.size(); ++k) {
        const QStringList parts = sets[k].split(u'x');
        const int laneCount = parts.value(0).toInt();
        const qint64 total = parts.value(1).toLongLong();
        if (parts.size() != 2 || laneCount <= 0 || total < laneCount)
            qFatal("--data wants LANESxSEGMENTS, e.g. 200x1000000, not %s", qPrintable(sets[k]));
        const bool charts = k == 0 && !parser.isSet(noChartsOption);

        QElapsedTimer timer;
        timer.start();
        sb::timeline::TimelineIndex index;
        Data data = makeData(laneCount, total, charts, index);
        std::printf("\n== data: %lld segments over %d lanes (%d gateways; one lane in ten flaps, those hold "
                    "60 %%), %lld disconnect markers, %lld incidents, one year; built in %.1f s; %s\n",
                    static_cast<long long>(index.segmentCount()), index.laneCount(),
                    (index.laneCount() + 19) / 20, static_cast<long long>(data.markers),
                    static_cast<long long>(data.incidents), double(timer.elapsed()) / 1000.0,
                    sb::bench::memory().constData());
        std::fflush(stdout);
        int plotWidth = kWidth;
        const ZoomStats ours = measureView(index, options, plotWidth);
        measureIndex(index, options, plotWidth);
        if (charts)
            measureCharts(data, ours, options);
        std::printf("memory after this data set: %s\n", sb::bench::memory().constData());
        std::fflush(stdout);
    }
    return 0;
}

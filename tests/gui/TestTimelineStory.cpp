// The story's night on the timeline: the drill replays it at high speed through the console's
// pipeline (GatewaySession → TimelineFeed → TimelineIndex) into a real TimelineView, and the
// grab is checked at computed positions, not against a stored picture.
#include "models/TimelineFeed.h"
#include "models/timeline/TimelineIndex.h"
#include "tests/ingest/StoryRun.h"
#include "ui/timeline/TimelineRenderer.h"
#include "ui/timeline/TimelineView.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using sb::LaneKey;
using sb::LaneState;
using sb::test::jst;

class TestTimelineStory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nightEndsRedWithTheMarkerAndTheHatchedProbation()
    {
        QTemporaryDir dir;
        sb::drill::DrillSession::Options options;
        options.speed = 2400;
        QString error;
        auto drill = sb::drill::DrillSession::start(options, &error);
        QVERIFY2(drill, qPrintable(error));
        sb::test::ConsoleSession console(*drill, dir.filePath(QStringLiteral("history.sqlite")));

        sb::timeline::TimelineIndex index;
        sb::timeline::TimelineFeed feed(index);
        feed.follow(*console.session);
        sb::TimelineView view(index, *drill->clock());
        QObject::connect(&feed, &sb::timeline::TimelineFeed::laneChanged, &view,
                         &sb::TimelineView::laneDataChanged);
        QObject::connect(&feed, &sb::timeline::TimelineFeed::lanesChanged, &view, &sb::TimelineView::reload);
        view.setTimeZone(QTimeZone("Asia/Tokyo"));
        view.resize(1200, 400);
        view.show();

        const LaneKey whatsapp{QStringLiteral("drill"), QStringLiteral("whatsapp"),
                               QStringLiteral("default")};
        QTRY_VERIFY_WITH_TIMEOUT(drill->clock()->now().toMSecsSinceEpoch() > jst(13, 1, 14), 120000);
        console.stop();

        // The evening around the relink and the loss.
        view.setVisibleRange(jst(12, 18, 30), jst(12, 19, 30));
        QTRY_COMPARE(view.visibleFrom(), jst(12, 18, 30));
        const QImage image = view.viewport()->grab().toImage();
        const QRect lane = view.laneRect(whatsapp);
        QVERIFY(lane.isValid());
        const int y = view.yForLane(whatsapp);
        const auto x = [&view](qint64 at) {
            return int(view.xForTime(at));
        };

        // Red at the end (blocked since 19:08) and before the relink (logged out since 12:20).
        QCOMPARE(image.pixel(x(jst(12, 19, 23)) + 1, y),
                 sb::TimelineRenderer::stateColor(LaneState::Blocked).rgb());
        QCOMPARE(image.pixel(x(jst(12, 18, 43)) + 1, y),
                 sb::TimelineRenderer::stateColor(LaneState::LoggedOut).rgb());
        // Probation from 18:57 to 19:08, hatched: both the fill and the hatch within a few pixels.
        QSet<QRgb> seen;
        for (int dx = 0; dx < 10; ++dx)
            seen.insert(image.pixel(x(jst(12, 19, 2)) + dx, y));
        QVERIFY(seen.contains(sb::TimelineRenderer::stateColor(LaneState::Probation).rgb()));
        QVERIFY(seen.contains(sb::TimelineRenderer::probationHatchColor().rgb()));
        QVERIFY(image.pixel(x(jst(12, 18, 53)) + 1, y) !=
                sb::TimelineRenderer::stateColor(LaneState::Probation).rgb());
        // The 19:08 disconnect marker: the dark tick at the top of the lane, at 19:08.
        const int markerX = x(jst(12, 19, 8));
        bool marker = false;
        for (int dx = -1; dx <= 1; ++dx)
            marker |= image.pixel(markerX + dx, lane.top() + 1) == qRgb(0x21, 0x25, 0x29);
        QVERIFY(marker);
        QCOMPARE(view.toolTipTextAt(QPoint(x(jst(12, 19, 20)), y)).contains(QLatin1String("possible ban")),
                 true);
    }
};

QTEST_MAIN(TestTimelineStory)
#include "TestTimelineStory.moc"

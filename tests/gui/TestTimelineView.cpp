#include "app/platform/Clock.h"
#include "models/timeline/TimelineIndex.h"
#include "ui/timeline/TimelineRenderer.h"
#include "ui/timeline/TimelineView.h"

#include <functional>

#include <QPainter>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using sb::LaneKey;
using sb::LaneState;

namespace {

constexpr qint64 kT = 1'770'854'400'000; // 2026-02-12 00:00 UTC = 09:00 JST
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;

sb::store::Segment segment(const LaneKey &lane, qint64 from, std::optional<qint64> to, LaneState state,
                           const QString &reason)
{
    sb::store::Segment s;
    s.lane = lane;
    s.from = from;
    s.to = to;
    s.state = state;
    s.reason = sb::health::Reason::verbatim(reason);
    return s;
}

bool greenish(QRgb c)
{
    return qGreen(c) > qRed(c) + 40 && qGreen(c) > qBlue(c) + 40;
}

bool reddish(QRgb c)
{
    return qRed(c) > qGreen(c) + 80 && qRed(c) > qBlue(c) + 80;
}

} // namespace

// The timeline view offscreen: zoom, pan, keys and follow mode move the visible range by
// exactly what the bindings promise; tooltips carry receipts as plain characters; and the
// pixels where a segment sits have its state's colour.
class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    const LaneKey m_healthy{u"gw-tokyo"_s, u"signal"_s, u"ops"_s};
    const LaneKey m_probation{u"gw-tokyo"_s, u"whatsapp"_s, u"default"_s};
    const LaneKey m_blocked{u"gw-osaka"_s, u"whatsapp"_s, u"backup"_s};
    const LaneKey m_hostile{u"gw-osaka"_s, u"telegram"_s, u"<img src=x onerror=alert(1)>"_s};

    sb::ManualClock m_clock{QDateTime::fromMSecsSinceEpoch(kT + 8 * kHour, QTimeZone::utc())};
    std::unique_ptr<sb::timeline::TimelineIndex> m_index;
    std::unique_ptr<sb::TimelineView> m_view;

    QWidget *viewport() const { return m_view->viewport(); }

    void wheel(QPoint pos, int angle)
    {
        QWheelEvent event(pos, viewport()->mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport(), &event);
    }

    // One renderer frame of the test's four lanes, `laneHeight` px each under 20 px group
    // headers, over [from, to), into a 1000×400 image that starts dark blue.
    QImage paintFrame(sb::TimelineRenderer &renderer, int laneHeight, qint64 from, qint64 to,
                      const std::function<void(QPainter &)> &setUp) const
    {
        QImage image(1000, 400, QImage::Format_ARGB32_Premultiplied);
        image.fill(qRgb(0x12, 0x34, 0x56));
        QList<sb::TimelinePaintRow> rows;
        int top = 24;
        const auto group = [&](const QString &title) {
            rows.append({true, -1, title, top, 20, false, LaneState::Unknown});
            top += 20;
        };
        const auto lane = [&](const LaneKey &key, bool selected) {
            rows.append({false, m_index->laneId(key), key.accountId, top, laneHeight, selected,
                         m_index->currentState(key)});
            top += laneHeight;
        };
        group(u"gw-osaka"_s);
        lane(m_blocked, false);
        lane(m_hostile, true);
        group(u"gw-tokyo"_s);
        lane(m_probation, false);
        lane(m_healthy, false);
        sb::TimelineFrame frame;
        frame.from = from;
        frame.to = to;
        frame.now = m_clock.nowMs();
        frame.viewport = image.rect();
        frame.axis = QRect(200, 0, 800, 24);
        frame.plot = QRect(200, 24, 800, 376);
        frame.labelWidth = 200;
        frame.timeZone = QTimeZone::utc();
        frame.timeZoneName = u"UTC"_s;
        QPainter painter(&image);
        setUp(painter);
        renderer.paint(painter, rows, frame);
        return image;
    }

private Q_SLOTS:
    void init()
    {
        m_clock.set(QDateTime::fromMSecsSinceEpoch(kT + 8 * kHour, QTimeZone::utc()));
        m_index = std::make_unique<sb::timeline::TimelineIndex>();
        m_index->load({
            segment(m_healthy, kT, std::nullopt, LaneState::Healthy, u"proven: 3 deliveries"_s),
            segment(m_probation, kT, kT + 4 * kHour, LaneState::Reconnecting, u"connection closed (428)"_s),
            segment(m_probation, kT + 4 * kHour, std::nullopt, LaneState::Probation,
                    u"re-linked at 18:57; 0 of 3 deliveries proven"_s),
            segment(m_blocked, kT, std::nullopt, LaneState::Blocked, u"403 <b>forbidden</b> & banned?"_s),
            segment(m_hostile, kT, std::nullopt, LaneState::Healthy, u"<script>alert(2)</script>"_s),
        });
        m_index->appendDisconnect(m_probation, {kT + 2 * kHour, 428, u"Connection Terminated"_s});
        sb::health::Incident incident;
        incident.id = 12;
        incident.lane = m_blocked;
        incident.openedAt = kT + kHour;
        incident.openReason = sb::health::Reason::verbatim(u"possible ban"_s);
        m_index->upsertIncident(incident);

        m_view = std::make_unique<sb::TimelineView>(*m_index, m_clock);
        m_view->setLabelWidth(200);
        m_view->resize(1000, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QCOMPARE(m_view->plotRect().width(), 800); // no scroll bar: four lanes fit
        m_view->setVisibleRange(kT, kT + 8 * kHour);
    }

    void cleanup()
    {
        m_view.reset();
        m_index.reset();
    }

    void wheelZoomsAroundTheCursor()
    {
        QSignalSpy ranges(m_view.get(), &sb::TimelineView::visibleRangeChanged);
        const QPoint at(m_view->plotRect().left() + 200, m_view->yForLane(m_healthy));
        const qint64 under = m_view->timeForX(at.x());
        QCOMPARE(under, kT + 2 * kHour);

        wheel(at, 120); // one notch in: span × 0.8
        QCOMPARE(m_view->visibleSpan(), qint64(8 * kHour * 0.8));
        QVERIFY(std::abs(m_view->timeForX(at.x()) - under) <= 1);
        QCOMPARE(ranges.count(), 1);

        wheel(at, -240); // two notches out: span × 0.8 / 0.64
        QCOMPARE(m_view->visibleSpan(), qint64(8 * kHour / 0.8));
        QVERIFY(std::abs(m_view->timeForX(at.x()) - under) <= 1);

        for (int i = 0; i < 60; ++i)
            wheel(at, 120);
        QCOMPARE(m_view->visibleSpan(), sb::TimelineView::kMinSpanMs);
        QVERIFY(std::abs(m_view->timeForX(at.x()) - under) <= 1);
        for (int i = 0; i < 120; ++i)
            wheel(at, -120);
        QCOMPARE(m_view->visibleSpan(), sb::TimelineView::kMaxSpanMs);
        QVERIFY(!m_view->isFollowing());
    }

    void dragPansAndClickSelects()
    {
        QSignalSpy selected(m_view.get(), &sb::TimelineView::laneSelected);
        const int y = m_view->yForLane(m_blocked);
        const int x = m_view->plotRect().left() + 400;
        QTest::mousePress(viewport(), Qt::LeftButton, {}, QPoint(x, y));
        QTest::mouseMove(viewport(), QPoint(x + 50, y));
        QTest::mouseMove(viewport(), QPoint(x + 100, y));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, QPoint(x + 100, y));
        // 100 px of 800 px over 8 h: the window moved back one hour.
        QCOMPARE(m_view->visibleFrom(), kT - kHour);
        QCOMPARE(m_view->visibleTo(), kT + 7 * kHour);
        QCOMPARE(selected.count(), 0); // a drag is not a click

        QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(x, y));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).value<LaneKey>(), m_blocked);
        QCOMPARE(m_view->selectedLane(), std::optional<LaneKey>(m_blocked));
        QCOMPARE(m_view->visibleFrom(), kT - kHour);
    }

    void keysZoomPanFitAndFollow()
    {
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QCOMPARE(m_view->visibleFrom(), kT + 2 * kHour); // centre (4 h) kept, span halved
        QCOMPARE(m_view->visibleTo(), kT + 6 * kHour);
        QTest::keyClick(m_view.get(), Qt::Key_Minus);
        QCOMPARE(m_view->visibleFrom(), kT);
        QCOMPARE(m_view->visibleTo(), kT + 8 * kHour);
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QCOMPARE(m_view->visibleFrom(), kT - 48 * kMinute); // a tenth of 8 h
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_view->visibleFrom(), kT + 48 * kMinute);

        QTest::keyClick(m_view.get(), Qt::Key_F); // fit all: history is [kT, now]
        QVERIFY(m_view->visibleFrom() < kT && m_view->visibleFrom() > kT - 30 * kMinute);
        QVERIFY(m_view->visibleTo() > kT + 8 * kHour && m_view->visibleTo() < kT + 8 * kHour + 30 * kMinute);

        QVERIFY(!m_view->isFollowing());
        QTest::keyClick(m_view.get(), Qt::Key_Home);
        QVERIFY(m_view->isFollowing());
        QCOMPARE(m_view->visibleTo(), m_clock.nowMs());
        const qint64 span = m_view->visibleSpan();
        m_clock.advanceMs(10 * kMinute);
        QTRY_COMPARE(m_view->visibleTo(), kT + 8 * kHour + 10 * kMinute); // the right edge follows now
        QCOMPARE(m_view->visibleSpan(), span);
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QVERIFY(!m_view->isFollowing()); // panning away leaves follow mode

        QTest::keyClick(m_view.get(), Qt::Key_Down);
        QCOMPARE(m_view->selectedLane(), std::optional<LaneKey>(m_view->laneOrderShown().first()));
    }

    void hoverShowsTheSegmentsReceipts()
    {
        const QPoint onProbation(int(m_view->xForTime(kT + 6 * kHour)), m_view->yForLane(m_probation));
        const QString text = m_view->toolTipTextAt(onProbation);
        QVERIFY2(text.contains(u"re-linked at 18:57; 0 of 3 deliveries proven"_s), qPrintable(text));
        QVERIFY2(text.contains(u"gw-tokyo/whatsapp/default"_s), qPrintable(text));

        const QPoint onMarker(int(m_view->xForTime(kT + 2 * kHour)), m_view->yForLane(m_probation));
        const QString marker = m_view->toolTipTextAt(onMarker);
        QVERIFY2(marker.contains(u"428"_s) && marker.contains(u"Connection Terminated"_s),
                 qPrintable(marker));

        // The real tooltip path uses the same text.
        QHelpEvent help(QEvent::ToolTip, onProbation, viewport()->mapToGlobal(onProbation));
        QCoreApplication::sendEvent(viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(u"0 of 3 deliveries proven"_s));
        QToolTip::hideText();
    }

    void gatewayTextRendersAsPlainCharacters()
    {
        const QString text =
            m_view->toolTipTextAt(QPoint(int(m_view->xForTime(kT + kHour)), m_view->yForLane(m_hostile)));
        QVERIFY2(!text.contains(u"<img"_s) && !text.contains(u"<script"_s), qPrintable(text));
        QVERIFY(text.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s));
        QTextDocument rendered;
        rendered.setHtml(text);
        QVERIFY2(rendered.toPlainText().contains(u"gw-osaka/telegram/<img src=x onerror=alert(1)>"_s),
                 qPrintable(rendered.toPlainText()));
        QVERIFY(rendered.toPlainText().contains(u"<script>alert(2)</script>"_s));

        const QString blocked =
            m_view->toolTipTextAt(QPoint(int(m_view->xForTime(kT + 2 * kHour)), m_view->yForLane(m_blocked)));
        QTextDocument receipt;
        receipt.setHtml(blocked);
        QVERIFY2(receipt.toPlainText().contains(u"403 <b>forbidden</b> & banned?"_s), qPrintable(blocked));
        QVERIFY(receipt.toPlainText().contains(u"Incident #12"_s));
    }

    void groupHeadersCarryTheLinkAndFold()
    {
        QSignalSpy folded(m_view.get(), &sb::TimelineView::groupCollapsedChanged);
        m_view->setGroupCaption(u"gw-osaka"_s, u"Reconnecting"_s, sb::Severity::Attention);
        QCOMPARE(m_view->groupCaption(u"gw-osaka"_s), u"Reconnecting"_s);
        const QRect header = m_view->groupRect(u"gw-osaka"_s);
        QVERIFY(!header.isEmpty());
        // The link's dot sits at the start of the plot, in the amber of a lane that reconnects.
        QTRY_COMPARE(
            viewport()->grab().toImage().pixelColor(m_view->plotRect().left() + 9, header.center().y()),
            sb::TimelineRenderer::stateColor(LaneState::Reconnecting));

        m_view->setGroupCollapsed(u"gw-osaka"_s, true);
        QCOMPARE(folded.count(), 1);
        QVERIFY(m_view->laneRect(m_blocked).isEmpty());
        QVERIFY(m_view->laneRect(m_hostile).isEmpty());
        QCOMPARE(m_view->laneOrderShown().size(), 2);
        QVERIFY(!m_view->groupRect(u"gw-osaka"_s).isEmpty());
        m_view->setGroupCollapsed(u"gw-osaka"_s, true); // already folded: no news
        QCOMPARE(folded.count(), 1);
        // A folded gateway's selected lane is no longer selected.
        m_view->setGroupCollapsed(u"gw-osaka"_s, false);
        m_view->selectLane(m_blocked);
        m_view->setGroupCollapsed(u"gw-osaka"_s, true);
        QVERIFY(!m_view->selectedLane());
    }

    void segmentsHaveTheirStatesColours()
    {
        const QImage image = viewport()->grab().toImage();
        const int x = int(m_view->xForTime(kT + 6 * kHour));

        const QRgb healthy = image.pixel(x, m_view->yForLane(m_healthy));
        QVERIFY2(greenish(healthy), qPrintable(QColor(healthy).name()));
        const QRgb blocked = image.pixel(x, m_view->yForLane(m_blocked));
        QVERIFY2(reddish(blocked), qPrintable(QColor(blocked).name()));

        // Probation is hatched: within a few pixels along the lane there are both the fill and the hatch.
        QSet<QRgb> seen;
        for (int dx = 0; dx < 8; ++dx)
            seen.insert(image.pixel(x + dx, m_view->yForLane(m_probation)));
        QVERIFY2(seen.size() >= 2, qPrintable(QString::number(seen.size())));
        QVERIFY(seen.contains(sb::TimelineRenderer::stateColor(LaneState::Probation).rgb()));
        QVERIFY(seen.contains(sb::TimelineRenderer::probationHatchColor().rgb()));
        // Where it was reconnecting, amber and not hatched.
        const QRgb before = image.pixel(int(m_view->xForTime(kT + 3 * kHour)), m_view->yForLane(m_probation));
        QCOMPARE(before, sb::TimelineRenderer::stateColor(LaneState::Reconnecting).rgb());

        // The incident band sits behind the blocked lane (visible above its bar) from its opening on.
        // (x + 3: off the hour's grid line.)
        const QRect row = m_view->laneRect(m_blocked);
        QCOMPARE(image.pixel(x + 3, row.top()), sb::TimelineRenderer::incidentBandColor().rgb());
        QVERIFY(image.pixel(int(m_view->xForTime(kT + 30 * kMinute)) + 3, row.top()) !=
                sb::TimelineRenderer::incidentBandColor().rgb());
    }

    void lanesWrittenIntoTheImageMatchTheBlittedBuffer()
    {
        // Dense markers and flags on the blocked lane, so thin lanes get a rug in their margins.
        for (int i = 0; i < 120; ++i) {
            m_index->appendDisconnect(m_blocked, {kT + i * 4 * kMinute + 7, 499, u"watchdog"_s});
            m_index->appendAction(m_blocked, {kT + i * 4 * kMinute + kMinute, u"relink"_s});
        }
        sb::TimelineRenderer direct(*m_index);
        sb::TimelineRenderer buffered(*m_index);
        buffered.setWritesIntoTarget(false);
        struct SetUp
        {
            const char *name;
            std::function<void(QPainter &)> apply;
            bool intoTarget;
        };
        const SetUp setUps[] = {
            {"plain", [](QPainter &) {}, true},
            {"translated", [](QPainter &p) { p.translate(-13, 7); }, true},
            {"clipped", [](QPainter &p) { p.setClipRect(QRect(250, 50, 300, 100)); }, true},
            {"two clip rectangles",
             [](QPainter &p) { p.setClipRegion(QRegion(230, 30, 100, 40) + QRegion(600, 90, 50, 300)); },
             true},
            {"half a pixel off: the buffer", [](QPainter &p) { p.translate(0.5, 0); }, false},
        };
        const std::pair<qint64, qint64> ranges[] = {{kT, kT + 8 * kHour},
                                                    {kT - kHour, kT + 9 * kHour},
                                                    {kT + 3 * kHour, kT + 3 * kHour + 5 * kMinute}};
        for (const int laneHeight : {4, 10, 22}) {
            for (const auto &[from, to] : ranges) {
                for (const SetUp &setUp : setUps) {
                    const QImage written = paintFrame(direct, laneHeight, from, to, setUp.apply);
                    QCOMPARE(direct.wroteIntoTarget(), setUp.intoTarget);
                    const QImage blitted = paintFrame(buffered, laneHeight, from, to, setUp.apply);
                    QVERIFY(!buffered.wroteIntoTarget());
                    QVERIFY2(written == blitted, qPrintable(u"%1 px lanes, %2, from %3"_s.arg(laneHeight)
                                                                .arg(QLatin1String(setUp.name))
                                                                .arg(from - kT)));
                }
            }
        }
        // What is painted at all: the bars' colours, the rug over the 10 px blocked lane.
        const QImage thin = paintFrame(direct, 10, kT, kT + 8 * kHour, [](QPainter &) {});
        QCOMPARE(thin.pixel(300, 44 + 5), sb::TimelineRenderer::stateColor(LaneState::Blocked).rgb());
        bool rug = false;
        for (int x = 300; x < 320; ++x)
            rug |= thin.pixel(x, 44) == qRgb(0x21, 0x25, 0x29);
        QVERIFY(rug);
    }

    void partialRepaintsKeepTheRestOfTheWindow()
    {
        m_view->setLaneHeight(22);
        const QImage full = viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        // QWidget::render with a region and an offset (the region's top-left lands there):
        // inside the region the same pixels as a full render, everywhere else the image untouched.
        const QRegion region = QRegion(250, 30, 200, 40) + QRegion(500, 60, 120, 200);
        const QPoint shift = QPoint(40, 30) - region.boundingRect().topLeft();
        QImage part(viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        part.fill(qRgb(0xff, 0x00, 0xff));
        viewport()->render(&part, QPoint(40, 30), region);
        for (int y = 0; y < part.height(); ++y) {
            for (int x = 0; x < part.width(); ++x) {
                const QPoint at = QPoint(x, y) - shift;
                const QRgb expected = region.contains(at) ? full.pixel(at) : qRgb(0xff, 0x00, 0xff);
                if (part.pixel(x, y) != expected)
                    QFAIL(qPrintable(u"pixel %1,%2"_s.arg(at.x()).arg(at.y())));
            }
        }
        // The window's own backing store: a live append repaints one lane, and the marker
        // triangle on the lane below must survive it.
        const auto backingStore = [this] {
            const QPoint at = viewport()->mapTo(m_view.get(), QPoint(0, 0));
            return m_view->screen()
                ->grabWindow(m_view->winId(), at.x(), at.y(), viewport()->width(), viewport()->height())
                .toImage()
                .convertToFormat(QImage::Format_RGB32);
        };
        viewport()->repaint();
        QCOMPARE(backingStore(), full);
        m_index->appendSegment(
            segment(m_healthy, kT + 6 * kHour, std::nullopt, LaneState::Degraded, u"slow"_s));
        m_view->laneDataChanged(m_healthy);
        QCoreApplication::processEvents();
        const QImage after = viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(after != full);
        QCOMPARE(backingStore(), after);
    }

    void everyPixelOfTheViewIsPainted()
    {
        // The view tells Qt it paints opaquely (no background fill under the viewport), so the
        // viewport and the scroll bar must cover it, with the bar hidden and with it shown.
        const auto unpainted = [this] {
            QImage image(m_view->size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(qRgb(0xff, 0x00, 0xff));
            m_view->render(&image);
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixel(x, y) == qRgb(0xff, 0x00, 0xff) ? 1 : 0;
            }
            return count;
        };
        QCOMPARE(unpainted(), 0);
        m_view->setLaneHeight(200); // four lanes no longer fit: the scroll bar appears
        QTRY_VERIFY(m_view->plotRect().width() < 800);
        QCOMPARE(unpainted(), 0);
    }

    void filterAndSeverityOrder()
    {
        QCOMPARE(m_view->laneOrderShown().size(), 4);
        m_view->setFilter(u"WHATSAPP"_s);
        QCOMPARE(m_view->laneOrderShown(), (QList<LaneKey>{m_blocked, m_probation}));
        m_view->setFilter({});
        m_view->setLaneOrder(sb::timeline::LaneOrder::Severity);
        QCOMPARE(m_view->laneOrderShown().first(), m_blocked);
        QVERIFY(m_view->laneRect(m_blocked).top() < m_view->laneRect(m_healthy).top());
    }

    void axisTicksFollowTheTimeZone()
    {
        const QTimeZone tokyo("Asia/Tokyo");
        QVERIFY(tokyo.isValid());
        const auto ticks = sb::TimelineRenderer::axisTicks(kT, kT + 6 * kHour, 800, tokyo);
        QVERIFY(!ticks.isEmpty());
        QCOMPARE(ticks.first().at, kT);
        QCOMPARE(ticks.first().label, u"09:00"_s);
        // Midnight in Tokyo is 15:00 UTC: the day boundary is the major tick.
        const auto around = sb::TimelineRenderer::axisTicks(kT + 14 * kHour, kT + 16 * kHour, 800, tokyo);
        const auto midnight =
            std::find_if(around.begin(), around.end(), [](const auto &t) { return t.major; });
        QVERIFY(midnight != around.end());
        QCOMPARE(midnight->at, kT + 15 * kHour);
        QCOMPARE(midnight->label, u"Feb 13"_s);
        m_view->setTimeZone(tokyo);
        QCOMPARE(m_view->timeZone(), tokyo);
    }
};

QTEST_MAIN(TestTimelineView)
#include "TestTimelineView.moc"

// The live view's controls and what survives a restart: sort order, filter, zoom and follow
// mode come back from Settings.
#include "app/platform/Clock.h"
#include "app/platform/Settings.h"
#include "models/timeline/TimelineIndex.h"
#include "tests/support/TestEnvironment.h"
#include "ui/LiveView.h"
#include "ui/timeline/TimelineView.h"

#include <memory>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

namespace sb {

class TestLiveView final : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kHour = 3600 * 1000;
    static constexpr qint64 kT0 = 1'770'800'000'000;

    static void fill(timeline::TimelineIndex &index)
    {
        for (const char *channel : {"whatsapp", "signal", "telegram"}) {
            const LaneKey lane{QStringLiteral("gw"), QLatin1String(channel), QStringLiteral("default")};
            index.appendSegment(store::Segment{lane, kT0, std::nullopt, LaneState::Healthy, {}, {}, {}});
        }
        index.appendSegment(
            store::Segment{{QStringLiteral("gw"), QStringLiteral("signal"), QStringLiteral("default")},
                           kT0 + kHour,
                           std::nullopt,
                           LaneState::Blocked,
                           {},
                           {},
                           {}});
    }

private Q_SLOTS:
    void stateSurvivesARestart()
    {
        test::ScratchHome home;
        const QString ini = home.filePath(QStringLiteral("switchboard.ini"));
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(kT0 + 2 * kHour, QTimeZone::utc()));
        timeline::TimelineIndex index;
        fill(index);
        {
            Settings settings(ini);
            LiveView view(index, clock, settings);
            view.resize(900, 500);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            // Worst first by default: the blocked Signal lane leads.
            QCOMPARE(view.timeline()->laneOrderShown().first().channel, QStringLiteral("signal"));
            auto *sort = view.findChild<QComboBox *>(QStringLiteral("laneSortCombo"));
            sort->setCurrentIndex(sort->findData(int(timeline::LaneOrder::Name)));
            QCOMPARE(view.timeline()->laneOrderShown().first().channel,
                     QStringLiteral("signal")); // s < t < w
            QCOMPARE(view.timeline()->laneOrderShown().last().channel, QStringLiteral("whatsapp"));
            view.findChild<QLineEdit *>(QStringLiteral("laneFilterEdit"))->setText(QStringLiteral("app"));
            QCOMPARE(view.timeline()->laneOrderShown().size(), 1);
            view.timeline()->setVisibleRange(kT0, kT0 + 30 * 60 * 1000); // half an hour, not following
            QVERIFY(!view.timeline()->isFollowing());
        }
        Settings settings(ini);
        LiveView view(index, clock, settings);
        view.resize(900, 500);
        view.show();
        QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("laneSortCombo"))->currentData().toInt(),
                 int(timeline::LaneOrder::Name));
        QCOMPARE(view.findChild<QLineEdit *>(QStringLiteral("laneFilterEdit"))->text(),
                 QStringLiteral("app"));
        QCOMPARE(view.timeline()->laneOrderShown().size(), 1);
        QCOMPARE(view.timeline()->visibleSpan(), 30 * 60 * 1000);
        QVERIFY(!view.timeline()->isFollowing());
    }

    void aFoldedGatewayStaysFolded()
    {
        test::ScratchHome home;
        const QString ini = home.filePath(QStringLiteral("switchboard.ini"));
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(kT0 + 2 * kHour, QTimeZone::utc()));
        timeline::TimelineIndex index;
        fill(index);
        const LaneKey other{QStringLiteral("vps"), QStringLiteral("telegram"), QStringLiteral("default")};
        index.appendSegment(store::Segment{other, kT0, std::nullopt, LaneState::Healthy, {}, {}, {}});
        {
            Settings settings(ini);
            LiveView view(index, clock, settings);
            view.resize(900, 500);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            TimelineView *timeline = view.timeline();
            QCOMPARE(timeline->groupsShown(), (QStringList{QStringLiteral("gw"), QStringLiteral("vps")}));
            QCOMPARE(timeline->laneOrderShown().size(), 4);
            // A click on the header folds the gateway: its lanes leave, its header stays.
            const QRect header = timeline->groupRect(QStringLiteral("gw"));
            QVERIFY(!header.isEmpty());
            QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, header.center());
            QVERIFY(timeline->isGroupCollapsed(QStringLiteral("gw")));
            QCOMPARE(timeline->laneOrderShown(), QList<LaneKey>{other});
            QCOMPARE(timeline->groupsShown().size(), 2);
            QCOMPARE(settings.collapsedGateways(), QStringList{QStringLiteral("gw")});
        }
        Settings settings(ini);
        LiveView view(index, clock, settings);
        QVERIFY(view.timeline()->isGroupCollapsed(QStringLiteral("gw")));
        QCOMPARE(view.timeline()->laneOrderShown(), QList<LaneKey>{other});
        // Unfolded again, and remembered so.
        view.timeline()->setGroupCollapsed(QStringLiteral("gw"), false);
        QCOMPARE(view.timeline()->laneOrderShown().size(), 4);
        QVERIFY(settings.collapsedGateways().isEmpty());
    }

    void controlsDriveTheTimeline()
    {
        test::ScratchHome home;
        Settings settings(home.filePath(QStringLiteral("switchboard.ini")));
        ManualClock clock(QDateTime::fromMSecsSinceEpoch(kT0 + 2 * kHour, QTimeZone::utc()));
        timeline::TimelineIndex index;
        fill(index);
        LiveView view(index, clock, settings);
        view.resize(900, 500);
        view.show();
        view.timeline()->setVisibleRange(kT0, kT0 + 4 * kHour);
        view.findChild<QToolButton *>(QStringLiteral("zoomInButton"))->click();
        QCOMPARE(view.timeline()->visibleSpan(), 2 * kHour);
        view.findChild<QToolButton *>(QStringLiteral("zoomOutButton"))->click();
        QCOMPARE(view.timeline()->visibleSpan(), 4 * kHour);
        view.findChild<QToolButton *>(QStringLiteral("followNowButton"))->click();
        QVERIFY(view.timeline()->isFollowing());
        QCOMPARE(view.timeline()->visibleTo(), kT0 + 2 * kHour);

        auto *notice = view.findChild<QLabel *>(QStringLiteral("lastKnownLabel"));
        QVERIFY(!notice->isVisible());
        view.setStaleNotice(QStringLiteral("Last known state <b>not live</b>"));
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->textFormat(), Qt::PlainText);
        view.setStaleNotice({});
        QVERIFY(!notice->isVisible());
    }
};

} // namespace sb

QTEST_MAIN(sb::TestLiveView)
#include "TestLiveView.moc"

// The Incidents dock over a real history: the list, a report with its receipts, filters,
// notes and a title written to the history (there after a restart), an export through the
// save seam, and an incident the engine updates while the dock is shown.
#include "app/platform/Clock.h"
#include "app/store/History.h"
#include "models/timeline/TimelineIndex.h"
#include "tests/support/Screenshot.h"
#include "ui/LaneDetailsPanel.h"
#include "ui/incidents/IncidentsPanel.h"
#include "ui/timeline/TimelineView.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using sb::LaneKey;
using sb::LaneState;
using sb::incidents::IncidentsPanel;

namespace {

constexpr qint64 kT0 = 1'770'822'000'000; // 2026-02-12 00:00 JST
constexpr qint64 kMinute = 60 * 1000;
const LaneKey kWhatsApp{QStringLiteral("home"), QStringLiteral("whatsapp"), QStringLiteral("default")};
const LaneKey kSignal{QStringLiteral("office"), QStringLiteral("signal"), QStringLiteral("default")};

sb::health::Incident incident(qint64 id, const LaneKey &lane, qint64 openedAt, LaneState worst)
{
    sb::health::Incident i;
    i.id = id;
    i.groupId = id;
    i.lane = lane;
    i.openedAt = openedAt;
    i.worstState = worst;
    i.lastState = worst;
    return i;
}

} // namespace

class TestIncidentsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readAnnotateExport()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            sb::store::History history(path);
            QVERIFY(history.open());
            history.append(QList<sb::ChannelEvent>{
                {kWhatsApp, kT0 + 34 * kMinute, sb::EventKind::Disconnected, 499,
                 QStringLiteral("watchdog-timeout"), sb::EventSource::LogLine, std::nullopt},
                {kWhatsApp, kT0 + 12 * 60 * kMinute, sb::EventKind::LoggedOut, 401,
                 QStringLiteral("<b>revoked</b>"), sb::EventSource::LogLine, std::nullopt}});
            history.recordIncident(incident(1, kWhatsApp, kT0 + 34 * kMinute, LaneState::LoggedOut));
            auto closed = incident(2, kSignal, kT0 + 60 * kMinute, LaneState::Blocked);
            closed.closedAt = kT0 + 90 * kMinute;
            history.recordIncident(closed);
            history.flush();
        }
        sb::store::History history(path);
        QVERIFY(history.open());
        IncidentsPanel panel(history, QTimeZone("Asia/Tokyo"));
        QString saved;
        panel.setSaveFileName([&](sb::incidents::ExportFormat, const QString &suggested) {
            saved = dir.filePath(suggested);
            return saved;
        });
        panel.setAuthor(QStringLiteral("ops"));
        panel.resize(900, 700);
        panel.show();
        auto *table = panel.findChild<QTableView *>(QStringLiteral("incidentTable"));
        auto *report = panel.findChild<QTextBrowser *>(QStringLiteral("incidentReport"));
        QVERIFY(table && report);
        QCOMPARE(table->model()->rowCount(), 2);
        // Open first: the WhatsApp incident leads.
        QCOMPARE(table->model()->index(0, 1).data().toString().contains(QLatin1String("home/whatsapp")),
                 true);

        QVERIFY(panel.showIncident(1));
        QTRY_VERIFY(
            report->toPlainText().contains(QLatin1String("[Feb 12, 00:34 JST] connection closed (499)")));
        QVERIFY(report->toPlainText().contains(QLatin1String("[Feb 12, 12:00 JST] session revoked: 401")));

        // Filters: by channel, by state.
        auto *channel = panel.findChild<QComboBox *>(QStringLiteral("incidentChannelFilter"));
        channel->setCurrentIndex(channel->findData(QStringLiteral("signal")));
        QCOMPARE(table->model()->rowCount(), 1);
        channel->setCurrentIndex(0);
        auto *state = panel.findChild<QComboBox *>(QStringLiteral("incidentStateFilter"));
        state->setCurrentIndex(state->findData(QStringLiteral("logged-out")));
        QCOMPARE(table->model()->rowCount(), 1);
        state->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), 2);

        // Title, a note and a lesson, written through the panel.
        QVERIFY(panel.showIncident(1));
        panel.findChild<QLineEdit *>(QStringLiteral("incidentTitle"))
            ->setText(QStringLiteral("Flaky morning, revoked at noon"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("incidentSetTitle")), Qt::LeftButton);
        auto *note = panel.findChild<QPlainTextEdit *>(QStringLiteral("incidentNote"));
        note->setPlainText(QStringLiteral("relinked from the office phone"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("incidentAddNote")), Qt::LeftButton);
        panel.findChild<QComboBox *>(QStringLiteral("incidentNoteKind"))->setCurrentIndex(1);
        note->setPlainText(QStringLiteral("a re-link is not a recovery"));
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("incidentAddNote")), Qt::LeftButton);
        QTRY_VERIFY(report->toPlainText().contains(QLatin1String("ops: relinked from the office phone")));
        QVERIFY(report->toPlainText().contains(QLatin1String("a re-link is not a recovery")));
        QCOMPARE(panel.currentIncident().value_or(0), 1);
        QVERIFY(table->model()->index(0, 4).data().toString().contains(QLatin1String("Flaky morning")));
        sb::test::saveScreenshot(&panel, QStringLiteral("incidents-dock"), QSize(1100, 760));

        // Export through the seam.
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("incidentExport_md")),
                          Qt::LeftButton);
        QFile exported(saved);
        QVERIFY2(exported.open(QIODevice::ReadOnly), qPrintable(saved));
        const QByteArray markdown = exported.readAll();
        QVERIFY(markdown.startsWith("# Flaky morning, revoked at noon"));
        QVERIFY(markdown.contains("## Lessons"));

        // The engine closes the open incident while the dock is shown: it moves below the newer one.
        auto update = incident(1, kWhatsApp, kT0 + 34 * kMinute, LaneState::LoggedOut);
        update.closedAt = kT0 + 20 * 60 * kMinute;
        panel.upsert(update);
        QCOMPARE(table->model()->index(1, 1).data().toString().contains(QLatin1String("home/whatsapp")),
                 true);
        QCOMPARE(panel.currentIncident().value_or(0), 1);

        // After a restart the history holds what the operator wrote.
        history.close();
        sb::store::History reopened(path);
        QVERIFY(reopened.open());
        QCOMPARE(reopened.notes(1).size(), 2);
        QCOMPARE(reopened.notes(1)[1].kind, sb::store::NoteKind::Lesson);
        QCOMPARE(reopened.incidentTitle(1).value_or(QString()),
                 QStringLiteral("Flaky morning, revoked at noon"));
    }

    // The lane panel offers the lane's open incident; the window opens the dock on it.
    void lanePanelAsksForTheOpenIncident()
    {
        sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(kT0 + 60 * kMinute, QTimeZone::utc()));
        sb::LaneDetailsPanel lanePanel(clock);
        lanePanel.show();
        auto *button = lanePanel.findChild<QPushButton *>(QStringLiteral("openIncidentButton"));
        QVERIFY(button);
        sb::health::LaneFacts facts;
        facts.status.lane = kWhatsApp;
        facts.status.state = LaneState::LoggedOut;
        lanePanel.setFacts(facts);
        QVERIFY(!button->isVisible());
        facts.openIncident = incident(7, kWhatsApp, kT0, LaneState::LoggedOut);
        facts.status.openIncidentId = 7;
        lanePanel.setFacts(facts);
        QTRY_VERIFY(button->isVisible());
        QSignalSpy asked(&lanePanel, &sb::LaneDetailsPanel::incidentRequested);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0][0].toLongLong(), 7);
    }

    // A click on an incident's band on the timeline names that incident; beside it, none.
    void timelineBandNamesItsIncident()
    {
        constexpr qint64 kHour = 60 * kMinute;
        sb::ManualClock clock(QDateTime::fromMSecsSinceEpoch(kT0 + 8 * kHour, QTimeZone::utc()));
        sb::timeline::TimelineIndex index;
        sb::store::Segment segment;
        segment.lane = kWhatsApp;
        segment.from = kT0;
        segment.state = LaneState::LoggedOut;
        index.load({segment});
        auto band = incident(9, kWhatsApp, kT0 + 4 * kHour, LaneState::LoggedOut);
        index.upsertIncident(band);
        sb::TimelineView view(index, clock);
        view.setLabelWidth(200);
        view.resize(1000, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setVisibleRange(kT0, kT0 + 8 * kHour); // 800 px: 100 px an hour
        QSignalSpy clicked(&view, &sb::TimelineView::incidentClicked);
        const int y = view.yForLane(kWhatsApp);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(view.plotRect().left() + 200, y));
        QCOMPARE(clicked.size(), 0); // 02:00, before the incident
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(view.plotRect().left() + 600, y));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked[0][0].toLongLong(), 9);
    }
};

QTEST_MAIN(TestIncidentsPanel)
#include "TestIncidentsPanel.moc"

// The story's night (story/incident-2026-02-12.txt) from the drill, watched the way the console
// watches it, then read back as an incident report: the WhatsApp receipt holds the story's
// lines in order, notes survive a restart, and the same night rebuilt from the gateway's log
// file alone shows the same incident.
#include "app/drill/DrillWorld.h"
#include "app/drill/LogBook.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/incidents/IncidentReport.h"
#include "app/incidents/LogImport.h"
#include "app/incidents/ReportExport.h"
#include "tests/ingest/StoryRun.h"
#include "tests/support/TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using sb::LaneKey;
using sb::incidents::Receipt;
using sb::test::ConsoleSession;
using sb::test::jst;

namespace {

const LaneKey kWhatsApp{QStringLiteral("drill"), QStringLiteral("whatsapp"), QStringLiteral("default")};
constexpr double kSpeed = 2400; // the 25-hour night in about 37 s
const QTimeZone kTokyo("Asia/Tokyo");

// The scenario's own record of the morning: how many 428s WhatsApp took before noon.
int scenario428sBeforeNoon()
{
    QFile file(QStringLiteral(SWITCHBOARD_SOURCE_DIR "/resources/scenarios/2026-02-12-night.json"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    int count = 0;
    const QJsonArray steps =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &step : steps) {
        const QJsonObject s = step.toObject();
        count += s.value(QStringLiteral("channel")).toString() == QLatin1String("whatsapp") &&
                         s.value(QStringLiteral("status")).toInt() == 428 &&
                         s.value(QStringLiteral("at")).toString() < QLatin1String("2026-02-12T12:00")
                     ? 1
                     : 0;
    }
    return count;
}

QStringList lines(const QList<Receipt> &receipts)
{
    QStringList out;
    for (const Receipt &r : receipts)
        out << sb::incidents::receiptTime(r.at, kTokyo) + QLatin1Char(' ') + r.text;
    return out;
}

std::optional<sb::health::Incident> whatsappIncident(const sb::store::History &history)
{
    for (const auto &incident : history.incidents(0, std::numeric_limits<qint64>::max())) {
        if (incident.lane == kWhatsApp && incident.openedAt == jst(12, 0, 34))
            return incident;
    }
    return std::nullopt;
}

} // namespace

class TestIncidentStory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_historyPath = m_dir.filePath(QStringLiteral("history.sqlite"));
        QString error;
        sb::drill::DrillSession::Options options;
        options.speed = kSpeed;
        m_drill = sb::drill::DrillSession::start(options, &error);
        QVERIFY2(m_drill, qPrintable(error));
        ConsoleSession console(*m_drill, m_historyPath);
        QTRY_VERIFY_WITH_TIMEOUT(m_drill->clock()->now().toMSecsSinceEpoch() > jst(13, 1, 14), 120000);
        QTRY_VERIFY_WITH_TIMEOUT(console.ingestor().linesRead() >= m_drill->world()->logs().lineCount(),
                                 10000);
        m_drill->player()->stop();
        console.stop();
        console.engine().tick(m_drill->clock()->now().toMSecsSinceEpoch());
        console.history.flush();
        // The gateway's file log as it stands at the end of the night, for the import.
        QFile log(m_dir.filePath(QStringLiteral("openclaw.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        const QJsonObject whole = m_drill->world()->logs().tail(0, 100000, 100000000);
        for (const QJsonValue &line : whole.value(QStringLiteral("lines")).toArray())
            log.write(line.toString().toUtf8() + '\n');
    }

    void whatsappReceiptTellsTheStory()
    {
        sb::store::History history(m_historyPath);
        QVERIFY(history.open());
        const auto incident = whatsappIncident(history);
        QVERIFY(incident);
        sb::incidents::ReportOptions options;
        options.timeZone = kTokyo;
        options.nowMs = jst(13, 1, 14);
        const auto report = sb::incidents::buildReport(history, incident->id, options);
        QVERIFY(report);
        QCOMPARE(report->lanes.first().incident.lane, kWhatsApp);
        const QStringList receipt = lines(report->lanes.first().receipts);
        const QString shown = receipt.join(QLatin1Char('\n'));

        const int repeats = scenario428sBeforeNoon() - 1;
        QVERIFY2(repeats >= 9, "the story says the 428 pattern repeats 9+ times");
        const QStringList story{
            QStringLiteral("[Feb 12, 00:34 JST] connection closed (499)"),
            QStringLiteral("[Feb 12, 01:32 JST] connection closed (499)"),
            QStringLiteral(
                "[Feb 12, 01:55 JST] status 428 (Precondition Required) — pattern repeats %1× through "
                "morning")
                .arg(repeats),
            QStringLiteral("[Feb 12, 12:20 JST] session revoked: 401"),
            QStringLiteral("[Feb 12, 18:57 JST] re-linked successfully; tests OK (3 delivered)"),
            QStringLiteral(
                "[Feb 12, 19:08 JST] one outbound message → 503 (possible ban) → WhatsApp disabled"),
        };
        qsizetype from = 0;
        for (const QString &expected : story) {
            const qsizetype at = receipt.indexOf(expected, from);
            QVERIFY2(at >= 0,
                     qPrintable(
                         QStringLiteral("missing, or out of order: %1\nreceipt:\n%2").arg(expected, shown)));
            from = at + 1;
        }
        // The repeats are one line: no second 428 line of the morning.
        QCOMPARE(receipt.filter(QStringLiteral("428")).size(), 1);
        // Facts: opened at 00:34 by the 499, still open (blocked), the first operator step was the
        // relink begun at 18:52.
        QCOMPARE(report->from, jst(12, 0, 34));
        QVERIFY(report->open);
        QCOMPARE(report->worstState, sb::LaneState::Blocked);
        QCOMPARE(report->cause, QStringLiteral("connection closed (499)"));
        QCOMPARE(report->firstActionAt.value_or(0), jst(12, 18, 52));
        QVERIFY(report->lanes.first().receipts.last().kind == Receipt::Kind::Proof);
    }

    void notesSurviveARestart()
    {
        const QString copy = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QVERIFY(QFile::copy(m_historyPath, copy));
        qint64 id = 0;
        {
            sb::store::History history(copy);
            QVERIFY(history.open());
            id = whatsappIncident(history)->id;
            history.setIncidentTitle(
                {id, jst(12, 19, 30), QStringLiteral("WhatsApp banned 11 minutes after a re-link")});
            history.addNote({0, id, kWhatsApp, jst(12, 19, 20), QStringLiteral("ops"),
                             QStringLiteral("moving operators to Telegram")});
            history.addNote({0, id, kWhatsApp, jst(12, 19, 40), QStringLiteral("ops"),
                             QStringLiteral("if the platform can revoke you, it's not infrastructure"),
                             sb::store::NoteKind::Lesson});
            history.flush();
        }
        sb::store::History history(copy);
        QVERIFY(history.open());
        sb::incidents::ReportOptions options;
        options.timeZone = kTokyo;
        const auto report = sb::incidents::buildReport(history, id, options);
        QVERIFY(report);
        QCOMPARE(report->title, QStringLiteral("WhatsApp banned 11 minutes after a re-link"));
        QVERIFY(report->titleFromOperator);
        QCOMPARE(report->notes.size(), 1);
        QCOMPARE(report->notes[0].at, jst(12, 19, 20));
        QCOMPARE(report->lessons.size(), 1);
        const QString markdown = sb::incidents::markdownReport(*report);
        QVERIFY2(markdown.contains(QLatin1String("[Feb 12, 19:20 JST] ops: moving operators to Telegram")),
                 qPrintable(markdown));
        QVERIFY(markdown.contains(QLatin1String("## Lessons")));
        QVERIFY(
            markdown.contains(QLatin1String("- if the platform can revoke you, it's not infrastructure")));
    }

    void markdownAndHtmlExportsOpen()
    {
        sb::store::History history(m_historyPath);
        QVERIFY(history.open());
        sb::incidents::ReportOptions options;
        options.timeZone = kTokyo;
        const auto report = sb::incidents::buildReport(history, whatsappIncident(history)->id, options);
        QVERIFY(report);
        QString problem;
        const auto md = sb::incidents::exportReport(*report, sb::incidents::ExportFormat::Markdown, &problem);
        QVERIFY2(md, qPrintable(problem));
        QVERIFY(md->startsWith("# WhatsApp: "));
        QVERIFY(md->contains("- [Feb 12, 12:20 JST] session revoked: 401\n"));
        QVERIFY(md->contains("Exported by Switchboard "));
        const auto html = sb::incidents::exportReport(*report, sb::incidents::ExportFormat::Html, &problem);
        QVERIFY2(html, qPrintable(problem));
        // Well-formed enough for an XML reader once the doctype is dropped: every tag closed.
        QXmlStreamReader xml(QByteArray(*html)
                                 .replace("<!DOCTYPE html>", "")
                                 .replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\"/>")
                                 .replace("'none'; img-src data:; style-src 'unsafe-inline'\">",
                                          "'none'; img-src data:; style-src 'unsafe-inline'\"/>"));
        int items = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("li"))
                ++items;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(items, report->lanes.first().receipts.size());
    }

    // The same night from nothing but the gateway's log file: the WhatsApp incident is there,
    // opened by the same 499, and the live history was not touched.
    void importedLogRebuildsTheNight()
    {
        const QString imported = m_dir.filePath(QStringLiteral("imported.sqlite"));
        sb::incidents::LogImportOptions options;
        options.logPath = m_dir.filePath(QStringLiteral("openclaw.log"));
        options.historyPath = imported;
        options.gatewayId = QStringLiteral("drill");
        options.protectedHistoryPath = m_historyPath;
        QString problem;
        const auto result = sb::incidents::importGatewayLog(options, &problem);
        QVERIFY2(result, qPrintable(problem));
        QCOMPARE(result->skippedLines, 0);
        QVERIFY(result->incidents >= 1);
        sb::store::History history(imported);
        QVERIFY(history.open());
        const auto incident = whatsappIncident(history);
        QVERIFY2(incident, "the WhatsApp incident from 00:34");
        sb::incidents::ReportOptions reportOptions;
        reportOptions.timeZone = kTokyo;
        const auto report = sb::incidents::buildReport(history, incident->id, reportOptions);
        const QString shown = lines(report->lanes.first().receipts).join(QLatin1Char('\n'));
        QVERIFY2(shown.contains(QLatin1String("[Feb 12, 12:20 JST] session revoked: 401")),
                 qPrintable(shown));
        QVERIFY2(
            shown.contains(QStringLiteral("[Feb 12, 01:55 JST] status 428 (Precondition Required) — pattern "
                                          "repeats")),
            qPrintable(shown));

        // Importing into the live history itself is refused, and leaves it as it was.
        options.historyPath = m_historyPath;
        QVERIFY(!sb::incidents::importGatewayLog(options, &problem));
        QVERIFY2(problem.contains(QLatin1String("own history")), qPrintable(problem));
    }

private:
    QTemporaryDir m_dir;
    QString m_historyPath;
    std::unique_ptr<sb::drill::DrillSession> m_drill;
};

QTEST_GUILESS_MAIN(TestIncidentStory)
#include "TestIncidentStory.moc"

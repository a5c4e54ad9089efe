// Every export format opened by a real reader: the HTML in Debian's headless Chromium (the
// hostile lane name shows as text and nothing runs), the PDF through poppler's pdftotext and
// pdftoppm, the PNG through Qt's decoder; none of them carries a secret, all of them say which
// console version and history produced them.
#include "app/incidents/IncidentReport.h"
#include "app/incidents/ReportExport.h"
#include "app/platform/BuildInfo.h"
#include "app/store/History.h"
#include "models/incidents/IncidentPainter.h"
#include "models/timeline/TimelineRenderer.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using sb::incidents::ExportFormat;

namespace {

constexpr qint64 kT0 = 1'770'822'000'000; // 2026-02-12 00:00 JST
constexpr qint64 kMinute = 60 * 1000;
const QString kHostile = QStringLiteral("<img src=x onerror=alert(1)>");
const QString kScript = QStringLiteral("<script>document.body.setAttribute('data-pwned','1')</script>");
const QString kBotToken = QStringLiteral("7000000001:AAdrill-fake-ops-bot-token-0123456789");
const sb::LaneKey kLane{QStringLiteral("gw"), QStringLiteral("telegram"), kHostile};

struct Output
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Output run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Output o;
    if (!process.waitForFinished(90000)) {
        process.kill();
        process.waitForFinished();
        return o;
    }
    o.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    o.out = process.readAllStandardOutput();
    o.err = process.readAllStandardError();
    return o;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestIncidentExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        sb::incidents::IncidentPainter::install();
        sb::store::History history(m_dir.filePath(QStringLiteral("night.sqlite")));
        QVERIFY(history.open());
        sb::health::Transition t;
        t.lane = kLane;
        t.at = kT0;
        t.from = sb::LaneState::Healthy;
        t.to = sb::LaneState::LoggedOut;
        t.reason = sb::health::Reason::verbatim(QStringLiteral("session revoked"));
        history.recordTransition(t);
        t.at = kT0 + 30 * kMinute;
        t.from = sb::LaneState::LoggedOut;
        t.to = sb::LaneState::Healthy;
        history.recordTransition(t);
        sb::ChannelEvent revoked{kLane, kT0, sb::EventKind::LoggedOut, 401, kScript, sb::EventSource::LogLine,
                                 {}};
        sb::ChannelEvent failed{kLane,
                                kT0 + 5 * kMinute,
                                sb::EventKind::DeliveryFailed,
                                std::nullopt,
                                kScript,
                                sb::EventSource::LogLine,
                                {}};
        history.append(QList<sb::ChannelEvent>{revoked, failed});
        sb::health::Incident incident;
        incident.id = 1;
        incident.groupId = 1;
        incident.lane = kLane;
        incident.openedAt = kT0;
        incident.closedAt = kT0 + 30 * kMinute;
        incident.worstState = sb::LaneState::LoggedOut;
        incident.lastState = sb::LaneState::Healthy;
        incident.openReason = sb::health::Reason::verbatim(QStringLiteral("session revoked"));
        history.recordIncident(incident);
        history.setIncidentTitle({1, kT0, QStringLiteral("Bot revoked ") + kHostile});
        // The operator pasted a token into a note: the history keeps what they wrote, an export never.
        history.addNote({0, 1, kLane, kT0 + 10 * kMinute, QStringLiteral("ops"),
                         QStringLiteral("rotated the bot token ") + kBotToken});
        history.appendAction({0,
                              kT0 + 12 * kMinute,
                              QStringLiteral("operator"),
                              QStringLiteral("config.patch"),
                              kLane.toString(),
                              QStringLiteral("config 1a2b -> 3c4d"),
                              {},
                              {}});
        history.flush();
        sb::incidents::ReportOptions options;
        options.timeZone = QTimeZone("Asia/Tokyo");
        options.nowMs = kT0 + kMinute * 60 * 24;
        const auto report = sb::incidents::buildReport(history, 1, options);
        QVERIFY(report);
        m_report = *report;
    }

    void markdownEscapesAndRedacts()
    {
        QString problem;
        const auto md = sb::incidents::exportReport(m_report, ExportFormat::Markdown, &problem);
        QVERIFY2(md, qPrintable(problem));
        const QString text = QString::fromUtf8(*md);
        QVERIFY2(!text.contains(QLatin1String("<img")) && !text.contains(QLatin1String("<script")),
                 qPrintable(text));
        QVERIFY(text.contains(QLatin1String("&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY2(!text.contains(kBotToken), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(
            "[Feb 12, 00:12 JST] operator (operator): config written — config 1a2b -&gt; 3c4d")));
        QVERIFY(text.contains(QStringLiteral("Exported by Switchboard %1 from history night.sqlite")
                                  .arg(QString::fromLatin1(sb::build::version))));
    }

    // Chromium reads the file as any browser would: the hostile names are text in the page, the
    // only image is the embedded picture, and no script ran.
    void htmlInChromiumShowsTextAndRunsNothing()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/chromium")))
            QSKIP("Debian's chromium is not installed");
        QString problem;
        const auto html = sb::incidents::exportReport(m_report, ExportFormat::Html, &problem);
        QVERIFY2(html, qPrintable(problem));
        QVERIFY(html->contains("data:image/png;base64,"));
        QVERIFY(!html->contains(kBotToken.toUtf8()));
        const QString path = m_dir.filePath(QStringLiteral("incident.html"));
        QVERIFY(write(path, *html));
        QTemporaryDir profile;
        const Output chromium = run(
            QStringLiteral("/usr/bin/chromium"),
            {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
             QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
             QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
             QStringLiteral("--disable-sync"), QStringLiteral("--user-data-dir=") + profile.path(),
             QStringLiteral("--virtual-time-budget=2000"), QStringLiteral("--dump-dom"),
             QUrl::fromLocalFile(path).toString()});
        QVERIFY2(chromium.code == 0, chromium.err.constData());
        const QString dom = QString::fromUtf8(chromium.out);
        QVERIFY2(dom.contains(QLatin1String("<h1>Bot revoked &lt;img src=x onerror=alert(1)&gt;</h1>")),
                 qPrintable(dom));
        QVERIFY(dom.contains(QLatin1String("gw/telegram/&lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(dom.contains(QLatin1String("&lt;script&gt;document.body.setAttribute")));
        QVERIFY2(!dom.contains(QLatin1String("data-pwned=\"1\"")), "a script in gateway text ran");
        static const QRegularExpression image(QStringLiteral("<img\\b"));
        QCOMPARE(dom.count(image), 1); // the picture, nothing else
        QVERIFY(dom.contains(QLatin1String("<img src=\"data:image/png;base64,")));
        QVERIFY(!dom.contains(kBotToken));
    }

    // poppler reads the PDF back: its text is the report's, pages render.
    void pdfReadsBackWithPoppler()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/pdftotext")))
            QSKIP("poppler-utils are not installed");
        QString problem;
        const auto pdf = sb::incidents::exportReport(m_report, ExportFormat::Pdf, &problem);
        QVERIFY2(pdf, qPrintable(problem));
        QVERIFY(pdf->startsWith("%PDF-"));
        const QString path = m_dir.filePath(QStringLiteral("incident.pdf"));
        QVERIFY(write(path, *pdf));
        const Output text =
            run(QStringLiteral("/usr/bin/pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QCOMPARE(text.code, 0);
        const QString words = QString::fromUtf8(text.out);
        // The title may wrap; its words are there as text.
        QVERIFY2(words.contains(QLatin1String("Bot revoked <img")), qPrintable(words));
        QVERIFY2(words.contains(QLatin1String("gw/telegram/<img src=x onerror=alert(1)>")),
                 qPrintable(words));
        QVERIFY2(words.contains(QLatin1String("[Feb 12, 00:00 JST] session revoked: 401")),
                 qPrintable(words));
        QVERIFY2(words.contains(QLatin1String("proven healthy again")), qPrintable(words));
        QVERIFY(words.contains(QLatin1String("Exported by Switchboard")));
        QVERIFY(!words.contains(kBotToken));
        const Output pages = run(QStringLiteral("/usr/bin/pdftoppm"),
                                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), path,
                                  m_dir.filePath(QStringLiteral("page"))});
        QCOMPARE(pages.code, 0);
        QImage first(m_dir.filePath(QStringLiteral("page-1.png")));
        QVERIFY(!first.isNull());
        QVERIFY(first.width() > 200 && first.height() > first.width()); // an A4 page, portrait
    }

    void pngIsAPicture()
    {
        QString problem;
        const auto png = sb::incidents::exportReport(m_report, ExportFormat::Png, &problem);
        QVERIFY2(png, qPrintable(problem));
        QImage page;
        QVERIFY(page.loadFromData(*png, "PNG"));
        QCOMPARE(page.width(), 1000);
        QVERIFY(page.height() > 300);
        // The lanes picture inside it is painted by the timeline renderer: the logged-out stretch
        // shows in the state's own colour.
        const QImage lanes = sb::incidents::IncidentPainter::lanesPicture(m_report, 800);
        const QRgb loggedOut = sb::TimelineRenderer::stateColor(sb::LaneState::LoggedOut).rgb();
        int found = 0;
        for (int x = 0; x < lanes.width(); ++x)
            found += lanes.pixel(x, lanes.height() - 8) == loggedOut ? 1 : 0;
        QVERIFY2(found > 50, qPrintable(QString::number(found)));
    }

private:
    QTemporaryDir m_dir;
    sb::incidents::IncidentReport m_report;
};

QTEST_MAIN(TestIncidentExports)
#include "TestIncidentExports.moc"

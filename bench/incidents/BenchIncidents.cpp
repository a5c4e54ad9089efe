// The incident list over 30,000 incidents (history read + model filled and sorted), one
// incident's report, and each export of it. docs/benchmarks.md records the figures.
#include "app/incidents/IncidentReport.h"
#include "app/incidents/ReportExport.h"
#include "app/store/History.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentPainter.h"

#include <algorithm>
#include <cstdio>

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

namespace {

constexpr int kIncidents = 30000;
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kT0 = 1'700'000'000'000;
constexpr int kRuns = 5;

template <typename F>
double medianMs(F &&work)
{
    std::vector<double> runs;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication application(argc, argv);
    sb::incidents::IncidentPainter::install();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("incidents.sqlite"));
    {
        sb::store::History history(path);
        if (!history.open())
            return 1;
        const QStringList channels{QStringLiteral("whatsapp"), QStringLiteral("telegram"),
                                   QStringLiteral("signal")};
        for (int i = 1; i <= kIncidents; ++i) {
            sb::health::Incident incident;
            incident.id = i;
            incident.groupId = i;
            incident.lane =
                sb::LaneKey{QStringLiteral("gw%1").arg(i % 50), channels[i % 3], QStringLiteral("default")};
            incident.openedAt = kT0 + qint64(i) * 30 * kMinute;
            if (i != 1 && i % 100 != 0)
                incident.closedAt = incident.openedAt + 20 * kMinute;
            incident.worstState = i % 7 == 0 ? sb::LaneState::LoggedOut : sb::LaneState::Reconnecting;
            incident.lastState = incident.worstState;
            incident.openReason = sb::health::Reason::of(QStringLiteral("whatsapp.428-connection-closed"));
            history.recordIncident(incident);
        }
        // The incident a report is asked for: a night's worth of drops, a relink, a ban.
        const sb::LaneKey lane{QStringLiteral("gw1"), QStringLiteral("telegram"), QStringLiteral("default")};
        const qint64 opened = kT0 + 30 * kMinute;
        QList<sb::ChannelEvent> events;
        for (int i = 0; i < 2000; ++i) {
            events.append({lane, opened + i * 9000,
                           i % 2 ? sb::EventKind::Connected : sb::EventKind::Disconnected,
                           i % 2 ? std::nullopt : std::optional<int>(428),
                           QStringLiteral("Connection Closed"), sb::EventSource::LogLine, std::nullopt});
        }
        history.append(events);
        history.flush();
    }
    sb::store::History history(path);
    if (!history.open())
        return 1;
    std::printf("incidents: %d in the history\n", kIncidents);
    int rows = 0;
    const double list = medianMs([&] {
        sb::incidents::IncidentListModel model;
        model.reload(history);
        rows = model.rowCount();
    });
    std::printf("list opens (read + sort, %d rows): median %.1f ms\n", rows, list);
    sb::incidents::ReportOptions options;
    options.timeZone = QTimeZone("Asia/Tokyo");
    std::optional<sb::incidents::IncidentReport> report;
    const double build = medianMs([&] { report = sb::incidents::buildReport(history, 1, options); });
    std::printf("report (1 incident, %lld events, %lld receipt lines): median %.1f ms\n",
                static_cast<long long>(report->lanes.first().events.size()),
                static_cast<long long>(report->lanes.first().receipts.size()), build);
    for (const auto format : {sb::incidents::ExportFormat::Markdown, sb::incidents::ExportFormat::Html,
                              sb::incidents::ExportFormat::Pdf, sb::incidents::ExportFormat::Png}) {
        qsizetype bytes = 0;
        const double ms = medianMs([&] {
            QString problem;
            bytes = sb::incidents::exportReport(*report, format, &problem).value_or(QByteArray()).size();
        });
        std::printf("export %s (%lld bytes): median %.1f ms\n",
                    qPrintable(sb::incidents::exportFormatName(format)), static_cast<long long>(bytes), ms);
    }
    return 0;
}

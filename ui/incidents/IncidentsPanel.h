#pragma once

#include "app/incidents/IncidentReport.h"
#include "app/incidents/ReportExport.h"

#include <functional>
#include <optional>

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace sb::store {
class History;
}

namespace sb::incidents {

class IncidentListModel;

// The Incidents dock: the list (open ones first, filtered by gateway, channel, state and date),
// and for the selected incident its report (facts, the lanes picture, the receipts), the
// operator's title, notes and lessons, and the exports. Gateway text reaches the reader only
// through the report's escaped HTML and plain-text labels.
class IncidentsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncidentsPanel)

public:
    IncidentsPanel(store::History &history, const QTimeZone &zone, QWidget *parent = nullptr);
    ~IncidentsPanel() override;

    // Re-reads the list from the history (keeps the selection when it is still there).
    void reload();
    // Selects the incident and shows its report; false when the list does not hold it.
    bool showIncident(qint64 incidentId);
    // The engine opened, updated or closed one while the dock is shown.
    void upsert(const health::Incident &incident);
    std::optional<qint64> currentIncident() const { return m_current; }

    // Seams: where an export is saved (default: a file dialog) and who writes notes.
    using SaveFileName = std::function<QString(ExportFormat format, const QString &suggested)>;
    void setSaveFileName(SaveFileName chooser) { m_saveFileName = std::move(chooser); }
    void setAuthor(const QString &author) { m_author = author; }

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void applyFilter();
    void showReport();
    void addNote();
    void setTitle();
    void exportAs(ExportFormat format);
    void fillFilterChoices();

    store::History &m_history;
    QTimeZone m_zone;
    IncidentListModel *m_model = nullptr;
    std::optional<qint64> m_current;
    std::optional<IncidentReport> m_report;
    SaveFileName m_saveFileName;
    QString m_author;

    QComboBox *m_gateway = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_state = nullptr;
    QDateEdit *m_since = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLineEdit *m_title = nullptr;
    QPushButton *m_titleButton = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QComboBox *m_noteKind = nullptr;
    QPushButton *m_noteButton = nullptr;
    QList<QPushButton *> m_exportButtons;
};

} // namespace sb::incidents

#include "ui/incidents/IncidentsPanel.h"

#include "app/store/History.h"
#include "models/incidents/IncidentListModel.h"
#include "models/incidents/IncidentPainter.h"

#include <limits>

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace sb::incidents {

namespace {

const QString kPicture = QStringLiteral("switchboard-incident-picture.png");
constexpr LaneState kFilterStates[] = {LaneState::Reconnecting, LaneState::Degraded,  LaneState::Stopped,
                                       LaneState::Conflict,     LaneState::LoggedOut, LaneState::Blocked};

} // namespace

IncidentsPanel::IncidentsPanel(store::History &history, const QTimeZone &zone, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_zone(zone)
    , m_model(new IncidentListModel(this))
    , m_author(qEnvironmentVariable("USER", QStringLiteral("operator")))
{
    IncidentPainter::install();
    m_model->setTimeZone(zone);
    m_saveFileName = [this](ExportFormat format, const QString &suggested) {
        return QFileDialog::getSaveFileName(
            this, tr("Export incident"), suggested,
            tr("%1 files (*.%2)").arg(exportFormatName(format).toUpper(), exportFileSuffix(format)));
    };

    m_gateway = new QComboBox;
    m_gateway->setObjectName(QStringLiteral("incidentGatewayFilter"));
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("incidentChannelFilter"));
    m_state = new QComboBox;
    m_state->setObjectName(QStringLiteral("incidentStateFilter"));
    m_state->addItem(tr("Any state"));
    for (const LaneState state : kFilterStates)
        m_state->addItem(stateDisplayName(state), stateName(state));
    m_since = new QDateEdit;
    m_since->setObjectName(QStringLiteral("incidentSinceFilter"));
    m_since->setCalendarPopup(true);
    m_since->setSpecialValueText(tr("Any date"));
    m_since->setMinimumDate(QDate(2000, 1, 1));
    m_since->setDate(m_since->minimumDate());
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_gateway);
    filters->addWidget(m_channel);
    filters->addWidget(m_state);
    filters->addWidget(new QLabel(tr("since")));
    filters->addWidget(m_since);
    filters->addStretch();

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("incidentTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("incidentReport"));
    m_detail->setOpenLinks(false);
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_title->setPlaceholderText(tr("A title for this incident"));
    m_titleButton = new QPushButton(tr("Set title"));
    m_titleButton->setObjectName(QStringLiteral("incidentSetTitle"));
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("incidentNote"));
    m_note->setPlaceholderText(tr("What happened, what you did, what you learnt"));
    m_note->setMaximumHeight(80);
    m_noteKind = new QComboBox;
    m_noteKind->setObjectName(QStringLiteral("incidentNoteKind"));
    m_noteKind->addItem(tr("Note"));
    m_noteKind->addItem(tr("Lesson"));
    m_noteButton = new QPushButton(tr("Add"));
    m_noteButton->setObjectName(QStringLiteral("incidentAddNote"));
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_titleButton);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_noteKind);
    noteRow->addWidget(m_noteButton);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(new QLabel(tr("Export:")));
    for (const ExportFormat format :
         {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Png}) {
        auto *button = new QPushButton(exportFormatName(format).toUpper());
        button->setObjectName(QStringLiteral("incidentExport_") + exportFormatName(format));
        connect(button, &QPushButton::clicked, this, [this, format] { exportAs(format); });
        exportRow->addWidget(button);
        m_exportButtons.append(button);
    }
    exportRow->addStretch();

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(titleRow);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_note);
    detailLayout->addLayout(noteRow);
    detailLayout->addLayout(exportRow);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_gateway, &QComboBox::currentIndexChanged, this, &IncidentsPanel::applyFilter);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &IncidentsPanel::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &IncidentsPanel::applyFilter);
    connect(m_since, &QDateEdit::dateChanged, this, &IncidentsPanel::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // A reset clears the selection; the incident shown stays until another is picked.
                const auto incident = m_model->incidentAt(current.row());
                if (!incident || incident->id == m_current)
                    return;
                m_current = incident->id;
                showReport();
            });
    connect(m_titleButton, &QPushButton::clicked, this, &IncidentsPanel::setTitle);
    connect(m_noteButton, &QPushButton::clicked, this, &IncidentsPanel::addNote);
    reload();
}

IncidentsPanel::~IncidentsPanel() = default;

void IncidentsPanel::fillFilterChoices()
{
    const QString gateway = m_gateway->currentData().toString();
    const QString channel = m_channel->currentData().toString();
    QStringList gateways, channels;
    for (const LaneKey &lane : m_history.lanes()) {
        gateways << lane.gatewayId;
        channels << lane.channel;
    }
    gateways.removeDuplicates();
    channels.removeDuplicates();
    const QSignalBlocker blockGateway(m_gateway);
    const QSignalBlocker blockChannel(m_channel);
    m_gateway->clear();
    m_gateway->addItem(tr("Any gateway"));
    for (const QString &g : gateways)
        m_gateway->addItem(g, g);
    m_channel->clear();
    m_channel->addItem(tr("Any channel"));
    for (const QString &c : channels)
        m_channel->addItem(channelDisplayName(c), c);
    m_gateway->setCurrentIndex(std::max(0, m_gateway->findData(gateway)));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
}

void IncidentsPanel::reload()
{
    fillFilterChoices();
    const std::optional<qint64> keep = m_current;
    m_model->reload(m_history);
    if (!keep || !showIncident(*keep))
        m_current.reset();
    showReport();
}

void IncidentsPanel::applyFilter()
{
    IncidentListModel::Filter filter;
    filter.gateway = m_gateway->currentData().toString();
    filter.channel = m_channel->currentData().toString();
    if (m_state->currentIndex() > 0)
        filter.state = stateFromName(m_state->currentData().toString());
    if (m_since->date() > m_since->minimumDate())
        filter.from = QDateTime(m_since->date(), QTime(0, 0), m_zone).toMSecsSinceEpoch();
    const std::optional<qint64> keep = m_current;
    m_model->setFilter(filter);
    if (!keep || !showIncident(*keep)) {
        m_current.reset();
        showReport();
    }
}

bool IncidentsPanel::showIncident(qint64 incidentId)
{
    const int row = m_model->rowOf(incidentId);
    if (row < 0)
        return false;
    const bool changed = m_current != incidentId || !m_report;
    m_current = incidentId; // first, so the selection handler sees nothing new
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
    if (changed)
        showReport();
    return true;
}

void IncidentsPanel::upsert(const health::Incident &incident)
{
    const std::optional<qint64> keep = m_current;
    m_model->upsert(incident);
    if (keep)
        showIncident(*keep);
    // Only the incident on screen is read again; the others only change their row.
    if (keep == incident.id)
        showReport();
}

void IncidentsPanel::showReport()
{
    m_report.reset();
    if (m_current) {
        m_history.flush(); // notes just written are part of the report
        ReportOptions options;
        options.timeZone = m_zone;
        options.nowMs = QDateTime::currentMSecsSinceEpoch();
        m_report = buildReport(m_history, *m_current, options);
    }
    const bool shown = m_report.has_value();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_title, m_titleButton, m_note, m_noteKind, m_noteButton})
        w->setEnabled(shown);
    for (QPushButton *button : m_exportButtons)
        button->setEnabled(shown);
    if (!shown) {
        m_detail->setPlainText(tr("Select an incident to read its receipts."));
        m_title->clear();
        return;
    }
    m_title->setText(m_report->titleFromOperator ? m_report->title : QString());
    m_detail->document()->addResource(QTextDocument::ImageResource, QUrl(kPicture),
                                      IncidentPainter::lanesPicture(*m_report, 900));
    m_detail->setHtml(htmlReport(*m_report, {}, kPicture));
}

void IncidentsPanel::addNote()
{
    const QString text = m_note->toPlainText().trimmed();
    if (!m_current || text.isEmpty())
        return;
    store::Note note;
    note.incidentId = *m_current;
    note.lane = m_report ? std::optional<LaneKey>(m_report->lanes.first().incident.lane) : std::nullopt;
    note.at = QDateTime::currentMSecsSinceEpoch();
    note.author = m_author;
    note.text = text;
    note.kind = m_noteKind->currentIndex() == 1 ? store::NoteKind::Lesson : store::NoteKind::Note;
    m_history.addNote(note);
    m_note->clear();
    showReport();
}

void IncidentsPanel::setTitle()
{
    if (!m_current)
        return;
    m_history.setIncidentTitle({*m_current, QDateTime::currentMSecsSinceEpoch(), m_title->text().trimmed()});
    m_history.flush();
    const std::optional<qint64> keep = m_current;
    m_model->reload(m_history);
    if (keep)
        showIncident(*keep);
}

void IncidentsPanel::exportAs(ExportFormat format)
{
    if (!m_report)
        return;
    const QString suggested =
        QStringLiteral("incident-%1.%2").arg(m_report->incidentId).arg(exportFileSuffix(format));
    const QString path = m_saveFileName(format, suggested);
    if (path.isEmpty())
        return;
    QString problem;
    const std::optional<QByteArray> bytes = exportReport(*m_report, format, &problem);
    QSaveFile file(path);
    if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        Q_EMIT statusMessage(tr("Export failed: %1").arg(bytes ? file.errorString() : problem));
        return;
    }
    Q_EMIT statusMessage(tr("Incident %1 exported to %2").arg(m_report->incidentId).arg(path));
}

} // namespace sb::incidents

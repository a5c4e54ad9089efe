#pragma once

#include "app/health/HealthTypes.h"

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QTimeZone>

namespace sb::store {
class History;
}

namespace sb::incidents {

// The incidents of a history as a table: open ones first, then the newest, filtered by
// gateway, channel, state and date. Rows are plain values read once by reload(); data() does
// no I/O and formats only the cells a view asks for.
class IncidentListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Opened,
        Lane,
        WorstState,
        Duration,
        Title,
        ColumnCount
    };
    enum Role
    {
        IncidentIdRole = Qt::UserRole + 1,
        OpenRole,
    };

    struct Filter
    {
        QString gateway; // empty: any
        QString channel;
        std::optional<LaneState> state; // the incident's worst state
        qint64 from = 0;                // overlapping [from, to)
        qint64 to = std::numeric_limits<qint64>::max();
    };

    explicit IncidentListModel(QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    // Reads every incident and the operators' titles from the history.
    void reload(const store::History &history);
    // The same from values (tests, benchmarks, a history already read).
    void setIncidents(QList<health::Incident> incidents, QHash<qint64, QString> titles);
    void setFilter(const Filter &filter);
    const Filter &filter() const { return m_filter; }
    // An incident the engine opened, updated or closed while the list is shown.
    void upsert(const health::Incident &incident);

    std::optional<health::Incident> incidentAt(int row) const;
    int rowOf(qint64 incidentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool accepts(const health::Incident &incident) const;
    void rebuildRows();

    QList<health::Incident> m_all;
    QHash<qint64, QString> m_titles;
    QList<qsizetype> m_rows; // indices into m_all, in display order
    Filter m_filter;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace sb::incidents

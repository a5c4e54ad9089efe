#include "models/incidents/IncidentListModel.h"

#include "app/incidents/IncidentReport.h"
#include "app/platform/SafeText.h"
#include "app/store/History.h"

#include <algorithm>
#include <limits>

namespace sb::incidents {

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void IncidentListModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Opened), index(rowCount() - 1, Opened));
}

void IncidentListModel::reload(const store::History &history)
{
    setIncidents(history.incidents(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()),
                 history.incidentTitles());
}

void IncidentListModel::setIncidents(QList<health::Incident> incidents, QHash<qint64, QString> titles)
{
    beginResetModel();
    m_all = std::move(incidents);
    m_titles = std::move(titles);
    rebuildRows();
    endResetModel();
}

void IncidentListModel::setFilter(const Filter &filter)
{
    beginResetModel();
    m_filter = filter;
    rebuildRows();
    endResetModel();
}

void IncidentListModel::upsert(const health::Incident &incident)
{
    // Rare next to the list's size: a reset keeps the order rule (open first) in one place.
    beginResetModel();
    auto known = std::find_if(m_all.begin(), m_all.end(),
                              [&](const health::Incident &i) { return i.id == incident.id; });
    if (known != m_all.end())
        *known = incident;
    else
        m_all.append(incident);
    rebuildRows();
    endResetModel();
}

bool IncidentListModel::accepts(const health::Incident &i) const
{
    if (!m_filter.gateway.isEmpty() && i.lane.gatewayId != m_filter.gateway)
        return false;
    if (!m_filter.channel.isEmpty() && i.lane.channel != m_filter.channel)
        return false;
    if (m_filter.state && i.worstState != *m_filter.state)
        return false;
    const qint64 end = i.closedAt.value_or(std::numeric_limits<qint64>::max());
    return i.openedAt < m_filter.to && end >= m_filter.from;
}

void IncidentListModel::rebuildRows()
{
    m_rows.clear();
    m_rows.reserve(m_all.size());
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all[i]))
            m_rows.append(i);
    }
    std::sort(m_rows.begin(), m_rows.end(), [this](qsizetype a, qsizetype b) {
        const health::Incident &x = m_all[a];
        const health::Incident &y = m_all[b];
        if (x.isOpen() != y.isOpen())
            return x.isOpen();
        if (x.openedAt != y.openedAt)
            return x.openedAt > y.openedAt;
        return x.id > y.id;
    });
}

std::optional<health::Incident> IncidentListModel::incidentAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_all[m_rows[row]];
}

int IncidentListModel::rowOf(qint64 incidentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_all[m_rows[row]].id == incidentId)
            return row;
    }
    return -1;
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const health::Incident &i = m_all[m_rows[index.row()]];
    switch (role) {
    case IncidentIdRole:
        return i.id;
    case OpenRole:
        return i.isOpen();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Opened:
            return receiptTime(i.openedAt, m_zone);
        case Lane:
            return SafeText::forLabel(i.lane.toString());
        case WorstState:
            return stateDisplayName(i.worstState);
        case Duration:
            return i.closedAt ? durationText(*i.closedAt - i.openedAt) : tr("open");
        case Title: {
            const QString title = m_titles.value(i.id);
            return SafeText::forLabel(title.isEmpty() ? i.openReason.text() : title);
        }
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Opened:
        return tr("Opened");
    case Lane:
        return tr("Lane");
    case WorstState:
        return tr("Worst state");
    case Duration:
        return tr("Duration");
    case Title:
        return tr("Title");
    default:
        return {};
    }
}

} // namespace sb::incidents

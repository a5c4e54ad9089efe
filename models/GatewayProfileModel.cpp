#include "models/GatewayProfileModel.h"

#include "app/platform/Settings.h"

#include <algorithm>

namespace sb {

GatewayProfileModel::GatewayProfileModel(Settings &settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings)
    , m_profiles(settings.profiles())
{
    connect(&m_settings, &Settings::profilesChanged, this, &GatewayProfileModel::reload);
}

int GatewayProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_profiles.size());
}

QVariant GatewayProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GatewayProfile &profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.name.isEmpty() ? profile.url.toString() : profile.name;
    case Qt::ToolTipRole:
        return profile.url.toString();
    case IdRole:
        return profile.id;
    case UrlRole:
        return profile.url;
    case TimeZoneRole:
        return profile.displayTimeZone;
    case AllowInsecureRole:
        return profile.allowInsecure;
    case WatchAtStartRole:
        return profile.watchAtStart;
    default:
        return {};
    }
}

QHash<int, QByteArray> GatewayProfileModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "profileId");
    names.insert(UrlRole, "url");
    names.insert(TimeZoneRole, "timeZone");
    names.insert(AllowInsecureRole, "allowInsecure");
    names.insert(WatchAtStartRole, "watchAtStart");
    return names;
}

GatewayProfile GatewayProfileModel::profileAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row) : GatewayProfile{};
}

int GatewayProfileModel::rowOf(const QString &profileId) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == profileId)
            return row;
    }
    return -1;
}

void GatewayProfileModel::reload()
{
    const QList<GatewayProfile> fresh = m_settings.profiles();
    // Fine-grained updates keyed by profile id, so views keep their selection and a removal in
    // the middle is one rowsRemoved, not a cascade of dataChanged rows plus a removal at the end.
    const auto inFresh = [&fresh](const QString &id) {
        return std::any_of(fresh.cbegin(), fresh.cend(),
                           [&id](const GatewayProfile &p) { return p.id == id; });
    };
    for (int row = static_cast<int>(m_profiles.size()) - 1; row >= 0; --row) {
        if (!inFresh(m_profiles.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_profiles.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < fresh.size(); ++row) {
        if (row < m_profiles.size() && m_profiles.at(row).id == fresh.at(row).id) {
            if (!(m_profiles.at(row) == fresh.at(row))) {
                m_profiles[row] = fresh.at(row);
                Q_EMIT dataChanged(index(row), index(row));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_profiles.insert(row, fresh.at(row));
        endInsertRows();
    }
    // Only reached when Settings reordered profiles: the first rows now mirror it, drop the rest.
    if (m_profiles.size() > fresh.size()) {
        beginRemoveRows({}, static_cast<int>(fresh.size()), static_cast<int>(m_profiles.size()) - 1);
        m_profiles.resize(fresh.size());
        endRemoveRows();
    }
}

} // namespace sb

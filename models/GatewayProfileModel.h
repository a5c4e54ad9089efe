#pragma once

#include "app/platform/GatewayProfile.h"

#include <QAbstractListModel>

namespace sb {

class Settings;

// The operator's gateway profiles as a list, kept in step with Settings.
class GatewayProfileModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayProfileModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        UrlRole,
        TimeZoneRole,
        AllowInsecureRole,
        WatchAtStartRole,
    };
    Q_ENUM(Role)

    explicit GatewayProfileModel(Settings &settings, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    GatewayProfile profileAt(int row) const;
    int rowOf(const QString &profileId) const;

private:
    void reload();

    Settings &m_settings;
    QList<GatewayProfile> m_profiles;
};

} // namespace sb

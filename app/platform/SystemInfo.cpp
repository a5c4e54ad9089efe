#include "app/platform/SystemInfo.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <spdlog/version.h>

#ifndef SWITCHBOARD_QTKEYCHAIN_VERSION
// QtKeychain 0.13's header carries a stale QTKEYCHAIN_VERSION (0.1.0); CMake passes the
// package's real version instead, and this is only reached when it could not find one.
#define SWITCHBOARD_QTKEYCHAIN_VERSION ""
#endif

namespace sb::systeminfo {

QString qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString qtKeychainVersion()
{
    const QString version = QString::fromLatin1(SWITCHBOARD_QTKEYCHAIN_VERSION);
    return version.isEmpty() ? QCoreApplication::translate("SystemInfo", "unknown") : version;
}

QString spdlogVersion()
{
    return QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH);
}

QString sqliteVersion()
{
    // A private connection name so this never disturbs the history store's connection.
    const QString connection =
        QStringLiteral("systeminfo-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            result = QCoreApplication::translate("SystemInfo", "unavailable (%1)").arg(db.lastError().text());
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("select sqlite_version()")) && query.next())
                result = query.value(0).toString();
            else
                result = QCoreApplication::translate("SystemInfo", "unavailable (%1)")
                             .arg(query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace sb::systeminfo

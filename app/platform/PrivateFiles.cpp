#include "app/platform/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace sb::files {

namespace {

constexpr QFile::Permissions kOwnerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

} // namespace

bool ensurePrivateFolder(const QString &folder, ExistingFolder existing)
{
    const QString path = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(path).isDir()) {
        if (existing == ExistingFolder::Keep)
            return true;
    } else {
        // QDir::mkpath follows the umask; create each missing component ourselves at 0700.
        QStringList missing;
        for (QString at = path; !at.isEmpty() && !QFileInfo::exists(at); at = QFileInfo(at).path()) {
            missing.prepend(at);
            if (QFileInfo(at).path() == at)
                break;
        }
        for (const QString &component : std::as_const(missing)) {
            if (!QDir().mkdir(component, kOwnerFolder) && !QFileInfo(component).isDir())
                return false;
        }
    }
    // Unconditionally: QFile::permissions() also reports the "user" bits, so comparing is no cheaper.
    QFile::setPermissions(path, kOwnerFolder);
    return QFileInfo(path).isDir();
}

bool restrictToOwner(const QString &file)
{
    if (!QFileInfo::exists(file))
        return true;
    return QFile::setPermissions(file, kOwnerFile);
}

bool ensurePrivateFile(const QString &file)
{
#ifdef Q_OS_UNIX
    // O_EXCL: never race another process into truncating or re-moding a file it just made.
    const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return true;
    }
#else
    if (!QFileInfo::exists(file)) {
        QFile created(file);
        if (created.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile))
            return true;
    }
#endif
    return restrictToOwner(file);
}

} // namespace sb::files

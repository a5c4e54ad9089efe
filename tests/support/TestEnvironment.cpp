#include "tests/support/TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace sb::test {

ScratchHome::ScratchHome()
    : m_oldHome(qgetenv("HOME"))
{
    qputenv("HOME", m_dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", QDir(m_dir.path()).filePath(QStringLiteral(".config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(m_dir.path()).filePath(QStringLiteral(".local/share")).toUtf8());
    qputenv("XDG_CACHE_HOME", QDir(m_dir.path()).filePath(QStringLiteral(".cache")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}

ScratchHome::~ScratchHome()
{
    qputenv("HOME", m_oldHome);
}

QString testDataPath(const QString &relative)
{
    return QDir(QStringLiteral(SWITCHBOARD_TEST_DATA_DIR)).filePath(relative);
}

QByteArray readTestData(const QString &relative)
{
    QFile file(testDataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace sb::test

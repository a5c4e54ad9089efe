#pragma once

#include <QString>
#include <QTemporaryDir>

namespace sb::test {

// Points HOME and the XDG directories at a fresh temporary directory for the lifetime of the
// object, and turns on QStandardPaths' test mode, so a test never touches real user files.
class ScratchHome
{
public:
    ScratchHome();
    ~ScratchHome();
    ScratchHome(const ScratchHome &) = delete;
    ScratchHome &operator=(const ScratchHome &) = delete;

    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QByteArray m_oldHome;
};

QString testDataPath(const QString &relative);
QByteArray readTestData(const QString &relative);

} // namespace sb::test

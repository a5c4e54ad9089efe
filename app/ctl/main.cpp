#include "app/ctl/CommandLine.h"
#include "app/platform/BuildInfo.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("switchboardctl"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sb::build::version));
    return sb::ctl::runCommandLine(QCoreApplication::arguments());
}

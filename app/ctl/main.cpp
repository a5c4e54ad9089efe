#include "app/ctl/CommandLine.h"
#include "app/platform/BuildInfo.h"
#include "models/incidents/IncidentPainter.h"

#include <cstring>
#include <memory>

#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Only `export` draws (the PDF and PNG pages, the HTML's picture), and drawing text needs a
    // GUI application; a terminal tool never opens a window, so it runs on the offscreen
    // platform unless told otherwise. Every other command stays a plain core application.
    const bool draws = argc > 1 && std::strcmp(argv[1], "export") == 0;
    std::unique_ptr<QCoreApplication> application;
    if (draws) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
        sb::incidents::IncidentPainter::install();
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("switchboardctl"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sb::build::version));
    return sb::ctl::runCommandLine(QCoreApplication::arguments());
}

#include "ui/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    sb::MainWindow window;
    window.show();
    return QApplication::exec();
}

#include "ui/MainWindow.h"

namespace sb {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Switchboard"));
}

} // namespace sb

#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QSize>
#include <QString>
#include <QWidget>

namespace sb::test {

// With SWITCHBOARD_SCREENSHOT_DIR set (scripts/test-screenshots.sh), saves `widget`'s window as
// NAME.png there, at `size` (or at least its size hint): the README's pictures of the flows come
// from the very states the GUI tests check. Does nothing in an ordinary test run.
inline void saveScreenshot(QWidget *widget, const QString &name, QSize size = {})
{
    const QString dir = qEnvironmentVariable("SWITCHBOARD_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QWidget *window = widget->window();
    window->resize(size.isValid() ? size.expandedTo(window->minimumSizeHint())
                                  : window->size().expandedTo(window->sizeHint()));
    QCoreApplication::processEvents();
    window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace sb::test

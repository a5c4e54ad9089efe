#pragma once

#include <functional>
#include <vector>

#include <QObject>
#include <QString>

class QWidget;

namespace sb {

class MainWindow;

// Walks the windows the README and the AppStream metainfo show and saves each as a PNG
// (scripts/screenshots.sh). Lives in the product so the pictures are of the real widgets,
// laid out by the real platform plugin, not a mock-up.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenshotTour)

public:
    // firstSettleMs: how long the main window may settle before its picture (longer when it
    // first has to connect to a gateway and fetch its channels).
    ScreenshotTour(MainWindow &window, QString directory, int firstSettleMs = 600, QObject *parent = nullptr);
    ~ScreenshotTour() override;

    // An extra picture of the main window after the first one: `prepare` sets it up (a zoom
    // level, a selected lane), the tour waits for the paint, then saves `fileName`.
    void addMainWindowShot(const QString &fileName, std::function<void()> prepare);
    void start();

Q_SIGNALS:
    void finished(bool ok);

private:
    // Runs step after the event loop has had time to lay out and paint what the previous
    // step opened.
    void after(int milliseconds, std::function<void()> step);
    bool grab(QWidget &widget, const QString &fileName);
    void takeExtraShots(std::size_t index, std::function<void()> then);
    void tourDialogs();

    struct Shot
    {
        QString fileName;
        std::function<void()> prepare;
    };
    std::vector<Shot> m_extraShots;

    MainWindow &m_window;
    QString m_directory;
    int m_firstSettleMs;
    bool m_ok = true;
};

} // namespace sb

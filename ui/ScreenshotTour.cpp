#include "ui/ScreenshotTour.h"

#include "app/platform/Logging.h"
#include "ui/AboutDialog.h"
#include "ui/GatewayProfileDialog.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"

#include <QDir>
#include <QPixmap>
#include <QTimer>

namespace sb {

namespace {

// Settling time between steps: the X server, fonts and the first paint need a moment, and a
// screenshot tool has no user waiting on it.
constexpr int kSettleMs = 600;

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow &window, QString directory, int firstSettleMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
    , m_firstSettleMs(firstSettleMs)
{}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_directory)) {
        log::ui()->error("cannot create the screenshot directory {}", m_directory.toStdString());
        Q_EMIT finished(false);
        return;
    }
    m_window.resize(1280, 800);
    after(m_firstSettleMs, [this] {
        grab(m_window, QStringLiteral("main-window.png"));
        takeExtraShots(0, [this] { tourDialogs(); });
    });
}

void ScreenshotTour::addMainWindowShot(const QString &fileName, std::function<void()> prepare)
{
    m_extraShots.push_back({fileName, std::move(prepare)});
}

void ScreenshotTour::takeExtraShots(std::size_t index, std::function<void()> then)
{
    if (index >= m_extraShots.size()) {
        then();
        return;
    }
    m_extraShots[index].prepare();
    after(kSettleMs, [this, index, then = std::move(then)]() mutable {
        grab(m_window, m_extraShots[index].fileName);
        takeExtraShots(index + 1, std::move(then));
    });
}

void ScreenshotTour::tourDialogs()
{
    GatewayProfileDialog *dialog = m_window.openProfileDialog();
    after(kSettleMs, [this, dialog] {
        grab(*dialog, QStringLiteral("profile-dialog.png"));
        dialog->reject();
        AboutDialog *about = m_window.openAboutDialog();
        after(kSettleMs, [this, about] {
            grab(*about, QStringLiteral("about-dialog.png"));
            about->reject();
            PreferencesDialog *preferences = m_window.openPreferencesDialog();
            after(kSettleMs, [this, preferences] {
                grab(*preferences, QStringLiteral("preferences-dialog.png"));
                preferences->reject();
                Q_EMIT finished(m_ok);
            });
        });
    });
}

void ScreenshotTour::after(int milliseconds, std::function<void()> step)
{
    QTimer::singleShot(milliseconds, this, std::move(step));
}

bool ScreenshotTour::grab(QWidget &widget, const QString &fileName)
{
    const QString path = QDir(m_directory).filePath(fileName);
    const QPixmap pixmap = widget.grab();
    const bool saved = !pixmap.isNull() && pixmap.save(path, "PNG");
    if (saved)
        log::ui()->info("saved screenshot {} ({}x{})", path.toStdString(), pixmap.width(), pixmap.height());
    else
        log::ui()->error("could not save screenshot {}", path.toStdString());
    m_ok = m_ok && saved;
    return saved;
}

} // namespace sb

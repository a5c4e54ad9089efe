#include "ui/FirstPaintReport.h"

#include <cstdio>

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

namespace sb {

namespace {

// Tells when its widget has finished its first paint (the event filter sees the paint event
// before the widget handles it, so the report waits for the event loop's next turn).
class FirstPaintProbe final : public QObject
{
public:
    explicit FirstPaintProbe(QWidget *target)
        : QObject(target)
    {
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, &FirstPaintProbe::report);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void report()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        QByteArray rss;
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
                    rss += line.simplified() + ' ';
            }
        }
        std::printf("first-paint %s\n", rss.constData());
        std::fflush(stdout);
        QCoreApplication::exit(0);
    }

    bool m_seen = false;
};

} // namespace

void exitAfterFirstPaint(QWidget *target)
{
    new FirstPaintProbe(target);
}

} // namespace sb

#pragma once

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;

namespace sb {

class Clock;
class Settings;
class TimelineView;

namespace timeline {
class TimelineIndex;
}

// The main window's centre: a row of lane controls (sort, filter, zoom, follow now), the
// timeline, and whatever panels go under it (charts), in a splitter. Zoom, follow mode, sort
// order, filter and the split are saved in Settings and come back on the next start.
class LiveView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveView)

public:
    LiveView(const timeline::TimelineIndex &index, const Clock &clock, Settings &settings,
             QWidget *parent = nullptr);
    ~LiveView() override;

    TimelineView *timeline() const { return m_timeline; }
    void setTimeZone(const QTimeZone &zone);
    // Shown above the lanes while the picture is not live ("last known state: the gateway is
    // reconnecting"); empty hides it. Plain text.
    void setStaleNotice(const QString &text);
    void addBottomPanel(QWidget *panel);
    void saveState();

private:
    void restoreState();

    Settings &m_settings;
    TimelineView *m_timeline = nullptr;
    QComboBox *m_sortCombo = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_staleLabel = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace sb

#pragma once

#include "app/health/LaneKey.h"
#include "models/timeline/TimelineIndex.h"
#include "ui/timeline/TimelineRenderer.h"

#include <optional>

#include <QAbstractScrollArea>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>

namespace sb {

class Clock;

// The live timelines (DESIGN §1, §4, §8): one lane per (gateway, channel, account), grouped by
// gateway, painted by TimelineRenderer straight from a TimelineIndex: no widget and no graphics
// item per segment, one worst state per pixel column. The vertical scroll bar scrolls lanes;
// time is zoomed and panned by the bindings below.
//
// Mouse:    wheel zooms around the cursor (Shift+wheel scrolls lanes); drag pans; click selects
//           a lane or folds / unfolds a gateway's group at its header; double-click fits all
//           history; hovering shows the receipts under the cursor.
// Keyboard: + / = zoom in, - zoom out (around the centre, ×2 per press); Left / Right pan by a
//           tenth of the visible span; Home jumps to now and follows live; F fits all history;
//           Up / Down select the previous / next lane; Page Up / Page Down scroll lanes.
// Follow mode (on at start): the right edge tracks the clock's now. Any zoom, pan or fit by
// the operator leaves it; Home re-enters it. Spans are clamped to 1 minute .. 1 year.
//
// Coordinates in the public helpers are the viewport's (events are delivered to viewport()).
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    static constexpr qint64 kMinSpanMs = 60 * 1000;
    static constexpr qint64 kMaxSpanMs = 365LL * 24 * 3600 * 1000;

    // Neither the index nor the clock is owned; both must outlive the view.
    TimelineView(const timeline::TimelineIndex &index, const Clock &clock, QWidget *parent = nullptr);
    ~TimelineView() override;

    // After lanes were added or removed in the index: the rows are rebuilt and repainted once,
    // when control returns to the event loop, however many lanes a batch brought (or sooner,
    // when something asks for the rows).
    void reload();
    // After a lane's history changed (live append): repaint that lane only.
    void laneDataChanged(const LaneKey &lane);

    qint64 visibleFrom() const { return m_from; }
    qint64 visibleTo() const { return m_to; }
    qint64 visibleSpan() const { return m_to - m_from; }
    // Leaves follow mode; the span is clamped to kMinSpanMs..kMaxSpanMs around its centre.
    void setVisibleRange(qint64 from, qint64 to);
    // Multiplies the span by `factor`, keeping the time at viewport x `anchorX` where it is.
    void zoomAround(double factor, double anchorX);
    void fitAll();
    void followNow();
    bool isFollowing() const { return m_following; }

    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_timeZone; }
    void setLaneOrder(timeline::LaneOrder order);
    timeline::LaneOrder laneOrder() const { return m_order; }
    // Shows only lanes whose "gateway/channel/account" contains `filter` (case-insensitive).
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }
    void setLaneHeight(int pixels);
    void setGroupHeaderHeight(int pixels);
    void setLabelWidth(int pixels);

    // A gateway's header shows its link in words, with a dot in the severity's colour.
    void setGroupCaption(const QString &gatewayId, const QString &caption, Severity severity);
    QString groupCaption(const QString &gatewayId) const;
    // A folded gateway shows its header only; its lanes have no rows (laneRect() is empty).
    void setGroupCollapsed(const QString &gatewayId, bool collapsed);
    bool isGroupCollapsed(const QString &gatewayId) const { return m_collapsed.contains(gatewayId); }
    // Scrolls so the gateway's header is the first row under the axis (as far as the scroll
    // range allows).
    void scrollToGroup(const QString &gatewayId);
    // The header's row across the viewport; empty when the gateway has no lanes shown.
    QRect groupRect(const QString &gatewayId) const;
    // Gateways in row order, whether folded or not.
    QStringList groupsShown() const;

    // Lanes in row order (after sorting and filtering; a folded gateway's lanes are not shown).
    QList<LaneKey> laneOrderShown() const;
    std::optional<LaneKey> selectedLane() const { return m_selected; }
    void selectLane(const LaneKey &lane);

    // Geometry in viewport coordinates, for tests and for panels that line up with the lanes.
    QRect plotRect() const;
    double xForTime(qint64 t) const;
    qint64 timeForX(double x) const;
    // The lane's row across the whole viewport width; empty when it is filtered out.
    QRect laneRect(const LaneKey &lane) const;
    int yForLane(const LaneKey &lane) const { return laneRect(lane).center().y(); }
    // What the tooltip at `pos` shows: rich text whose every gateway-provided character is
    // escaped, so it renders as the characters it is; empty where there is nothing to say.
    QString toolTipTextAt(const QPoint &pos) const;

Q_SIGNALS:
    void visibleRangeChanged(qint64 from, qint64 to);
    void laneSelected(const sb::LaneKey &lane);
    // A click landed on an incident's band (the Incidents dock opens it).
    void incidentClicked(qint64 incidentId);
    // The rows were rebuilt from the index (once per reload() batch).
    void rowsRebuilt();
    void groupCollapsedChanged(const QString &gatewayId, bool collapsed);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Row
    {
        bool isGroup = false;
        int laneId = -1;
        LaneKey lane;
        QString title; // gateway id for a group header (a lane's label is made when painted)
        int top = 0;   // in content coordinates (before scrolling)
        int height = 0;
    };

    void rebuildRows();
    // Brings the rows up to date when a reload() is still pending.
    void ensureRows() const;
    void applyRange(qint64 from, qint64 to);
    void followTick();
    void updateScrollBar();
    void updateFollowTimer();
    const Row *rowAt(int y) const;
    int rowTopInViewport(const Row &row) const;
    void moveSelection(int step);

    const timeline::TimelineIndex &m_index;
    const Clock &m_clock;
    TimelineRenderer m_renderer;
    QList<Row> m_rows;
    QHash<LaneKey, qsizetype> m_rowOfLane;  // index into m_rows
    QHash<QString, qsizetype> m_rowOfGroup; // gateway id → its header's index into m_rows
    struct Caption
    {
        QString text;
        Severity severity = Severity::Neutral;
    };
    QHash<QString, Caption> m_captions;
    QSet<QString> m_collapsed;
    int m_contentHeight = 0;
    bool m_rowsStale = false;
    QTimer m_reloadTimer; // zero-interval: the rebuild after the batch that called reload()

    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_following = true;
    QTimer m_followTimer;
    QTimeZone m_timeZone;
    timeline::LaneOrder m_order = timeline::LaneOrder::Name;
    QString m_filter;
    std::optional<LaneKey> m_selected;

    int m_laneHeight = 22;
    int m_groupHeaderHeight = 20;
    int m_labelWidth = 180;
    int m_axisHeight = 24;

    std::optional<QPoint> m_pressPos;
    qint64 m_pressFrom = 0;
    bool m_dragged = false;
};

} // namespace sb

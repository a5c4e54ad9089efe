#pragma once

#include "app/health/LaneFacts.h"
#include "app/health/LaneKey.h"
#include "app/health/LaneState.h"

#include <optional>

#include <QHash>
#include <QTimeZone>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace sb {

class Clock;

// The main window's side panel for the selected lane (DESIGN §1): its state and since when,
// the reason in words, the recommended action as a button, the last disconnect, auth age,
// last inbound/outbound, probe results, the gateway's status issues and the open incident.
// Everything shown is plain text: reasons, errors and issue messages come from a gateway and
// may contain markup. Relative times ("12 min ago") read the injected Clock; absolute times
// are shown in the panel's time zone (the system's unless set).
class LaneDetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaneDetailsPanel)

public:
    explicit LaneDetailsPanel(const Clock &clock, QWidget *parent = nullptr);
    ~LaneDetailsPanel() override;

    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }

    void setFacts(const health::LaneFacts &facts);
    // Back to "Select a lane".
    void clear();
    std::optional<LaneKey> lane() const;
    // Recomputes the relative times against the clock (also done by a timer while visible).
    void refresh();
    // What the console is doing on a lane (buttons wait meanwhile), then how it ended; shown
    // whenever that lane is selected. Plain text.
    void setActionRunning(const LaneKey &lane, const QString &description);
    void setActionResult(const LaneKey &lane, bool ok, const QString &message);
    // A section another feature keeps up to date for the shown lane (laneShown), placed under
    // the action buttons; the panel takes ownership. (The security audit's finding and fix.)
    void addSection(QWidget *section);

Q_SIGNALS:
    // The operator pressed the recommended action; the owner starts the matching flow.
    void actionRequested(const sb::LaneKey &lane, sb::OperatorAction action);
    void testMessageRequested(const sb::LaneKey &lane);
    // The panel now shows this lane (or none: an invalid key).
    void laneShown(const sb::LaneKey &lane);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QLabel *addFact(QFormLayout *form, const QString &label, const QString &objectName);
    void render();
    QString absolute(qint64 ms) const;
    QString moment(qint64 ms) const; // "12 min ago (2026-02-12 18:57:03 UTC+09:00)"
    QString relative(qint64 ms) const;

    const Clock &m_clock;
    QTimeZone m_zone;
    std::optional<health::LaneFacts> m_facts;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_reasonLabel = nullptr;
    struct ActionNote
    {
        bool running = false;
        bool ok = true;
        QString text;
    };
    QHash<LaneKey, ActionNote> m_actionNotes;
    QPushButton *m_actionButton = nullptr;
    QPushButton *m_testMessageButton = nullptr;
    QLabel *m_actionStatusLabel = nullptr;
    QVBoxLayout *m_sections = nullptr;
    QLabel *m_lastDisconnectLabel = nullptr;
    QLabel *m_authAgeLabel = nullptr;
    QLabel *m_lastInboundLabel = nullptr;
    QLabel *m_lastOutboundLabel = nullptr;
    QLabel *m_probeLabel = nullptr;
    QLabel *m_statusIssuesLabel = nullptr;
    QLabel *m_incidentLabel = nullptr;
    QTimer *m_refreshTimer = nullptr;
};

} // namespace sb

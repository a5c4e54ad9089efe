#include "app/store/History.h"

#include "app/health/HealthEngine.h"
#include "app/platform/BuildInfo.h"
#include "app/platform/Clock.h"
#include "app/platform/Logging.h"
#include "app/platform/PrivateFiles.h"
#include "app/platform/Redactor.h"
#include "app/store/Schema.h"
#include "app/store/StoreWriter.h"

#include <atomic>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>
#include <QTimeZone>

namespace sb::store {

namespace {
std::atomic<int> s_readerSerial{0};
const SystemClock s_wallClock;
} // namespace

History::History(QString path, StoreOptions options, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_options(options)
    , m_clock(clock ? *clock : s_wallClock)
    , m_readConnection(QStringLiteral("sb-store-reader-%1").arg(++s_readerSerial))
{}

History::~History()
{
    close();
}

QString History::defaultPath()
{
    // Spelled out rather than AppDataLocation, which follows the running executable's name:
    // switchboardctl must find the file the GUI writes.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QLatin1String(build::organizationName) + QLatin1Char('/') +
                  QLatin1String(build::applicationName) + QStringLiteral("/history.sqlite"));
}

bool History::open(QString *error)
{
    if (m_open)
        return true;
    QString problem;
    const QString dir = QFileInfo(m_path).absolutePath();
    // The history holds operator identities and incident details: the owner's only. SQLite
    // gives the -wal and -shm files it creates the database's own mode, so creating that at
    // 0600 first covers them; ones an earlier version left looser are tightened here.
    const bool ownFolder = dir == QFileInfo(defaultPath()).absolutePath();
    if (!files::ensurePrivateFolder(dir, ownFolder ? files::ExistingFolder::Tighten
                                                   : files::ExistingFolder::Keep)) {
        problem = QCoreApplication::translate("sb::store", "cannot create the folder %1").arg(dir);
    } else {
        files::ensurePrivateFile(m_path);
        for (const char *suffix : {"-wal", "-shm"})
            files::restrictToOwner(m_path + QLatin1String(suffix));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_readConnection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QString detail;
        // Migrations run here, before the writer exists, so nothing else touches the file
        // while its layout changes.
        if (!db.open())
            detail = db.lastError().text();
        else if (schema::applyPragmas(db, &detail) && schema::migrate(db, &detail))
            detail.clear();
        if (detail.isEmpty()) {
            m_writer = std::make_unique<StoreWriter>(m_path, m_options);
            if (!m_writer->startWriting(&detail))
                m_writer.reset();
        }
        if (!detail.isEmpty())
            problem = QCoreApplication::translate("sb::store", "cannot open the history file %1: %2")
                          .arg(m_path, detail);
    }
    if (!problem.isEmpty()) {
        sb::log::store()->error("{}", problem.toStdString());
        if (error)
            *error = problem;
        if (QSqlDatabase::contains(m_readConnection)) {
            QSqlDatabase::database(m_readConnection, false).close();
            QSqlDatabase::removeDatabase(m_readConnection);
        }
        return false;
    }
    m_open = true;
    return true;
}

void History::close()
{
    if (m_writer) {
        m_writer->stopWriting();
        m_writer.reset();
    }
    if (QSqlDatabase::contains(m_readConnection)) {
        QSqlDatabase::database(m_readConnection, false).close();
        QSqlDatabase::removeDatabase(m_readConnection);
    }
    m_open = false;
}

namespace {

// A second belt behind GatewayClient's redaction: nothing a gateway echoed (our token, a bot
// token) reaches the file, whichever path brought it here.
LaneKey redacted(const LaneKey &lane)
{
    LaneKey clean = lane;
    clean.accountId = Redactor::redact(lane.accountId);
    clean.channel = Redactor::redact(lane.channel);
    return clean;
}

ChannelEvent redacted(const ChannelEvent &event)
{
    ChannelEvent clean = event;
    clean.lane = redacted(event.lane);
    clean.detail = Redactor::redact(event.detail);
    return clean;
}

} // namespace

void History::append(const ChannelEvent &event)
{
    if (m_writer)
        m_writer->enqueueEvents(QList<ChannelEvent>{redacted(event)});
}

void History::append(const QList<ChannelEvent> &events)
{
    if (!m_writer)
        return;
    QList<ChannelEvent> clean;
    clean.reserve(events.size());
    for (const ChannelEvent &event : events)
        clean.append(redacted(event));
    m_writer->enqueueEvents(clean);
}

namespace {

// What a gateway wrote (a reason's arguments) is redacted before the history keeps it.
QString redactText(const QString &text)
{
    return Redactor::redact(text);
}

} // namespace

void History::recordTransition(const health::Transition &transition)
{
    if (!m_writer)
        return;
    health::Transition clean = transition;
    clean.lane = redacted(transition.lane);
    clean.reason = transition.reason.mapped(redactText);
    m_writer->enqueue(clean);
}

void History::recordIncident(const health::Incident &incident)
{
    if (!m_writer)
        return;
    health::Incident clean = incident;
    clean.lane = redacted(incident.lane);
    clean.openReason = incident.openReason.mapped(redactText);
    clean.lastReason = incident.lastReason.mapped(redactText);
    clean.closeReason = incident.closeReason.mapped(redactText);
    m_writer->enqueue(clean);
}

void History::addNote(const Note &note)
{
    if (m_writer)
        m_writer->enqueue(note);
}

void History::setIncidentTitle(const IncidentTitle &title)
{
    if (m_writer)
        m_writer->enqueue(title);
}

void History::setCursor(const GatewayCursor &cursor)
{
    if (m_writer)
        m_writer->enqueue(cursor);
}

void History::appendAction(const ActionRecord &record)
{
    if (m_writer)
        m_writer->enqueue(record);
}

void History::attach(health::HealthEngine *engine)
{
    connect(engine, &health::HealthEngine::laneStateChanged, this,
            [this](const LaneKey &, const health::Transition &t) { recordTransition(t); });
    connect(engine, &health::HealthEngine::incidentOpened, this, &History::recordIncident);
    connect(engine, &health::HealthEngine::incidentUpdated, this, &History::recordIncident);
    connect(engine, &health::HealthEngine::incidentClosed, this, &History::recordIncident);
}

void History::setCommitObserver(std::function<void(qint64)> observer)
{
    if (m_writer)
        m_writer->setCommitObserver(std::move(observer));
}

void History::flush()
{
    if (m_writer)
        m_writer->flush();
}

qint64 History::purgeEventsOlderThan(qint64 cutoffMs)
{
    return m_writer ? m_writer->purgeEventsBefore(cutoffMs) : 0;
}

namespace {

qint64 retentionCutoff(const Clock &clock, int days)
{
    return clock.nowMs() - qint64(days) * 24 * 60 * 60 * 1000;
}

} // namespace

void History::scheduleRetention(int days)
{
    if (days <= 0 || !m_writer)
        return;
    const qint64 cutoff = retentionCutoff(m_clock, days);
    sb::log::store()->info(
        "retention: deleting events older than {} days (before {})", days,
        QDateTime::fromMSecsSinceEpoch(cutoff, QTimeZone::utc()).toString(Qt::ISODate).toStdString());
    m_writer->purgeEventsBeforeLater(cutoff);
}

qint64 History::applyRetention(int days)
{
    const qint64 cutoff = retentionCutoff(m_clock, days);
    const qint64 deleted = purgeEventsOlderThan(cutoff);
    sb::log::store()->info("retention: deleted {} events older than {} days", deleted, days);
    return deleted;
}

} // namespace sb::store

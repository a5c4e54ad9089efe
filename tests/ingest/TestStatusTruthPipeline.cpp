// One-shot (switchboardctl status) and live (watch, the window) through the whole pipeline
// against a scripted gateway that answers the way the real 2026.9.6 gateway did: they must
// reach the same verdict, read the record, close without warning about themselves, and never
// let an unreadable answer make a lane look healthier.
#include "app/ctl/StatusCommand.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/health/HealthEngine.h"
#include "app/ingest/GatewaySession.h"
#include "app/platform/GatewayProfile.h"
#include "app/platform/Logging.h"
#include "app/store/History.h"
#include "tests/gateway/ScriptedGateway.h"

#include <memory>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

using sb::LaneKey;
using sb::LaneState;
using sb::test::ScriptedGateway;

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

// A tslog record as the real gateway's file log holds it.
QString logLine(qint64 at, const QString &subsystem, const QString &message)
{
    const QString name = QStringLiteral("{\"subsystem\":\"%1\"}").arg(subsystem);
    const QJsonObject record{
        {QStringLiteral("0"), name},
        {QStringLiteral("1"), message},
        {QStringLiteral("_meta"), QJsonObject{{QStringLiteral("date"), iso(at)},
                                              {QStringLiteral("logLevelName"), QStringLiteral("ERROR")},
                                              {QStringLiteral("name"), name}}},
        {QStringLiteral("time"), iso(at)},
        {QStringLiteral("message"), message}};
    return QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact));
}

// The Telegram account after the gateway's health monitor restarted it and the stop timed out.
QJsonObject stoppedTelegram(qint64 now)
{
    return QJsonObject{{QStringLiteral("accountId"), QStringLiteral("default")},
                       {QStringLiteral("enabled"), true},
                       {QStringLiteral("configured"), true},
                       {QStringLiteral("running"), false},
                       {QStringLiteral("connected"), false},
                       {QStringLiteral("restartPending"), true},
                       {QStringLiteral("healthState"), QStringLiteral("not-running")},
                       {QStringLiteral("lastStartAt"), now - 20 * 60 * 1000},
                       {QStringLiteral("lastStopAt"), now - 10 * 60 * 1000},
                       {QStringLiteral("lastError"), QStringLiteral("channel stop exceeded 5000ms")}};
}

QJsonObject channelsStatus(qint64 now, const QJsonObject &channelAccounts)
{
    return QJsonObject{
        {QStringLiteral("ts"), now},
        {QStringLiteral("channelOrder"), QJsonArray{QStringLiteral("telegram"), QStringLiteral("whatsapp")}},
        {QStringLiteral("channelAccounts"), channelAccounts},
        {QStringLiteral("channelDefaultAccountId"),
         QJsonObject{{QStringLiteral("telegram"), QStringLiteral("default")},
                     {QStringLiteral("whatsapp"), QStringLiteral("default")}}}};
}

QJsonObject notLinkedWhatsApp()
{
    return QJsonObject{{QStringLiteral("accountId"), QStringLiteral("default")},
                       {QStringLiteral("enabled"), true},
                       {QStringLiteral("configured"), true},
                       {QStringLiteral("linked"), false},
                       {QStringLiteral("running"), false},
                       {QStringLiteral("connected"), false},
                       {QStringLiteral("healthState"), QStringLiteral("stopped")},
                       {QStringLiteral("stateReason"), QStringLiteral("not linked")},
                       {QStringLiteral("lastDisconnect"), QJsonValue::Null}};
}

const sb::health::LaneStatus *laneOf(const QList<sb::health::LaneStatus> &lanes, const QString &channel)
{
    for (const auto &lane : lanes) {
        if (lane.lane.channel == channel)
            return &lane;
    }
    return nullptr;
}

} // namespace

class TestStatusTruthPipeline : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScriptedGateway> m_server;
    QJsonObject m_accounts;
    int m_logReads = 0;

    sb::ctl::StatusOptions optionsFor() const
    {
        sb::ctl::StatusOptions options;
        options.url = m_server->url();
        options.token = QStringLiteral("truth-test-token");
        options.timeoutSeconds = 10;
        return options;
    }

    // channels.status from m_accounts; every logs.tail read brings one more failed retry of the
    // delivery queue, stamped "now", as the real gateway's log does for minutes.
    void serve()
    {
        m_server->onRequest = [this](const sb::gateway::RequestFrame &request) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (request.method == QLatin1String("channels.status")) {
                m_server->respond(request.id, channelsStatus(now, m_accounts));
            } else if (request.method == QLatin1String("logs.tail")) {
                ++m_logReads;
                const QJsonArray lines{logLine(now, QStringLiteral("channels/telegram"),
                                               QStringLiteral("telegram sendMessage failed: Network request "
                                                              "for 'sendMessage' failed!"))};
                m_server->respond(request.id,
                                  QJsonObject{{QStringLiteral("file"), QStringLiteral("/tmp/gw.log")},
                                              {QStringLiteral("cursor"), 100 * m_logReads},
                                              {QStringLiteral("size"), 100 * m_logReads},
                                              {QStringLiteral("lines"), lines}});
            } else {
                m_server->respond(request.id, QJsonObject{});
            }
        };
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<ScriptedGateway>();
        QVERIFY(m_server->listen());
        m_accounts = QJsonObject{
            {QStringLiteral("telegram"), QJsonArray{stoppedTelegram(QDateTime::currentMSecsSinceEpoch())}},
            {QStringLiteral("whatsapp"), QJsonArray{notLinkedWhatsApp()}}};
        m_logReads = 0;
        serve();
    }

    void cleanup() { m_server.reset(); }

    void oneShotAndLiveAgreeOnAStoppedChannel()
    {
        const sb::ctl::StatusReport report = sb::ctl::collectStatus(optionsFor());
        const auto *oneShot = laneOf(report.lanes, QStringLiteral("telegram"));
        QVERIFY(oneShot);
        QCOMPARE(oneShot->state, LaneState::Stopped);

        // Live: keep polling while the delivery queue's failures keep arriving in the log.
        sb::ingest::GatewaySession live(sb::ctl::sessionOptionsFor(optionsFor()));
        QList<LaneState> telegramStates;
        QObject::connect(&live.engine(), &sb::health::HealthEngine::laneStateChanged, this,
                         [&](const LaneKey &lane, const sb::health::Transition &t) {
                             if (lane.channel == QLatin1String("telegram"))
                                 telegramStates << t.to;
                         });
        live.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_logReads >= 6 && live.isCaughtUp(), 20000);
        live.ingestor().releaseAll();
        const LaneKey telegram{live.gatewayId(), QStringLiteral("telegram"), QStringLiteral("default")};
        QCOMPARE(live.engine().status(telegram).state, LaneState::Stopped);
        QVERIFY2(!telegramStates.contains(LaneState::Reconnecting), "a delivery retry read as reconnecting");
        QCOMPARE(live.engine().status(telegram).action, oneShot->action);
        live.stop();
    }

    void neverLinkedIsLinkNotRelink()
    {
        const sb::ctl::StatusReport report = sb::ctl::collectStatus(optionsFor());
        const auto *whatsapp = laneOf(report.lanes, QStringLiteral("whatsapp"));
        QVERIFY(whatsapp);
        QCOMPARE(whatsapp->action, sb::OperatorAction::Link);
        QCOMPARE(severity(whatsapp->state), sb::Severity::Critical);
        QCOMPARE(sb::ctl::exitCodeFor(report), int(sb::ctl::ExitCritical));
    }

    // channelAccounts.whatsapp an object, a numeric accountId: the lane shows as unknown with the
    // reason, and the exit code does not improve.
    void unreadableAnswerNeverLooksHealthier()
    {
        QJsonObject numericId = stoppedTelegram(QDateTime::currentMSecsSinceEpoch());
        numericId.insert(QStringLiteral("accountId"), 7);
        m_accounts = QJsonObject{{QStringLiteral("telegram"), QJsonArray{numericId}},
                                 {QStringLiteral("whatsapp"), notLinkedWhatsApp()}};
        const sb::ctl::StatusReport report = sb::ctl::collectStatus(optionsFor());
        QCOMPARE(sb::ctl::exitCodeFor(report), int(sb::ctl::ExitCritical));
        const auto *whatsapp = laneOf(report.lanes, QStringLiteral("whatsapp"));
        QVERIFY2(whatsapp, "the WhatsApp lane disappeared");
        QCOMPARE(whatsapp->state, LaneState::Unknown);
        QVERIFY2(whatsapp->reason.text().contains(QLatin1String("channelAccounts.whatsapp is an object")),
                 qPrintable(whatsapp->reason.text()));
        const auto *telegram = laneOf(report.lanes, QStringLiteral("telegram"));
        QVERIFY(telegram);
        QVERIFY(telegram->reason.text().contains(QLatin1String("accountId is a number")));

        QString json;
        QTextStream out(&json);
        sb::ctl::printStatusJson(report, optionsFor(), out);
        out.flush();
        const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("unreadable")).toArray().size(), 2);
        QCOMPARE(root.value(QStringLiteral("exitCode")).toInt(), int(sb::ctl::ExitCritical));
    }

    // Every run used to print "[ingest] warning: logs.tail failed: the connection was closed".
    void aOneShotRunDoesNotWarnAboutItself()
    {
        QTemporaryDir logs;
        QVERIFY(logs.isValid());
        sb::log::Options options;
        options.logDirectory = logs.path();
        options.toStderr = false;
        options.levelSpec = QStringLiteral("info");
        sb::log::init(options);
        for (int run = 0; run < 3; ++run)
            sb::ctl::collectStatus(optionsFor());
        const QString file = sb::log::currentLogFile();
        sb::log::shutdown();
        QFile log(file);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY2(text.contains(QLatin1String("connected to")), "the log was not written"); // a line we expect
        QVERIFY2(!text.contains(QLatin1String("logs.tail failed")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("channels.status failed")), qPrintable(text));
    }

    // The window's record says since when a lane has been in its state; a one-shot run takes it
    // from there and says "since at least" only where the record does not reach back.
    void sinceTimesComeFromTheRecord()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const QString gatewayId = sb::gatewayIdForUrl(m_server->url());
        const qint64 stoppedSince = QDateTime::currentMSecsSinceEpoch() - 3 * 3600 * 1000;
        {
            sb::store::History history(path);
            QVERIFY(history.open());
            sb::health::Transition t;
            t.lane = LaneKey{gatewayId, QStringLiteral("telegram"), QStringLiteral("default")};
            t.at = stoppedSince;
            t.from = LaneState::Probation;
            t.to = LaneState::Stopped;
            t.reason = sb::health::Reason::verbatim(QStringLiteral("the channel stopped"));
            t.action = sb::OperatorAction::RestartChannel;
            history.recordTransition(t);
            history.flush();
        }
        QString why;
        sb::ctl::StatusOptions options = optionsFor();
        options.record = sb::ctl::readRecord(path, &why);
        QVERIFY2(options.record, qPrintable(why));
        const sb::ctl::StatusReport report = sb::ctl::collectStatus(options);
        const auto *telegram = laneOf(report.lanes, QStringLiteral("telegram"));
        QVERIFY(telegram);
        QCOMPARE(telegram->state, LaneState::Stopped);
        QCOMPARE(telegram->since, stoppedSince);
        QVERIFY(!telegram->sinceAtLeast);
        const auto *whatsapp = laneOf(report.lanes, QStringLiteral("whatsapp"));
        QVERIFY(whatsapp);
        QVERIFY(whatsapp->sinceAtLeast); // not in the record

        QString text;
        QTextStream out(&text);
        sb::ctl::printStatusText(report, options, out);
        out.flush();
        QVERIFY2(text.contains(QLatin1String("since at least")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("(3 h 0 min ago)")), qPrintable(text));

        // An explicit --history that does not exist is an error, not silence.
        why.clear();
        QVERIFY(!sb::ctl::readRecord(dir.filePath(QStringLiteral("nope.sqlite")), &why));
        QVERIFY(!why.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatusTruthPipeline)
#include "TestStatusTruthPipeline.moc"

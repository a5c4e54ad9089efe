// A history written under --lang ja reads in English under --lang en, and the other way round:
// the history keeps reason ids and arguments, the reader's language words them (issue 11).
// Expected wordings are the English source strings and translations/switchboard_ja.ts.
#include "app/store/History.h"
#include "tests/health/EngineHarness.h"
#include "ui/Translations.h"

#include <algorithm>
#include <limits>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace sb {

namespace {

const LaneKey kWa{QStringLiteral("gw"), QStringLiteral("whatsapp"), QStringLiteral("default")};
constexpr qint64 kMinute = 60 * 1000;

// A short evening of one lane: up, a 428 drop (an incident), back, then stopped by the gateway.
void writeEvening(const QString &path)
{
    store::History history(path);
    QVERIFY(history.open());
    test::EngineHarness h;
    QObject::connect(&h.engine, &health::HealthEngine::laneStateChanged, &history,
                     [&](const LaneKey &, const health::Transition &t) { history.recordTransition(t); });
    for (auto signal : {&health::HealthEngine::incidentOpened, &health::HealthEngine::incidentUpdated,
                        &health::HealthEngine::incidentClosed}) {
        QObject::connect(&h.engine, signal, &history,
                         [&](const health::Incident &i) { history.recordIncident(i); });
    }
    const qint64 t0 = test::EngineHarness::jst(19, 0);
    h.start(t0);
    h.event(kWa, t0, EventKind::Connected);
    h.event(kWa, t0 + 5 * kMinute, EventKind::Disconnected, 428);
    h.event(kWa, t0 + 10 * kMinute, EventKind::Connected);
    h.event(kWa, t0 + 12 * kMinute, EventKind::Stopped, std::nullopt, QStringLiteral("SIGTERM"));
    QCOMPARE(h.transitions.size(), 4);
    QCOMPARE(h.opened.size(), 1);
    history.flush();
}

QStringList segmentTexts(const QString &path)
{
    store::History history(path);
    if (!history.open())
        return {QStringLiteral("cannot open")};
    QStringList out;
    for (const store::Segment &s : history.segments(kWa, 0, std::numeric_limits<qint64>::max()))
        out << s.reason.text();
    const auto incidents = history.incidents(0, std::numeric_limits<qint64>::max());
    out << (incidents.isEmpty() ? QStringLiteral("no incident") : incidents[0].openReason.text());
    return out;
}

const QStringList kEnglish{
    QStringLiteral("connected just now; 0 of 3 deliveries proven; 15 more min connected needed"),
    QStringLiteral("connection closed (428); credentials still valid, the gateway reconnects"),
    QStringLiteral("reconnected just now; 0 of 3 deliveries proven; 15 more min connected needed"),
    QStringLiteral("the channel stopped: SIGTERM"),
    QStringLiteral("connection closed (428); credentials still valid, the gateway reconnects"),
};

const QStringList kJapanese{
    QStringLiteral("たった今接続しました; 配信確認 0/3 件; あと 15 分の接続継続が必要"),
    QStringLiteral("接続が閉じられました (428)。認証情報は有効なままで、ゲートウェイが再接続します"),
    QStringLiteral("たった今再接続しました; 配信確認 0/3 件; あと 15 分の接続継続が必要"),
    QStringLiteral("チャネルが停止しました: SIGTERM"),
    QStringLiteral("接続が閉じられました (428)。認証情報は有効なままで、ゲートウェイが再接続します"),
};

// Every reason column as stored, read as another program would.
QStringList storedReasons(const QString &path)
{
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral(
                "SELECT reason FROM segments UNION ALL SELECT title FROM incidents UNION ALL "
                "SELECT last_reason FROM incidents UNION ALL SELECT close_reason FROM incidents"));
            while (q.next())
                out << q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return out;
}

bool hasJapanese(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x3000; });
}

} // namespace

class TestReasonLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void writtenInJapaneseReadsInEnglish()
    {
        const QString path = m_dir.filePath(QStringLiteral("ja.sqlite"));
        {
            const InstalledTranslations ja = installTranslations(QStringLiteral("ja"));
            QCOMPARE(ja.uiLanguage.left(2), QStringLiteral("ja"));
            writeEvening(path);
            QCOMPARE(segmentTexts(path), kJapanese); // the run itself reads its own language
        }
        const QStringList stored = storedReasons(path);
        QCOMPARE(stored.size(), 4 + 3);
        for (const QString &reason : stored)
            QVERIFY2(!hasJapanese(reason), qPrintable(reason));

        const InstalledTranslations en = installTranslations(QStringLiteral("en"));
        QCOMPARE(segmentTexts(path), kEnglish);
    }

    void writtenInEnglishReadsInJapanese()
    {
        const QString path = m_dir.filePath(QStringLiteral("en.sqlite"));
        {
            const InstalledTranslations en = installTranslations(QStringLiteral("en"));
            writeEvening(path);
            QCOMPARE(segmentTexts(path), kEnglish);
        }
        for (const QString &reason : storedReasons(path)) {
            for (const char *sentence : {"deliveries proven", "credentials still valid", "channel stopped"})
                QVERIFY2(!reason.contains(QLatin1String(sentence)), qPrintable(reason));
        }

        const InstalledTranslations ja = installTranslations(QStringLiteral("ja"));
        QCOMPARE(segmentTexts(path), kJapanese);
    }

private:
    QTemporaryDir m_dir;
};

} // namespace sb

QTEST_MAIN(sb::TestReasonLanguage)
#include "TestReasonLanguage.moc"

// switchboardctl relink and pairing against the story's drill: the QR drawn in the terminal
// scans to the drill's code and is redrawn on rotation, linked exits 0, a failed login exits
// non-zero with the gateway's words; pairing list (text and JSON), approve, a stale approve.
#include "app/ctl/CommandLine.h"
#include "app/ctl/StatusCommand.h"
#include "app/drill/DrillGateway.h"
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/drill/WebLoginSession.h"
#include "tests/ingest/StoryRun.h"
#include "tests/linking/QrScan.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using sb::ctl::ExitCode;
using sb::test::jst;

namespace {

std::unique_ptr<sb::drill::DrillSession> drillAt(qint64 at)
{
    sb::drill::DrillSession::Options options;
    options.speed = 1;
    options.autoPlay = false;
    QString error;
    auto drill = sb::drill::DrillSession::start(options, &error);
    if (!drill) {
        qWarning("drill: %s", qPrintable(error));
        return drill;
    }
    drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(at));
    return drill;
}

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run ctl(const sb::drill::DrillSession &drill, const QStringList &arguments)
{
    qputenv("SB_LINKING_TEST_TOKEN", drill.token().toUtf8());
    Run run;
    QTextStream out(&run.out), err(&run.err);
    run.code = sb::ctl::runCommandLine(QStringList{QStringLiteral("switchboardctl")} + arguments +
                                           QStringList{QStringLiteral("--gateway"), drill.url().toString(),
                                                       QStringLiteral("--token-env"),
                                                       QStringLiteral("SB_LINKING_TEST_TOKEN")},
                                       out, err);
    out.flush();
    err.flush();
    return run;
}

QString laneOf(const sb::drill::DrillSession &drill, const char *channel, const char *account = "default")
{
    return QStringLiteral("%1:%2/%3/%4")
        .arg(drill.url().host())
        .arg(drill.url().port())
        .arg(QLatin1String(channel), QLatin1String(account));
}

// The QR drawings in relink's output, in order.
QStringList drawings(const QString &out)
{
    QStringList found;
    QString current;
    for (const QString &line : out.split(u'\n')) {
        if (line.contains(QChar(0x2588))) {
            current += line + u'\n';
        } else if (!current.isEmpty()) {
            found << current;
            current.clear();
        }
    }
    return found;
}

QString drillQrText(const sb::drill::DrillSession &drill)
{
    const QString url = drill.gateway()->webLogin()->currentQr();
    QImage image;
    image.loadFromData(QByteArray::fromBase64(url.mid(url.indexOf(u',') + 1).toLatin1()));
    return sb::test::scanQr(image.scaled(image.width() * 2, image.height() * 2));
}

} // namespace

class TestLinkingCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relinkDrawsTheQrAndExitsZeroWhenLinked()
    {
        auto drill = drillAt(jst(12, 18, 50));
        QVERIFY(drill);
        sb::drill::WebLoginSession::Options options = drill->gateway()->webLogin()->options();
        options.qrRotateMs = 1200;
        options.completeAfterMs = 3000;
        drill->gateway()->webLogin()->setOptions(options);
        QElapsedTimer elapsed;
        elapsed.start();
        const Run run =
            ctl(*drill, {QStringLiteral("relink"), QStringLiteral("--lane"), laneOf(*drill, "whatsapp"),
                         QStringLiteral("--timeout"), QStringLiteral("30")});
        QVERIFY2(run.code == int(ExitCode::ExitHealthy), qPrintable(run.out + run.err));
        QVERIFY(elapsed.elapsed() < 20000);
        QVERIFY2(run.out.contains(QLatin1String("on probation")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Proof of recovery so far: connected")), qPrintable(run.out));
        const QStringList qrs = drawings(run.out);
        QVERIFY2(qrs.size() >= 2, qPrintable(run.out)); // redrawn when the gateway rotated it
        QVERIFY(run.out.contains(QLatin1String("the gateway replaced the previous one")));
        if (!sb::test::haveZbar())
            QSKIP("zbarimg (zbar-tools) is not installed");
        const QString encoded = drillQrText(*drill); // the drill keeps the last code it showed
        QVERIFY(encoded.startsWith(QLatin1String("2@")));
        QCOMPARE(sb::test::scanQr(sb::test::pictureOfHalfBlocks(qrs.last())), encoded);
    }

    void relinkFailsWithTheGatewaysWords()
    {
        auto drill = drillAt(jst(12, 18, 50));
        QVERIFY(drill);
        sb::drill::WebLoginSession::Options options = drill->gateway()->webLogin()->options();
        options.available = false;
        drill->gateway()->webLogin()->setOptions(options);
        const Run run =
            ctl(*drill, {QStringLiteral("relink"), QStringLiteral("--lane"), laneOf(*drill, "whatsapp")});
        QCOMPARE(run.code, int(ExitCode::ExitCritical));
        QVERIFY2(run.err.contains(QLatin1String("WhatsApp login failed: WebSocket Error")),
                 qPrintable(run.err));

        const Run ghost = ctl(*drill, {QStringLiteral("relink"), QStringLiteral("--lane"),
                                       laneOf(*drill, "whatsapp", "ghost")});
        QCOMPARE(ghost.code, int(ExitCode::ExitCritical));
        QVERIFY2(ghost.err.contains(QLatin1String("no whatsapp account \"ghost\"")), qPrintable(ghost.err));

        const Run telegram =
            ctl(*drill, {QStringLiteral("relink"), QStringLiteral("--lane"), laneOf(*drill, "telegram")});
        QCOMPARE(telegram.code, int(ExitCode::ExitUsage));
    }

    void pairingListApproveAndStale()
    {
        auto drill = drillAt(jst(12, 19, 21));
        QVERIFY(drill);
        const Run list = ctl(*drill, {QStringLiteral("pairing"), QStringLiteral("list")});
        QCOMPARE(list.code, int(ExitCode::ExitHealthy));
        QVERIFY2(list.out.contains(QLatin1String("Kenji (operator) (7123456789)")), qPrintable(list.out));

        const Run json =
            ctl(*drill, {QStringLiteral("pairing"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(json.code, int(ExitCode::ExitHealthy));
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray requests = root.value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 1);
        const QJsonObject kenji = requests.first().toObject();
        QCOMPARE(kenji.value(QStringLiteral("senderLabel")).toString(), QStringLiteral("Kenji (operator)"));
        QCOMPARE(kenji.value(QStringLiteral("lane")).toString(), laneOf(*drill, "telegram"));
        const QString id = kenji.value(QStringLiteral("requestId")).toString();
        QVERIFY(!id.isEmpty());

        const QStringList approve{QStringLiteral("pairing"),   QStringLiteral("approve"),
                                  QStringLiteral("--lane"),    laneOf(*drill, "telegram"),
                                  QStringLiteral("--request"), id,
                                  QStringLiteral("--notify")};
        const Run approved = ctl(*drill, approve);
        QVERIFY2(approved.code == int(ExitCode::ExitHealthy), qPrintable(approved.err));
        QVERIFY2(approved.out.contains(QLatin1String("They were told")), qPrintable(approved.out));
        const Run stale = ctl(*drill, approve);
        QCOMPARE(stale.code, int(ExitCode::ExitCritical));
        QVERIFY2(stale.err.contains(QLatin1String("no longer exists")), qPrintable(stale.err));

        const Run usage = ctl(*drill, {QStringLiteral("pairing"), QStringLiteral("approve")});
        QCOMPARE(usage.code, int(ExitCode::ExitUsage));
    }

    // `pairing list` over two gateways (and one that does not answer): both gateways' requests,
    // each line's lane naming its gateway; the dead one named on stderr, the exit code critical.
    void pairingListOverSeveralGateways()
    {
        auto one = drillAt(jst(12, 19, 21));
        auto two = drillAt(jst(12, 19, 21));
        QVERIFY(one && two);
        two->world()->addPairingRequest(QStringLiteral("telegram"), QStringLiteral("default"),
                                        QStringLiteral("7000000022"), QStringLiteral("Ren on two"),
                                        QStringLiteral("RENX0022"));
        qputenv("SB_LINKING_TEST_TOKEN_ONE", one->token().toUtf8());
        qputenv("SB_LINKING_TEST_TOKEN_TWO", two->token().toUtf8());
        const auto list = [&](const QStringList &extra) {
            Run run;
            QTextStream out(&run.out), err(&run.err);
            run.code = sb::ctl::runCommandLine(
                QStringList{QStringLiteral("switchboardctl"), QStringLiteral("pairing"),
                            QStringLiteral("list"), QStringLiteral("--gateway"), one->url().toString(),
                            QStringLiteral("--token-env"), QStringLiteral("SB_LINKING_TEST_TOKEN_ONE"),
                            QStringLiteral("--gateway"), two->url().toString(), QStringLiteral("--token-env"),
                            QStringLiteral("SB_LINKING_TEST_TOKEN_TWO")} +
                    extra,
                out, err);
            out.flush();
            err.flush();
            return run;
        };
        const Run text = list({});
        QVERIFY2(text.code == int(ExitCode::ExitHealthy), qPrintable(text.err));
        QCOMPARE(text.out.count(QLatin1String("Kenji (operator) (7123456789)")), 2);
        QVERIFY(text.out.contains(laneOf(*one, "telegram") + QStringLiteral("  Kenji")));
        QVERIFY(text.out.contains(laneOf(*two, "telegram") + QStringLiteral("  Kenji")));
        QVERIFY(text.out.contains(laneOf(*two, "telegram") + QStringLiteral("  Ren on two")));
        QVERIFY(!text.out.contains(laneOf(*one, "telegram") + QStringLiteral("  Ren on two")));

        const Run json = list({QStringLiteral("--json")});
        QCOMPARE(json.code, int(ExitCode::ExitHealthy));
        const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonArray requests = root.value(QStringLiteral("requests")).toArray();
        QCOMPARE(requests.size(), 3);
        QStringList gateways;
        for (const QJsonValue &request : requests)
            gateways << request.toObject().value(QStringLiteral("gateway")).toString();
        const QString idOne = laneOf(*one, "telegram").section(u'/', 0, 0);
        const QString idTwo = laneOf(*two, "telegram").section(u'/', 0, 0);
        QCOMPARE(gateways, (QStringList{idOne, idTwo, idTwo}));
        QCOMPARE(root.value(QStringLiteral("gateways")).toArray().size(), 2);

        // A third gateway that does not answer: named, the others still listed, exit 2.
        qputenv("SB_LINKING_TEST_TOKEN_DEAD", "dead");
        const Run partial = list({QStringLiteral("--gateway"), QStringLiteral("ws://127.0.0.1:9"),
                                  QStringLiteral("--token-env"), QStringLiteral("SB_LINKING_TEST_TOKEN_DEAD"),
                                  QStringLiteral("--timeout"), QStringLiteral("3")});
        QCOMPARE(partial.code, int(ExitCode::ExitCritical));
        QVERIFY2(partial.err.contains(QLatin1String("127.0.0.1:9: ")), qPrintable(partial.err));
        QCOMPARE(partial.out.count(QLatin1String("Kenji (operator)")), 2);
    }
};

QTEST_MAIN(TestLinkingCommands)
#include "TestLinkingCommands.moc"

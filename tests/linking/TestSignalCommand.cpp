// `switchboardctl signal` against the drill's gateway and signal-cli emulator, at the story's
// 00:21: register asks for a captcha (its own exit code, the captcha page printed), register
// with the token sends a code, verify with the code registers the number and starts the channel;
// link prints a terminal QR code that a real decoder (zbarimg) reads back as the link URI.
#include "app/ctl/CommandLine.h"
#include "app/ctl/SignalCommand.h"
#include "app/ctl/StatusCommand.h"
#include "app/drill/DrillSession.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/drill/SignalCliEmulator.h"
#include "app/platform/Clock.h"
#include "tests/ingest/StoryRun.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using sb::test::jst;

namespace {

const QString kToken = QStringLiteral("signal-hcaptcha.5fad97ac-7d06-4e44-b18a-b950b20148ff.registration."
                                      "P1_eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.hKdwYXNza2V5xQ");

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// The terminal QR code back into pixels (light 255, dark 0), 4 pixels a module, as a PGM.
QByteArray pgmFromTerminalQr(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.isEmpty() &&
            (line.contains(QChar(0x2588)) || line.contains(QChar(0x2580)) || line.contains(QChar(0x2584))))
            lines << line;
    }
    if (lines.isEmpty())
        return {};
    const int scale = 4;
    const int width = int(lines.first().size());
    const int height = int(lines.size()) * 2;
    QByteArray pixels(qsizetype(width) * scale * height * scale, char(0));
    auto paint = [&](int x, int y, bool light) {
        for (int dy = 0; dy < scale; ++dy)
            for (int dx = 0; dx < scale; ++dx)
                pixels[(qsizetype(y) * scale + dy) * width * scale + x * scale + dx] =
                    light ? char(255) : char(0);
    };
    for (int row = 0; row < lines.size(); ++row) {
        for (int x = 0; x < width; ++x) {
            const QChar c = x < lines.at(row).size() ? lines.at(row).at(x) : QChar(u' ');
            paint(x, row * 2, c == QChar(0x2588) || c == QChar(0x2580));
            paint(x, row * 2 + 1, c == QChar(0x2588) || c == QChar(0x2584));
        }
    }
    return "P5\n" + QByteArray::number(width * scale) + ' ' + QByteArray::number(height * scale) + "\n255\n" +
           pixels;
}

} // namespace

class TestSignalCommand : public QObject
{
    Q_OBJECT

    sb::ManualClock m_wall;
    std::unique_ptr<sb::drill::DrillSession> m_drill;

    Run run(const QStringList &extra)
    {
        QStringList arguments{QStringLiteral("switchboardctl"),
                              QStringLiteral("signal"),
                              extra.first(),
                              QStringLiteral("--gateway"),
                              m_drill->url().toString(),
                              QStringLiteral("--token-env"),
                              QStringLiteral("SB_SIGNAL_TEST_TOKEN"),
                              QStringLiteral("--lane"),
                              QStringLiteral("drill/signal/default")};
        arguments << extra.mid(1);
        Run result;
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.code = sb::ctl::runCommandLine(arguments, out, err);
        out.flush();
        err.flush();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        sb::drill::DrillSession::Options options;
        options.speed = 1;
        options.autoPlay = false;
        options.baseClock = &m_wall;
        QString error;
        m_drill = sb::drill::DrillSession::start(options, &error);
        QVERIFY2(m_drill, qPrintable(error));
        m_drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(13, 0, 21)));
        qputenv("SB_SIGNAL_TEST_TOKEN", m_drill->token().toUtf8());
    }

    void refusesBadCommandLines()
    {
        QCOMPARE(run({QStringLiteral("verify")}).code, int(sb::ctl::ExitUsage)); // no --code
        QCOMPARE(
            run({QStringLiteral("register"), QStringLiteral("--signal-cli"), QStringLiteral("ftp://x")}).code,
            int(sb::ctl::ExitUsage));
        QCOMPARE(run({QStringLiteral("dance")}).code, int(sb::ctl::ExitUsage));
        const Run badNumber =
            run({QStringLiteral("register"), QStringLiteral("--number"), QStringLiteral("0900")});
        QCOMPARE(badNumber.code, int(sb::ctl::ExitUsage));
        QVERIFY(badNumber.err.contains(QLatin1String("E.164")) || badNumber.err.contains(QLatin1String("+")));
    }

    // Captcha required → with the token → verify: the number and daemon URL from the config.
    void registerCaptchaThenVerify()
    {
        sb::drill::SignalCliEmulator &emulator = *m_drill->signalEmulator();
        const Run captcha = run({QStringLiteral("register")});
        QCOMPARE(captcha.code, int(sb::ctl::ExitSignalCaptchaRequired));
        QVERIFY2(captcha.out.contains(QLatin1String("https://signalcaptchas.org/registration/generate.html")),
                 qPrintable(captcha.out));
        QVERIFY2(captcha.err.contains(m_drill->signalBaseUrl()), qPrintable(captcha.err));
        QVERIFY(captcha.err.contains(QLatin1String("channels.signal.transport.url")));
        QCOMPARE(emulator.lastParams(QStringLiteral("register")).value(QStringLiteral("account")).toString(),
                 QStringLiteral("+819000000053"));

        const Run garbage =
            run({QStringLiteral("register"), QStringLiteral("--captcha"), QStringLiteral("nope")});
        QCOMPARE(garbage.code, int(sb::ctl::ExitUsage));

        const Run withToken = run({QStringLiteral("register"), QStringLiteral("--captcha"),
                                   QStringLiteral("signalcaptcha://") + kToken});
        QCOMPARE(withToken.code, int(sb::ctl::ExitHealthy));
        QVERIFY2(withToken.out.contains(QLatin1String("code")), qPrintable(withToken.out));
        QCOMPARE(emulator.lastParams(QStringLiteral("register")).value(QStringLiteral("captcha")).toString(),
                 kToken);

        const Run verified =
            run({QStringLiteral("verify"), QStringLiteral("--code"), QStringLiteral("123-456")});
        QVERIFY2(verified.code == int(sb::ctl::ExitAttention), qPrintable(verified.out + verified.err));
        QVERIFY2(verified.out.contains(QLatin1String("probation")), qPrintable(verified.out));
        QCOMPARE(emulator.lastParams(QStringLiteral("verify"))
                     .value(QStringLiteral("verificationCode"))
                     .toString(),
                 QStringLiteral("123456"));
    }

    void rateLimitedHasItsOwnExitCode()
    {
        sb::drill::SignalCliEmulator &emulator = *m_drill->signalEmulator();
        emulator.configure({{QStringLiteral("register"), QStringLiteral("rate-limited")},
                            {QStringLiteral("retryAfterSeconds"), 300}});
        const Run limited = run({QStringLiteral("register")});
        emulator.configure({{QStringLiteral("register"), QStringLiteral("ok")}});
        QCOMPARE(limited.code, int(sb::ctl::ExitSignalRateLimited));
        QVERIFY2(limited.out.contains(QLatin1String("300")), qPrintable(limited.out));
    }

    void linkPrintsAQrCodeThatDecodesToTheUri()
    {
        const Run linked =
            run({QStringLiteral("link"), QStringLiteral("--device-name"), QStringLiteral("ops")});
        QVERIFY2(linked.code == int(sb::ctl::ExitAttention), qPrintable(linked.out + linked.err));
        const QString uri = m_drill->signalEmulator()
                                ->lastParams(QStringLiteral("finishLink"))
                                .value(QStringLiteral("deviceLinkUri"))
                                .toString();
        QVERIFY(uri.startsWith(QLatin1String("sgnl://linkdevice?uuid=")));
        QVERIFY(linked.out.contains(uri));

        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!zbarimg.isEmpty(), "zbarimg (Debian zbar-tools) is needed to decode the QR code");
        QTemporaryDir dir;
        QFile image(dir.filePath(QStringLiteral("qr.pgm")));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write(pgmFromTerminalQr(linked.out));
        image.close();
        QProcess decoder;
        decoder.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"), image.fileName()});
        QVERIFY(decoder.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(decoder.readAllStandardOutput()).trimmed(), uri);
    }
};

QTEST_GUILESS_MAIN(TestSignalCommand)
#include "TestSignalCommand.moc"

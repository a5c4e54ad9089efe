#include "app/platform/Logging.h"
#include "app/platform/Redactor.h"
#include "tests/support/TestEnvironment.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcGatewayTest, "gateway.test")

namespace {
QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        sb::log::shutdown();
        sb::Redactor::forgetAllSecrets();
    }

    void levelSpecValidation_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("global") << QStringLiteral("warn") << true;
        QTest::newRow("global + one") << QStringLiteral("warn,gateway=debug") << true;
        QTest::newRow("all subsystems")
            << QStringLiteral("gateway=trace,ingest=info,health=off,store=error,ui=warn") << true;
        QTest::newRow("unknown logger") << QStringLiteral("gatway=debug") << false;
        QTest::newRow("unknown level") << QStringLiteral("loud") << false;
        QTest::newRow("unknown level for logger") << QStringLiteral("gateway=chatty") << false;
    }

    void levelSpecValidation()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        const auto error = sb::log::validateLevelSpec(spec);
        QCOMPARE(!error.has_value(), valid);
        if (error)
            QVERIFY(!error->isEmpty());
    }

    void secretsNeverReachTheLogFile()
    {
        QTemporaryDir dir;
        sb::log::init({dir.path(), false, QStringLiteral("trace"), 1024 * 1024, 2});
        const QString registered = QStringLiteral("gw-token-0123456789abcdef");
        sb::Redactor::registerSecret(registered);
        const std::string bot = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

        sb::log::gateway()->info("connecting with token {}", registered.toStdString());
        sb::log::ingest()->warn("telegram token {} rejected", bot);
        qCWarning(lcGatewayTest) << "qt message carrying" << registered;
        sb::log::shutdown();

        const QByteArray text = readAll(dir.filePath(QStringLiteral("switchboard.log")));
        QVERIFY2(text.contains("connecting with token"), text.constData());
        QVERIFY(text.contains("telegram token"));
        QVERIFY(text.contains("qt message carrying"));
        QVERIFY(!text.contains(registered.toUtf8()));
        QVERIFY(!text.contains("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"));
        QCOMPARE(text.count(sb::Redactor::marker), 3);
    }

    // A malformed frame's sample, a log line tailed from the gateway: text that is not ours
    // must not start a line of its own in the log or drive the terminal that tails it.
    void gatewayTextCannotForgeALogLine()
    {
        QTemporaryDir dir;
        sb::log::init({dir.path(), false, QStringLiteral("trace"), 1024 * 1024, 2});
        const std::string sample = "{\"type\":\"res\"\r\n1999-01-01T00:00:00.000+0000 [gateway] info: "
                                   "INJECTED-LINE\x1b[2J\x1b]0;owned\x07\n";
        sb::log::gateway()->warn("malformed frame: {}", sample);
        qCWarning(lcGatewayTest).noquote() << QStringLiteral("qt text\nINJECTED-LINE too");
        sb::log::shutdown();

        const QByteArray text = readAll(dir.filePath(QStringLiteral("switchboard.log")));
        const QList<QByteArray> lines = text.split('\n');
        QCOMPARE(lines.size(), 3); // two messages, each ended by the formatter's own newline
        QVERIFY(lines.last().isEmpty());
        for (const QByteArray &line : lines) {
            QVERIFY2(!line.startsWith("INJECTED-LINE") && !line.startsWith("1999-01-01T00:00:00"),
                     line.constData());
            for (const char byte : line)
                QVERIFY2(static_cast<unsigned char>(byte) >= 0x20, line.constData());
        }
        QVERIFY2(lines.at(0).contains("malformed frame: {\"type\":\"res\"\\r\\n1999-01-01T00:00:00"),
                 lines.at(0).constData());
        QVERIFY(lines.at(0).contains("INJECTED-LINE\\x1b[2J\\x1b]0;owned\\x07\\n"));
        QVERIFY(lines.at(1).contains("qt text\\nINJECTED-LINE too"));
    }

    void perLoggerLevelsApply()
    {
        QTemporaryDir dir;
        sb::log::init({dir.path(), false, QStringLiteral("warn,gateway=debug"), 1024 * 1024, 2});
        sb::log::gateway()->debug("gateway-debug-line");
        sb::log::store()->debug("store-debug-line");
        sb::log::store()->warn("store-warn-line");
        sb::log::shutdown();
        const QByteArray text = readAll(dir.filePath(QStringLiteral("switchboard.log")));
        QVERIFY(text.contains("[gateway] debug: gateway-debug-line"));
        QVERIFY(!text.contains("store-debug-line"));
        QVERIFY(text.contains("[store] warning: store-warn-line"));
    }

    void qtCategoryRoutesToItsSubsystemLogger()
    {
        QTemporaryDir dir;
        sb::log::init({dir.path(), false, QStringLiteral("info"), 1024 * 1024, 2});
        qCWarning(lcGatewayTest) << "routed";
        sb::log::shutdown();
        QVERIFY(readAll(dir.filePath(QStringLiteral("switchboard.log")))
                    .contains("[gateway] warning: [gateway.test]"));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "TestLogging.moc"

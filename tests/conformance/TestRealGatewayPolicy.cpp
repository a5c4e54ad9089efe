// Allowlists and the security audit against a real OpenClaw 2026.9.6 gateway (issue 12), with
// the story's Telegram configuration (groupPolicy "open", tools.elevated on):
//   - the built-in rules and `openclaw security audit --json` both report the CRITICAL;
//   - the one-click fix lands in the file on disk, and OpenClaw's audit then has no critical;
//   - `openclaw config set` by another writer between our read and our write is a conflict:
//     shown, nothing clobbered;
//   - shrinking or removing a list is sent with replacePaths (and the gateway refuses without).
// Other tests share this gateway: the Telegram keys this test touches are put back as found.
#include "app/gateway/Connection.h"
#include "app/gateway/GatewayClient.h"
#include "app/policy/ConfigWriter.h"
#include "app/policy/SecurityAudit.h"
#include "tests/conformance/RealGatewayEnv.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sb::policy::ConfigEdit;
using sb::policy::ConfigWriter;
using sb::policy::WriteOutcome;

namespace {

constexpr int kAnswerMs = 60000;
constexpr int kOpenClawAuditMs = 240000; // measured 16-35 s; far more on a loaded machine

QJsonObject telegramOnDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(u"channels")
        .toObject()
        .value(u"telegram")
        .toObject();
}

} // namespace

class TestRealGatewayPolicy : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    QTemporaryDir m_cliHome;
    std::unique_ptr<sb::gateway::Connection> m_connection;
    std::unique_ptr<sb::gateway::GatewayClient> m_client;
    std::unique_ptr<ConfigWriter> m_writer;
    QJsonObject m_telegramAsFound;

    QString configPath() const { return m_env.value(QStringLiteral("OPENCLAW_TEST_CONFIG")); }

    // The CLI as real-gateway.sh runs it: a scratch HOME, the gateway's state and config, no
    // network beyond loopback.
    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env;
        const QString bin = m_env.value(QStringLiteral("OPENCLAW_TEST_BIN"));
        const QString dead = QStringLiteral("http://127.0.0.1:9");
        env.insert(QStringLiteral("HOME"), m_cliHome.path());
        env.insert(QStringLiteral("TMPDIR"), m_cliHome.filePath(QStringLiteral("tmp")));
        env.insert(QStringLiteral("PATH"), bin + QStringLiteral(":/usr/local/bin:/usr/bin:/bin"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        for (const char *proxy :
             {"HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"})
            env.insert(QLatin1String(proxy), dead);
        env.insert(QStringLiteral("NO_PROXY"), QStringLiteral("127.0.0.1,localhost,::1"));
        env.insert(QStringLiteral("NODE_USE_ENV_PROXY"), QStringLiteral("1"));
        env.insert(QStringLiteral("OPENCLAW_OFFLINE"), QStringLiteral("1"));
        env.insert(QStringLiteral("OPENCLAW_NO_AUTO_UPDATE"), QStringLiteral("1"));
        env.insert(QStringLiteral("OPENCLAW_DISABLE_BONJOUR"), QStringLiteral("1"));
        env.insert(
            QStringLiteral("OPENCLAW_STATE_DIR"),
            QDir(m_env.value(QStringLiteral("OPENCLAW_TEST_HOME"))).filePath(QStringLiteral(".openclaw")));
        env.insert(QStringLiteral("OPENCLAW_CONFIG_PATH"), configPath());
        env.insert(QStringLiteral("OPENCLAW_CLI"), QDir(bin).filePath(QStringLiteral("openclaw")));
        return env;
    }

    sb::policy::SecurityAudit openClawAudit()
    {
        std::optional<sb::policy::OpenClawCli> cli = sb::policy::OpenClawCli::find(cliEnvironment());
        if (!cli)
            qFatal("no openclaw CLI in %s", qPrintable(m_env.value(QStringLiteral("OPENCLAW_TEST_BIN"))));
        cli->timeoutMs = kOpenClawAuditMs;
        return sb::policy::SecurityAudit(cli, {});
    }

    bool reload()
    {
        QSignalSpy loaded(m_writer.get(), &ConfigWriter::loaded);
        m_writer->load();
        return loaded.wait(kAnswerMs);
    }

    std::optional<WriteOutcome> write(const ConfigEdit &edit)
    {
        QString problem;
        const auto preview = m_writer->preview(edit, &problem);
        if (!preview) {
            qWarning("refused: %s", qPrintable(problem));
            return std::nullopt;
        }
        if (preview->isEmpty()) // the config already says so: nothing is sent
            return WriteOutcome{WriteOutcome::Kind::Noop, {}, {}, {}, {}, {}};
        QSignalSpy finished(m_writer.get(), &ConfigWriter::finished);
        m_writer->apply();
        if (!finished.wait(kAnswerMs))
            return std::nullopt;
        return finished.first().first().value<WriteOutcome>();
    }

    ConfigEdit telegramEdit(const QString &summary) const
    {
        ConfigEdit edit;
        edit.summary = summary;
        edit.channel = QStringLiteral("telegram");
        edit.accountId = QStringLiteral("default");
        return edit;
    }

    static QStringList telegram(const char *key)
    {
        return {QStringLiteral("channels"), QStringLiteral("telegram"), QLatin1String(key)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        m_env = sb::test::readRealGatewayEnv(&why);
        QVERIFY2(!m_env.isEmpty(), qPrintable(why));
        QVERIFY(m_cliHome.isValid());
        // Node's compile cache, as real-gateway.sh keeps it: each CLI start is seconds faster.
        QDir().mkpath(m_cliHome.filePath(QStringLiteral("tmp")));
        QFile::link(QDir(m_env.value(QStringLiteral("OPENCLAW_TEST_BIN")))
                        .filePath(QStringLiteral("../node-compile-cache")),
                    m_cliHome.filePath(QStringLiteral("tmp/node-compile-cache")));

        sb::gateway::ConnectionOptions options;
        options.url = QUrl(m_env.value(QStringLiteral("OPENCLAW_TEST_URL")));
        options.token = m_env.value(QStringLiteral("OPENCLAW_TEST_TOKEN"));
        options.requestTimeoutMs = 30000;
        options.reconnect.initialDelayMs = 250;
        options.reconnect.loopbackMaxDelayMs = 1000;
        m_connection = std::make_unique<sb::gateway::Connection>(options);
        m_client = std::make_unique<sb::gateway::GatewayClient>(m_connection.get());
        m_connection->open();
        // An earlier test may just have restarted the gateway: wait out "gateway starting".
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), sb::gateway::ConnectionState::Connected, 120000);
        m_writer = std::make_unique<ConfigWriter>(*m_client, nullptr, QStringLiteral("real"));
        QVERIFY(reload());
        m_telegramAsFound = telegramOnDisk(configPath());
        QVERIFY(!m_telegramAsFound.isEmpty());

        // The story's 19:15: groupPolicy "open" (an earlier test may have closed it).
        const auto opened = write(telegramEdit(QStringLiteral("the story's open groups"))
                                      .set(telegram("groupPolicy"), QStringLiteral("open")));
        if (opened)
            QVERIFY2(opened->kind != WriteOutcome::Kind::Failed, qPrintable(opened->message));
        QCOMPARE(telegramOnDisk(configPath()).value(u"groupPolicy").toString(), QStringLiteral("open"));
    }

    void bothAuditsReportTheCriticalAndTheFixClearsIt()
    {
        const QString checkId = QStringLiteral("security.exposure.open_groups_with_elevated");
        sb::policy::SecurityAudit before = openClawAudit();
        QSignalSpy done(&before, &sb::policy::SecurityAudit::finished);
        before.run(m_writer->policy(), {});
        QVERIFY(done.wait(kOpenClawAuditMs + 10000));
        QVERIFY2(before.note().isEmpty(), qPrintable(before.note()));
        const sb::policy::Finding *critical = before.finding(checkId);
        QVERIFY(critical);
        QCOMPARE(critical->severity, sb::policy::Severity::Critical);
        QCOMPARE(critical->source, sb::policy::FindingSource::Both); // built-in AND openclaw
        QVERIFY(critical->detail.contains(QStringLiteral("channels.telegram.groupPolicy")));
        QVERIFY(critical->fix);
        qInfo("openclaw security audit --json: %lld ms",
              static_cast<long long>(before.openClawElapsedMs().value_or(-1)));

        const auto fixed = write(*critical->fix);
        QVERIFY(fixed);
        QCOMPARE(fixed->kind, WriteOutcome::Kind::Applied);
        QVERIFY(fixed->changedPaths.contains(QStringLiteral("channels.telegram.groupPolicy")));
        QCOMPARE(telegramOnDisk(configPath()).value(u"groupPolicy").toString(), QStringLiteral("allowlist"));

        sb::policy::SecurityAudit after = openClawAudit();
        QSignalSpy doneAgain(&after, &sb::policy::SecurityAudit::finished);
        after.run(m_writer->policy(), {});
        QVERIFY(doneAgain.wait(kOpenClawAuditMs + 10000));
        QVERIFY2(after.note().isEmpty(), qPrintable(after.note()));
        for (const sb::policy::Finding &finding : after.findings())
            QVERIFY2(finding.severity != sb::policy::Severity::Critical, qPrintable(finding.checkId));
    }

    void anotherWriterBetweenReadAndWriteClobbersNothing()
    {
        QVERIFY(reload());
        QString problem;
        const auto ours = m_writer->preview(
            telegramEdit(QStringLiteral("ours")).set(telegram("groupPolicy"), QStringLiteral("disabled")),
            &problem);
        QVERIFY2(ours && !ours->isEmpty(), qPrintable(problem));

        // Another writer: the openclaw CLI edits the file between our read and our write, with
        // an id no earlier run left there (an unchanged value is "No change", no write).
        const QString theirId = QStringLiteral("7%1").arg(
            qlonglong(QDateTime::currentMSecsSinceEpoch() % 1000000000), 9, 10, QLatin1Char('0'));
        QProcess cli;
        cli.setProcessEnvironment(cliEnvironment());
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start(cliEnvironment().value(QStringLiteral("OPENCLAW_CLI")),
                  {QStringLiteral("config"), QStringLiteral("set"),
                   QStringLiteral("channels.telegram.groupAllowFrom"),
                   QStringLiteral("[\"%1\"]").arg(theirId)});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAll().constData());
        const QByteArray theirs = [this] {
            QFile file(configPath());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(theirs.contains(theirId.toUtf8()));

        QSignalSpy finished(m_writer.get(), &ConfigWriter::finished);
        m_writer->apply();
        QVERIFY(finished.wait(kAnswerMs));
        const auto conflict = finished.first().first().value<WriteOutcome>();
        QCOMPARE(conflict.kind, WriteOutcome::Kind::Conflict);
        QCOMPARE(m_writer->state(), ConfigWriter::State::Conflict);
        QFile file(configPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), theirs); // not clobbered
        QStringList theirPaths;
        for (const auto &line : conflict.theirs)
            theirPaths << line.path;
        QVERIFY2(theirPaths.contains(QStringLiteral("channels.telegram.groupAllowFrom")),
                 qPrintable(theirPaths.join(u',')));
        m_writer->drop(); // the operator drops ours
        QCOMPARE(m_writer->state(), ConfigWriter::State::Ready);
    }

    void aRemovalIsNeverSentWithoutReplacePaths()
    {
        QVERIFY(reload());
        // Without replacePaths the gateway refuses to drop list entries...
        sb::gateway::MergePatch bare;
        bare.set(QStringLiteral("channels.telegram.groupAllowFrom"), QJsonArray());
        std::optional<sb::gateway::Result<sb::gateway::ConfigWriteResult>> refused;
        QObject context;
        m_client->configPatch(bare, m_writer->hash(), &context,
                              [&refused](const auto &result) { refused = result; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), kAnswerMs);
        QVERIFY(!refused->ok());
        QVERIFY2(refused->error().message().contains(QStringLiteral("replacePaths")),
                 qPrintable(refused->error().message()));

        // ...so the writer always names the list: shrinking it, and removing the key.
        QString problem;
        const auto shrink = m_writer->preview(
            telegramEdit(QStringLiteral("shrink")).set(telegram("groupAllowFrom"), QStringList()), &problem);
        QVERIFY2(shrink, qPrintable(problem));
        QCOMPARE(shrink->replacePaths, QStringList{QStringLiteral("channels.telegram.groupAllowFrom")});
        m_writer->drop();
        const auto removed = write(telegramEdit(QStringLiteral("remove")).remove(telegram("groupAllowFrom")));
        QVERIFY(removed);
        QCOMPARE(removed->kind, WriteOutcome::Kind::Applied);
        QVERIFY(!telegramOnDisk(configPath()).contains(u"groupAllowFrom"));
    }

    void cleanupTestCase()
    {
        if (!m_writer || m_telegramAsFound.isEmpty())
            return;
        // Put back the Telegram keys this test touched, as they were found.
        if (!reload())
            return;
        ConfigEdit restore = telegramEdit(QStringLiteral("restore"));
        for (const char *key : {"groupPolicy", "groupAllowFrom"}) {
            const QJsonValue found = m_telegramAsFound.value(QLatin1String(key));
            if (found.isString())
                restore.set(telegram(key), found.toString());
            else if (found.isArray()) {
                QStringList list;
                for (const QJsonValue &item : found.toArray())
                    list << item.toString();
                restore.set(telegram(key), list);
            } else
                restore.remove(telegram(key));
        }
        const auto restored = write(restore);
        if (restored)
            qInfo("restored: %s", qPrintable(restored->message));
        QCOMPARE(telegramOnDisk(configPath()).value(u"groupPolicy"), m_telegramAsFound.value(u"groupPolicy"));
    }
};

QTEST_GUILESS_MAIN(TestRealGatewayPolicy)
#include "TestRealGatewayPolicy.moc"

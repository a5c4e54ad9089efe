// OpenClaw's audit costs 20-80 s of CPU a run: a reconnect (the same config) keeps its
// findings instead of running it again; a changed config hash, an explicit re-run or a fix
// runs it again. A fake `openclaw` counts its runs in a file.
#include "app/policy/PolicyReader.h"
#include "app/policy/SecurityAudit.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Rerun = sb::policy::SecurityAudit::OpenClawRerun;

namespace {

const char *kStory1915 = R"({"channels":{"telegram":{"dmPolicy":"pairing","groupPolicy":"open",
    "groups":{"-1002026021219":{"requireMention":false}}}},"tools":{"elevated":{"enabled":true}}})";

sb::policy::PolicyConfig storyConfig()
{
    return sb::policy::readPolicyConfig(QJsonDocument::fromJson(kStory1915).object());
}

bool hasCheck(const sb::policy::SecurityAudit &audit, const QString &checkId)
{
    return audit.finding(checkId) != nullptr;
}

} // namespace

class TestOpenClawRerun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_counter;

    // A fake openclaw that notes each run, waits `delay` seconds and prints one finding.
    sb::policy::OpenClawCli fakeCli(const QString &delay)
    {
        sb::policy::OpenClawCli cli;
        cli.program = m_dir.filePath(QStringLiteral("openclaw"));
        cli.timeoutMs = 10000;
        m_counter = m_dir.filePath(QStringLiteral("runs"));
        QFile::remove(m_counter);
        QFile file(cli.program);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the fake openclaw");
        file.write("#!/bin/sh\necho run >> '" + m_counter.toUtf8() + "'\nsleep " + delay.toUtf8() +
                   "\necho '{\"findings\":[{\"checkId\":\"gateway.fake_openclaw_only\",\"severity\":\"warn\","
                   "\"title\":\"from the CLI\"}]}'\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return cli;
    }

    int cliRuns() const
    {
        QFile file(m_counter);
        if (!file.open(QIODevice::ReadOnly))
            return 0;
        return int(file.readAll().count('\n'));
    }

private Q_SLOTS:
    void aReconnectOnTheSameConfigKeepsOpenClawsFindings()
    {
        sb::policy::SecurityAudit audit(fakeCli(QStringLiteral("0")), QString());
        QSignalSpy finished(&audit, &sb::policy::SecurityAudit::finished);
        audit.run(storyConfig(), {}, QStringLiteral("hash-1"), Rerun::IfConfigChanged); // first read
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(cliRuns(), 1);
        QVERIFY(hasCheck(audit, QStringLiteral("gateway.fake_openclaw_only")));

        // Reconnects on the same config: findings at once, both sources, no new run.
        for (int i = 0; i < 3; ++i)
            audit.run(storyConfig(), {}, QStringLiteral("hash-1"), Rerun::IfConfigChanged);
        QCOMPARE(finished.count(), 4);
        QVERIFY(!audit.isRunning());
        QVERIFY(hasCheck(audit, QStringLiteral("gateway.fake_openclaw_only")));
        QVERIFY(hasCheck(audit, QStringLiteral("security.exposure.open_groups_with_elevated")));
        QCOMPARE(audit.openClawRuns(), 1);
        QCOMPARE(cliRuns(), 1);

        // Another writer changed the config while the link was down: run again.
        audit.run(storyConfig(), {}, QStringLiteral("hash-2"), Rerun::IfConfigChanged);
        QVERIFY(audit.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 10000);
        QCOMPARE(cliRuns(), 2);

        // The re-run button (or a fix) runs it on the same config too.
        audit.run(storyConfig(), {}, QStringLiteral("hash-2"), Rerun::Always);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 6, 10000);
        QCOMPARE(cliRuns(), 3);
        QCOMPARE(audit.openClawRuns(), 3);
    }

    // A reconnect while OpenClaw audits the same config leaves that run alone; its findings
    // arrive merged with the built-in ones made last.
    void aReconnectDuringARunDoesNotRestartIt()
    {
        sb::policy::SecurityAudit audit(fakeCli(QStringLiteral("1")), QString());
        QSignalSpy finished(&audit, &sb::policy::SecurityAudit::finished);
        audit.run(storyConfig(), {}, QStringLiteral("hash-1"), Rerun::IfConfigChanged);
        QVERIFY(audit.isRunning());
        audit.run(storyConfig(), {}, QStringLiteral("hash-1"), Rerun::IfConfigChanged);
        QVERIFY(audit.isRunning());
        QCOMPARE(finished.count(), 0);
        QVERIFY(hasCheck(audit, QStringLiteral("security.exposure.open_groups_with_elevated")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(cliRuns(), 1);
        QVERIFY(hasCheck(audit, QStringLiteral("gateway.fake_openclaw_only")));
    }

    // Without a hash (nothing to compare) it always runs, as before.
    void noHashAlwaysRuns()
    {
        sb::policy::SecurityAudit audit(fakeCli(QStringLiteral("0")), QString());
        QSignalSpy finished(&audit, &sb::policy::SecurityAudit::finished);
        audit.run(storyConfig(), {}, QString(), Rerun::IfConfigChanged);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        audit.run(storyConfig(), {}, QString(), Rerun::IfConfigChanged);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(cliRuns(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOpenClawRerun)
#include "TestOpenClawRerun.moc"

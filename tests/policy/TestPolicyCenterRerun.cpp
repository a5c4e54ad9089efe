// The window's PolicyCenter against the story's drill with a fake `openclaw` that counts its
// runs: reconnects on an unchanged config keep OpenClaw's findings without running it again;
// a config another writer changed meanwhile, a fix and the re-run button run it again.
#include "app/drill/DrillWorld.h"
#include "app/drill/ScenarioPlayer.h"
#include "app/gateway/GatewayMonitor.h"
#include "app/ingest/GatewaySession.h"
#include "app/policy/PolicyCenter.h"
#include "tests/ingest/StoryRun.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sb::policy::ConfigEdit;
using sb::policy::PolicyCenter;
using sb::test::jst;

class TestPolicyCenterRerun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    sb::policy::OpenClawCli fakeCli()
    {
        sb::policy::OpenClawCli cli;
        cli.program = m_dir.filePath(QStringLiteral("openclaw"));
        cli.timeoutMs = 10000;
        QFile file(cli.program);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write the fake openclaw");
        file.write("#!/bin/sh\necho run >> '" + m_dir.filePath(QStringLiteral("runs")).toUtf8() +
                   "'\necho "
                   "'{\"findings\":[{\"checkId\":\"gateway.fake_openclaw_only\",\"severity\":\"warn\"}]}'\n");
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return cli;
    }

    int cliRuns() const
    {
        QFile file(m_dir.filePath(QStringLiteral("runs")));
        return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
    }

private Q_SLOTS:
    void openClawRunsOnlyWhenThereIsAReason()
    {
        sb::drill::DrillSession::Options options;
        options.speed = 1;
        options.autoPlay = false;
        QString error;
        auto drill = sb::drill::DrillSession::start(options, &error);
        QVERIFY2(drill, qPrintable(error));
        drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 23, 39)));
        sb::test::ConsoleSession console(*drill, m_dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(QTest::qWaitFor([&] { return console.session->isCaughtUp(); }, 20000));

        PolicyCenter center(console.session->monitor(), nullptr, QStringLiteral("drill"), fakeCli(),
                            QString());
        QSignalSpy audited(&center.audit(), &sb::policy::SecurityAudit::finished);
        QSignalSpy loaded(&center.writer(), &sb::policy::ConfigWriter::loaded);
        const auto auditedAfter = [&](const std::function<void()> &action) {
            const qsizetype before = audited.count();
            action();
            return QTest::qWaitFor([&] { return audited.count() > before && !center.audit().isRunning(); },
                                   10000);
        };

        QVERIFY(auditedAfter([&] { center.reconnected(); })); // the first hello: nothing audited yet
        QCOMPARE(cliRuns(), 1);
        QVERIFY(center.audit().finding(QStringLiteral("gateway.fake_openclaw_only")));

        // A flapping link: three reconnects on the same config.
        for (int i = 0; i < 3; ++i)
            QVERIFY(auditedAfter([&] { center.reconnected(); }));
        QCOMPARE(loaded.count(), 4); // the config was read each time
        QCOMPARE(cliRuns(), 1);
        QVERIFY(center.audit().finding(QStringLiteral("gateway.fake_openclaw_only")));

        // 23:40: the story's own cli writes the fix while we are away; the next reconnect sees
        // another hash and runs OpenClaw's audit again.
        drill->player()->fastForwardTo(QDateTime::fromMSecsSinceEpoch(jst(12, 23, 40, 30)));
        QTRY_VERIFY_WITH_TIMEOUT(
            drill->world()->config().config()[u"channels"][u"telegram"][u"groupPolicy"].toString() ==
                QLatin1String("allowlist"),
            10000);
        QVERIFY(auditedAfter([&] { center.reconnected(); }));
        QCOMPARE(cliRuns(), 2);

        // A fix written from the window: audited again, OpenClaw's included.
        QString problem;
        QVERIFY2(center.writer().preview(
                     ConfigEdit().set(ConfigEdit::path(QStringLiteral("channels.telegram.groupPolicy")),
                                      QStringLiteral("disabled")),
                     &problem),
                 qPrintable(problem));
        QVERIFY(auditedAfter([&] { center.writer().apply(); }));
        QCOMPARE(cliRuns(), 3);

        // The re-run button, on the same config.
        QVERIFY(auditedAfter([&] { center.refresh(); }));
        QCOMPARE(cliRuns(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPolicyCenterRerun)
#include "TestPolicyCenterRerun.moc"

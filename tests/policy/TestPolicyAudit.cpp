// The built-in audit's rule table over typed configs, its fixes, the merge with OpenClaw's
// report, and the CLI run when the CLI is missing, slow or prints garbage.
#include "app/policy/OpenClawAudit.h"
#include "app/policy/PatchBuilder.h"
#include "app/policy/PolicyAudit.h"
#include "app/policy/PolicyReader.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sb::policy::Finding;
using sb::policy::Severity;

using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error{};
    const QJsonObject object = QJsonDocument::fromJson(QByteArray(text), &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return object;
}

QList<Finding> audit(const char *config, const QList<sb::policy::BotFacts> &bots = {})
{
    return sb::policy::runBuiltInAudit(sb::policy::readPolicyConfig(json(config)), bots);
}

QStringList ids(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &finding : findings)
        out << finding.checkId + u'/' + sb::policy::severityName(finding.severity);
    return out;
}

const Finding *byId(const QList<Finding> &findings, const QString &id)
{
    for (const Finding &finding : findings) {
        if (finding.checkId == id)
            return &finding;
    }
    return nullptr;
}

// The config after a finding's fix, through the same planner the writer uses.
QJsonObject fixed(const char *config, const Finding &finding)
{
    QString problem;
    const auto planned = sb::policy::planWrite(json(config), QStringLiteral("h"), *finding.fix, &problem);
    if (!planned)
        qFatal("fix refused: %s", qPrintable(problem));
    return planned->after;
}

const char *kStory1915 = R"({"channels":{"telegram":{"dmPolicy":"pairing","groupPolicy":"open",
    "groups":{"-1002026021219":{"requireMention":false}},"accounts":{"worker":{"name":"grace_worker_bot"}}}},
    "tools":{"elevated":{"enabled":true}}})";

} // namespace

class TestPolicyAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("story 19:15") << QByteArray(kStory1915)
                                     << QStringList{
                                            u"security.exposure.open_groups_with_elevated/critical"_s};
        QTest::newRow("open groups, elevated off")
            << QByteArray(
                   R"({"channels":{"telegram":{"groupPolicy":"open"}},"tools":{"elevated":{"enabled":false}}})")
            << QStringList{};
        QTest::newRow("runtime default never triggers")
            << QByteArray(R"({"channels":{"telegram":{}}})") << QStringList{};
        QTest::newRow("open DMs with a wildcard")
            << QByteArray(
                   R"({"channels":{"signal":{"dmPolicy":"open","allowFrom":["*"]}},"tools":{"elevated":{"enabled":false}}})")
            << QStringList{u"channels.signal.dm.open/critical"_s};
        QTest::newRow("openclaw#73756 biz")
            << QByteArray(R"({"channels":{"whatsapp":{"dmPolicy":"allowlist","allowFrom":["+818011112222"],
                "accounts":{"default":{},"biz":{"dmPolicy":"open","allowFrom":["*"]}}}}})")
            << QStringList{u"security.exposure.open_groups_with_elevated/critical"_s,
                           u"channels.whatsapp.dm.open/critical"_s,
                           u"switchboard.policy.account_looser_than_channel/warn"_s};
        QTest::newRow("stricter account is fine")
            << QByteArray(
                   R"({"channels":{"whatsapp":{"dmPolicy":"pairing","accounts":{"a":{"dmPolicy":"allowlist","allowFrom":["+818011112222"]}}}}})")
            << QStringList{};
        QTest::newRow("two bots, one group")
            << QByteArray(R"({"channels":{"telegram":{"accounts":{"ops":{"groups":{"-100777":{}}},
                "worker":{"groups":{"-100777":{},"*":{}}}}}}})")
            << QStringList{u"switchboard.telegram.bots_share_group/info"_s};
        QTest::newRow("personal WhatsApp") << QByteArray(R"({"channels":{"whatsapp":{"selfChatMode":true}}})")
                                           << QStringList{u"switchboard.whatsapp.personal_number/info"_s};
        QTest::newRow("elevated wildcard")
            << QByteArray(R"({"tools":{"elevated":{"allowFrom":{"telegram":["*","123"]}}}})")
            << QStringList{u"tools.elevated.allowFrom.telegram.wildcard/critical"_s};
    }

    void rules()
    {
        QFETCH(QByteArray, config);
        QFETCH(QStringList, expected);
        QCOMPARE(ids(audit(config.constData())), expected);
    }

    void theStoryFindingAndItsFix()
    {
        const QList<Finding> findings = audit(kStory1915);
        const Finding *critical =
            byId(findings, QStringLiteral("security.exposure.open_groups_with_elevated"));
        QVERIFY(critical);
        QCOMPARE(critical->title, QStringLiteral("Open group/DM policy with elevated tools enabled"));
        QVERIFY(critical->detail.contains(QStringLiteral("- channels.telegram.groupPolicy")));
        QCOMPARE(critical->channel, QStringLiteral("telegram"));
        QCOMPARE(critical->source, sb::policy::FindingSource::BuiltIn);
        QVERIFY(critical->fix);
        const QJsonObject after = fixed(kStory1915, *critical);
        QCOMPARE(after[u"channels"][u"telegram"][u"groupPolicy"].toString(), QStringLiteral("allowlist"));
        // Once fixed, the audit is clean.
        const QByteArray text = QJsonDocument(after).toJson();
        QCOMPARE(ids(audit(text.constData())), QStringList{});
    }

    void fixesLeaveNoFinding_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::newRow("biz") << QByteArray(
            R"({"channels":{"whatsapp":{"dmPolicy":"allowlist","allowFrom":["+818011112222"],
            "accounts":{"biz":{"dmPolicy":"open","allowFrom":["*"]}}}},"tools":{"elevated":{"enabled":false}}})");
        QTest::newRow("root open DMs") << QByteArray(
            R"({"channels":{"signal":{"dmPolicy":"open","allowFrom":["*","+15555550100"]}},"tools":{"elevated":{"enabled":false}}})");
        QTest::newRow("elevated wildcard")
            << QByteArray(R"({"tools":{"elevated":{"allowFrom":{"telegram":["*","123"]}}}})");
    }

    // Applying each fix in turn (as an operator clicking through) ends with no fixable finding.
    void fixesLeaveNoFinding()
    {
        QFETCH(QByteArray, config);
        for (int round = 0; round < 5; ++round) {
            const QList<Finding> findings = audit(config.constData());
            const auto fixable = std::find_if(findings.cbegin(), findings.cend(),
                                              [](const Finding &f) { return f.fix.has_value(); });
            if (fixable == findings.cend())
                return;
            config = QJsonDocument(fixed(config.constData(), *fixable)).toJson();
        }
        QFAIL(qPrintable(QStringLiteral("still findings after 5 fixes: ") + QString::fromUtf8(config)));
    }

    void privacyModeFromTheProbe()
    {
        const QList<sb::policy::BotFacts> privacyOn{
            {QStringLiteral("telegram"), QStringLiteral("default"), {}, false}};
        const QList<sb::policy::BotFacts> privacyOff{
            {QStringLiteral("telegram"), QStringLiteral("default"), {}, true}};
        const char *config = R"({"channels":{"telegram":{"groups":{"-100123":{"requireMention":false}}}}})";
        QCOMPARE(ids(audit(config, privacyOn)),
                 QStringList{u"switchboard.telegram.privacy_mode_hides_group_messages/warn"_s});
        QCOMPARE(ids(audit(config, privacyOff)), QStringList{});
        QCOMPARE(ids(audit(config)), QStringList{}); // no probe, no claim
        const Finding finding = audit(config, privacyOn).first();
        QCOMPARE(fixed(config, finding)[u"channels"][u"telegram"][u"groups"][u"-100123"][u"requireMention"]
                     .toBool(),
                 true);
    }

    void theTableListsEveryRule()
    {
        QStringList listed;
        for (const sb::policy::AuditRule &rule : sb::policy::auditRules())
            listed << QString::fromLatin1(rule.checkId);
        QVERIFY(listed.contains(QStringLiteral("security.exposure.open_groups_with_elevated")));
        QCOMPARE(listed.size(), 7);
        QCOMPARE(listed.removeDuplicates(), 0);
    }

    void mergeByCheckId()
    {
        const QByteArray report = R"({"ts":1,"summary":{"critical":2,"warn":0,"info":1},"findings":[
            {"checkId":"security.exposure.open_groups_with_elevated","severity":"critical","title":"T","detail":"D",
             "remediation":"R"},
            {"checkId":"security.exposure.open_groups_with_runtime_or_fs","severity":"critical","title":"X","detail":"Y"},
            {"checkId":"summary.attack_surface","severity":"info","title":"S","detail":"s"}]})";
        QString problem;
        const auto theirs = sb::policy::parseOpenClawAudit(report, &problem);
        QVERIFY2(theirs, qPrintable(problem));
        const QList<Finding> merged = sb::policy::mergeFindings(audit(kStory1915), *theirs);
        QCOMPARE(merged.size(), 3);
        const Finding *both = byId(merged, QStringLiteral("security.exposure.open_groups_with_elevated"));
        QCOMPARE(both->source, sb::policy::FindingSource::Both);
        QCOMPARE(both->detail, QStringLiteral("D")); // OpenClaw's words
        QVERIFY(both->fix);                          // our fix
        QCOMPARE(byId(merged, QStringLiteral("summary.attack_surface"))->source,
                 sb::policy::FindingSource::OpenClaw);
        QVERIFY(!byId(merged, QStringLiteral("summary.attack_surface"))->fix);
        // The companion finding is fixed by closing the same open policies.
        const Finding *companion =
            byId(merged, QStringLiteral("security.exposure.open_groups_with_runtime_or_fs"));
        QCOMPARE(companion->source, sb::policy::FindingSource::OpenClaw);
        QVERIFY(companion->fix);
        QCOMPARE(companion->channel, QStringLiteral("telegram"));
        QCOMPARE(merged.last().severity, Severity::Info);
    }

    void garbageIsNoReport_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("Error: config not found\n");
        QTest::newRow("cut off") << QByteArray("{\"findings\":[{\"checkId\":\"a\",\"sev");
        QTest::newRow("no findings") << QByteArray(R"({"summary":{}})");
        QTest::newRow("unknown severity") << QByteArray(R"({"findings":[{"checkId":"a","severity":"meh"}]})");
    }

    void garbageIsNoReport()
    {
        QFETCH(QByteArray, output);
        QString problem;
        QVERIFY(!sb::policy::parseOpenClawAudit(output, &problem));
        QVERIFY(!problem.isEmpty());
    }

    void aBannerBeforeTheReportIsSkipped()
    {
        QString problem;
        const auto findings = sb::policy::parseOpenClawAudit(
            "[plugins] loaded 3\n{\"findings\":[{\"checkId\":\"a\",\"severity\":\"warn\"}]}\n", &problem);
        QVERIFY2(findings, qPrintable(problem));
        QCOMPARE(findings->size(), 1);
    }

    void cliRuns_data()
    {
        QTest::addColumn<QString>("script"); // the fake openclaw's body; empty: no program at all
        QTest::addColumn<int>("findings");
        QTest::addColumn<QString>("note");
        QTest::newRow("report") << u"echo '{\"findings\":[{\"checkId\":\"x\",\"severity\":\"critical\"}]}'"_s
                                << 1 << QString();
        QTest::newRow("missing") << QString() << 0 << u"could not be started"_s;
        QTest::newRow("garbage") << u"echo 'Segmentation fault'; exit 3"_s << 0 << u"exit 3"_s;
        QTest::newRow("slow") << u"exec sleep 30"_s << 0 << u"did not answer"_s;
    }

    void cliRuns()
    {
        QFETCH(QString, script);
        QFETCH(int, findings);
        QFETCH(QString, note);
        QTemporaryDir dir;
        sb::policy::OpenClawCli cli;
        cli.program = dir.filePath(QStringLiteral("openclaw"));
        cli.timeoutMs = 1500;
        if (!script.isEmpty()) {
            QFile file(cli.program);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("#!/bin/sh\n" + script.toUtf8() + "\n");
            file.close();
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        sb::policy::OpenClawAuditRun run(cli);
        QSignalSpy finished(&run, &sb::policy::OpenClawAuditRun::finished);
        run.start();
        QVERIFY(run.isRunning() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const auto result = finished.first().first().value<sb::policy::OpenClawAuditResult>();
        QCOMPARE(result.findings.size(), findings);
        if (note.isEmpty())
            QVERIFY(result.note.isEmpty());
        else
            QVERIFY2(result.note.contains(note), qPrintable(result.note));
        QVERIFY(!run.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestPolicyAudit)
#include "TestPolicyAudit.moc"

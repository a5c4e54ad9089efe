// Telegram setup against the story's drill at 19:16 (@grace_ops_bot and @grace_worker_bot
// running, privacy mode on, a group reading unmentioned messages): the token checked before
// anything is written, kept in the keychain, written with baseHash, read back redacted, the
// probe's identity and the warnings in words, the action log.
#include "app/drill/ConfigStore.h"
#include "app/drill/DrillWorld.h"
#include "app/linking/TelegramSetupFlow.h"
#include "app/platform/MemorySecretStore.h"
#include "app/platform/Redactor.h"
#include "tests/linking/LinkingRun.h"

#include <QJsonDocument>
#include <QSignalSpy>

using sb::LaneKey;
using sb::linking::TelegramSetupFlow;
using State = sb::linking::TelegramSetupFlow::State;
using sb::test::jst;
using sb::test::LinkingRun;

namespace {

const LaneKey kTelegram = sb::test::drillLane("telegram");
const QString kToken = QStringLiteral("7000000001:AAFakeTokenForTestsOnly0000000000001");

} // namespace

class TestTelegramSetupFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenShape_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("as BotFather shows it")
            << QStringLiteral("123456789:AAFakeTokenForTestsOnly0000000000000")
            << QStringLiteral("123456789:AAFakeTokenForTestsOnly0000000000000");
        QTest::newRow("blanks around") << QStringLiteral("  123456789:AAFakeTokenForTestsOnly0000000000000\n")
                                       << QStringLiteral("123456789:AAFakeTokenForTestsOnly0000000000000");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("no colon") << QStringLiteral("123456789AAFakeTokenForTestsOnly0000000000000")
                                  << QString();
        QTest::newRow("space inside")
            << QStringLiteral("123456789:AAFake TokenForTestsOnly0000000000000") << QString();
        QTest::newRow("too short") << QStringLiteral("123456789:AAshort") << QString();
        QTest::newRow("letters in the id")
            << QStringLiteral("bot12345:AAFakeTokenForTestsOnly0000000000000") << QString();
    }

    void tokenShape()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expected);
        QString problem;
        const auto token = TelegramSetupFlow::normalizeBotToken(typed, &problem);
        QCOMPARE(token.value_or(QString()), expected);
        QCOMPARE(problem.isEmpty(), token.has_value());
        if (token)
            QCOMPARE(sb::Redactor::redact(QStringLiteral("x %1 y").arg(*token)),
                     QStringLiteral("x %1 y").arg(QLatin1String(sb::Redactor::marker)));
    }

    // groupPolicy: the story's channel section is "open" with elevated tools on; the flow only
    // adds an allowlist where nothing is set, and never writes "open".
    void tokenPatchNeverOpensGroups()
    {
        const QJsonObject unset{
            {QStringLiteral("channels"), QJsonObject{{QStringLiteral("telegram"), QJsonObject{}}}},
            {QStringLiteral("tools"),
             QJsonObject{{QStringLiteral("elevated"), QJsonObject{{QStringLiteral("enabled"), true}}}}}};
        sb::gateway::MergePatch patch =
            TelegramSetupFlow::tokenPatch(unset, QStringLiteral("default"), kToken);
        QCOMPARE(patch.toText(),
                 QStringLiteral(
                     "{\"channels\":{\"telegram\":{\"botToken\":\"%1\",\"groupPolicy\":\"allowlist\"}}}")
                     .arg(kToken));
        patch = TelegramSetupFlow::tokenPatch(unset, QStringLiteral("worker"), kToken);
        QCOMPARE(patch.toText(),
                 QStringLiteral("{\"channels\":{\"telegram\":{\"accounts\":{\"worker\":{\"botToken\":"
                                "\"%1\",\"groupPolicy\":\"allowlist\"}}}}}")
                     .arg(kToken));
        QJsonObject open = unset;
        open[QStringLiteral("channels")] =
            QJsonObject{{QStringLiteral("telegram"),
                         QJsonObject{{QStringLiteral("groupPolicy"), QStringLiteral("open")}}}};
        patch = TelegramSetupFlow::tokenPatch(open, QStringLiteral("default"), kToken);
        QVERIFY(!patch.toText().contains(QLatin1String("groupPolicy")));
    }

    void badTokenIsRefusedBeforeAnythingIsWritten()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 19, 16)));
        sb::MemorySecretStore secrets;
        const QString hashBefore = run.drill->world()->config().hash();
        TelegramSetupFlow flow(*run.runner, kTelegram, secrets);
        flow.submit(QStringLiteral("not a token"));
        QCOMPARE(flow.state(), State::InvalidToken);
        QVERIFY(flow.message().contains(QLatin1String("@BotFather")));
        QTest::qWait(200);
        QCOMPARE(run.drill->world()->config().hash(), hashBefore);
        QVERIFY(secrets.keys().isEmpty());
        QVERIFY(run.actionLog().isEmpty());
    }

    void tokenKeptWrittenAndProbed()
    {
        LinkingRun run;
        QVERIFY(run.startAt(jst(12, 19, 16)));
        sb::MemorySecretStore secrets;
        const QString hashBefore = run.drill->world()->config().hash();
        TelegramSetupFlow flow(*run.runner, kTelegram, secrets);
        QSignalSpy changes(&flow, &TelegramSetupFlow::stateChanged);
        flow.submit(u' ' + kToken + u' ');
        QTRY_VERIFY_WITH_TIMEOUT(TelegramSetupFlow::stateName(flow.state()) == QLatin1String("Done") ||
                                     flow.state() == State::Failed,
                                 15000);
        QVERIFY2(flow.state() == State::Done, qPrintable(flow.message()));

        // Kept on this machine, written to the gateway, read back redacted.
        QCOMPARE(secrets.keys(), QStringList{QStringLiteral("drill/telegram/default/bot-token")});
        const QJsonObject written = run.drill->world()->config().config();
        QCOMPARE(written.value(QLatin1String("channels"))
                     .toObject()
                     .value(QLatin1String("telegram"))
                     .toObject()
                     .value(QLatin1String("botToken")),
                 QJsonValue(kToken));
        QVERIFY(run.drill->world()->config().hash() != hashBefore);
        QVERIFY(!QString::fromUtf8(QJsonDocument(run.drill->world()->config().redacted()).toJson())
                     .contains(kToken));

        QVERIFY(flow.bot().has_value());
        QCOMPARE(flow.bot()->username, QStringLiteral("grace_ops_bot"));
        QCOMPARE(flow.bot()->canReadAllGroupMessages, std::optional<bool>(false));
        const QString warnings = flow.warnings().join(u'\n');
        QVERIFY2(warnings.contains(QLatin1String("Privacy mode is on")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("openclaw#408")), qPrintable(warnings));

        const auto log = run.actionLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).action, QStringLiteral("telegram.token.write"));
        QVERIFY(log.at(0).detail.contains(hashBefore));
        QVERIFY(!log.at(0).detail.contains(kToken));
        QCOMPARE(log.at(1).action, QStringLiteral("channels.probe"));
        QVERIFY(log.at(1).detail.contains(QLatin1String("@grace_ops_bot")));
        QVERIFY(run.console->history.verifyActionLog().intact);
    }
};

QTEST_GUILESS_MAIN(TestTelegramSetupFlow)
#include "TestTelegramSetupFlow.moc"

// Failover against a real OpenClaw 2026.9.6 gateway, offline (issue 13, "Real components"):
// the plan applies with its baseHash, the test message to the operator cannot be delivered (no
// Signal daemon: the gateway queues it), the flow rolls back, and openclaw.json on disk parses
// equal to the file before the failover (the gateway's own `meta` stamp aside).
#include "app/actions/ActionRunner.h"
#include "app/failover/FailoverFlow.h"
#include "app/ingest/GatewaySession.h"
#include "tests/conformance/RealGatewayEnv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using sb::failover::FailoverFlow;

namespace {

std::optional<QJsonObject> configOnDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error{};
    QJsonObject config = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    config.remove(u"meta"_s); // the gateway stamps every write (lastTouchedAt...)
    return config;
}

} // namespace

class TestFailoverRealGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedVerificationRestoresTheFile()
    {
        const QHash<QString, QString> env = sb::test::readRealGatewayEnv();
        if (env.value(u"OPENCLAW_TEST_URL"_s).isEmpty())
            QSKIP("no real gateway: run through ctest (fixture RealGateway)");
        const QString configPath = env.value(u"OPENCLAW_TEST_CONFIG"_s);
        const std::optional<QJsonObject> before = configOnDisk(configPath);
        QVERIFY2(before, qPrintable(configPath));

        sb::ingest::GatewaySession::Options options;
        options.connection.url = QUrl(env.value(u"OPENCLAW_TEST_URL"_s));
        options.connection.token = env.value(u"OPENCLAW_TEST_TOKEN"_s);
        options.connection.requestTimeoutMs = 30000;
        options.gatewayId = u"real"_s;
        sb::ingest::GatewaySession session(options);
        session.start();
        // The shared gateway may just have restarted: the client waits out "gateway starting".
        QTRY_VERIFY_WITH_TIMEOUT(session.isCaughtUp(), 120000);
        sb::actions::ActionRunner runner(session, nullptr, u"conformance"_s);

        FailoverFlow::Options flowOptions;
        flowOptions.verifyDeadlineMs = 20000;
        FailoverFlow flow(runner, flowOptions);
        const sb::LaneKey whatsapp{u"real"_s, u"whatsapp"_s, u"default"_s};
        const sb::LaneKey signal{u"real"_s, u"signal"_s, u"default"_s};
        flow.start(
            {whatsapp, signal, {sb::failover::Operator{u"Grace"_s, {{u"signal"_s, u"+15555550101"_s}}}}});
        QTRY_VERIFY_WITH_TIMEOUT(flow.state() != FailoverFlow::State::Reading, 30000);
        QVERIFY2(flow.state() == FailoverFlow::State::Ready, qPrintable(flow.problem()));
        QStringList failed;
        for (const auto &check : flow.checks()) {
            qInfo("pre-flight %s: %s - %s", qPrintable(check.id), check.passed ? "pass" : "FAIL",
                  qPrintable(check.words));
            if (!check.passed)
                failed << check.id;
        }
        // Offline nothing is proven: the operator overrides, and the override is what lets the
        // write through.
        QVERIFY(failed.contains(u"target-proven"_s));
        QVERIFY(!failed.contains(u"protocol"_s));
        flow.apply(failed);
        QTRY_VERIFY_WITH_TIMEOUT(FailoverFlow::isFinal(flow.state()), 90000);
        qInfo("result %s: %s", qPrintable(FailoverFlow::stateName(flow.state())), qPrintable(flow.problem()));
        QCOMPARE(flow.state(), FailoverFlow::State::RolledBack);
        QCOMPARE(flow.operators().first().outcome, sb::failover::OperatorReport::Outcome::SendFailed);
        QVERIFY(flow.rollbackDifferences().isEmpty());

        const std::optional<QJsonObject> after = configOnDisk(configPath);
        QVERIFY(after);
        QCOMPARE(*after, *before);
        session.stop();
    }
};

QTEST_GUILESS_MAIN(TestFailoverRealGateway)
#include "TestFailoverRealGateway.moc"

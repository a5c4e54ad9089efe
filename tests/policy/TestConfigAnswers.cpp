// What the writer reads from config.get / config.patch answers (shapes verified against
// OpenClaw 2026.9.6): the file's `parsed` config rather than the defaults-filled `config`, the
// revision hashes, and a write that waits for a restart.
#include "app/gateway/MethodTypes.h"

#include <QJsonDocument>
#include <QTest>

using namespace sb::gateway;

namespace {

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestConfigAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotPrefersParsed()
    {
        QString why;
        const auto snapshot = parseConfigSnapshot(
            json(R"({"exists":true,"hash":"h1","configRevisionHash":"r2","appliedConfigHash":"r1",
                "parsed":{"channels":{"telegram":{"groupPolicy":"open"}}},
                "config":{"channels":{"telegram":{"groupPolicy":"open","dmPolicy":"pairing"}}}})"),
            &why);
        QVERIFY2(snapshot, qPrintable(why));
        QVERIFY(!snapshot->parsed[u"channels"][u"telegram"].toObject().contains(u"dmPolicy"));
        QVERIFY(snapshot->config[u"channels"][u"telegram"].toObject().contains(u"dmPolicy"));
        QCOMPARE(snapshot->configRevisionHash, QStringLiteral("r2"));
        QCOMPARE(snapshot->appliedConfigHash, QStringLiteral("r1"));

        const auto old = parseConfigSnapshot(json(R"({"exists":true,"hash":"h","config":{"a":1}})"), &why);
        QVERIFY(old);
        QCOMPARE(old->parsed, old->config); // an answer without `parsed`
        QVERIFY(old->configRevisionHash.isEmpty());
    }

    void writeThatWaitsForARestart()
    {
        QString why;
        const auto restart =
            parseConfigWriteResult(json(R"({"ok":true,"hash":"h2","changedPaths":["gateway.port"],
                "sentinel":{"persisted":true,"payload":{"kind":"config-patch","stats":{"requiresRestart":true}}}})"),
                                   &why);
        QVERIFY(restart);
        QVERIFY(restart->requiresRestart);
        QCOMPARE(restart->changedPaths, QStringList{QStringLiteral("gateway.port")});
        const auto hot = parseConfigWriteResult(
            json(
                R"({"ok":true,"hash":"h3","changedPaths":[],"sentinel":{"payload":{"stats":{"requiresRestart":false}}}})"),
            &why);
        QVERIFY(hot && !hot->requiresRestart);
        const auto noop = parseConfigWriteResult(json(R"({"ok":true,"noop":true,"changedPaths":[]})"), &why);
        QVERIFY(noop && noop->noop && !noop->requiresRestart && noop->hash.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigAnswers)
#include "TestConfigAnswers.moc"

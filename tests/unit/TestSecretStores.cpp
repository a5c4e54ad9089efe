#include "app/platform/FallbackSecretStore.h"
#include "app/platform/MemorySecretStore.h"
#include "app/platform/Redactor.h"

#include <optional>

#include <QSignalSpy>
#include <QTest>

using sb::SecretStore;
using Status = SecretStore::Status;

namespace {

// Stands in for the keychain: answers every call with a fixed status, asynchronously like
// the real one, and records what was written.
class ScriptedKeychain final : public SecretStore
{
public:
    explicit ScriptedKeychain(Status answer)
        : m_answer(answer)
    {}
    void read(const QString &, QObject *context, Callback done) override
    {
        deliver(context, std::move(done),
                {m_answer, m_answer == Status::Ok ? QStringLiteral("from-keychain") : QString(),
                 QStringLiteral("scripted")});
    }
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override
    {
        if (m_answer == Status::Ok)
            written.insert(key, secret);
        deliver(context, std::move(done), {m_answer, {}, QStringLiteral("scripted")});
    }
    void remove(const QString &, QObject *context, Callback done) override
    {
        deliver(context, std::move(done), {m_answer, {}, QStringLiteral("scripted")});
    }
    bool isPersistent() const override { return true; }

    QHash<QString, QString> written;

private:
    Status m_answer;
};

// Runs one asynchronous store call to completion and returns its result.
template <typename Call>
std::optional<SecretStore::Result> await(QObject *context, Call call)
{
    std::optional<SecretStore::Result> result;
    call(context, [&result](const SecretStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
        return std::nullopt;
    return result;
}

} // namespace

class TestSecretStores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { sb::Redactor::forgetAllSecrets(); }

    void memoryStoreLifecycle()
    {
        sb::MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        auto missing =
            await(this, [&](QObject *c, auto cb) { store.read(QStringLiteral("p/gateway-token"), c, cb); });
        QVERIFY(missing);
        QCOMPARE(missing->status, Status::NotFound);

        auto written = await(this, [&](QObject *c, auto cb) {
            store.write(QStringLiteral("p/gateway-token"), QStringLiteral("first-token"), c, cb);
        });
        QVERIFY(written && written->ok());
        auto overwritten = await(this, [&](QObject *c, auto cb) {
            store.write(QStringLiteral("p/gateway-token"), QStringLiteral("second-token"), c, cb);
        });
        QVERIFY(overwritten && overwritten->ok());
        auto read =
            await(this, [&](QObject *c, auto cb) { store.read(QStringLiteral("p/gateway-token"), c, cb); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, QStringLiteral("second-token"));

        auto removed =
            await(this, [&](QObject *c, auto cb) { store.remove(QStringLiteral("p/gateway-token"), c, cb); });
        QVERIFY(removed && removed->ok());
        auto removedAgain =
            await(this, [&](QObject *c, auto cb) { store.remove(QStringLiteral("p/gateway-token"), c, cb); });
        QCOMPARE(removedAgain->status, Status::NotFound);
    }

    void storedSecretsAreRegisteredForRedaction()
    {
        sb::MemorySecretStore store;
        await(this, [&](QObject *c, auto cb) {
            store.write(QStringLiteral("k"), QStringLiteral("very-secret-1"), c, cb);
        });
        QVERIFY(!sb::Redactor::redact(QStringLiteral("x very-secret-1"))
                     .contains(QLatin1String("very-secret-1")));
    }

    void callbackNeverRunsSynchronously()
    {
        sb::MemorySecretStore store;
        bool called = false;
        store.read(QStringLiteral("k"), this, [&](const SecretStore::Result &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
    }

    void callbackIsDroppedWhenItsContextDies()
    {
        sb::MemorySecretStore store;
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("k"), context, [&](const SecretStore::Result &) { called = true; });
        delete context;
        // A second call on a live context proves the event loop ran past the first.
        bool secondCalled = false;
        store.read(QStringLiteral("k"), this, [&](const SecretStore::Result &) { secondCalled = true; });
        QTRY_VERIFY_WITH_TIMEOUT(secondCalled, 5000);
        QVERIFY(!called);
    }

    void fallbackUsesTheKeychainWhileItAnswers()
    {
        auto keychain = std::make_unique<ScriptedKeychain>(Status::Ok);
        auto *raw = keychain.get();
        sb::FallbackSecretStore store(std::move(keychain));
        QSignalSpy persistence(&store, &sb::FallbackSecretStore::persistenceChanged);
        auto written = await(this, [&](QObject *c, auto cb) {
            store.write(QStringLiteral("k"), QStringLiteral("tok-123456"), c, cb);
        });
        QVERIFY(written && written->ok());
        QCOMPARE(raw->written.value(QStringLiteral("k")), QStringLiteral("tok-123456"));
        QVERIFY(store.isPersistent());
        QCOMPARE(persistence.count(), 0);
    }

    void fallbackKeepsSecretsInMemoryWhenNoKeychainAnswers()
    {
        sb::FallbackSecretStore store(std::make_unique<ScriptedKeychain>(Status::Unavailable));
        QSignalSpy persistence(&store, &sb::FallbackSecretStore::persistenceChanged);
        store.probe();
        QTRY_COMPARE_WITH_TIMEOUT(persistence.count(), 1, 5000);
        QCOMPARE(persistence.at(0).at(0).toBool(), false);
        QVERIFY(!store.isPersistent());

        auto written = await(this, [&](QObject *c, auto cb) {
            store.write(QStringLiteral("k"), QStringLiteral("session-only"), c, cb);
        });
        QVERIFY(written && written->ok());
        auto read = await(this, [&](QObject *c, auto cb) { store.read(QStringLiteral("k"), c, cb); });
        QVERIFY(read && read->ok());
        QCOMPARE(read->secret, QStringLiteral("session-only"));
        QCOMPARE(persistence.count(), 1); // warned once, not on every call
    }

    void fallbackDoesNotHideRealKeychainErrors()
    {
        // A locked or refusing keychain is the operator's business, not a reason to quietly
        // keep the token somewhere else.
        sb::FallbackSecretStore store(std::make_unique<ScriptedKeychain>(Status::Failed));
        QSignalSpy persistence(&store, &sb::FallbackSecretStore::persistenceChanged);
        auto written = await(this, [&](QObject *c, auto cb) {
            store.write(QStringLiteral("k"), QStringLiteral("tok-abcdef"), c, cb);
        });
        QVERIFY(written);
        QCOMPARE(written->status, Status::Failed);
        QVERIFY(store.isPersistent());
        QCOMPARE(persistence.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretStores)
#include "TestSecretStores.moc"

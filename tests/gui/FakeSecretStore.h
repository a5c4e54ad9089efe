#pragma once

#include "app/platform/SecretStore.h"

#include <QHash>

namespace sb::test {

// A keychain stand-in for GUI tests: answers like a persistent store (or with the status a
// test sets, to exercise error paths) and lets the test look inside synchronously.
class FakeSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return m_persistent; }

    // Every later call answers with this status (Ok: behave normally).
    void failWith(Status status, const QString &message = {});
    void setPersistent(bool persistent) { m_persistent = persistent; }
    QString stored(const QString &key) const { return m_secrets.value(key); }
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    int writeCount() const { return m_writes; }

private:
    QHash<QString, QString> m_secrets;
    Status m_failure = Status::Ok;
    QString m_failureMessage;
    bool m_persistent = true;
    int m_writes = 0;
};

} // namespace sb::test

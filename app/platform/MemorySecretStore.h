#pragma once

#include "app/platform/SecretStore.h"

#include <QHash>

namespace sb {

// Keeps secrets in memory for this session only: the fallback when no keychain answers, and
// the store tests use.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return false; }

    QStringList keys() const { return m_secrets.keys(); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace sb

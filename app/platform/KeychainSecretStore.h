#pragma once

#include "app/platform/SecretStore.h"

namespace sb {

// Secrets in the OS keychain (Secret Service on Linux) through QtKeychain. Entries are
// stored under the service name (application id by default) and the caller's key, so two
// profiles, or a test and a real install, never share an entry. No insecure fallback: when
// the keychain cannot be reached the result says Unavailable and the caller decides.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString serviceName = {}, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return true; }

    QString serviceName() const { return m_service; }

private:
    QString m_service;
};

} // namespace sb

#pragma once

#include "app/platform/MemorySecretStore.h"

#include <memory>

#include <QPointer>

namespace sb {

// The store the application uses: the keychain while it answers; when it reports that no
// keychain service is available, secrets are kept in memory for this session and
// persistenceChanged(false) tells the UI to warn that they will be forgotten on quit.
class FallbackSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit FallbackSecretStore(std::unique_ptr<SecretStore> keychain, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    bool isPersistent() const override { return !m_fellBack; }

    // Asks the keychain once (a read of a key that does not exist) so the UI can warn at
    // start-up rather than at the first save.
    void probe();

Q_SIGNALS:
    void persistenceChanged(bool persistent, const QString &reason);

private:
    void fallBack(const QString &reason);

    std::unique_ptr<SecretStore> m_keychain;
    MemorySecretStore m_memory;
    bool m_fellBack = false;
};

} // namespace sb

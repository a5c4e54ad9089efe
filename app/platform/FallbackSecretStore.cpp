#include "app/platform/FallbackSecretStore.h"

#include "app/platform/Logging.h"

namespace sb {

FallbackSecretStore::FallbackSecretStore(std::unique_ptr<SecretStore> keychain, QObject *parent)
    : SecretStore(parent)
    , m_keychain(std::move(keychain))
{}

void FallbackSecretStore::fallBack(const QString &reason)
{
    if (m_fellBack)
        return;
    m_fellBack = true;
    log::app()->warn("no keychain available ({}); secrets are kept in memory for this session",
                     reason.toStdString());
    Q_EMIT persistenceChanged(false, reason);
}

void FallbackSecretStore::probe()
{
    read(QStringLiteral("probe/does-not-exist"), this, [](const Result &) {});
}

void FallbackSecretStore::read(const QString &key, QObject *context, Callback done)
{
    if (m_fellBack) {
        m_memory.read(key, context, std::move(done));
        return;
    }
    m_keychain->read(key, this,
                     [this, key, context = QPointer<QObject>(context), hadContext = context != nullptr,
                      done = std::move(done)](const Result &result) mutable {
                         if (hadContext && !context)
                             return;
                         if (result.status == Status::Unavailable) {
                             fallBack(result.message);
                             m_memory.read(key, context, std::move(done));
                             return;
                         }
                         if (done)
                             done(result);
                     });
}

void FallbackSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    if (m_fellBack) {
        m_memory.write(key, secret, context, std::move(done));
        return;
    }
    m_keychain->write(key, secret, this,
                      [this, key, secret, context = QPointer<QObject>(context),
                       hadContext = context != nullptr,
                       done = std::move(done)](const Result &result) mutable {
                          if (result.status == Status::Unavailable) {
                              fallBack(result.message);
                              m_memory.write(key, secret, context, std::move(done));
                              return;
                          }
                          if ((!hadContext || context) && done)
                              done(result);
                      });
}

void FallbackSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    if (m_fellBack) {
        m_memory.remove(key, context, std::move(done));
        return;
    }
    m_keychain->remove(key, this,
                       [this, key, context = QPointer<QObject>(context), hadContext = context != nullptr,
                        done = std::move(done)](const Result &result) mutable {
                           if (result.status == Status::Unavailable) {
                               fallBack(result.message);
                               m_memory.remove(key, context, std::move(done));
                               return;
                           }
                           if ((!hadContext || context) && done)
                               done(result);
                       });
}

} // namespace sb

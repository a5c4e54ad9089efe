#include "app/platform/MemorySecretStore.h"

#include "app/platform/Redactor.h"

namespace sb {

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.cend())
        deliver(context, std::move(done), {Status::NotFound, {}, describe(Status::NotFound)});
    else
        deliver(context, std::move(done), {Status::Ok, *it, {}});
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    m_secrets.insert(key, secret);
    Redactor::registerSecret(secret);
    deliver(context, std::move(done), {Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    const bool existed = m_secrets.remove(key) > 0;
    deliver(context, std::move(done),
            existed ? Result{Status::Ok, {}, {}} : Result{Status::NotFound, {}, describe(Status::NotFound)});
}

} // namespace sb

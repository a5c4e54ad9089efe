#include "tests/gui/FakeSecretStore.h"

namespace sb::test {

void FakeSecretStore::failWith(Status status, const QString &message)
{
    m_failure = status;
    m_failureMessage = message;
}

void FakeSecretStore::read(const QString &key, QObject *context, Callback done)
{
    if (m_failure != Status::Ok) {
        deliver(context, std::move(done), {m_failure, {}, m_failureMessage});
        return;
    }
    if (!m_secrets.contains(key)) {
        deliver(context, std::move(done), {Status::NotFound, {}, describe(Status::NotFound)});
        return;
    }
    deliver(context, std::move(done), {Status::Ok, m_secrets.value(key), {}});
}

void FakeSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    ++m_writes;
    if (m_failure != Status::Ok) {
        deliver(context, std::move(done), {m_failure, {}, m_failureMessage});
        return;
    }
    m_secrets.insert(key, secret);
    deliver(context, std::move(done), {Status::Ok, {}, {}});
}

void FakeSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    if (m_failure != Status::Ok) {
        deliver(context, std::move(done), {m_failure, {}, m_failureMessage});
        return;
    }
    const bool existed = m_secrets.remove(key) > 0;
    deliver(context, std::move(done),
            existed ? Result{Status::Ok, {}, {}} : Result{Status::NotFound, {}, describe(Status::NotFound)});
}

} // namespace sb::test

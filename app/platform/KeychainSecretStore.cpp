#include "app/platform/KeychainSecretStore.h"

#include "app/platform/BuildInfo.h"
#include "app/platform/Logging.h"
#include "app/platform/Redactor.h"

#include <qt6keychain/keychain.h>

namespace sb {

namespace {

SecretStore::Result resultOf(const QKeychain::Job &job)
{
    using S = SecretStore::Status;
    switch (job.error()) {
    case QKeychain::NoError:
        return {S::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        return {S::NotFound, {}, SecretStore::describe(S::NotFound)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {S::Unavailable, {}, job.errorString()};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports a missing Secret Service, or a session bus address whose socket is
    // gone ("Could not connect: No such file or directory"), as OtherError; its text says so.
    const QString text = job.errorString();
    if (text.contains(QLatin1String("Could not connect"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("org.freedesktop.secrets"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("ServiceUnknown"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("DBus"), Qt::CaseInsensitive)) {
        return {S::Unavailable, {}, text};
    }
    return {S::Failed, {}, text};
}

template <typename JobT>
JobT *makeJob(const QString &service, const QString &key)
{
    auto *job = new JobT(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName, QObject *parent)
    : SecretStore(parent)
    , m_service(serviceName.isEmpty() ? QLatin1String(build::applicationId) : std::move(serviceName))
{}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [job, context, done = std::move(done)]() mutable {
        Result result = resultOf(*job);
        if (result.ok()) {
            result.secret = job->textData();
            Redactor::registerSecret(result.secret);
        } else if (result.status != Status::NotFound) {
            log::app()->warn("keychain read of {} failed: {}", job->key().toStdString(),
                             result.message.toStdString());
        }
        deliver(context, std::move(done), std::move(result));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, Callback done)
{
    Redactor::registerSecret(secret);
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [job, context, done = std::move(done)]() mutable {
        Result result = resultOf(*job);
        if (!result.ok())
            log::app()->warn("keychain write of {} failed: {}", job->key().toStdString(),
                             result.message.toStdString());
        deliver(context, std::move(done), std::move(result));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, this, [job, context, done = std::move(done)]() mutable {
        Result result = resultOf(*job);
        // Secret Service reports deleting a missing entry as an error; it is "not found".
        if (job->error() == QKeychain::CouldNotDeleteEntry || job->error() == QKeychain::EntryNotFound)
            result = {Status::NotFound, {}, describe(Status::NotFound)};
        deliver(context, std::move(done), std::move(result));
    });
    job->start();
}

} // namespace sb

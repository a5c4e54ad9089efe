#include "app/platform/SecretStore.h"

#include <QTimer>

namespace sb {

QString SecretStore::describe(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("ok");
    case Status::NotFound:
        return tr("no secret stored");
    case Status::Unavailable:
        return tr("no keychain service is available");
    case Status::Failed:
        return tr("the keychain refused the request");
    }
    return {};
}

void SecretStore::deliver(QObject *context, Callback done, Result result)
{
    if (!done)
        return;
    auto call = [done = std::move(done), result = std::move(result)] {
        done(result);
    };
    // With a context, Qt drops the call when the context is destroyed first.
    if (context)
        QTimer::singleShot(0, context, std::move(call));
    else
        QTimer::singleShot(0, std::move(call));
}

} // namespace sb

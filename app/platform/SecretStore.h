#pragma once

#include <functional>

#include <QObject>
#include <QString>

namespace sb {

// Where secrets (gateway tokens, bot tokens) live. Asynchronous because the OS keychain is:
// every call answers later, through the callback, on the caller's thread. A callback whose
// context object has been destroyed is not called.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status
    {
        Ok,
        NotFound,    // nothing stored under that key: not an error
        Unavailable, // no keychain service answered
        Failed,      // the keychain answered with an error (denied, locked, ...)
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Failed;
        QString secret;  // only for Ok reads
        QString message; // for anything but Ok, in words
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    // Keys are namespaced by the store (application) and by the caller (profile id), e.g.
    // "<profile id>/gateway-token".
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    // False when secrets are only kept for this session (no keychain).
    virtual bool isPersistent() const = 0;

    static QString describe(Status status);

protected:
    // Calls done on the next event-loop turn if context still exists. Stores answer through
    // this so callers never see a callback re-entering the call that started it.
    static void deliver(QObject *context, Callback done, Result result);
};

} // namespace sb

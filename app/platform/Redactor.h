#pragma once

#include <string>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace sb {

// Removes secrets from text before it is written anywhere (logs, exports, crash output).
// Two kinds of secret are caught: values registered at run time (the gateway token read
// from the keychain, a bot token typed into a wizard) and strings shaped like a secret even
// when nobody registered them (Telegram bot tokens, "token": "..." fields, Bearer headers).
// Thread-safe: logging happens on several threads.
class Redactor
{
public:
    static constexpr char marker[] = "[REDACTED]";

    // Secrets shorter than this are not registered: redacting "a" would shred every line.
    static constexpr qsizetype minimumSecretLength = 6;

    static void registerSecret(const QString &secret);
    static void forgetSecret(const QString &secret);
    static void forgetAllSecrets();

    static QString redact(const QString &text);
    static std::string redact(const std::string &utf8);
    // Every string in a JSON tree, object keys included (an account id can be a key).
    static QJsonValue redact(const QJsonValue &value);
    static QJsonObject redact(const QJsonObject &object);
    static QJsonArray redact(const QJsonArray &array);
};

} // namespace sb

#include "app/platform/Redactor.h"

#include "app/platform/JsonStrings.h"
#include "app/platform/SafeText.h"

#include <algorithm>

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>

namespace sb {

namespace {

QMutex s_mutex;
QSet<QString> s_secrets;

const QList<QRegularExpression> &tokenShapes()
{
    // Order matters only for readability of the result; each pattern keeps its context
    // (the key name, "Bearer ") and replaces just the secret part.
    static const QList<QRegularExpression> shapes = {
        // Telegram bot tokens: <bot id>:<35-ish chars>.
        QRegularExpression(QString::fromLatin1(R"re(\b\d{5,}:[A-Za-z0-9_-]{30,})re")),
        QRegularExpression(QString::fromLatin1(R"re((?i)(\bBearer\s+)([A-Za-z0-9._~+/=-]{8,}))re")),
        // JSON or key=value fields whose name says they hold a secret.
        QRegularExpression(QString::fromLatin1(
            R"re((?i)("?(?:token|bottoken|password|secret|apikey|api_key|authorization|devicetoken|bootstraptoken)"?\s*[:=]\s*"?)([^"\s,}]{4,}))re")),
    };
    return shapes;
}

} // namespace

void Redactor::registerSecret(const QString &secret)
{
    if (secret.size() < minimumSecretLength)
        return;
    const QMutexLocker lock(&s_mutex);
    s_secrets.insert(secret);
}

void Redactor::forgetSecret(const QString &secret)
{
    const QMutexLocker lock(&s_mutex);
    s_secrets.remove(secret);
}

void Redactor::forgetAllSecrets()
{
    const QMutexLocker lock(&s_mutex);
    s_secrets.clear();
}

QString Redactor::redact(const QString &text)
{
    // Nothing shorter can hold a registered secret or match a shape; most JSON strings are.
    if (text.size() < minimumSecretLength)
        return text;
    // The token shapes never match in text with a lone surrogate (the regex engine refuses
    // invalid UTF-16), and a gateway is free to send one next to a secret.
    QString result = text.isValidUtf16() ? text : SafeText::forJson(text);
    {
        const QMutexLocker lock(&s_mutex);
        // Longest first, so a secret that contains another is removed whole.
        QList<QString> secrets(s_secrets.cbegin(), s_secrets.cend());
        std::sort(secrets.begin(), secrets.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &secret : std::as_const(secrets))
            result.replace(secret, QLatin1String(marker));
    }
    const QString replacement = QLatin1String(marker);
    const auto &shapes = tokenShapes();
    result.replace(shapes.at(0), replacement);
    for (qsizetype i = 1; i < shapes.size(); ++i) {
        // Keep group 1 (the key or "Bearer "), drop group 2 (the value).
        result.replace(shapes.at(i), QStringLiteral("\\1") + replacement);
    }
    return result;
}

std::string Redactor::redact(const std::string &utf8)
{
    return redact(QString::fromStdString(utf8)).toStdString();
}

QJsonValue Redactor::redact(const QJsonValue &value)
{
    return rewriteJsonStrings(value, [](const QString &text) { return redact(text); });
}

QJsonObject Redactor::redact(const QJsonObject &object)
{
    return rewriteJsonStrings(object, [](const QString &text) { return redact(text); });
}

QJsonArray Redactor::redact(const QJsonArray &array)
{
    return rewriteJsonStrings(array, [](const QString &text) { return redact(text); });
}

} // namespace sb

#include "app/policy/IdentityRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sb::policy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sb::policy", text);
}

// ITU-T E.164: a country code that does not start with 0, at most 15 digits in all. Seven is
// the shortest number in use anywhere.
const QRegularExpression &e164()
{
    static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return re;
}

// Operators paste numbers the way they are printed: "+1 555-555 0100", "+81.90.1234.5678".
QString compactPhone(const QString &text)
{
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("[\\s\\-.()]")));
    return compact;
}

std::optional<QString> phone(const QString &text, QString *problem)
{
    const QString compact = compactPhone(text);
    if (e164().match(compact).hasMatch())
        return compact;
    if (problem) {
        *problem =
            compact.startsWith(u'+')
                ? tr("a phone number needs 7 to 15 digits after the +, without a leading 0")
                : tr("a phone number must start with + and the country code (E.164, e.g. +15555550100)");
    }
    return std::nullopt;
}

std::optional<QString> whatsapp(const QString &text, QString *problem)
{
    static const QRegularExpression group(QStringLiteral("^[0-9]{10,24}(-[0-9]{6,12})?@g\\.us$"));
    if (group.match(text).hasMatch())
        return text;
    if (text.contains(u'@')) {
        if (problem)
            *problem = tr("a WhatsApp group id looks like 120363012345678901@g.us");
        return std::nullopt;
    }
    return phone(text, problem);
}

std::optional<QString> telegram(const QString &text, QString *problem)
{
    // Bot API chat ids: users are positive, groups negative, supergroups -100…; usernames are
    // 5 to 32 letters, digits and underscores, starting with a letter.
    static const QRegularExpression id(QStringLiteral("^-?[1-9][0-9]{0,15}$"));
    static const QRegularExpression username(QStringLiteral("^@[A-Za-z][A-Za-z0-9_]{4,31}$"));
    if (id.match(text).hasMatch() || username.match(text).hasMatch())
        return text;
    if (problem) {
        *problem =
            text.startsWith(u'@')
                ? tr("a Telegram username is @ followed by 5 to 32 letters, digits or underscores")
                : tr("a Telegram recipient is a numeric id (123456789, -1001234567890) or an @username");
    }
    return std::nullopt;
}

std::optional<QString> signal(const QString &text, QString *problem)
{
    static const QRegularExpression uuid(
        QStringLiteral("^uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    static const QRegularExpression group(QStringLiteral("^group:[A-Za-z0-9+/_-]{20,}={0,2}$"));
    if (uuid.match(text).hasMatch() || group.match(text).hasMatch())
        return text;
    if (text.startsWith(QLatin1String("uuid:")) || text.startsWith(QLatin1String("group:"))) {
        if (problem) {
            *problem = text.startsWith(QLatin1String("uuid:"))
                           ? tr("a Signal uuid looks like uuid:1b2c3d4e-0000-4000-8000-123456789abc")
                           : tr("a Signal group id is group: followed by the group's base64 id");
        }
        return std::nullopt;
    }
    return phone(text, problem);
}

} // namespace

std::optional<QString> normalizeIdentity(const QString &channel, const QString &text, QString *problem)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        if (problem)
            *problem = tr("enter a recipient");
        return std::nullopt;
    }
    if (channel == QLatin1String("whatsapp"))
        return whatsapp(trimmed, problem);
    if (channel == QLatin1String("telegram"))
        return telegram(trimmed, problem);
    if (channel == QLatin1String("signal"))
        return signal(trimmed, problem);
    if (trimmed.contains(QRegularExpression(QStringLiteral("\\s")))) {
        if (problem)
            *problem = tr("a recipient has no spaces");
        return std::nullopt;
    }
    return trimmed;
}

QString identityExample(const QString &channel)
{
    if (channel == QLatin1String("telegram"))
        return QStringLiteral("123456789");
    if (channel == QLatin1String("whatsapp") || channel == QLatin1String("signal"))
        return QStringLiteral("+15555550100");
    return {};
}

} // namespace sb::policy

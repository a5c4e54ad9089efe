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

// OpenClaw strips provider prefixes before it compares ("whatsapp:", "tg:", "signal:"…, case
// aside; extensions/*/src of the 2026.9 plugins): an entry the operator pasted with one is the
// same identity without it, and is written without it, as OpenClaw's own setup writes them.
QString withoutPrefix(const QString &text, const QRegularExpression &prefix, bool repeated = false)
{
    QString rest = text;
    do {
        const QRegularExpressionMatch match = prefix.match(rest);
        if (!match.hasMatch())
            break;
        rest = rest.mid(match.capturedLength()).trimmed();
    } while (repeated);
    return rest;
}

std::optional<QString> whatsapp(const QString &text, QString *problem)
{
    // "whatsapp:" (any number of times), then a group JID (optionally "group:…@g.us"), a user
    // JID (15555550100@s.whatsapp.net, with a device suffix or the legacy @c.us: the number) or
    // a phone number.
    static const QRegularExpression prefix(QStringLiteral("^whatsapp:"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression groupPrefix(QStringLiteral("^group:"),
                                                QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression group(QStringLiteral("^([0-9]{10,24}(-[0-9]{6,12})?)@g\\.us$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression user(QStringLiteral("^([0-9]+)(:[0-9]+)?@(s\\.whatsapp\\.net|c\\.us)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString id = withoutPrefix(text, prefix, true);
    if (const QRegularExpressionMatch match = group.match(withoutPrefix(id, groupPrefix)); match.hasMatch())
        return match.captured(1) + QStringLiteral("@g.us");
    if (const QRegularExpressionMatch match = user.match(id); match.hasMatch())
        return phone(u'+' + match.captured(1), problem);
    if (id.contains(u'@')) {
        if (problem)
            *problem = tr("a WhatsApp group id looks like 120363012345678901@g.us");
        return std::nullopt;
    }
    return phone(id, problem);
}

std::optional<QString> telegram(const QString &text, QString *problem)
{
    // Bot API chat ids: users are positive, groups negative, supergroups -100…; usernames are
    // 5 to 32 letters, digits and underscores, starting with a letter.
    // OpenClaw takes "telegram:" or "tg:" in front (any case) and drops it.
    static const QRegularExpression prefix(QStringLiteral("^(telegram|tg):"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression id(QStringLiteral("^-?[1-9][0-9]{0,15}$"));
    static const QRegularExpression username(QStringLiteral("^@[A-Za-z][A-Za-z0-9_]{4,31}$"));
    const QString bare = withoutPrefix(text, prefix);
    if (id.match(bare).hasMatch() || username.match(bare).hasMatch())
        return bare;
    if (problem) {
        *problem =
            bare.startsWith(u'@')
                ? tr("a Telegram username is @ followed by 5 to 32 letters, digits or underscores")
                : tr("a Telegram recipient is a numeric id (123456789, -1001234567890) or an @username");
    }
    return std::nullopt;
}

std::optional<QString> signal(const QString &text, QString *problem)
{
    // "signal:" in front is dropped; "uuid:" and "group:" in any case; a bare UUID (with or
    // without dashes) is a uuid: entry, as OpenClaw stores UUID-only senders.
    static const QRegularExpression prefix(QStringLiteral("^signal:"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kind(QStringLiteral("^(uuid|group):"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression uuid(
        QStringLiteral("^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression group(QStringLiteral("^[A-Za-z0-9+/_-]{20,}={0,2}$"));
    const QString id = withoutPrefix(text, prefix);
    const QRegularExpressionMatch typed = kind.match(id);
    const QString kindName = typed.hasMatch() ? typed.captured(1).toLower() : QString();
    const QString value = typed.hasMatch() ? id.mid(typed.capturedLength()).trimmed() : id;
    if (kindName == QLatin1String("group")) {
        if (group.match(value).hasMatch())
            return QStringLiteral("group:") + value;
        if (problem)
            *problem = tr("a Signal group id is group: followed by the group's base64 id");
        return std::nullopt;
    }
    if (uuid.match(value).hasMatch())
        return QStringLiteral("uuid:") + value;
    if (kindName == QLatin1String("uuid")) {
        if (problem)
            *problem = tr("a Signal uuid looks like uuid:1b2c3d4e-0000-4000-8000-123456789abc");
        return std::nullopt;
    }
    return phone(value, problem);
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
